#include "models/exchange/export/xlsxtablewriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace Exchange {

namespace {

/// Excel refuses longer cells.
constexpr int s_maxCellLength = 32767;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
};

lxw_datetime toExcel(const QDate &date, const QTime &time)
{
    lxw_datetime value;
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.hour();
    value.min = time.minute();
    value.sec = time.second();
    return value;
}

void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &value,
               ExportColumn::Type type, const Formats &formats)
{
    if (!value.isValid() || value.isNull())
        return;
    switch (type) {
    case ExportColumn::Type::Text: {
        const QByteArray text = value.toString().left(s_maxCellLength).toUtf8();
        worksheet_write_string(sheet, row, col, text.constData(), nullptr);
        break;
    }
    case ExportColumn::Type::Integer:
        worksheet_write_number(sheet, row, col, double(value.toLongLong()), nullptr);
        break;
    case ExportColumn::Type::Decimal:
        worksheet_write_number(sheet, row, col, value.toDouble(), nullptr);
        break;
    case ExportColumn::Type::Date: {
        lxw_datetime date = toExcel(value.toDate(), QTime(0, 0));
        worksheet_write_datetime(sheet, row, col, &date, formats.date);
        break;
    }
    case ExportColumn::Type::DateTime: {
        const QDateTime dt = value.toDateTime();
        lxw_datetime date = toExcel(dt.date(), dt.time());
        worksheet_write_datetime(sheet, row, col, &date, formats.dateTime);
        break;
    }
    }
}

} // namespace

QString XlsxTableWriter::sheetName(const QString &name, const QStringList &taken)
{
    QString clean;
    for (const QChar c : name)
        clean += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('_') : c;
    clean = clean.trimmed().left(31);
    if (clean.isEmpty())
        clean = QStringLiteral("Sheet");
    QString candidate = clean;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = clean.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

bool XlsxTableWriter::write(const QVector<ExportTable> &tables, const QString &path, QString *error)
{
    XlsxTableStream stream(path);
    return stream.writeAll(tables, error);
}

struct XlsxTableStream::Workbook
{
    lxw_workbook *book = nullptr;
    QString temporaryPath;
    QByteArray temporaryFolder; ///< libxlsxwriter's own temporary files (constant memory)
    Formats formats;
    QStringList names;
    lxw_worksheet *sheet = nullptr;
    QVector<ExportColumn> columns;
    lxw_row_t row = 0; ///< the next row of `sheet`
};

XlsxTableStream::XlsxTableStream(const QString &path) : m_path(path)
{
}

XlsxTableStream::~XlsxTableStream()
{
    discard();
}

void XlsxTableStream::discard()
{
    if (!m_book)
        return;
    if (m_book->book)
        workbook_close(m_book->book); // writes the file it will remove: the only way to free it
    QFile::remove(m_book->temporaryPath);
    m_book.reset();
}

bool XlsxTableStream::open(QString *error)
{
    const QFileInfo target(m_path);
    auto book = std::make_unique<Workbook>();
    {
        QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                 QStringLiteral(".XXXXXX"));
        if (!temporary.open()) {
            *error = XlsxTableWriter::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), temporary.errorString());
            return false;
        }
        temporary.setAutoRemove(false);
        book->temporaryPath = temporary.fileName();
    }
    book->temporaryFolder = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = book->temporaryFolder.data();
    book->book = workbook_new_opt(QFile::encodeName(book->temporaryPath).constData(), &options);
    if (!book->book) {
        QFile::remove(book->temporaryPath);
        *error = XlsxTableWriter::tr("Cannot write %1: the workbook cannot be created")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    Formats &formats = book->formats;
    formats.header = workbook_add_format(book->book);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.date = workbook_add_format(book->book);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.dateTime = workbook_add_format(book->book);
    format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm");
    m_book = std::move(book);
    return true;
}

bool XlsxTableStream::beginTable(const QString &name, const QVector<ExportColumn> &columns, QString *error)
{
    if (!m_book && !open(error))
        return false;
    Workbook &b = *m_book;
    b.names.append(XlsxTableWriter::sheetName(name, b.names));
    b.sheet = workbook_add_worksheet(b.book, b.names.constLast().toUtf8().constData());
    b.columns = columns;
    for (int c = 0; c < columns.size(); ++c) {
        const ExportColumn &column = columns.at(c);
        const QByteArray title = column.title.toUtf8();
        worksheet_write_string(b.sheet, 0, lxw_col_t(c), title.constData(), b.formats.header);
        const int width = qMax(column.width, int(column.title.size()) + 2);
        worksheet_set_column(b.sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(b.sheet, 1, 0);
    b.row = 1;
    return true;
}

bool XlsxTableStream::addRow(const QVector<QVariant> &row, QString *)
{
    Workbook &b = *m_book;
    for (int c = 0; c < b.columns.size(); ++c)
        writeCell(b.sheet, b.row, lxw_col_t(c), row.value(c), b.columns.at(c).type, b.formats);
    ++b.row;
    return true;
}

bool XlsxTableStream::endTable(QString *)
{
    Workbook &b = *m_book;
    if (!b.columns.isEmpty())
        worksheet_autofilter(b.sheet, 0, 0, b.row - 1, lxw_col_t(b.columns.size() - 1));
    return true;
}

bool XlsxTableStream::commit(QString *error)
{
    if (!m_book && !open(error)) // a workbook without tables
        return false;
    const lxw_error result = workbook_close(m_book->book);
    m_book->book = nullptr;
    const QString temporaryPath = m_book->temporaryPath;
    m_book.reset();
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporaryPath);
        *error = XlsxTableWriter::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(temporaryPath, m_path)) {
        QFile::remove(temporaryPath);
        *error = XlsxTableWriter::tr("Cannot write %1: the file cannot be replaced")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // QTemporaryFile creates owner-only files; an export is an ordinary document.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
    return true;
}

} // namespace Exchange

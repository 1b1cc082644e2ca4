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

void writeSheet(lxw_workbook *book, const ExportTable &table, const QString &name, const Formats &formats)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
    for (int c = 0; c < table.columns.size(); ++c) {
        const ExportColumn &column = table.columns.at(c);
        const QByteArray title = column.title.toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), title.constData(), formats.header);
        const int width = qMax(column.width, int(column.title.size()) + 2);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVector<QVariant> &row = table.rows.at(r);
        for (int c = 0; c < table.columns.size(); ++c)
            writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.value(c), table.columns.at(c).type, formats);
    }
    if (!table.columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
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
    const QFileInfo target(path);
    QString temporaryPath;
    {
        QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                 QStringLiteral(".XXXXXX"));
        if (!temporary.open()) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), temporary.errorString());
            return false;
        }
        temporary.setAutoRemove(false);
        temporaryPath = temporary.fileName();
    }
    lxw_workbook *book = workbook_new(QFile::encodeName(temporaryPath).constData());
    if (!book) {
        QFile::remove(temporaryPath);
        *error = tr("Cannot write %1: the workbook cannot be created").arg(QDir::toNativeSeparators(path));
        return false;
    }
    Formats formats;
    formats.header = workbook_add_format(book);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.date = workbook_add_format(book);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.dateTime = workbook_add_format(book);
    format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm");
    QStringList names;
    for (const ExportTable &table : tables) {
        names.append(sheetName(table.name, names));
        writeSheet(book, table, names.constLast(), formats);
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporaryPath);
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temporaryPath, path)) {
        QFile::remove(temporaryPath);
        *error = tr("Cannot write %1: the file cannot be replaced").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // QTemporaryFile creates owner-only files; an export is an ordinary document.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                    QFileDevice::ReadOther);
    return true;
}

} // namespace Exchange

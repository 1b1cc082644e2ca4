#include "models/exchange/export/csvtablewriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace Exchange {

QString CsvTableWriter::neutralise(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

CsvDialect CsvDialect::forLocale(const QLocale &locale)
{
    if (locale.decimalPoint() == QLatin1String(","))
        return {QLatin1Char(';'), QLatin1Char(',')};
    return {};
}

std::optional<CsvDialect> CsvDialect::fromName(const QString &name, const QLocale &locale)
{
    CsvDialect dialect;
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("comma") || n == QLatin1String(","))
        dialect.separator = QLatin1Char(',');
    else if (n == QLatin1String("semicolon") || n == QLatin1String(";"))
        dialect.separator = QLatin1Char(';');
    else if (n == QLatin1String("tab") || n == QLatin1String("\t"))
        dialect.separator = QLatin1Char('\t');
    else
        return std::nullopt;
    const QChar localePoint =
        locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(',') : QLatin1Char('.');
    dialect.decimalPoint = localePoint == dialect.separator ? QLatin1Char('.') : localePoint;
    return dialect;
}

QString CsvTableWriter::quote(const QString &field, QChar separator)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvTableWriter::isoDateTime(const QDateTime &value)
{
    // QDateTime::toString(Qt::ISODate) writes the offset with QString::asprintf: a fifth of the CPU
    // of a million tickets' CSV export. The same text, written here for the years Qt writes.
    if (!value.isValid())
        return value.toString(Qt::ISODate);
    const QDate date = value.date();
    if (date.year() < 1 || date.year() > 9999)
        return value.toString(Qt::ISODate);
    const QTime time = value.time();
    char text[32];
    int n = 0;
    const auto digits = [&text, &n](int number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            text[n + i] = char('0' + number % 10);
        n += width;
    };
    digits(date.year(), 4);
    text[n++] = '-';
    digits(date.month(), 2);
    text[n++] = '-';
    digits(date.day(), 2);
    text[n++] = 'T';
    digits(time.hour(), 2);
    text[n++] = ':';
    digits(time.minute(), 2);
    text[n++] = ':';
    digits(time.second(), 2);
    switch (value.timeSpec()) {
    case Qt::UTC:
        text[n++] = 'Z';
        break;
    case Qt::OffsetFromUTC:
    case Qt::TimeZone: {
        const int offset = value.offsetFromUtc();
        text[n++] = offset >= 0 ? '+' : '-';
        const int magnitude = offset >= 0 ? offset : -offset;
        if (magnitude / 3600 > 99)
            return value.toString(Qt::ISODate);
        digits(magnitude / 3600, 2);
        text[n++] = ':';
        digits(magnitude / 60 % 60, 2);
        break;
    }
    case Qt::LocalTime:
        break; // no suffix, as Qt writes it
    }
    return QString::fromLatin1(text, n);
}

QString CsvTableWriter::cellText(const QVariant &value, ExportColumn::Type type, QChar decimalPoint)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ExportColumn::Type::Text:
        return neutralise(value.toString());
    case ExportColumn::Type::Integer:
        return QString::number(value.toLongLong());
    case ExportColumn::Type::Decimal: {
        // Shortest form that reads back as the same value; the dialect's decimal point, no grouping.
        QString text = QString::number(value.toDouble(), 'g', 15);
        if (decimalPoint != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), decimalPoint);
        return text;
    }
    case ExportColumn::Type::Date:
        return value.toDate().toString(Qt::ISODate);
    case ExportColumn::Type::DateTime:
        return isoDateTime(value.toDateTime());
    }
    return {};
}

QString CsvTableWriter::headingText(const QVector<ExportColumn> &columns, const Dialect &dialect)
{
    QStringList fields;
    for (const ExportColumn &column : columns)
        fields.append(quote(neutralise(column.title), dialect.separator));
    return fields.join(dialect.separator) + QStringLiteral("\r\n");
}

QString CsvTableWriter::lineText(const QVector<QVariant> &row, const QVector<ExportColumn> &columns,
                                 const Dialect &dialect)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        fields.append(
            quote(cellText(row.value(i), columns.at(i).type, dialect.decimalPoint), dialect.separator));
    return fields.join(dialect.separator) + QStringLiteral("\r\n");
}

QByteArray CsvTableWriter::toCsv(const ExportTable &table, const Dialect &dialect)
{
    QString text = headingText(table.columns, dialect);
    for (const QVector<QVariant> &row : table.rows)
        text += lineText(row, table.columns, dialect);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvTableWriter::write(const ExportTable &table, const QString &path, QString *error,
                           const Dialect &dialect)
{
    CsvTableStream stream({path}, dialect);
    return stream.writeAll({table}, error);
}

CsvTableStream::CsvTableStream(const QStringList &files, const CsvDialect &dialect)
    : m_files(files), m_dialect(dialect)
{
}

CsvTableStream::~CsvTableStream() = default; // QSaveFile removes what was not committed

bool CsvTableStream::beginTable(const QString &, const QVector<ExportColumn> &columns, QString *error)
{
    m_columns = columns;
    if (m_tables >= m_files.size())
        return true; // a table without a file is not written
    const QString path = m_files.at(m_tables);
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = CsvTableWriter::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), m_file->errorString());
        return false;
    }
    m_buffer = QByteArray("\xEF\xBB\xBF") + CsvTableWriter::headingText(columns, m_dialect).toUtf8();
    return true;
}

bool CsvTableStream::addRow(const QVector<QVariant> &row, QString *error)
{
    if (!m_file)
        return true;
    m_buffer += CsvTableWriter::lineText(row, m_columns, m_dialect).toUtf8();
    return m_buffer.size() < (1 << 16) || flush(error);
}

bool CsvTableStream::flush(QString *error)
{
    if (m_file->write(m_buffer) != m_buffer.size()) {
        *error = CsvTableWriter::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return false;
    }
    m_buffer.resize(0); // keeps the block's allocation
    return true;
}

bool CsvTableStream::endTable(QString *error)
{
    ++m_tables;
    if (!m_file)
        return true;
    if (!flush(error))
        return false;
    m_done.push_back(std::move(m_file));
    return true;
}

bool CsvTableStream::commit(QString *error)
{
    for (const std::unique_ptr<QSaveFile> &file : m_done) {
        if (!file->commit()) {
            *error = CsvTableWriter::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
            return false;
        }
    }
    m_done.clear();
    return true;
}

} // namespace Exchange

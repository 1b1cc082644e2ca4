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
        return value.toDateTime().toString(Qt::ISODate);
    }
    return {};
}

QByteArray CsvTableWriter::toCsv(const ExportTable &table, const Dialect &dialect)
{
    QString text;
    QStringList fields;
    for (const ExportColumn &column : table.columns)
        fields.append(quote(neutralise(column.title), dialect.separator));
    text += fields.join(dialect.separator) + QStringLiteral("\r\n");
    for (const QVector<QVariant> &row : table.rows) {
        fields.clear();
        for (int i = 0; i < table.columns.size(); ++i)
            fields.append(quote(cellText(row.value(i), table.columns.at(i).type, dialect.decimalPoint),
                                dialect.separator));
        text += fields.join(dialect.separator) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvTableWriter::write(const ExportTable &table, const QString &path, QString *error,
                           const Dialect &dialect)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(toCsv(table, dialect));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Exchange

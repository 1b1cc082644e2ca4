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

QString CsvTableWriter::quote(const QString &field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
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

QString CsvTableWriter::cellText(const QVariant &value, ExportColumn::Type type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ExportColumn::Type::Text:
        return neutralise(value.toString());
    case ExportColumn::Type::Integer:
        return QString::number(value.toLongLong());
    case ExportColumn::Type::Decimal:
        // Shortest form that reads back as the same value; always '.', never a locale's comma.
        return QString::number(value.toDouble(), 'g', 15);
    case ExportColumn::Type::Date:
        return value.toDate().toString(Qt::ISODate);
    case ExportColumn::Type::DateTime:
        return value.toDateTime().toString(Qt::ISODate);
    }
    return {};
}

QByteArray CsvTableWriter::toCsv(const ExportTable &table)
{
    QString text;
    QStringList fields;
    for (const ExportColumn &column : table.columns)
        fields.append(quote(neutralise(column.title)));
    text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVector<QVariant> &row : table.rows) {
        fields.clear();
        for (int i = 0; i < table.columns.size(); ++i)
            fields.append(quote(cellText(row.value(i), table.columns.at(i).type)));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvTableWriter::write(const ExportTable &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(toCsv(table));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Exchange

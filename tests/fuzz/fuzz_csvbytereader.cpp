// libFuzzer target: CsvByteReader on arbitrary bytes. Whatever it reads to the end must be read
// alike by CsvReader (the same header, records, fields and lines); the rest it must leave to it.
#include "models/exchange/csv/csvbytereader.h"
#include "models/exchange/csv/csvreader.h"

#include <QBuffer>

namespace {

/// Every record of `bytes` as CsvByteReader reads it, the header first, each field list ended
/// by its line; false when it leaves the file to CsvReader.
bool readAsBytes(const QByteArray &bytes, QList<QStringList> *records, QList<qint64> *lines)
{
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    Exchange::CsvByteReader reader(&device);
    if (!reader.readHeader())
        return false;
    records->append(reader.header());
    Exchange::CsvByteReader::Status status;
    while ((status = reader.next()) == Exchange::CsvByteReader::Status::Record) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(Exchange::CsvByteReader::text(reader.field(i)));
        records->append(fields);
        lines->append(reader.line());
    }
    return status == Exchange::CsvByteReader::Status::End;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> records;
    QList<qint64> lines;
    if (!readAsBytes(bytes, &records, &lines))
        return 0;
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    Exchange::CsvReader reader(&device, QStringLiteral("fuzz.csv"));
    if (!reader.readHeader() || reader.header() != records.constFirst())
        __builtin_trap(); // a file read as bytes is one CsvReader reads alike
    Exchange::CsvRow row;
    qsizetype i = 0;
    while (reader.next(&row)) {
        ++i;
        if (i >= records.size() || row.fields != records.at(i) || row.line != lines.at(i - 1))
            __builtin_trap();
    }
    if (reader.hasError() || i + 1 != records.size())
        __builtin_trap();
    return 0;
}

// libFuzzer target: CsvReader on arbitrary bytes. The first byte picks a field cap so that the
// cap's refusal path is reached by small inputs too.
#include "models/exchange/csv/csvreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype cap =
        data[0] < 128 ? Exchange::CsvReader::s_defaultMaxFieldSize : qsizetype(data[0]) - 120;
    QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    Exchange::CsvReader reader(&device, QStringLiteral("fuzz.csv"));
    reader.setMaxFieldSize(cap);
    if (!reader.readHeader())
        return 0;
    Exchange::CsvRow row;
    qint64 previous = 0;
    while (reader.next(&row)) {
        if (row.line <= previous)
            __builtin_trap(); // lines only go forward
        previous = row.line;
        for (const QString &field : std::as_const(row.fields)) {
            if (field.size() > cap)
                __builtin_trap(); // the cap holds
        }
    }
    return 0;
}

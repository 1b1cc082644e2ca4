// libFuzzer target: DateTimeParser in every format, in a zone with daylight-saving changes.
#include "models/exchange/csv/datetimeparser.h"

#include <QDate>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QTimeZone s_zone(QByteArrayLiteral("Europe/Stockholm"));
    const auto format = static_cast<Exchange::DateTimeParser::Format>(data[0] % 4);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    Exchange::DateTimeParser parser(format, s_zone);
    qint64 seconds = 0;
    parser.parse(text, &seconds);
    QDate date;
    parser.parseDate(text, &date);
    Exchange::DateTimeParser::monthFromName(text);
    return 0;
}

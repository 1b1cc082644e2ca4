// libFuzzer target: NumberParser's durations (h:mm, 1h 30m, decimal hours ...) in each unit.
// A duration it accepts is never negative-by-overflow: within ±s_maxDurationSeconds.
#include "models/exchange/csv/numberparser.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    using Exchange::NumberParser;
    const auto unit = static_cast<NumberParser::DurationUnit>(data[0] % 3);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    qint64 seconds = 0;
    if (NumberParser::parseDuration(text, unit, &seconds) &&
        (seconds > NumberParser::s_maxDurationSeconds || seconds < -NumberParser::s_maxDurationSeconds))
        __builtin_trap();
    return 0;
}

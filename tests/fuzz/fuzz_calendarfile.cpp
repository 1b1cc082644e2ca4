// libFuzzer target: calendar files. What is accepted writes back and reads again the same.
#include "models/exchange/calendar/calendarfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Exchange::ExchangeError error;
    const auto calendar = Exchange::CalendarFile::fromJson(json, &error, QStringLiteral("fuzz.json"));
    if (calendar) {
        const auto again =
            Exchange::CalendarFile::fromJson(Exchange::CalendarFile::toJson(*calendar), &error);
        if (!again)
            __builtin_trap(); // a calendar we accepted must survive its own file
    }
    return 0;
}

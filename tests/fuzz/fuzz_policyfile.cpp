// libFuzzer target: SLA policy files. What is accepted writes back and reads again.
#include "models/exchange/sla/policyfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Exchange::ExchangeError error;
    const auto history = Exchange::PolicyFile::fromJson(json, &error, QStringLiteral("fuzz.json"));
    if (history) {
        const auto again = Exchange::PolicyFile::fromJson(Exchange::PolicyFile::toJson(*history), &error);
        if (!again)
            __builtin_trap();
    }
    return 0;
}

// libFuzzer target: NumberParser's decimals and integers.
#include "models/exchange/csv/numberparser.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    double value = 0;
    Exchange::NumberParser::parseDecimal(text, &value);
    qint64 integer = 0;
    Exchange::NumberParser::parseInteger(text, &integer);
    Exchange::NumberParser::isMissing(text);
    return 0;
}

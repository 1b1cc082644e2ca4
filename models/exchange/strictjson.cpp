#include "models/exchange/strictjson.h"

namespace Exchange {

StrictJson::Finding StrictJson::findRawControlInString(const QByteArray &json)
{
    Finding finding;
    bool inString = false;
    bool escaped = false;
    qint64 line = 1;
    int column = 1;
    for (const char ch : json) {
        const auto c = static_cast<unsigned char>(ch);
        if (inString && c < 0x20) {
            finding = Finding{true, c, line, column};
            return finding;
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column; // UTF-8 continuation bytes do not start a character
        }
    }
    return finding;
}

} // namespace Exchange

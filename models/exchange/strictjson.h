#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Exchange {

/// What Qt's JSON parser lets through although RFC 8259 forbids it: raw control characters
/// (U+0000..U+001F: NUL, TAB, LF, 0x01 ...) inside a string. They must be written as escapes
/// (\t, \n, \u0001); a raw one is a damaged or hand-edited file, and a NUL would end up in a name.
struct StrictJson
{
    /// A raw control character inside a JSON string: its byte, 1-based line and column (in
    /// characters, as an editor counts them).
    struct Finding
    {
        bool found = false;
        unsigned char byte = 0;
        qint64 line = 0;
        int column = 0;
    };

    static Finding findRawControlInString(const QByteArray &json);
};

} // namespace Exchange

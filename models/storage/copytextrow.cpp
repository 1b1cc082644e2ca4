#include "models/storage/copytextrow.h"

#include <cstring>

namespace Storage {

namespace {

int digitValue(char c, int base)
{
    const int value = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : 99;
    return value < base ? value : -1;
}

} // namespace

bool CopyTextRow::parse(const char *line, qsizetype size)
{
    m_begin.clear();
    m_end.clear();
    // Decoded text is never longer than the line: write it in place of a resize per field.
    if (m_text.size() < size)
        m_text.resize(size);
    char *out = m_text.data();
    qsizetype length = 0;
    qsizetype at = 0;
    for (;;) {
        const qsizetype begin = length;
        const qsizetype fieldStart = at;
        while (at < size && line[at] != '\t') {
            const char c = line[at++];
            if (c != '\\') {
                out[length++] = c;
                continue;
            }
            if (at == size)
                return false;
            const char e = line[at++];
            switch (e) {
            case 'b':
                out[length++] = '\b';
                break;
            case 'f':
                out[length++] = '\f';
                break;
            case 'n':
                out[length++] = '\n';
                break;
            case 'r':
                out[length++] = '\r';
                break;
            case 't':
                out[length++] = '\t';
                break;
            case 'v':
                out[length++] = '\v';
                break;
            case 'x': {
                // \xHH: one or two hex digits; "\x" without one is an x.
                int value = -1;
                for (int k = 0; k < 2 && at < size && digitValue(line[at], 16) >= 0; ++k)
                    value = (value < 0 ? 0 : value * 16) + digitValue(line[at++], 16);
                out[length++] = value < 0 ? 'x' : char(value);
                break;
            }
            default:
                if (digitValue(e, 8) >= 0) { // \ooo: one to three octal digits
                    int value = digitValue(e, 8);
                    for (int k = 0; k < 2 && at < size && digitValue(line[at], 8) >= 0; ++k)
                        value = value * 8 + digitValue(line[at++], 8);
                    out[length++] = char(value);
                } else {
                    out[length++] = e; // \\ and any other character stand for themselves
                }
            }
        }
        const bool null = at - fieldStart == 2 && std::memcmp(line + fieldStart, "\\N", 2) == 0;
        m_begin.append(begin);
        m_end.append(null ? -1 : length);
        if (null)
            length = begin;
        if (at == size)
            return true;
        ++at; // the tab
    }
}

QString CopyTextRow::parseRow(const char *line, qsizetype size, int columns)
{
    if (parse(line, size) && count() == columns)
        return {};
    return QStringLiteral("the server sent %1 fields for %2 columns").arg(count()).arg(columns);
}

} // namespace Storage

#pragma once

// The commands' CSV quoting before App::ByteWriter (tickets and worklogs list), kept as the
// reference the byte-level writer and the streamed outputs are compared with.
#include <QString>

namespace CliTest {

inline QString oldCsvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace CliTest

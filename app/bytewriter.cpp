#include "app/bytewriter.h"

#include "models/exchange/isoinstant.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace App {

namespace {

/// Whether QJsonDocument writes `c` as it is (UTF-8); the rest goes through QJsonDocument itself.
bool plainJson(char16_t c)
{
    return c >= 0x20 && c != u'"' && c != u'\\' && (c < 0xD800 || c >= 0xE000);
}

} // namespace

void ByteWriter::appendUtf8(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        m_buffer.append(text.toUtf8());
        return;
    }
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + text.size());
    char *out = m_buffer.data() + at;
    for (const QChar c : text)
        *out++ = char(c.unicode());
}

void ByteWriter::appendJsonString(QStringView text)
{
    for (const QChar c : text) {
        if (!plainJson(c.unicode())) {
            // Control characters, quotes, backslashes and lone surrogates are rare in tickets:
            // QJsonDocument writes them, so that the escapes are its own.
            const QByteArray array =
                QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
            m_buffer.append(array.mid(1, array.size() - 2));
            return;
        }
    }
    m_buffer.append('"');
    appendUtf8(text);
    m_buffer.append('"');
}

void ByteWriter::appendJsonDouble(double value)
{
    // QJsonValue keeps a whole number up to 2^53 as an integer; other finite doubles are written
    // in their shortest form (qjsonvalue.cpp, qjsonwriter.cpp).
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::fabs(value) <= Exact)
        appendNumber(qint64(value));
    else
        m_buffer.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void ByteWriter::appendIsoInstant(qint64 epochSeconds)
{
    // Years 1–9999 by hand (Exchange's writer, also sla replay's); outside them QDateTime's own text
    // (empty past 9999), as these commands wrote before they streamed.
    constexpr qint64 FirstSecondOfYear1 = -62135596800;
    constexpr qint64 FirstSecondOfYear10000 = 253402300800;
    if (epochSeconds < FirstSecondOfYear1 || epochSeconds >= FirstSecondOfYear10000) {
        *this << QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate);
        return;
    }
    char text[Exchange::s_maxIsoInstantUtcSize];
    m_buffer.append(text, Exchange::writeIsoInstantUtc(text, epochSeconds) - text);
}

void ByteWriter::appendCsvCell(QStringView text, QChar separator)
{
    bool quote = false;
    for (const QChar c : text)
        quote = quote || c == separator || c == u'"' || c == u'\n';
    if (!quote) {
        appendUtf8(text);
        return;
    }
    m_buffer.append('"');
    m_buffer.append(text.toString().replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8());
    m_buffer.append('"');
}

void ByteWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    // Straight to the device when the stream has one (stdout); a stream on a string takes text.
    if (QIODevice *device = m_out.device()) {
        m_out.flush();
        // Copied, not handed over: a QByteArray given to a buffered device is shared with its write
        // buffer, and the next append here then made a new block, growing from nothing.
        device->write(m_buffer.constData(), m_buffer.size());
    } else {
        m_out << QString::fromUtf8(m_buffer);
    }
    m_buffer.resize(0); // keeps the block's allocation
}

} // namespace App

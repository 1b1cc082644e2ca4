#include "app/bytewriter.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace App {

namespace {

/// Days since 1970-01-01 to a civil date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

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
    constexpr qint64 SecondsPerDay = 86400;
    const qint64 days = epochSeconds >= 0 ? epochSeconds / SecondsPerDay
                                          : -((-epochSeconds + SecondsPerDay - 1) / SecondsPerDay);
    const qint64 rest = epochSeconds - days * SecondsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) { // QDateTime's own years (and its empty text past 9999)
        *this << QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate);
        return;
    }
    const int values[] = {int(year / 100),  int(year % 100),     month,         day,
                          int(rest / 3600), int(rest / 60 % 60), int(rest % 60)};
    char out[20] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0',
                    'T', '0', '0', ':', '0', '0', ':', '0', '0', 'Z'};
    const int at[] = {0, 2, 5, 8, 11, 14, 17};
    for (int i = 0; i < 7; ++i) {
        out[at[i]] = char('0' + values[i] / 10);
        out[at[i] + 1] = char('0' + values[i] % 10);
    }
    m_buffer.append(out, sizeof out);
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
        device->write(m_buffer);
    } else {
        m_out << QString::fromUtf8(m_buffer);
    }
    m_buffer.resize(0); // keeps the block's allocation
}

} // namespace App

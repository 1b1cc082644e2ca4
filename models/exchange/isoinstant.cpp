#include "models/exchange/isoinstant.h"

#include <QDate>
#include <QRegularExpression>

namespace Exchange {

namespace {

constexpr qint64 SecondsPerDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

const QRegularExpression &instantPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
        "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)$"));
    return pattern;
}

} // namespace

namespace {

/// The value of `count` ASCII digits at `p`, or -1.
int digits(const char16_t *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < u'0' || p[i] > u'9')
            return -1;
        value = value * 10 + int(p[i] - u'0');
    }
    return value;
}

/// The common shapes (`2026-03-02T09:00:00Z`, `...+01:00`, with or without seconds and a
/// fraction) read character by character: the pattern below costs a microsecond a value, and a
/// replay reads millions. Nothing (not decided) for any other text: the pattern decides then.
std::optional<std::optional<qint64>> parseFast(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    if (n < 17 || p[4] != u'-' || p[7] != u'-' || (p[10] != u'T' && p[10] != u't' && p[10] != u' ') || p[13] != u':')
        return std::nullopt;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0)
        return std::nullopt;
    qsizetype i = 16;
    int second = 0;
    if (i < n && p[i] == u':') {
        if (i + 3 > n || (second = digits(p + i + 1, 2)) < 0)
            return std::nullopt;
        i += 3;
        if (i < n && (p[i] == u'.' || p[i] == u',')) {
            const qsizetype start = ++i;
            while (i < n && p[i] >= u'0' && p[i] <= u'9')
                ++i;
            if (i == start)
                return std::nullopt;
        }
    }
    if (i >= n)
        return std::nullopt;
    int offset = 0;
    if (p[i] == u'Z' || p[i] == u'z') {
        ++i;
    } else if (p[i] == u'+' || p[i] == u'-') {
        const bool negative = p[i] == u'-';
        if (i + 3 > n)
            return std::nullopt;
        const int offsetHours = digits(p + i + 1, 2);
        if (offsetHours < 0)
            return std::nullopt;
        i += 3;
        int offsetMinutes = 0;
        const bool colon = i < n && p[i] == u':';
        if (colon)
            ++i;
        if (i < n || colon) {
            if (i + 2 > n || (offsetMinutes = digits(p + i, 2)) < 0)
                return std::nullopt;
            i += 2;
        }
        if (offsetHours > 18 || offsetMinutes > 59)
            return std::optional<qint64>();
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (negative ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (i != n)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::optional<qint64>();
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return std::optional<qint64>(days * SecondsPerDay + hour * 3600 + minute * 60 + second - offset);
}

} // namespace

std::optional<qint64> parseIsoInstant(const QString &text)
{
    if (const std::optional<std::optional<qint64>> fast = parseFast(QStringView(text).trimmed()))
        return *fast;
    const QRegularExpressionMatch m = instantPattern().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const int hour = m.capturedView(4).toInt();
    const int minute = m.capturedView(5).toInt();
    const int second = m.capturedView(6).isEmpty() ? 0 : m.capturedView(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int offset = 0;
    if (m.capturedView(8).isEmpty()) {
        const int offsetHours = m.capturedView(10).toInt();
        const int offsetMinutes = m.capturedView(11).isEmpty() ? 0 : m.capturedView(11).toInt();
        if (offsetHours > 18 || offsetMinutes > 59)
            return std::nullopt;
        offset = (offsetHours * 60 + offsetMinutes) * 60;
        if (m.capturedView(9) == QLatin1String("-"))
            offset = -offset;
    }
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return days * SecondsPerDay + hour * 3600 + minute * 60 + second - offset;
}

QString formatIsoInstantUtc(qint64 epochSeconds)
{
    const qint64 days = floorDiv(epochSeconds, SecondsPerDay);
    const qint64 rest = epochSeconds - days * SecondsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() >= 0 && date.year() <= 9999) {
        // Written by hand: QString::arg six times was a third of a replay's time.
        const int values[] = {date.year() / 100, date.year() % 100, date.month(), date.day(),
                              int(rest / 3600), int(rest / 60 % 60), int(rest % 60)};
        char16_t out[20] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0',
                            u'T', u'0', u'0', u':', u'0', u'0', u':', u'0', u'0', u'Z'};
        const int at[] = {0, 2, 5, 8, 11, 14, 17};
        for (int i = 0; i < 7; ++i) {
            out[at[i]] = char16_t(u'0' + values[i] / 10);
            out[at[i] + 1] = char16_t(u'0' + values[i] % 10);
        }
        return QString(reinterpret_cast<const QChar *>(out), 20);
    }
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(rest / 3600, 2, 10, QLatin1Char('0'))
        .arg((rest / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(rest % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Exchange

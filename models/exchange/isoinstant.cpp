#include "models/exchange/isoinstant.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>
#include <limits>

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
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)$"));
    return pattern;
}

/// Days from 1970-01-01 to the proleptic Gregorian date (astronomical years: 0 is 1 BC), by
/// H. Hinnant's days_from_civil: QDate's calendar conversions were a tenth of a replay's time.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// The date `days` after 1970-01-01 (civil_from_days, the inverse of daysFromCivil).
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

/// Whether a 4-digit year (1–9999; QDate has no year 0), month and day name a real date.
bool isValidDate(int year, int month, int day)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

namespace {

/// The value of `count` ASCII digits at `p`, or -1.
template<typename Char> int digits(const Char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < Char('0') || p[i] > Char('9'))
            return -1;
        value = value * 10 + int(p[i] - Char('0'));
    }
    return value;
}

/// The common shapes (`2026-03-02T09:00:00Z`, `...+01:00`, with or without seconds and a
/// fraction) read character by character: the pattern below costs a microsecond a value, and a
/// replay reads millions. Undecided for any other text: the pattern decides then.
/// `Char` is char16_t (QString) or char (UTF-8 bytes: every character it accepts is ASCII).
enum class Fast { Instant, Invalid, Undecided };
template<typename Char> Fast parseFast(const Char *p, qsizetype n, qint64 *instant)
{
    if (n < 17 || p[4] != Char('-') || p[7] != Char('-') ||
        (p[10] != Char('T') && p[10] != Char('t') && p[10] != Char(' ')) || p[13] != Char(':'))
        return Fast::Undecided;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2), minute = digits(p + 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0)
        return Fast::Undecided;
    qsizetype i = 16;
    int second = 0;
    if (i < n && p[i] == Char(':')) {
        if (i + 3 > n || (second = digits(p + i + 1, 2)) < 0)
            return Fast::Undecided;
        i += 3;
        if (i < n && (p[i] == Char('.') || p[i] == Char(','))) {
            const qsizetype start = ++i;
            while (i < n && p[i] >= Char('0') && p[i] <= Char('9'))
                ++i;
            if (i == start)
                return Fast::Undecided;
        }
    }
    if (i >= n)
        return Fast::Undecided;
    int offset = 0;
    if (p[i] == Char('Z') || p[i] == Char('z')) {
        ++i;
    } else if (p[i] == Char('+') || p[i] == Char('-')) {
        const bool negative = p[i] == Char('-');
        if (i + 3 > n)
            return Fast::Undecided;
        const int offsetHours = digits(p + i + 1, 2);
        if (offsetHours < 0)
            return Fast::Undecided;
        i += 3;
        int offsetMinutes = 0;
        const bool colon = i < n && p[i] == Char(':');
        if (colon)
            ++i;
        if (i < n || colon) {
            if (i + 2 > n || (offsetMinutes = digits(p + i, 2)) < 0)
                return Fast::Undecided;
            i += 2;
        }
        if (offsetHours > 18 || offsetMinutes > 59)
            return Fast::Invalid;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (negative ? -1 : 1);
    } else {
        return Fast::Undecided;
    }
    if (i != n)
        return Fast::Undecided;
    if (hour > 23 || minute > 59 || second > 59)
        return Fast::Invalid;
    // The instants of a file mostly fall on the day of the one before: that day is not checked
    // and converted again (a cache per thread, so the function stays safe to call anywhere).
    thread_local int s_lastDate = -1;
    thread_local qint64 s_lastDays = 0;
    const int date = year * 10000 + month * 100 + day;
    if (date != s_lastDate) {
        if (!isValidDate(year, month, day))
            return Fast::Invalid;
        s_lastDays = daysFromCivil(year, month, day);
        s_lastDate = date;
    }
    *instant = s_lastDays * SecondsPerDay + hour * 3600 + minute * 60 + second - offset;
    return Fast::Instant;
}

} // namespace

std::optional<qint64> parseIsoInstant(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    qint64 instant = 0;
    if (const Fast fast = parseFast(trimmed.utf16(), trimmed.size(), &instant); fast != Fast::Undecided)
        return fast == Fast::Instant ? std::optional<qint64>(instant) : std::nullopt;
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

std::optional<qint64> parseIsoInstantUtf8(QByteArrayView text)
{
    qint64 instant = 0;
    if (const Fast fast = parseFast(text.data(), text.size(), &instant); fast != Fast::Undecided)
        return fast == Fast::Instant ? std::optional<qint64>(instant) : std::nullopt;
    // Other shapes, spaces and non-ASCII text, a U+FEFF at the start kept (it is no instant).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return parseIsoInstant(decoder(text));
}

char *writeIsoInstantUtc(char *out, qint64 epochSeconds)
{
    const qint64 days = floorDiv(epochSeconds, SecondsPerDay);
    const qint64 rest = epochSeconds - days * SecondsPerDay;
    // The date of the instant written before is mostly the date again (a cache per thread).
    thread_local qint64 s_lastDays = std::numeric_limits<qint64>::min();
    thread_local char s_lastDate[10];
    if (days != s_lastDays) {
        qint64 year = 0;
        int month = 0;
        int day = 0;
        civilFromDays(days, &year, &month, &day);
        if (year >= 1 && year <= 9999) {
            // Written by hand: QString::arg six times was a third of a replay's time.
            const int values[] = {int(year / 100), int(year % 100), month, day};
            const int at[] = {0, 2, 5, 8};
            s_lastDate[4] = s_lastDate[7] = '-';
            for (int i = 0; i < 4; ++i) {
                s_lastDate[at[i]] = char('0' + values[i] / 10);
                s_lastDate[at[i] + 1] = char('0' + values[i] % 10);
            }
            s_lastDays = days;
        }
    }
    if (days == s_lastDays) {
        std::memcpy(out, s_lastDate, 10);
        const int values[] = {int(rest / 3600), int(rest / 60 % 60), int(rest % 60)};
        out[10] = 'T';
        out[13] = out[16] = ':';
        out[19] = 'Z';
        const int at[] = {11, 14, 17};
        for (int i = 0; i < 3; ++i) {
            out[at[i]] = char('0' + values[i] / 10);
            out[at[i] + 1] = char('0' + values[i] % 10);
        }
        return out + 20;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days); // outside 1–9999: QDate's own years
    const QByteArray text = QStringLiteral("%1-%2-%3T%4:%5:%6Z")
                                .arg(date.year(), 4, 10, QLatin1Char('0'))
                                .arg(date.month(), 2, 10, QLatin1Char('0'))
                                .arg(date.day(), 2, 10, QLatin1Char('0'))
                                .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                                .arg((rest / 60) % 60, 2, 10, QLatin1Char('0'))
                                .arg(rest % 60, 2, 10, QLatin1Char('0'))
                                .toLatin1();
    std::memcpy(out, text.constData(), size_t(text.size()));
    return out + text.size();
}

QString formatIsoInstantUtc(qint64 epochSeconds)
{
    char text[s_maxIsoInstantUtcSize];
    return QString::fromLatin1(text, writeIsoInstantUtc(text, epochSeconds) - text);
}

} // namespace Exchange

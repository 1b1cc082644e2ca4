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

std::optional<qint64> parseIsoInstant(const QString &text)
{
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
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(rest / 3600, 2, 10, QLatin1Char('0'))
        .arg((rest / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(rest % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Exchange

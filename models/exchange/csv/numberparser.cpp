#include "models/exchange/csv/numberparser.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace Exchange {

namespace {

bool isGroupingSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'');
}

QStringView strip(QStringView text)
{
    return text.trimmed();
}

} // namespace

bool NumberParser::isMissing(QStringView text)
{
    const QStringView t = strip(text);
    return t.isEmpty() || t == u"?";
}

bool NumberParser::parseDecimal(QStringView text, double *value)
{
    QStringView t = strip(text);
    bool negative = false;
    if (!t.isEmpty() &&
        (t.front() == QLatin1Char('-') || t.front() == QChar(0x2212) || t.front() == QLatin1Char('+'))) {
        negative = t.front() != QLatin1Char('+');
        t = t.mid(1).trimmed();
    }
    if (t.isEmpty())
        return false;
    const qsizetype lastComma = t.lastIndexOf(QLatin1Char(','));
    const qsizetype lastPoint = t.lastIndexOf(QLatin1Char('.'));
    qsizetype decimalAt = -1;
    if (lastComma >= 0 && lastPoint >= 0)
        decimalAt = qMax(lastComma, lastPoint);
    else if (lastComma >= 0 && t.count(QLatin1Char(',')) == 1)
        decimalAt = lastComma;
    else if (lastPoint >= 0 && t.count(QLatin1Char('.')) == 1)
        decimalAt = lastPoint;

    double whole = 0;
    double fraction = 0;
    double scale = 1;
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
            if (decimalAt >= 0 && i > decimalAt) {
                scale /= 10;
                fraction += (c.unicode() - u'0') * scale;
            } else {
                whole = whole * 10 + (c.unicode() - u'0');
            }
        } else if (i == decimalAt) {
            continue;
        } else if ((c == QLatin1Char(',') || c == QLatin1Char('.') || isGroupingSpace(c)) && i > 0 &&
                   (decimalAt < 0 || i < decimalAt) && i + 1 < t.size() && t.at(i + 1).isDigit()) {
            continue;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    *value = negative ? -(whole + fraction) : whole + fraction;
    return true;
}

bool NumberParser::parseInteger(QStringView text, qint64 *value)
{
    double d = 0;
    const QStringView t = strip(text);
    if (t.contains(QLatin1Char('.')) || (t.count(QLatin1Char(',')) == 1))
        return false;
    if (!parseDecimal(t, &d) || std::abs(d) > 9.0e15)
        return false;
    *value = qint64(d);
    return true;
}

bool NumberParser::parseDuration(QStringView text, DurationUnit unit, qint64 *seconds)
{
    return readDuration(text, unit, seconds) == DurationResult::Ok;
}

NumberParser::DurationResult NumberParser::readDuration(QStringView text, DurationUnit unit, qint64 *seconds,
                                                        double *exactSeconds)
{
    constexpr DurationResult invalid = DurationResult::Invalid;
    QStringView t = strip(text);
    if (t.isEmpty())
        return invalid;
    bool negative = false;
    if (t.front() == QLatin1Char('-') || t.front() == QChar(0x2212)) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    double total = 0;
    if (t.contains(QLatin1Char(':'))) {
        auto parts = t.split(QLatin1Char(':'));
        if (parts.size() > 3)
            return invalid;
        if (parts.front().startsWith(QLatin1Char('[')) && parts.front().endsWith(QLatin1Char(']')))
            parts.front() = parts.front().mid(1, parts.front().size() - 2);
        double factor = 3600;
        for (const QStringView part : parts) {
            bool ok = false;
            const qint64 n = part.toLongLong(&ok);
            if (!ok && factor == 3600 && !part.isEmpty() &&
                std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
                return DurationResult::TooLarge; // more hours than 64 bits hold
            if (!ok || n < 0 || part.isEmpty() || (factor < 3600 && (n > 59 || part.size() != 2)))
                return invalid;
            total += double(n) * factor;
            factor /= 60;
        }
    } else if (t.back().isLetter()) {
        // Jira-style "1h 30m", "45m", "20s".
        qsizetype i = 0;
        bool any = false;
        while (i < t.size()) {
            while (i < t.size() && t.at(i).isSpace())
                ++i;
            qsizetype start = i;
            while (i < t.size() &&
                   (t.at(i).isDigit() || t.at(i) == QLatin1Char('.') || t.at(i) == QLatin1Char(',')))
                ++i;
            double amount = 0;
            if (start == i || i >= t.size() || !parseDecimal(t.mid(start, i - start), &amount))
                return invalid;
            const QChar u = t.at(i++).toLower();
            const double factor = u == QLatin1Char('h')   ? 3600
                                  : u == QLatin1Char('m') ? 60
                                  : u == QLatin1Char('s') ? 1
                                                          : -1;
            if (factor < 0)
                return invalid;
            total += amount * factor;
            any = true;
        }
        if (!any)
            return invalid;
    } else {
        double amount = 0;
        if (!parseDecimal(t, &amount) || amount < 0)
            return invalid;
        total = amount * (unit == DurationUnit::Hours ? 3600 : unit == DurationUnit::Minutes ? 60 : 1);
    }
    // Checked before rounding: llround of a value past 2^63 is undefined (it came out negative).
    if (!(total <= double(s_maxDurationSeconds)))
        return DurationResult::TooLarge;
    if (exactSeconds)
        *exactSeconds = negative ? -total : total;
    *seconds = qint64(std::llround(negative ? -total : total));
    return DurationResult::Ok;
}

} // namespace Exchange

#include "models/domain/calendar/holidayrules.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace Domain {

namespace {

namespace bg = boost::gregorian;

constexpr int MinYear = 1900;
constexpr int MaxYear = 2199;

QDate toQDate(const bg::date &d)
{
    return QDate(int(d.year()), int(d.month()), int(d.day()));
}

/// The `weekday` on or after month/day of `year` (e.g. Saturday 20-26 June: from 06-20).
QDate weekdayOnOrAfter(int year, int month, int day, bg::greg_weekday weekday)
{
    const bg::date from{bg::greg_year(year), bg::greg_month(month), bg::greg_day(day)};
    const bg::first_kday_after after(weekday);
    return toQDate(from.day_of_week() == weekday ? from : after.get_date(from));
}

QDate nthWeekday(int year, int month, bg::nth_kday_of_month::week_num n, bg::greg_weekday weekday)
{
    return toQDate(bg::nth_kday_of_month(n, weekday, bg::greg_month(month)).get_date(bg::greg_year(year)));
}

QDate lastWeekday(int year, int month, bg::greg_weekday weekday)
{
    return toQDate(bg::last_kday_of_month(weekday, bg::greg_month(month)).get_date(bg::greg_year(year)));
}

/// Collects the days of one rule set and year.
class Builder
{
public:
    explicit Builder(int year) : m_year(year), m_easter(HolidayRules::easterSunday(year)) {}

    int year() const { return m_year; }
    void fixed(int month, int day, const char *id) { add(QDate(m_year, month, day), id); }
    void easter(int offset, const char *id) { add(m_easter.addDays(offset), id); }
    void add(const QDate &date, const char *id, bool deFacto = false, bool substitute = false)
    {
        m_days.push_back({date, QString::fromLatin1(id), deFacto, substitute});
    }
    void deFacto(const QDate &date, const char *id) { add(date, id, true); }
    void substitute(const QDate &date, const char *id) { add(date, id, false, true); }

    QVector<Holiday> result()
    {
        QVector<Holiday> inYear;
        for (const Holiday &h : qAsConst(m_days)) {
            if (h.date.year() == m_year)
                inYear.push_back(h);
        }
        std::stable_sort(inYear.begin(), inYear.end(),
                         [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
        return inYear;
    }

private:
    int m_year;
    QDate m_easter;
    QVector<Holiday> m_days;
};

void sweden(Builder &b)
{
    b.fixed(1, 1, "new-years-day");
    b.fixed(1, 6, "epiphany");
    b.easter(-2, "good-friday");
    b.easter(0, "easter-sunday");
    b.easter(1, "easter-monday");
    b.fixed(5, 1, "may-day");
    b.easter(39, "ascension-day");
    b.easter(49, "whit-sunday");
    if (b.year() <= 2004)
        b.easter(50, "whit-monday"); // replaced by the National Day in 2005
    else
        b.fixed(6, 6, "national-day");
    b.deFacto(weekdayOnOrAfter(b.year(), 6, 19, bg::Friday), "midsummer-eve");
    b.add(weekdayOnOrAfter(b.year(), 6, 20, bg::Saturday), "midsummer-day");
    b.add(weekdayOnOrAfter(b.year(), 10, 31, bg::Saturday), "all-saints-day");
    b.deFacto(QDate(b.year(), 12, 24), "christmas-eve");
    b.fixed(12, 25, "christmas-day");
    b.fixed(12, 26, "boxing-day");
    b.deFacto(QDate(b.year(), 12, 31), "new-years-eve");
}

void finland(Builder &b)
{
    b.fixed(1, 1, "new-years-day");
    b.fixed(1, 6, "epiphany");
    b.easter(-2, "good-friday");
    b.easter(0, "easter-sunday");
    b.easter(1, "easter-monday");
    b.fixed(5, 1, "may-day");
    b.easter(39, "ascension-day");
    b.easter(49, "whit-sunday");
    b.deFacto(weekdayOnOrAfter(b.year(), 6, 19, bg::Friday), "midsummer-eve");
    b.add(weekdayOnOrAfter(b.year(), 6, 20, bg::Saturday), "midsummer-day");
    b.add(weekdayOnOrAfter(b.year(), 10, 31, bg::Saturday), "all-saints-day");
    b.fixed(12, 6, "independence-day");
    b.deFacto(QDate(b.year(), 12, 24), "christmas-eve");
    b.fixed(12, 25, "christmas-day");
    b.fixed(12, 26, "boxing-day");
}

void norway(Builder &b)
{
    b.fixed(1, 1, "new-years-day");
    b.easter(-3, "maundy-thursday");
    b.easter(-2, "good-friday");
    b.easter(0, "easter-sunday");
    b.easter(1, "easter-monday");
    b.fixed(5, 1, "may-day");
    b.fixed(5, 17, "constitution-day");
    b.easter(39, "ascension-day");
    b.easter(49, "whit-sunday");
    b.easter(50, "whit-monday");
    b.fixed(12, 25, "christmas-day");
    b.fixed(12, 26, "boxing-day");
}

void denmark(Builder &b)
{
    b.fixed(1, 1, "new-years-day");
    b.easter(-3, "maundy-thursday");
    b.easter(-2, "good-friday");
    b.easter(0, "easter-sunday");
    b.easter(1, "easter-monday");
    if (b.year() <= 2023)
        b.easter(26, "great-prayer-day"); // abolished from 2024
    b.easter(39, "ascension-day");
    b.easter(49, "whit-sunday");
    b.easter(50, "whit-monday");
    b.fixed(12, 25, "christmas-day");
    b.fixed(12, 26, "boxing-day");
}

void germany(Builder &b)
{
    b.fixed(1, 1, "new-years-day");
    b.easter(-2, "good-friday");
    b.easter(1, "easter-monday");
    b.fixed(5, 1, "labour-day");
    b.easter(39, "ascension-day");
    b.easter(50, "whit-monday");
    if (b.year() >= 1954 && b.year() <= 1990)
        b.fixed(6, 17, "day-of-german-unity-1953");
    if (b.year() >= 1990)
        b.fixed(10, 3, "german-unity-day");
    if (b.year() == 2017)
        b.fixed(10, 31, "reformation-day"); // the 500th anniversary, nationwide once
    b.fixed(12, 25, "christmas-day");
    b.fixed(12, 26, "second-christmas-day");
}

/// England and Wales: a holiday on a weekend gets the next free weekday as substitute.
void englandAndWales(Builder &b)
{
    const int y = b.year();
    const QDate newYear(y, 1, 1);
    b.add(newYear, "new-years-day");
    if (newYear.dayOfWeek() >= Qt::Saturday)
        b.substitute(weekdayOnOrAfter(y, 1, 2, bg::Monday), "new-years-day");
    b.easter(-2, "good-friday");
    b.easter(1, "easter-monday");
    if (y == 1995 || y == 2020)
        b.add(QDate(y, 5, 8), "early-may-bank-holiday"); // moved for VE Day anniversaries
    else
        b.add(nthWeekday(y, 5, bg::nth_kday_of_month::first, bg::Monday), "early-may-bank-holiday");
    if (y == 2002 || y == 2012)
        b.add(QDate(y, 6, 4), "spring-bank-holiday");
    else if (y == 2022)
        b.add(QDate(y, 6, 2), "spring-bank-holiday");
    else
        b.add(lastWeekday(y, 5, bg::Monday), "spring-bank-holiday");
    b.add(lastWeekday(y, 8, bg::Monday), "summer-bank-holiday");
    const QDate christmas(y, 12, 25);
    b.add(christmas, "christmas-day");
    b.add(QDate(y, 12, 26), "boxing-day");
    if (christmas.dayOfWeek() == Qt::Friday) {
        b.substitute(QDate(y, 12, 28), "boxing-day");
    } else if (christmas.dayOfWeek() == Qt::Saturday) {
        b.substitute(QDate(y, 12, 27), "christmas-day");
        b.substitute(QDate(y, 12, 28), "boxing-day");
    } else if (christmas.dayOfWeek() == Qt::Sunday) {
        b.substitute(QDate(y, 12, 27), "christmas-day");
    }
    static const struct
    {
        int y, m, d;
        const char *id;
    } oneOff[] = {
        {1999, 12, 31, "millennium-celebrations"},
        {2002, 6, 3, "golden-jubilee"},
        {2011, 4, 29, "royal-wedding"},
        {2012, 6, 5, "diamond-jubilee"},
        {2022, 6, 3, "platinum-jubilee"},
        {2022, 9, 19, "state-funeral"},
        {2023, 5, 8, "coronation"},
    };
    for (const auto &day : oneOff) {
        if (day.y == y)
            b.add(QDate(day.y, day.m, day.d), day.id);
    }
}

/// A US federal holiday on a fixed date, with its observed Friday/Monday when on a weekend.
void usFixed(Builder &b, const QDate &date, const char *id)
{
    b.add(date, id);
    if (date.dayOfWeek() == Qt::Saturday)
        b.substitute(date.addDays(-1), id);
    else if (date.dayOfWeek() == Qt::Sunday)
        b.substitute(date.addDays(1), id);
}

/// US federal holidays (5 U.S.C. 6103) with observed days.
void unitedStates(Builder &b)
{
    const int y = b.year();
    using Nth = bg::nth_kday_of_month;
    usFixed(b, QDate(y, 1, 1), "new-years-day");
    usFixed(b, QDate(y + 1, 1, 1), "new-years-day"); // observed on 31 Dec when on a Saturday
    if (y >= 1986)
        b.add(nthWeekday(y, 1, Nth::third, bg::Monday), "martin-luther-king-day");
    b.add(nthWeekday(y, 2, Nth::third, bg::Monday), "washingtons-birthday");
    b.add(lastWeekday(y, 5, bg::Monday), "memorial-day");
    if (y >= 2021)
        usFixed(b, QDate(y, 6, 19), "juneteenth");
    usFixed(b, QDate(y, 7, 4), "independence-day");
    b.add(nthWeekday(y, 9, Nth::first, bg::Monday), "labor-day");
    b.add(nthWeekday(y, 10, Nth::second, bg::Monday), "columbus-day");
    if (y >= 1971 && y <= 1977)
        b.add(nthWeekday(y, 10, Nth::fourth, bg::Monday), "veterans-day");
    else
        usFixed(b, QDate(y, 11, 11), "veterans-day");
    b.add(nthWeekday(y, 11, Nth::fourth, bg::Thursday), "thanksgiving-day");
    usFixed(b, QDate(y, 12, 25), "christmas-day");
}

} // namespace

QStringList HolidayRules::supportedCodes()
{
    return {QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("FI"), QStringLiteral("GB"),
            QStringLiteral("NO"), QStringLiteral("SE"), QStringLiteral("US")};
}

bool HolidayRules::isSupported(const QString &code)
{
    return supportedCodes().contains(code);
}

QDate HolidayRules::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QVector<Holiday> HolidayRules::holidays(const QString &code, int year)
{
    if (year < MinYear || year > MaxYear)
        return {};
    Builder b(year);
    if (code == QLatin1String("SE"))
        sweden(b);
    else if (code == QLatin1String("FI"))
        finland(b);
    else if (code == QLatin1String("NO"))
        norway(b);
    else if (code == QLatin1String("DK"))
        denmark(b);
    else if (code == QLatin1String("DE"))
        germany(b);
    else if (code == QLatin1String("GB"))
        englandAndWales(b);
    else if (code == QLatin1String("US"))
        unitedStates(b);
    else
        return {};
    return b.result();
}

} // namespace Domain

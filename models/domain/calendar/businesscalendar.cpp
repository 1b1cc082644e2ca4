#include "models/domain/calendar/businesscalendar.h"

#include "models/domain/calendar/calendartable.h"
#include "models/domain/calendar/holidayrules.h"

#include <QTimeZone>

#include <algorithm>
#include <mutex>

namespace Domain {

namespace {

constexpr qint64 Max = BusinessCalendar::NeverAfter;
constexpr qint64 Min = BusinessCalendar::NeverBefore;

DayHours normalized(const DayHours &hours)
{
    DayHours result;
    for (const WorkInterval &interval : hours) {
        if (interval.isValid())
            result.push_back(interval);
    }
    std::sort(result.begin(), result.end(), [](const WorkInterval &a, const WorkInterval &b) {
        return a.openMinute < b.openMinute;
    });
    DayHours merged;
    for (const WorkInterval &interval : qAsConst(result)) {
        if (!merged.isEmpty() && interval.openMinute < merged.last().closeMinute)
            merged.last().closeMinute = std::max(merged.last().closeMinute, interval.closeMinute);
        else
            merged.push_back(interval);
    }
    return merged;
}

const DayHours &wholeDay()
{
    static const DayHours hours{WorkInterval{0, 1440}};
    return hours;
}

/// a + b clamped to the qint64 range (always-open arithmetic on extreme inputs).
qint64 saturatedAdd(qint64 a, qint64 b)
{
    if (b > 0 && a > Max - b)
        return Max;
    if (b < 0 && a < Min - b)
        return Min;
    return a + b;
}

} // namespace

struct BusinessCalendar::Shared
{
    Definition def;
    mutable std::once_flag once;
    mutable std::unique_ptr<const CalendarTable> table;
};

bool BusinessCalendar::Definition::operator==(const Definition &o) const
{
    return name == o.name && timeZoneId == o.timeZoneId && alwaysOpen == o.alwaysOpen
        && week == o.week && holidays == o.holidays && recurring == o.recurring && rules == o.rules
        && deFacto == o.deFacto && overrides == o.overrides;
}

bool BusinessCalendar::Definition::isRuleHoliday(const QDate &date) const
{
    for (const QString &code : rules) {
        const QVector<Holiday> days = HolidayRules::holidays(code, date.year());
        for (const Holiday &h : days) {
            if (h.date == date && (deFacto || !h.deFacto))
                return true;
        }
    }
    return false;
}

bool BusinessCalendar::Definition::isHoliday(const QDate &date) const
{
    if (std::binary_search(holidays.begin(), holidays.end(), date))
        return true;
    if (recurring.contains(qMakePair(date.month(), date.day())))
        return true;
    return isRuleHoliday(date);
}

DayHours BusinessCalendar::Definition::hoursOn(const QDate &date) const
{
    if (alwaysOpen)
        return wholeDay();
    const auto it = overrides.constFind(date);
    if (it != overrides.constEnd())
        return it.value();
    if (!date.isValid() || isHoliday(date))
        return {};
    return week[std::size_t(date.dayOfWeek() - 1)];
}

BusinessCalendar::BusinessCalendar() : m_d(std::make_shared<Shared>()) {}

BusinessCalendar BusinessCalendar::alwaysOpen()
{
    BusinessCalendar calendar;
    calendar.setAlwaysOpen(true);
    return calendar;
}

BusinessCalendar::Definition &BusinessCalendar::edit()
{
    // Never edit a Shared in place: its table (and once_flag) belong to the old definition and
    // other copies may be reading them.
    auto fresh = std::make_shared<Shared>();
    fresh->def = m_d->def;
    m_d = std::move(fresh);
    return m_d->def;
}

const CalendarTable &BusinessCalendar::table() const
{
    const Shared &d = *m_d;
    std::call_once(d.once, [&d] {
        const Definition &def = d.def;
        // Rule-set and yearly holidays are collected once instead of per day.
        QSet<qint64> off;
        for (int year = CalendarTable::firstDate().year(); year <= CalendarTable::lastDate().year();
             ++year) {
            for (const QString &code : def.rules) {
                for (const Holiday &h : HolidayRules::holidays(code, year)) {
                    if (def.deFacto || !h.deFacto)
                        off.insert(h.date.toJulianDay());
                }
            }
            for (const auto &md : def.recurring) {
                if (QDate::isValid(year, md.first, md.second))
                    off.insert(QDate(year, md.first, md.second).toJulianDay());
            }
        }
        for (const QDate &date : def.holidays)
            off.insert(date.toJulianDay());
        auto hoursOn = [&def, &off](const QDate &date) -> DayHours {
            if (def.alwaysOpen)
                return wholeDay();
            const auto it = def.overrides.constFind(date);
            if (it != def.overrides.constEnd())
                return it.value();
            if (off.contains(date.toJulianDay()))
                return {};
            return def.week[std::size_t(date.dayOfWeek() - 1)];
        };
        d.table = std::make_unique<const CalendarTable>(def.timeZoneId, hoursOn);
    });
    return *d.table;
}

QString BusinessCalendar::name() const { return m_d->def.name; }
void BusinessCalendar::setName(const QString &name) { edit().name = name; }

QByteArray BusinessCalendar::timeZoneId() const { return m_d->def.timeZoneId; }
bool BusinessCalendar::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone(ianaId).isValid())
        return false;
    edit().timeZoneId = ianaId;
    return true;
}

bool BusinessCalendar::isAlwaysOpen() const { return m_d->def.alwaysOpen; }
void BusinessCalendar::setAlwaysOpen(bool alwaysOpen) { edit().alwaysOpen = alwaysOpen; }

DayHours BusinessCalendar::weekHours(Qt::DayOfWeek day) const
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return {};
    return m_d->def.week[std::size_t(day - 1)];
}

void BusinessCalendar::setWeekHours(Qt::DayOfWeek day, const DayHours &hours)
{
    if (day >= Qt::Monday && day <= Qt::Sunday)
        edit().week[std::size_t(day - 1)] = normalized(hours);
}

QVector<QDate> BusinessCalendar::holidays() const { return m_d->def.holidays; }
void BusinessCalendar::addHoliday(const QDate &date)
{
    const QVector<QDate> &current = m_d->def.holidays;
    if (!date.isValid() || std::binary_search(current.begin(), current.end(), date))
        return;
    QVector<QDate> &list = edit().holidays;
    list.insert(std::upper_bound(list.begin(), list.end(), date), date);
}

void BusinessCalendar::removeHoliday(const QDate &date)
{
    if (m_d->def.holidays.contains(date))
        edit().holidays.removeAll(date);
}

QVector<QPair<int, int>> BusinessCalendar::recurringHolidays() const { return m_d->def.recurring; }
void BusinessCalendar::addRecurringHoliday(int month, int day)
{
    const QPair<int, int> md(month, day);
    if (!QDate::isValid(2000, month, day) || m_d->def.recurring.contains(md))
        return; // 2000 is a leap year, so 02-29 is accepted
    QVector<QPair<int, int>> &list = edit().recurring;
    list.insert(std::upper_bound(list.begin(), list.end(), md), md);
}

QStringList BusinessCalendar::holidayRules() const { return m_d->def.rules; }
bool BusinessCalendar::addHolidayRule(const QString &code)
{
    if (!HolidayRules::isSupported(code))
        return false;
    if (!m_d->def.rules.contains(code))
        edit().rules.push_back(code);
    return true;
}

bool BusinessCalendar::observesDeFactoHolidays() const { return m_d->def.deFacto; }
void BusinessCalendar::setObservesDeFactoHolidays(bool observe) { edit().deFacto = observe; }

QMap<QDate, DayHours> BusinessCalendar::overrides() const { return m_d->def.overrides; }
void BusinessCalendar::setOverride(const QDate &date, const DayHours &hours)
{
    if (date.isValid())
        edit().overrides.insert(date, normalized(hours));
}

void BusinessCalendar::removeOverride(const QDate &date)
{
    if (m_d->def.overrides.contains(date))
        edit().overrides.remove(date);
}

DayHours BusinessCalendar::hoursOn(const QDate &localDate) const
{
    return m_d->def.hoursOn(localDate);
}

bool BusinessCalendar::isWorkingDay(const QDate &localDate) const
{
    return !hoursOn(localDate).isEmpty();
}

qint64 BusinessCalendar::workingSecondsOn(const QDate &localDate) const
{
    const CalendarTable &t = table();
    qint64 seconds = 0;
    for (const WorkInterval &interval : hoursOn(localDate))
        seconds += t.toUtc(localDate, interval.closeMinute) - t.toUtc(localDate, interval.openMinute);
    return seconds;
}

bool BusinessCalendar::isHoliday(const QDate &localDate) const
{
    return m_d->def.isHoliday(localDate);
}

qint64 BusinessCalendar::elapsed(qint64 start, qint64 end) const
{
    if (end <= start)
        return 0;
    if (m_d->def.alwaysOpen)
        return qint64(std::min<quint64>(quint64(end) - quint64(start), quint64(Max)));
    return table().elapsed(start, end);
}

qint64 BusinessCalendar::add(qint64 start, qint64 seconds) const
{
    if (seconds == 0)
        return start;
    if (seconds < 0)
        return seconds == Min ? Min : subtract(start, -seconds);
    if (m_d->def.alwaysOpen)
        return saturatedAdd(start, seconds);
    bool reached = false;
    const qint64 t = table().add(start, seconds, &reached);
    return reached ? t : Max;
}

qint64 BusinessCalendar::subtract(qint64 end, qint64 seconds) const
{
    if (seconds == 0)
        return end;
    if (seconds < 0)
        return seconds == Min ? Max : add(end, -seconds);
    if (m_d->def.alwaysOpen)
        return saturatedAdd(end, -seconds);
    bool reached = false;
    const qint64 t = table().subtract(end, seconds, &reached);
    return reached ? t : Min;
}

bool BusinessCalendar::isWorking(qint64 t) const
{
    return m_d->def.alwaysOpen || table().isWorking(t);
}

qint64 BusinessCalendar::nextOpening(qint64 t) const
{
    if (m_d->def.alwaysOpen)
        return Max; // never closed, so never opens
    bool found = false;
    const qint64 at = table().nextOpening(t, &found);
    return found ? at : Max;
}

qint64 BusinessCalendar::nextClosing(qint64 t) const
{
    if (m_d->def.alwaysOpen)
        return Max;
    bool found = false;
    const qint64 at = table().nextClosing(t, &found);
    return found ? at : Max;
}

bool BusinessCalendar::operator==(const BusinessCalendar &o) const
{
    return m_d == o.m_d || m_d->def == o.m_d->def;
}

} // namespace Domain

#include "models/domain/calendar/businesscalendar.h"

#include "models/domain/calendar/calendartable.h"
#include "models/domain/calendar/holidayrules.h"

#include <QMutex>
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
    std::sort(result.begin(), result.end(),
              [](const WorkInterval &a, const WorkInterval &b) { return a.openMinute < b.openMinute; });
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
    mutable std::shared_ptr<const CalendarTable> table;
};

bool BusinessCalendar::Definition::operator==(const Definition &o) const
{
    return name == o.name && timeZoneId == o.timeZoneId && alwaysOpen == o.alwaysOpen && week == o.week &&
           holidays == o.holidays && recurring == o.recurring && rules == o.rules && deFacto == o.deFacto &&
           overrides == o.overrides;
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

BusinessCalendar::BusinessCalendar() : m_d(std::make_shared<Shared>())
{
}

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

/// Which local dates are closed by holidays, and the hours of every date of the table's range.
CalendarTable::DayPlan BusinessCalendar::Definition::dayPlan() const
{
    const QDate first = CalendarTable::firstDate();
    const qint64 firstDay = first.toJulianDay();
    const std::size_t days = std::size_t(CalendarTable::dayCount());
    CalendarTable::DayPlan plan(days, nullptr);
    if (alwaysOpen) {
        std::fill(plan.begin(), plan.end(), &wholeDay());
        return plan;
    }
    for (std::size_t i = 0; i < days; ++i)
        plan[i] = &week[std::size_t((first.dayOfWeek() - 1 + int(i % 7)) % 7)];
    auto close = [&](const QDate &date) {
        const qint64 i = date.toJulianDay() - firstDay;
        if (i >= 0 && i < qint64(days))
            plan[std::size_t(i)] = nullptr;
    };
    for (int year = first.year(); year <= CalendarTable::lastDate().year(); ++year) {
        for (const QString &code : rules) {
            for (const Holiday &h : HolidayRules::holidays(code, year)) {
                if (deFacto || !h.deFacto)
                    close(h.date);
            }
        }
        for (const auto &md : recurring) {
            if (QDate::isValid(year, md.first, md.second))
                close(QDate(year, md.first, md.second));
        }
    }
    for (const QDate &date : holidays)
        close(date);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const qint64 i = it.key().toJulianDay() - firstDay;
        if (i >= 0 && i < qint64(days))
            plan[std::size_t(i)] = &it.value();
    }
    return plan;
}

namespace {

/// Equal definitions (names aside) share one compiled table, so a portfolio whose engagements
/// load the same office calendar holds it once. Entries die with their last calendar.
std::shared_ptr<const CalendarTable> sharedTable(const BusinessCalendar::Definition &def)
{
    static QMutex mutex;
    static std::vector<std::pair<BusinessCalendar::Definition, std::weak_ptr<const CalendarTable>>> tables;
    BusinessCalendar::Definition key = def;
    key.name.clear();
    {
        const QMutexLocker locker(&mutex);
        tables.erase(
            std::remove_if(tables.begin(), tables.end(), [](const auto &e) { return e.second.expired(); }),
            tables.end());
        for (const auto &entry : tables) {
            if (entry.first == key) {
                if (auto table = entry.second.lock())
                    return table;
            }
        }
    }
    // Compile outside the lock; two threads racing on the same new definition both compile and
    // the second registration is harmless.
    auto table = std::make_shared<const CalendarTable>(def.timeZoneId, def.dayPlan());
    const QMutexLocker locker(&mutex);
    tables.emplace_back(std::move(key), table);
    return table;
}

} // namespace

const CalendarTable &BusinessCalendar::table() const
{
    const Shared &d = *m_d;
    std::call_once(d.once, [&d] { d.table = sharedTable(d.def); });
    return *d.table;
}

QString BusinessCalendar::name() const
{
    return m_d->def.name;
}
void BusinessCalendar::setName(const QString &name)
{
    edit().name = name;
}

QByteArray BusinessCalendar::timeZoneId() const
{
    return m_d->def.timeZoneId;
}
bool BusinessCalendar::setTimeZone(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || !QTimeZone(ianaId).isValid())
        return false;
    edit().timeZoneId = ianaId;
    return true;
}

bool BusinessCalendar::isAlwaysOpen() const
{
    return m_d->def.alwaysOpen;
}
void BusinessCalendar::setAlwaysOpen(bool alwaysOpen)
{
    edit().alwaysOpen = alwaysOpen;
}

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

QVector<QDate> BusinessCalendar::holidays() const
{
    return m_d->def.holidays;
}
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

QVector<QPair<int, int>> BusinessCalendar::recurringHolidays() const
{
    return m_d->def.recurring;
}
void BusinessCalendar::addRecurringHoliday(int month, int day)
{
    const QPair<int, int> md(month, day);
    if (!QDate::isValid(2000, month, day) || m_d->def.recurring.contains(md))
        return; // 2000 is a leap year, so 02-29 is accepted
    QVector<QPair<int, int>> &list = edit().recurring;
    list.insert(std::upper_bound(list.begin(), list.end(), md), md);
}

QStringList BusinessCalendar::holidayRules() const
{
    return m_d->def.rules;
}
bool BusinessCalendar::addHolidayRule(const QString &code)
{
    if (!HolidayRules::isSupported(code))
        return false;
    if (!m_d->def.rules.contains(code))
        edit().rules.push_back(code);
    return true;
}

bool BusinessCalendar::observesDeFactoHolidays() const
{
    return m_d->def.deFacto;
}
void BusinessCalendar::setObservesDeFactoHolidays(bool observe)
{
    edit().deFacto = observe;
}

QMap<QDate, DayHours> BusinessCalendar::overrides() const
{
    return m_d->def.overrides;
}
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

int BusinessCalendar::offsetFromUtc(qint64 t) const
{
    return table().offsetFromUtc(t);
}

QDate BusinessCalendar::localDate(qint64 t) const
{
    const qint64 local = t + offsetFromUtc(t);
    const qint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    return QDate(1970, 1, 1).addDays(days);
}

qint64 BusinessCalendar::startOfDay(const QDate &localDate) const
{
    return table().toUtc(localDate, 0);
}

bool BusinessCalendar::operator==(const BusinessCalendar &o) const
{
    return m_d == o.m_d || m_d->def == o.m_d->def;
}

} // namespace Domain

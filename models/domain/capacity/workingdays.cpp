#include "models/domain/capacity/workingdays.h"

#include "models/domain/calendar/businesscalendar.h"

namespace Domain {

QDate WorkingDays::monthStart(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

QDate WorkingDays::monthEnd(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), date.daysInMonth()) : QDate();
}

int WorkingDays::monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

WorkingDayPredicate WorkingDays::of(const BusinessCalendar &calendar)
{
    return [calendar](const QDate &d) { return d.isValid() && calendar.isWorkingDay(d); };
}

WorkingDayPredicate WorkingDays::weekdays()
{
    return [](const QDate &d) { return d.isValid() && d.dayOfWeek() <= 5; };
}

WorkingDayPredicate WorkingDays::weekdaysExcept(const QSet<QDate> &holidays)
{
    return [holidays](const QDate &d) { return d.isValid() && d.dayOfWeek() <= 5 && !holidays.contains(d); };
}

QVector<QDate> WorkingDays::inMonth(const QDate &month, const WorkingDayPredicate &isWorkingDay)
{
    return inRange(monthStart(month), monthEnd(month), isWorkingDay);
}

QVector<QDate> WorkingDays::inRange(const QDate &from, const QDate &to,
                                    const WorkingDayPredicate &isWorkingDay)
{
    QVector<QDate> days;
    if (!isWorkingDay || !from.isValid() || !to.isValid())
        return days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            days.append(d);
    }
    return days;
}

} // namespace Domain

#pragma once

#include <QDate>
#include <QSet>
#include <QVector>
#include <functional>

namespace Domain {

class BusinessCalendar;

/// Answers whether a date is a working day. Capacity logic takes working days through this
/// predicate so that it does not depend on how a calendar is stored (a BusinessCalendar, a
/// national holiday rule set, or a list of dates in a test).
using WorkingDayPredicate = std::function<bool(const QDate &)>;

/// Month and working-day arithmetic shared by budgets, burn-down and capacity.
/// A month is always represented by the QDate of its first day.
class WorkingDays
{
public:
    /// The first day of the month that contains `date` (null for a null date).
    static QDate monthStart(const QDate &date);
    /// The last day of the month that contains `date`.
    static QDate monthEnd(const QDate &date);
    /// Whole months from `from` to `to` (both normalised to months); negative when `to` is earlier.
    static int monthsBetween(const QDate &from, const QDate &to);
    /// The working days of a business calendar (days with working hours after holidays and
    /// overrides). The predicate keeps its own copy of the calendar.
    static WorkingDayPredicate of(const BusinessCalendar &calendar);
    /// Monday to Friday, no holidays.
    static WorkingDayPredicate weekdays();
    /// Monday to Friday except the given holidays.
    static WorkingDayPredicate weekdaysExcept(const QSet<QDate> &holidays);
    /// The working days of the month containing `month`, in order. Empty without a predicate.
    static QVector<QDate> inMonth(const QDate &month, const WorkingDayPredicate &isWorkingDay);
    /// The working days in [from, to], in order.
    static QVector<QDate> inRange(const QDate &from, const QDate &to,
                                  const WorkingDayPredicate &isWorkingDay);
};

} // namespace Domain

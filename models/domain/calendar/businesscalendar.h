#pragma once

#include "models/domain/calendar/workinterval.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <limits>
#include <memory>
#include <vector>

namespace Domain {

class CalendarTable;

/// Business hours: working intervals per weekday in an IANA time zone, holidays (single dates,
/// yearly dates, national rule sets), date-specific hours, or always open (24x7).
///
/// Convention (docs/sla/calendars.md): instants are UTC epoch seconds; a working interval is
/// `[open, close)`; business time is real elapsed seconds, so an interval across a daylight-saving
/// change is an hour shorter or longer. Local times skipped by a spring-forward change map to the
/// change itself; repeated local times (fall back) take their first occurrence.
///
/// A value type: copies share the definition and its compiled lookup table (immutable, built once
/// on first use under std::call_once), so const methods are safe to call from several threads.
/// Instants are supported from local 1970-01-01 to local 2099-12-31 (see docs/sla/calendars.md).
class BusinessCalendar
{
public:
    /// Returned by add()/nextOpening()/nextClosing() when the amount can never be reached (no
    /// working hours, or not before the end of the supported range).
    static constexpr qint64 NeverAfter = std::numeric_limits<qint64>::max();
    /// Returned by subtract() when the amount cannot be reached before the supported range.
    static constexpr qint64 NeverBefore = std::numeric_limits<qint64>::min();

    /// No working hours at all, in UTC.
    BusinessCalendar();
    /// Open around the clock, every day (holidays and overrides are ignored).
    static BusinessCalendar alwaysOpen();

    QString name() const;
    void setName(const QString &name);

    /// The IANA id, "UTC" by default.
    QByteArray timeZoneId() const;
    /// Returns false (and keeps the old zone) when `ianaId` is not a known time zone.
    bool setTimeZone(const QByteArray &ianaId);

    bool isAlwaysOpen() const;
    void setAlwaysOpen(bool alwaysOpen);

    DayHours weekHours(Qt::DayOfWeek day) const;
    /// Invalid intervals are dropped, the rest sorted and overlapping ones merged.
    void setWeekHours(Qt::DayOfWeek day, const DayHours &hours);

    /// Single-date holidays, sorted.
    QVector<QDate> holidays() const;
    void addHoliday(const QDate &date);
    void removeHoliday(const QDate &date);

    /// Yearly holidays as (month, day), sorted. 02-29 only applies in leap years.
    QVector<QPair<int, int>> recurringHolidays() const;
    /// Ignores a (month, day) that no year has.
    void addRecurringHoliday(int month, int day);

    /// National rule set codes, in the order added.
    QStringList holidayRules() const;
    /// Returns false (nothing added) for a code HolidayRules does not support.
    bool addHolidayRule(const QString &code);

    /// Whether de-facto days off of the rule sets (Sweden's Midsummer Eve, Christmas Eve and New
    /// Year's Eve, Finland's Midsummer Eve and Christmas Eve) are holidays. True by default.
    bool observesDeFactoHolidays() const;
    void setObservesDeFactoHolidays(bool observe);

    /// Date-specific hours that replace the week's hours and any holiday on that date (an empty
    /// DayHours closes the date).
    QMap<QDate, DayHours> overrides() const;
    void setOverride(const QDate &date, const DayHours &hours);
    void removeOverride(const QDate &date);

    /// Working hours on a local date after holidays and overrides.
    DayHours hoursOn(const QDate &localDate) const;
    /// True when hoursOn(localDate) is not empty (always true when always open).
    bool isWorkingDay(const QDate &localDate) const;
    /// Real business seconds of a local date (a daylight-saving change makes it shorter or longer).
    qint64 workingSecondsOn(const QDate &localDate) const;
    /// A single, yearly or rule-set holiday (whether or not an override opens it).
    bool isHoliday(const QDate &localDate) const;

    /// Business seconds in [start, end); 0 when end <= start.
    qint64 elapsed(qint64 start, qint64 end) const;
    /// The earliest t >= start with elapsed(start, t) == seconds; start when seconds == 0;
    /// subtract(start, -seconds) when seconds < 0; NeverAfter when it cannot be reached.
    qint64 add(qint64 start, qint64 seconds) const;
    /// The latest t <= end with elapsed(t, end) == seconds; end when seconds == 0;
    /// add(end, -seconds) when seconds < 0; NeverBefore when it cannot be reached.
    qint64 subtract(qint64 end, qint64 seconds) const;
    /// True when t lies in [open, close) of a working interval.
    bool isWorking(qint64 t) const;
    /// The earliest opening instant >= t (t itself when an interval opens at t), NeverAfter if none.
    /// Touching intervals (22:00-24:00 then 00:00-06:00) are one stretch: 00:00 is no opening.
    qint64 nextOpening(qint64 t) const;
    /// The closing instant of the stretch t is in, or else of the next one; NeverAfter if none.
    qint64 nextClosing(qint64 t) const;

    /// Seconds east of UTC at instant t in the calendar's zone; a binary search over the compiled
    /// offsets, much cheaper than QTimeZone::offsetFromUtc (outside 1970-2099 the nearest known
    /// offset is used).
    int offsetFromUtc(qint64 t) const;
    /// The local date at instant t.
    QDate localDate(qint64 t) const;
    /// The instant at which local date `localDate` begins: its midnight, or when midnight was
    /// skipped by a daylight-saving change, the change instant.
    qint64 startOfDay(const QDate &localDate) const;

    bool operator==(const BusinessCalendar &o) const;
    bool operator!=(const BusinessCalendar &o) const { return !(*this == o); }

    /// The definition behind a calendar (internal; public only so the compiled-table cache in
    /// the .cpp can key on it).
    struct Definition
    {
        QString name;
        QByteArray timeZoneId = QByteArrayLiteral("UTC");
        bool alwaysOpen = false;
        std::array<DayHours, 7> week;
        QVector<QDate> holidays;
        QVector<QPair<int, int>> recurring;
        QStringList rules;
        bool deFacto = true;
        QMap<QDate, DayHours> overrides;

        bool operator==(const Definition &o) const;
        bool isRuleHoliday(const QDate &date) const;
        bool isHoliday(const QDate &date) const;
        DayHours hoursOn(const QDate &date) const;
        std::vector<const DayHours *> dayPlan() const;
    };

private:
    struct Shared;

    Definition &edit();
    const CalendarTable &table() const;

    std::shared_ptr<Shared> m_d;
};

} // namespace Domain

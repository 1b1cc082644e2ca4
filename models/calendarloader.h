#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace Storage {
class Database;
}

namespace Models {

/// An engagement's business calendar as the Calendar dialog shows it.
struct CalendarView
{
    Domain::BusinessCalendar calendar;
    bool stored = false;       ///< false: none of its own, `calendar` is the default of its time zone
    Domain::ChangeStamp stamp; ///< who saved the stored calendar last (nothing when not stored)
    QStringList users;         ///< the keys of the engagements counting on the stored calendar, sorted
};

/// A day of a year on which a calendar does not keep its weekly hours.
struct CalendarDay
{
    enum class Kind {
        PublicHoliday, ///< of a national rule set (`ruleSet`)
        DeFactoDayOff, ///< a rule set's de-facto day off, observed
        SubstituteDay, ///< a rule set's substitute or observed day
        YearlyHoliday, ///< a yearly date of the calendar
        SingleHoliday, ///< a single date of the calendar
        OwnHours,      ///< a date with hours of its own (`hours`; empty: closed)
    };
    QDate date;
    Kind kind = Kind::SingleHoliday;
    QString ruleSet;        ///< the rule set's code (SE, GB, …) of the first three kinds
    Domain::DayHours hours; ///< OwnHours only
    QString holiday;        ///< the rule set's id of the day ("christmas-day"), the first three kinds
    bool operator==(const CalendarDay &o) const
    {
        return date == o.date && kind == o.kind && ruleSet == o.ruleSet && hours == o.hours &&
               holiday == o.holiday;
    }
};

/// An engagement's business calendar, as `calendar export` writes it, `calendar import` and the
/// Calendar dialog replace it. Calendars are shared by name: saving one changes the hours of every
/// engagement on it, and save() says which those are.
class CalendarLoader
{
    Q_DECLARE_TR_FUNCTIONS(CalendarLoader)

public:
    /// The name a calendar file without one is stored under: the engagement's own calendar
    /// (`calendar import` and the Calendar dialog).
    static QString ownCalendarName(const QString &engagementKey);

    explicit CalendarLoader(const Storage::Database &database) : m_database(database) {}

    /// The calendar the engagement counts on; `stored` (optional) is false when it has none of
    /// its own and `out` is the default of its time zone.
    Storage::StorageError load(qint64 engagementId, Domain::BusinessCalendar *out,
                               bool *stored = nullptr) const;
    /// The calendar with who saved it and which engagements share it.
    Storage::StorageError view(qint64 engagementId, CalendarView *out) const;
    /// The keys of the engagements counting on the stored calendar named `name`, sorted (none
    /// stored by that name: empty).
    Storage::StorageError usersOf(const QString &name, QStringList *keys) const;
    /// Stores `calendar` (replacing the one of the same name) and makes the engagement count on
    /// it; `users` gets the keys of every engagement counting on it now, sorted.
    Storage::StorageError save(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                               QStringList *users) const;
    /// The same, over what the user was shown: a calendar with the name of `read`'s is saved over
    /// the version `read` holds (Conflict, nothing written, when someone else changed it since).
    /// A calendar of another name replaces the stored one of that name, as save() does.
    Storage::StorageError save(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                               const CalendarView &read, QStringList *users) const;

    /// The days of `year` off the calendar's weekly hours, by date: holidays of its rule sets
    /// (de-facto days only when observed), yearly and single dates, and dates with hours of their
    /// own. A date with hours of its own is listed as that alone (they win over a holiday).
    static QVector<CalendarDay> daysOff(const Domain::BusinessCalendar &calendar, int year);

private:
    const Storage::Database &m_database;
};

} // namespace Models

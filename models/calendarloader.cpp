#include "models/calendarloader.h"

#include "models/domain/calendar/holidayrules.h"
#include "models/storage/calendarrepository.h"

#include <algorithm>

namespace Models {

QString CalendarLoader::ownCalendarName(const QString &engagementKey)
{
    return tr("%1 calendar").arg(engagementKey);
}

Storage::StorageError CalendarLoader::load(qint64 engagementId, Domain::BusinessCalendar *out,
                                           bool *stored) const
{
    return Storage::CalendarRepository(m_database).calendarFor(engagementId, out, stored);
}

Storage::StorageError CalendarLoader::view(qint64 engagementId, CalendarView *out) const
{
    CalendarView view;
    if (Storage::StorageError error = load(engagementId, &view.calendar, &view.stored))
        return error;
    if (view.stored) {
        const Storage::CalendarRepository calendars(m_database);
        std::optional<Storage::StoredCalendar> stored;
        if (Storage::StorageError error = calendars.findByName(view.calendar.name(), &stored))
            return error;
        if (stored) {
            // The definition and its version from one row: a save names the version shown.
            view.calendar = stored->calendar;
            view.stamp = stored->stamp;
            if (Storage::StorageError error = calendars.engagementsUsing(stored->id, &view.users))
                return error;
        }
    }
    *out = view;
    return {};
}

Storage::StorageError CalendarLoader::usersOf(const QString &name, QStringList *keys) const
{
    const Storage::CalendarRepository calendars(m_database);
    std::optional<Storage::StoredCalendar> stored;
    if (Storage::StorageError error = calendars.findByName(name.trimmed(), &stored))
        return error;
    keys->clear();
    return stored ? calendars.engagementsUsing(stored->id, keys) : Storage::StorageError();
}

Storage::StorageError CalendarLoader::save(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                                           QStringList *users) const
{
    const Storage::CalendarRepository calendars(m_database);
    qint64 calendarId = 0;
    if (const Storage::StorageError error = calendars.saveCalendarFor(engagementId, calendar, &calendarId))
        return error;
    return calendars.engagementsUsing(calendarId, users);
}

Storage::StorageError CalendarLoader::save(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                                           const CalendarView &read, QStringList *users) const
{
    const bool sameCalendar = read.stored && calendar.name().trimmed() == read.calendar.name().trimmed();
    const Storage::CalendarRepository calendars(m_database);
    qint64 calendarId = 0;
    if (const Storage::StorageError error = calendars.saveCalendarFor(engagementId, calendar, &calendarId,
                                                                      sameCalendar ? &read.stamp : nullptr))
        return error;
    return calendars.engagementsUsing(calendarId, users);
}

QVector<CalendarDay> CalendarLoader::daysOff(const Domain::BusinessCalendar &calendar, int year)
{
    QVector<CalendarDay> days;
    const QMap<QDate, Domain::DayHours> overrides = calendar.overrides();
    const auto add = [&](const QDate &date, CalendarDay::Kind kind, const QString &ruleSet = {},
                         const QString &holiday = {}) {
        if (date.isValid() && date.year() == year && !overrides.contains(date))
            days.append({date, kind, ruleSet, {}, holiday});
    };
    for (const QString &code : calendar.holidayRules()) {
        for (const Domain::Holiday &holiday : Domain::HolidayRules::holidays(code, year)) {
            if (holiday.deFacto && !calendar.observesDeFactoHolidays())
                continue;
            add(holiday.date,
                holiday.deFacto      ? CalendarDay::Kind::DeFactoDayOff
                : holiday.substitute ? CalendarDay::Kind::SubstituteDay
                                     : CalendarDay::Kind::PublicHoliday,
                code, holiday.id);
        }
    }
    for (const auto &[month, day] : calendar.recurringHolidays())
        add(QDate(year, month, day), CalendarDay::Kind::YearlyHoliday);
    for (const QDate &date : calendar.holidays())
        add(date, CalendarDay::Kind::SingleHoliday);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (it.key().year() == year)
            days.append({it.key(), CalendarDay::Kind::OwnHours, {}, it.value()});
    }
    // By date; a date named by two sources keeps the first of the order above.
    std::stable_sort(days.begin(), days.end(),
                     [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    days.erase(std::unique(days.begin(), days.end(),
                           [](const CalendarDay &a, const CalendarDay &b) { return a.date == b.date; }),
               days.end());
    return days;
}

} // namespace Models

#include "models/calendarloader.h"

#include "models/storage/calendarrepository.h"

namespace Models {

Storage::StorageError CalendarLoader::load(qint64 engagementId, Domain::BusinessCalendar *out,
                                           bool *stored) const
{
    return Storage::CalendarRepository(m_database).calendarFor(engagementId, out, stored);
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

} // namespace Models

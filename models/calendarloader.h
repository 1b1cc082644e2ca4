#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/storage/storageerror.h"

#include <QStringList>

namespace Storage {
class Database;
}

namespace Models {

/// An engagement's business calendar, as `calendar export` writes it and `calendar import`
/// replaces it. Calendars are shared by name: saving one changes the hours of every engagement
/// on it, and save() says which those are.
class CalendarLoader
{
public:
    explicit CalendarLoader(const Storage::Database &database) : m_database(database) {}

    /// The calendar the engagement counts on; `stored` (optional) is false when it has none of
    /// its own and `out` is the default of its time zone.
    Storage::StorageError load(qint64 engagementId, Domain::BusinessCalendar *out,
                               bool *stored = nullptr) const;
    /// Stores `calendar` (replacing the one of the same name) and makes the engagement count on
    /// it; `users` gets the keys of every engagement counting on it now, sorted.
    Storage::StorageError save(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                               QStringList *users) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/storage/storageerror.h"

#include <QVector>
#include <optional>

namespace Storage {

class Database;

/// A calendar as stored: its row id and the calendar (its name is the unique row name).
struct StoredCalendar
{
    qint64 id = 0;
    Domain::BusinessCalendar calendar;
    Domain::ChangeStamp stamp; ///< who changed it last, and the version a save names (not compared)
    bool operator==(const StoredCalendar &o) const { return id == o.id && calendar == o.calendar; }
};

/// Business calendars (table `calendars`: a unique name and the calendar file JSON of
/// Exchange::CalendarFile) and which calendar an engagement counts on (`engagements.calendar_id`).
/// Calendars are shared by name: two engagements may count on the same office calendar, and
/// saving a calendar under an existing name changes it for both.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &database);

    /// Every calendar, ordered by name.
    StorageError list(QVector<StoredCalendar> *out) const;
    /// Nothing in `out` (and no error) when there is no such calendar.
    StorageError findById(qint64 id, std::optional<StoredCalendar> *out) const;
    StorageError findByName(const QString &name, std::optional<StoredCalendar> *out) const;
    /// Inserts the calendar (`stamp` version 0: there was none of that name), or replaces the
    /// definition of the calendar with the same name if it is still the version `stamp` names,
    /// and sets `id` (optional) to its row id. `stamp` becomes the stored one. Refused as Conflict
    /// (row Calendar, the name as rowName), nothing written, when someone else changed, added or
    /// removed it since. An empty name is refused (the name is the key).
    StorageError upsert(const Domain::BusinessCalendar &calendar, qint64 *id,
                        Domain::ChangeStamp *stamp) const;
    /// Removes the calendar if it is still the version `read` names (Conflict otherwise);
    /// engagements that used it fall back to their default calendar. NotFound when it is gone.
    StorageError remove(qint64 id, const Domain::ChangeStamp &read) const;

    /// The calendar engagement `engagementId` counts on: the stored one, or when none is set the
    /// default of Domain::DefaultCalendar::forZone() for its time zone. `isStored` (optional) tells which.
    /// NotFound when there is no such engagement.
    StorageError calendarFor(qint64 engagementId, Domain::BusinessCalendar *out,
                             bool *isStored = nullptr) const;
    /// Who saved the stored calendar engagement `engagementId` counts on, and when, without reading
    /// its definition; nothing in `out` when it counts on its zone's default.
    StorageError stampFor(qint64 engagementId, std::optional<Domain::ChangeStamp> *out) const;
    /// Makes engagement `engagementId` count on calendar `calendarId`; 0 clears it (default calendar).
    StorageError setCalendar(qint64 engagementId, qint64 calendarId) const;
    /// Stores `calendar` (upsert by name over the version it finds: a new calendar file replaces
    /// the stored one, as `calendar import` does) and makes the engagement count on it, in one
    /// transaction. engagements.calendar_id is written by nothing else (not by the engagement's
    /// own save), so the link needs no version of its own. With `read` (the version of the
    /// calendar of that name the user was shown; version 0: none was) it is saved over that
    /// version instead: Conflict, nothing written, when someone else changed it since.
    StorageError saveCalendarFor(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                                 qint64 *id = nullptr, const Domain::ChangeStamp *read = nullptr) const;

    /// The keys of the engagements that count on calendar `calendarId`, sorted.
    StorageError engagementsUsing(qint64 calendarId, QStringList *keys) const;

private:
    StorageError find(const QString &where, const QVariant &value, const QString &record,
                      std::optional<StoredCalendar> *out) const;
    /// The name and stamp of the calendar whose `where` column is `value` (none: nothing in `out`),
    /// without reading its definition.
    StorageError stampOf(const QString &where, const QVariant &value, const QString &record, QString *name,
                         std::optional<Domain::ChangeStamp> *out) const;
    const Database &m_database;
};

} // namespace Storage

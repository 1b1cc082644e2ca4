#pragma once

#include "models/domain/calendar/businesscalendar.h"
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
    /// Inserts the calendar, or replaces the definition of the calendar with the same name, and
    /// sets `id` to its row id. An empty name is refused (the name is the key).
    StorageError upsert(const Domain::BusinessCalendar &calendar, qint64 *id) const;
    /// Removes the calendar; engagements that used it fall back to their default calendar.
    StorageError remove(qint64 id) const;

    /// The calendar engagement `engagementId` counts on: the stored one, or when none is set the
    /// default of Domain::DefaultCalendar::forZone() for its time zone. `isStored` (optional) tells which.
    /// NotFound when there is no such engagement.
    StorageError calendarFor(qint64 engagementId, Domain::BusinessCalendar *out,
                             bool *isStored = nullptr) const;
    /// Makes engagement `engagementId` count on calendar `calendarId`; 0 clears it (default calendar).
    StorageError setCalendar(qint64 engagementId, qint64 calendarId) const;
    /// Stores `calendar` (upsert by name) and makes the engagement count on it, in one transaction.
    StorageError saveCalendarFor(qint64 engagementId, const Domain::BusinessCalendar &calendar,
                                 qint64 *id = nullptr) const;

    /// The keys of the engagements that count on calendar `calendarId`, sorted.
    StorageError engagementsUsing(qint64 calendarId, QStringList *keys) const;

private:
    StorageError find(const QString &where, const QVariant &value, const QString &record,
                      std::optional<StoredCalendar> *out) const;
    const Database &m_database;
};

} // namespace Storage

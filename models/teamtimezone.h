#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QByteArray>

namespace Storage {
class Database;
}

namespace Models {

/// The team's time zone, a setting of the portfolio (issue 16): people's capacity counts on the
/// office calendar of this zone (Domain::DefaultCalendar), whatever zone the program runs in.
/// Read by the allocation plan, shown and set on the Allocation page and by `settings team-zone`.
class TeamTimeZone
{
public:
    explicit TeamTimeZone(const Storage::Database &database);

    struct Value
    {
        QByteArray zone;
        /// False: the portfolio sets none and `zone` is the default of its engagements.
        bool isSet = false;
        /// Who set it last, and the version a save names (version 0 when not set).
        Domain::ChangeStamp stamp;
    };
    /// The zone set, or DefaultCalendar::teamZone() of the engagements.
    Storage::StorageError read(Value *out) const;
    /// Sets the team's zone (one QTimeZone knows); an empty `zone` goes back to the default.
    /// `stamp` is Value::stamp of the read (or of the last set) and becomes the new one; refused
    /// as Conflict, nothing written, when someone else set the zone since.
    Storage::StorageError set(const QByteArray &zone, Domain::ChangeStamp *stamp) const;
    /// The same over the setting as it is now (read and saved in one transaction): the command line.
    Storage::StorageError replace(const QByteArray &zone) const;
    /// The calendar capacity counts on: the default calendar of the team's zone.
    Storage::StorageError calendar(Domain::BusinessCalendar *out) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

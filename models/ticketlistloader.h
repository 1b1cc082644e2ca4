#pragma once

#include "models/domain/engagement.h"
#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QString>
#include <functional>

namespace Storage {
class Database;
}

namespace Models {

/// The tickets stored for an engagement, as `deliverydesk tickets list` shows them: each with the
/// time it spent in pause statuses. Streams one ticket at a time (a million tickets in constant
/// memory): nothing is collected unless the caller collects it.
class TicketListLoader
{
public:
    /// Called for every ticket with its paused seconds; returns false to stop.
    using Visit = std::function<bool(const Domain::Ticket &ticket, qint64 pausedSeconds)>;

    explicit TicketListLoader(const Storage::Database &database) : m_database(database) {}

    /// Reads the engagement's SLA policy history and the import mappings, then visits its tickets
    /// by creation instant and key. A ticket's pause statuses are those of the policy version it is
    /// evaluated under; the import mappings' ones for a ticket created before the first version.
    /// On an error, the tickets already visited stay visited.
    Storage::StorageError forEach(const Domain::Engagement &engagement, const Visit &visit) const;

    /// Wall-clock seconds the history spent in statuses for which `isPause` is true: each change
    /// lasts until the next one; a pause that is the last change lasts until the resolution when
    /// that is later, and is not counted for an unresolved ticket (it has no end yet).
    static qint64 pausedSeconds(const Domain::Ticket &ticket,
                                const std::function<bool(const QString &)> &isPause);

private:
    const Storage::Database &m_database;
};

} // namespace Models

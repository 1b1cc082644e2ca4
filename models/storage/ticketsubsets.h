#pragma once

#include "models/storage/slaresultrepository.h"
#include "models/storage/storageerror.h"

#include <QVector>

namespace Storage {

class Database;

/// The tickets of an engagement that a view or a report needs, rather than all of them: a review
/// of one month of an engagement with a million tickets reads the tickets of that month (and the
/// month before), not the million (2.3 GB and 43 s of CPU for a one-month review pack before).
/// Everything is read in ticket id order, with the status history, as
/// SlaResultRepository::tickets() reads a whole engagement.
class TicketSubsets
{
public:
    explicit TicketSubsets(const Database &database);

    /// The tickets opened, resolved, or open at some instant in [from, to) (UTC epoch seconds):
    /// created in it, resolved in it (whatever the creation, since data can be wrong), or created
    /// before its end and not resolved before its end. Every figure of a period that counts
    /// tickets opened, resolved and open at its end, for any period inside [from, to), is made of
    /// these.
    StorageError active(qint64 engagementId, qint64 from, qint64 to, TicketsWithIds *out) const;
    /// The stored SLA results of the tickets active() reads, ordered by ticket id.
    StorageError activeResults(qint64 engagementId, qint64 from, qint64 to,
                               QVector<StoredSlaResult> *out) const;
    /// The tickets of the engagement with the row ids `ids` (any order, repeats allowed); ids of
    /// other engagements or of no ticket are left out.
    StorageError byIds(qint64 engagementId, QVector<qint64> ids, TicketsWithIds *out) const;

private:
    struct Filter;
    StorageError read(const Filter &filter, TicketsWithIds *out) const;
    StorageError largeShare(qint64 engagementId, bool *large) const;

    const Database &m_database;
};

} // namespace Storage

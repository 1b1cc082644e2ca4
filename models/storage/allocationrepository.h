#pragma once

#include "models/domain/capacity/allocation.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>

namespace Storage {

class Database;

/// Planned minutes per person × engagement × month (table `allocations`, months as 'YYYY-MM').
/// Allocations name the person by Person::name and the engagement by Engagement::key.
class AllocationRepository
{
public:
    explicit AllocationRepository(const Database &database);

    /// Allocations of the months from `fromMonth` to `toMonth` (any day of each month, inclusive;
    /// a null date leaves that end open), ordered by month, person and engagement, each with the
    /// stamp of its row (version, who and when). Allocations of deleted engagements are left out.
    StorageError list(const QDate &fromMonth, const QDate &toMonth, QVector<Domain::Allocation> *out) const;
    /// Writes one allocation; 0 minutes deletes it. Optimistic locking: the cell's row must still
    /// be the version `allocation.stamp` was read from (version 0: there was no row); when someone
    /// changed, added or deleted it since, the save is refused as Conflict naming who and when, and
    /// nothing is written. Refused too (nothing written): an unknown person or engagement
    /// (NotFound), and whatever AllocationPlan::validate() calls an error (negative or absurd
    /// minutes, a month outside the person's employment or the engagement). `written` (optional)
    /// gets the stamp the row has now (version 0 after a delete).
    StorageError set(const Domain::Allocation &allocation, Domain::ChangeStamp *written = nullptr) const;
    /// Sets every allocation in one transaction: all are written, or none when one is refused
    /// (also when the same cell appears twice with minutes, or one cell is in conflict).
    /// `written` (optional) gets the new stamps, in the order of `allocations`.
    StorageError setMany(const QVector<Domain::Allocation> &allocations,
                         QVector<Domain::ChangeStamp> *written = nullptr) const;

private:
    const Database &m_database;
};

} // namespace Storage

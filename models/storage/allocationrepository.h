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
    /// a null date leaves that end open), ordered by month, person and engagement. Allocations of
    /// deleted engagements are left out.
    StorageError list(const QDate &fromMonth, const QDate &toMonth, QVector<Domain::Allocation> *out) const;
    /// Inserts or replaces one allocation; 0 minutes deletes it. Refused (nothing written): an
    /// unknown person or engagement (NotFound), and whatever AllocationPlan::validate() calls an
    /// error (negative or absurd minutes, a month outside the person's employment or the engagement).
    StorageError set(const Domain::Allocation &allocation) const;
    /// Sets every allocation in one transaction: all are written, or none when one is refused
    /// (also when the same cell appears twice with minutes).
    StorageError setMany(const QVector<Domain::Allocation> &allocations) const;

private:
    const Database &m_database;
};

} // namespace Storage

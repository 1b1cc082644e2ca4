#pragma once

#include "models/domain/capacity/allocationplan.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>

namespace Storage {
class Database;
}

namespace Models {

/// The allocation plan as the Allocation page and `deliverydesk allocation` read it: every person,
/// the allocations of a range of months, the working days of the team's calendar (TeamTimeZone) and each
/// engagement's budget policy as the budget ledger reads it (BurnDownLoader::policyFor).
class AllocationPlanLoader
{
public:
    explicit AllocationPlanLoader(const Storage::Database &database);

    /// The plan of `engagements` with the allocations of `fromMonth` to `toMonth` (any day of each).
    Storage::StorageError load(const QVector<Domain::Engagement> &engagements, const QDate &fromMonth,
                               const QDate &toMonth, Domain::AllocationPlan *out) const;
    /// Planned against logged hours of the people and engagements of `plan`, month by month from
    /// `fromMonth` to `toMonth` (first days): the allocations and worklogs of those months.
    Storage::StorageError plannedVsActual(const Domain::AllocationPlan &plan, const QDate &fromMonth,
                                          const QDate &toMonth, QVector<Domain::PlannedVsActual> *out) const;

    /// The Allocation page's writes, so that the page never holds a repository: changed
    /// allocations (0 hours removes one) in one transaction, each over the version of its cell in
    /// its stamp (Conflict when someone else changed one since: nothing is written), and a person
    /// with their absences. `written` (optional) gets the cells' new stamps, in order.
    Storage::StorageError saveAllocations(const QVector<Domain::Allocation> &changes,
                                          QVector<Domain::ChangeStamp> *written = nullptr) const;
    /// `deliverydesk allocation set`: the cell of `allocation` (person, engagement, month) set to
    /// its minutes. The cell is read with its version and saved over that version, so a change
    /// someone else makes in between is refused (Conflict), never overwritten. `written`
    /// (optional) gets the cell's new stamp.
    Storage::StorageError setCell(const Domain::Allocation &allocation,
                                  Domain::ChangeStamp *written = nullptr) const;
    Storage::StorageError savePerson(const Domain::Person &person) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

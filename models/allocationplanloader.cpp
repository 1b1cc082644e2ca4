#include "models/allocationplanloader.h"

#include "models/burndownloader.h"
#include "models/domain/capacity/workingdays.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/peoplerepository.h"

namespace Models {

AllocationPlanLoader::AllocationPlanLoader(const Storage::Database &database) : m_database(database) {}

Storage::StorageError AllocationPlanLoader::load(const QVector<Domain::Engagement> &engagements, const QDate &fromMonth,
                                                 const QDate &toMonth, Domain::AllocationPlan *out) const
{
    QVector<Domain::Person> people;
    QVector<Domain::Allocation> allocations;
    Storage::StorageError error = Storage::PeopleRepository(m_database).all(&people);
    if (!error)
        error = Storage::AllocationRepository(m_database).list(fromMonth, toMonth, &allocations);
    if (error)
        return error;
    Domain::AllocationPlan plan(people, engagements, allocations);
    plan.setWorkingDays(Domain::WorkingDays::of(Storage::CalendarRepository::teamCalendar()));
    for (const Domain::Engagement &engagement : engagements) {
        Domain::BudgetPolicy policy;
        // The same policy the budget ledger reads: pro rata first and last months, nothing after the end.
        if (Storage::StorageError e = BurnDownLoader(m_database).policyFor(engagement, &policy))
            return e;
        plan.setBudgetPolicy(engagement.key, policy);
    }
    *out = std::move(plan);
    return {};
}

} // namespace Models

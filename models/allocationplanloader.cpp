#include "models/allocationplanloader.h"

#include "models/burndownloader.h"
#include "models/domain/capacity/workingdays.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/worklogrepository.h"
#include "models/teamtimezone.h"

#include <QHash>

namespace Models {

AllocationPlanLoader::AllocationPlanLoader(const Storage::Database &database) : m_database(database)
{
}

Storage::StorageError AllocationPlanLoader::load(const QVector<Domain::Engagement> &engagements,
                                                 const QDate &fromMonth, const QDate &toMonth,
                                                 Domain::AllocationPlan *out) const
{
    QVector<Domain::Person> people;
    QVector<Domain::Allocation> allocations;
    Storage::StorageError error = Storage::PeopleRepository(m_database).all(&people);
    if (!error)
        error = Storage::AllocationRepository(m_database).list(fromMonth, toMonth, &allocations);
    if (error)
        return error;
    // The team's zone is the portfolio's: capacity is the same wherever the program runs.
    Domain::BusinessCalendar team;
    if (Storage::StorageError e = TeamTimeZone(m_database).calendar(&team))
        return e;
    Domain::AllocationPlan plan(people, engagements, allocations);
    plan.setWorkingDays(Domain::WorkingDays::of(team));
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

Storage::StorageError AllocationPlanLoader::plannedVsActual(const Domain::AllocationPlan &plan,
                                                            const QDate &fromMonth, const QDate &toMonth,
                                                            QVector<Domain::PlannedVsActual> *out) const
{
    const QDate to = toMonth.addMonths(1).addDays(-1);
    QVector<Domain::Allocation> allocations;
    Storage::StorageError error = Storage::AllocationRepository(m_database).list(fromMonth, to, &allocations);
    QHash<QString, QVector<Domain::Worklog>> worklogs;
    const QVector<Domain::Engagement> &engagements = plan.engagements();
    for (int i = 0; i < engagements.size() && !error; ++i)
        error = Storage::WorklogRepository(m_database)
                    .list(engagements.at(i).id, fromMonth, to, &worklogs[engagements.at(i).key]);
    if (error)
        return error;
    const Domain::AllocationPlan past(plan.people(), engagements, allocations);
    out->clear();
    for (QDate month = fromMonth; month <= toMonth; month = month.addMonths(1))
        *out += past.plannedVsActual(month, worklogs);
    return {};
}

Storage::StorageError AllocationPlanLoader::saveAllocations(const QVector<Domain::Allocation> &changes,
                                                            QVector<Domain::ChangeStamp> *written) const
{
    return Storage::AllocationRepository(m_database).setMany(changes, written);
}

Storage::StorageError AllocationPlanLoader::setCell(const Domain::Allocation &allocation,
                                                    Domain::ChangeStamp *written) const
{
    const Storage::AllocationRepository repository(m_database);
    QVector<Domain::Allocation> month;
    if (Storage::StorageError error = repository.list(allocation.month, allocation.month, &month))
        return error;
    Domain::Allocation cell = allocation;
    cell.stamp = {};
    for (const Domain::Allocation &stored : std::as_const(month)) {
        if (stored.person == allocation.person && stored.engagementKey == allocation.engagementKey)
            cell.stamp = stored.stamp;
    }
    return repository.set(cell, written);
}

Storage::StorageError AllocationPlanLoader::savePerson(const Domain::Person &person) const
{
    return Storage::PeopleRepository(m_database).save(person);
}

} // namespace Models

#include "models/supportmodeldiagramloader.h"

#include "models/domain/capacity/allocationplan.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/database.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/worklogrepository.h"

#include <QHash>
#include <algorithm>

namespace Models {

QVector<DiagramPerson> SupportModelDiagramData::peopleOn(Domain::ServiceLevel level) const
{
    QVector<DiagramPerson> out;
    std::copy_if(people.cbegin(), people.cend(), std::back_inserter(out),
                 [level](const DiagramPerson &p) { return p.level == level; });
    return out;
}

bool SupportModelDiagramData::severity1AroundTheClock() const
{
    return Domain::AllocationPlan::needsOnCall(engagement);
}

SupportModelDiagramLoader::SupportModelDiagramLoader(const Storage::Database &database) : m_database(database)
{
}

Storage::StorageError SupportModelDiagramLoader::load(const Domain::Engagement &engagement,
                                                      const QDate &month, SupportModelDiagramData *out) const
{
    SupportModelDiagramData data;
    data.engagement = engagement;
    data.month = QDate(month.year(), month.month(), 1);
    const QDate monthEnd = data.month.addMonths(1).addDays(-1);

    QVector<Domain::Allocation> allocations;
    if (Storage::StorageError error =
            Storage::AllocationRepository(m_database).list(data.month, data.month, &allocations))
        return error;
    QVector<Domain::Person> people;
    if (Storage::StorageError error = Storage::PeopleRepository(m_database).all(&people))
        return error;
    QVector<Domain::Worklog> worklogs;
    if (Storage::StorageError error =
            Storage::WorklogRepository(m_database).list(engagement.id, data.month, monthEnd, &worklogs))
        return error;
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &history, &data.policyStored))
        return error;
    Domain::BudgetPolicy budget;
    if (Storage::StorageError error = Storage::BudgetRepository(m_database).policyFor(engagement, &budget))
        return error;

    data.committedMinutes = budget.committedMinutes(data.month);
    if (const Domain::SlaPolicy *version = history.versionAt(monthEnd))
        data.policy = *version;
    // Seconds per person and level: a person sits on the level of most of their hours.
    QHash<QString, std::array<qint64, Domain::ServiceLevelCount>> byPerson;
    qint64 seconds[Domain::ServiceLevelCount] = {};
    for (const Domain::Worklog &w : worklogs) {
        seconds[int(w.serviceLevel)] += w.seconds;
        byPerson[w.person][std::size_t(w.serviceLevel)] += w.seconds;
    }
    for (int i = 0; i < Domain::ServiceLevelCount; ++i)
        data.loggedMinutes[std::size_t(i)] = Domain::Worklog::roundedMinutes(seconds[i]);
    for (const Domain::Allocation &a : allocations) {
        if (a.engagementKey != engagement.key || a.minutes <= 0)
            continue;
        DiagramPerson p;
        p.name = a.person;
        p.allocatedMinutes = a.minutes;
        const auto person = std::find_if(people.cbegin(), people.cend(),
                                         [&a](const Domain::Person &x) { return x.name == a.person; });
        if (person != people.cend())
            p.role = person->role;
        p.level = Domain::SupportModelCatalogue::primaryLevel(p.role);
        const auto logged = byPerson.constFind(a.person);
        if (logged != byPerson.constEnd()) {
            const auto &levels = logged.value();
            const auto most = std::max_element(levels.cbegin(), levels.cend());
            if (*most > 0)
                p.level = Domain::ServiceLevel(int(most - levels.cbegin()));
        }
        data.people.append(p);
    }
    std::sort(data.people.begin(), data.people.end(),
              [](const DiagramPerson &a, const DiagramPerson &b) { return a.name < b.name; });
    *out = std::move(data);
    return {};
}

} // namespace Models

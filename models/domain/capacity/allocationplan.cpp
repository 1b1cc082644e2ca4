#include "models/domain/capacity/allocationplan.h"

#include "models/domain/supportmodelcatalogue.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace Domain {

using Kind = AllocationWarning::Kind;

double PersonMonthLoad::loadPercent() const
{
    if (capacity.capacityMinutes <= 0)
        return allocated > 0 ? -1.0 : 0.0;
    return 100.0 * double(allocated) / double(capacity.capacityMinutes);
}

bool PersonMonthLoad::operator==(const PersonMonthLoad &o) const
{
    return person == o.person && role == o.role && capacity == o.capacity && allocated == o.allocated &&
           byEngagement == o.byEngagement;
}

AllocationPlan::AllocationPlan(const QVector<Person> &people, const QVector<Engagement> &engagements,
                               const QVector<Allocation> &allocations)
    : m_people(people), m_engagements(engagements), m_allocations(allocations)
{
    // Indexes so that checks stay linear in the number of allocations.
    for (int i = 0; i < m_people.size(); ++i)
        m_personIndex.insert(m_people.at(i).name, m_personIndex.value(m_people.at(i).name, i));
    for (int i = 0; i < m_engagements.size(); ++i)
        m_engagementIndex.insert(m_engagements.at(i).key,
                                 m_engagementIndex.value(m_engagements.at(i).key, i));
}

void AllocationPlan::setWorkingDaysFor(const QString &person, const WorkingDayPredicate &isWorkingDay)
{
    m_calendars.insert(person, isWorkingDay);
}

void AllocationPlan::setBudgetPolicy(const QString &engagementKey, const BudgetPolicy &policy)
{
    m_policies.insert(engagementKey, policy);
}

int AllocationPlan::committedMinutes(const QString &engagementKey, const QDate &month) const
{
    const auto it = m_policies.constFind(engagementKey);
    if (it != m_policies.cend())
        return it->committedMinutes(month);
    const Engagement *e = findEngagement(engagementKey);
    return e ? e->committedMinutesPerMonth : 0;
}

const Person *AllocationPlan::findPerson(const QString &name) const
{
    const auto it = m_personIndex.constFind(name);
    return it == m_personIndex.cend() ? nullptr : &m_people.at(it.value());
}

const Engagement *AllocationPlan::findEngagement(const QString &key) const
{
    const auto it = m_engagementIndex.constFind(key);
    return it == m_engagementIndex.cend() ? nullptr : &m_engagements.at(it.value());
}

WorkingDayPredicate AllocationPlan::calendarOf(const QString &person) const
{
    return m_calendars.value(person, m_defaultCalendar);
}

MonthCapacity AllocationPlan::capacity(const QString &person, const QDate &month) const
{
    const Person *p = findPerson(person);
    return p ? p->capacity(month, calendarOf(person)) : MonthCapacity{};
}

QVector<PersonMonthLoad> AllocationPlan::loads(const QDate &month) const
{
    const QDate m = WorkingDays::monthStart(month);
    QVector<PersonMonthLoad> out;
    out.reserve(m_people.size());
    for (const Person &p : m_people) {
        PersonMonthLoad load;
        load.person = p.name;
        load.role = p.role;
        load.capacity = p.capacity(m, calendarOf(p.name));
        out.append(load);
    }
    for (const Allocation &a : m_allocations) {
        const auto it = m_personIndex.constFind(a.person);
        if (it == m_personIndex.cend() || WorkingDays::monthStart(a.month) != m)
            continue;
        PersonMonthLoad &load = out[it.value()];
        load.allocated += a.minutes;
        load.byEngagement[a.engagementKey] += a.minutes;
    }
    return out;
}

void AllocationPlan::validateOne(const Allocation &a, QVector<AllocationWarning> *out) const
{
    const QDate m = WorkingDays::monthStart(a.month);
    auto add = [&](Kind kind, qint64 value = 0, qint64 limit = 0) {
        out->append({kind, a.person, a.engagementKey, m, value, limit, std::nullopt});
    };
    if (!m.isValid()) {
        add(Kind::InvalidMonth);
        return;
    }
    if (a.minutes < 0)
        add(Kind::NegativeMinutes, a.minutes);
    else if (a.minutes > qint64(m.daysInMonth()) * 24 * 60)
        add(Kind::AbsurdMinutes, a.minutes, qint64(m.daysInMonth()) * 24 * 60);
    if (const Person *p = findPerson(a.person)) {
        if (p->start.isValid() && WorkingDays::monthEnd(m) < p->start)
            add(Kind::PersonNotStarted);
        else if (p->end.isValid() && m > p->end)
            add(Kind::PersonHasLeft);
    } else {
        add(Kind::UnknownPerson);
    }
    if (const Engagement *e = findEngagement(a.engagementKey)) {
        if (e->start.isValid() && m < WorkingDays::monthStart(e->start))
            add(Kind::EngagementNotStarted);
        else if (e->end.isValid() && m > e->end)
            add(Kind::EngagementEnded);
    } else {
        add(Kind::UnknownEngagement);
    }
}

QVector<AllocationWarning> AllocationPlan::validate() const
{
    return validateMonth(QDate());
}

QVector<AllocationWarning> AllocationPlan::validateMonth(const QDate &month) const
{
    QVector<AllocationWarning> out;
    std::set<std::tuple<QString, QString, QDate>> seen;
    for (const Allocation &a : m_allocations) {
        const QDate m = WorkingDays::monthStart(a.month);
        if (month.isValid() && m != month)
            continue;
        validateOne(a, &out);
        const auto key = std::make_tuple(a.person, a.engagementKey, m);
        if (seen.count(key) > 0)
            out.append({Kind::DuplicateAllocation, a.person, a.engagementKey, m, a.minutes, 0, std::nullopt});
        seen.insert(key);
    }
    return out;
}

QVector<Role> AllocationPlan::requiredRoles(const Engagement &engagement)
{
    QVector<Role> roles;
    const bool all = SupportModelCatalogue::model(engagement.model).coversAllRoles;
    for (Role r : allRoles()) {
        if (all || engagement.rolesCovered.contains(r))
            roles.append(r);
    }
    return roles;
}

bool AllocationPlan::needsOnCall(const Engagement &engagement)
{
    return engagement.severity1Cover24x7 || SupportModelCatalogue::model(engagement.model).always24x7Response;
}

void AllocationPlan::checkEngagement(const Engagement &e, const QDate &m,
                                     const QVector<const Allocation *> &allocations,
                                     QVector<AllocationWarning> *out) const
{
    qint64 allocated = 0;
    bool onCall = false;
    std::array<bool, RoleCount> roles{};
    for (const Allocation *a : allocations) {
        if (a->minutes <= 0)
            continue;
        allocated += a->minutes;
        if (const Person *p = findPerson(a->person)) {
            onCall = onCall || p->coversOnCall();
            roles[static_cast<int>(p->role)] = true;
            // Work by a role the contract does not cover is outside the contract (it never counts
            // against the budget): planning it is worth a warning. No roles listed: none ruled out.
            const bool listed =
                SupportModelCatalogue::model(e.model).coversAllRoles || !e.rolesCovered.isEmpty();
            if (listed && !requiredRoles(e).contains(p->role))
                out->append({Kind::RoleNotCovered, p->name, e.key, m, a->minutes, 0, p->role});
        }
    }
    const int committed = committedMinutes(e.key, m);
    if (committed > 0 && allocated < committed)
        out->append({Kind::EngagementUnderAllocated, {}, e.key, m, allocated, committed, std::nullopt});
    if (needsOnCall(e) && !onCall)
        out->append({Kind::NoOnCallCover, {}, e.key, m, 0, 0, std::nullopt});
    for (Role r : requiredRoles(e)) {
        if (!roles[static_cast<int>(r)])
            out->append({Kind::RequiredRoleMissing, {}, e.key, m, 0, 0, r});
    }
}

QVector<AllocationWarning> AllocationPlan::check(const QDate &month) const
{
    const QDate m = WorkingDays::monthStart(month);
    if (!m.isValid())
        return {};
    QVector<AllocationWarning> out = validateMonth(m);
    for (const PersonMonthLoad &load : loads(m)) {
        if (load.allocated > load.capacity.capacityMinutes)
            out.append({Kind::PersonOverbooked,
                        load.person,
                        {},
                        m,
                        load.allocated,
                        load.capacity.capacityMinutes,
                        load.role});
    }
    QHash<QString, QVector<const Allocation *>> byEngagement;
    for (const Allocation &a : m_allocations) {
        if (WorkingDays::monthStart(a.month) == m)
            byEngagement[a.engagementKey].append(&a);
    }
    for (const Engagement &e : m_engagements) {
        const bool active =
            e.start.isValid() && e.start <= WorkingDays::monthEnd(m) && (!e.end.isValid() || e.end >= m);
        if (active)
            checkEngagement(e, m, byEngagement.value(e.key), &out);
    }
    return out;
}

bool AllocationPlan::canAllocate(const QString &person, const QString &engagementKey,
                                 const QDate &month) const
{
    const QDate m = WorkingDays::monthStart(month);
    const Person *p = findPerson(person);
    const Engagement *e = findEngagement(engagementKey);
    return m.isValid() && p && e && p->isEmployedIn(m) && e->start.isValid() &&
           m >= WorkingDays::monthStart(e->start) && (!e->end.isValid() || m <= e->end);
}

QVector<Allocation> AllocationPlan::copyMonth(const QDate &from, const QDate &to) const
{
    const QDate source = WorkingDays::monthStart(from);
    const QDate target = WorkingDays::monthStart(to);
    std::set<std::pair<QString, QString>> taken;
    for (const Allocation &a : m_allocations) {
        if (WorkingDays::monthStart(a.month) == target)
            taken.insert({a.person, a.engagementKey});
    }
    QVector<Allocation> out;
    for (const Allocation &a : m_allocations) {
        if (WorkingDays::monthStart(a.month) != source || taken.count({a.person, a.engagementKey}) > 0 ||
            !canAllocate(a.person, a.engagementKey, target))
            continue;
        taken.insert({a.person, a.engagementKey});
        out.append({a.person, a.engagementKey, target, a.minutes});
    }
    return out;
}

QVector<Allocation> AllocationPlan::fillRight(const Allocation &source, int months) const
{
    QVector<Allocation> out;
    const QDate first = WorkingDays::monthStart(source.month);
    for (int i = 1; first.isValid() && i <= months; ++i) {
        const QDate m = first.addMonths(i);
        if (canAllocate(source.person, source.engagementKey, m))
            out.append({source.person, source.engagementKey, m, source.minutes});
    }
    return out;
}

QVector<PlannedVsActual>
AllocationPlan::plannedVsActual(const QDate &month, const QHash<QString, QVector<Worklog>> &worklogs) const
{
    const QDate m = WorkingDays::monthStart(month);
    QMap<std::pair<QString, QString>, PlannedVsActual> rows;
    auto row = [&](const QString &person, const QString &key) -> PlannedVsActual & {
        PlannedVsActual &r = rows[{person, key}];
        r.person = person;
        r.engagementKey = key;
        r.month = m;
        return r;
    };
    for (const Allocation &a : m_allocations) {
        if (WorkingDays::monthStart(a.month) == m)
            row(a.person, a.engagementKey).planned += a.minutes;
    }
    // Seconds summed per person and engagement, rounded once (as the ledger does).
    QHash<QPair<QString, QString>, qint64> actualSeconds;
    for (auto it = worklogs.cbegin(); it != worklogs.cend(); ++it) {
        for (const Worklog &w : it.value()) {
            if (WorkingDays::monthStart(w.date) == m)
                actualSeconds[{w.person, it.key()}] += w.seconds;
        }
    }
    for (auto it = actualSeconds.cbegin(); it != actualSeconds.cend(); ++it)
        row(it.key().first, it.key().second).actual += Worklog::roundedMinutes(it.value());
    return rows.values().toVector();
}

} // namespace Domain

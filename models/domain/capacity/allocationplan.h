#pragma once

#include "models/domain/capacity/allocation.h"
#include "models/domain/capacity/allocationwarning.h"
#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/monthcapacity.h"
#include "models/domain/capacity/person.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/engagement.h"
#include "models/domain/worklog.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace Domain {

/// One person's month: capacity, what is allocated, and where.
struct PersonMonthLoad
{
    QString person;
    Role role = Role::Dev;
    MonthCapacity capacity;
    qint64 allocated = 0;
    QMap<QString, qint64> byEngagement; ///< engagement key → allocated minutes
    /// allocated / capacity in % (0 without capacity and allocation, −1 for allocation without capacity).
    double loadPercent() const;
    bool operator==(const PersonMonthLoad &o) const;
};

/// Planned against logged minutes of a person on an engagement in a month.
struct PlannedVsActual
{
    QString person;
    QString engagementKey;
    QDate month;
    qint64 planned = 0;
    qint64 actual = 0; ///< every worklog of the month, counted against the budget or not
    bool operator==(const PlannedVsActual &o) const
    {
        return person == o.person && engagementKey == o.engagementKey && month == o.month &&
               planned == o.planned && actual == o.actual;
    }
};

/// People, engagements and their allocations month by month, with the checks a delivery manager
/// runs before the month starts.
class AllocationPlan
{
public:
    AllocationPlan() = default;
    AllocationPlan(const QVector<Person> &people, const QVector<Engagement> &engagements,
                   const QVector<Allocation> &allocations);

    const QVector<Person> &people() const { return m_people; }
    const QVector<Engagement> &engagements() const { return m_engagements; }
    const QVector<Allocation> &allocations() const { return m_allocations; }
    void setAllocations(const QVector<Allocation> &allocations) { m_allocations = allocations; }
    /// The person named `name`, or nullptr.
    const Person *findPerson(const QString &name) const;
    /// The engagement with `key`, or nullptr.
    const Engagement *findEngagement(const QString &key) const;
    /// Whether an allocation for `month` may exist: the person is employed in the month and the
    /// engagement runs in it (no PersonNotStarted/PersonHasLeft/Engagement… errors).
    bool canAllocate(const QString &person, const QString &engagementKey, const QDate &month) const;

    /// "Copy from previous month": the allocations of `from` moved to `to`, leaving out pairs that
    /// already have an allocation in `to` and pairs that cannot be allocated in `to`.
    QVector<Allocation> copyMonth(const QDate &from, const QDate &to) const;
    /// "Fill right": `source` repeated in each of the `months` months after its own, leaving out
    /// months that cannot be allocated. The caller replaces existing cells with these.
    QVector<Allocation> fillRight(const Allocation &source, int months) const;

    /// The working days everybody follows unless given their own (default: Monday–Friday).
    void setWorkingDays(const WorkingDayPredicate &isWorkingDay) { m_defaultCalendar = isWorkingDay; }
    /// The working days of one person's calendar (e.g. another country's holidays).
    void setWorkingDaysFor(const QString &person, const WorkingDayPredicate &isWorkingDay);
    /// The budget of an engagement; without one, its committedMinutesPerMonth applies every month.
    void setBudgetPolicy(const QString &engagementKey, const BudgetPolicy &policy);
    int committedMinutes(const QString &engagementKey, const QDate &month) const;

    /// The capacity of a person in a month (empty for an unknown person).
    MonthCapacity capacity(const QString &person, const QDate &month) const;
    /// Per person (in the order of people()): capacity and allocation in the month.
    QVector<PersonMonthLoad> loads(const QDate &month) const;

    /// Validation errors of every allocation (any month).
    QVector<AllocationWarning> validate() const;
    /// Errors of the month's allocations, then its warnings: overbooked people, under-allocated
    /// engagements, missing on-call cover, required roles without allocation.
    QVector<AllocationWarning> check(const QDate &month) const;

    /// Planned vs actual per person and engagement in a month, sorted by person then engagement;
    /// `worklogs` maps an engagement key to its worklogs.
    QVector<PlannedVsActual> plannedVsActual(const QDate &month,
                                             const QHash<QString, QVector<Worklog>> &worklogs) const;

    /// The roles a support model requires: all six for models covering all roles, plus the
    /// engagement's own covered roles.
    static QVector<Role> requiredRoles(const Engagement &engagement);
    /// Whether the engagement promises 24×7 severity-1 cover (chosen, or part of the model).
    static bool needsOnCall(const Engagement &engagement);

private:
    WorkingDayPredicate calendarOf(const QString &person) const;
    void validateOne(const Allocation &a, QVector<AllocationWarning> *out) const;
    /// Errors of the allocations of `month`, or of all allocations for a null month.
    QVector<AllocationWarning> validateMonth(const QDate &month) const;
    void checkEngagement(const Engagement &e, const QDate &month,
                         const QVector<const Allocation *> &allocations,
                         QVector<AllocationWarning> *out) const;

    QVector<Person> m_people;
    QVector<Engagement> m_engagements;
    QVector<Allocation> m_allocations;
    WorkingDayPredicate m_defaultCalendar = WorkingDays::weekdays();
    QHash<QString, WorkingDayPredicate> m_calendars;
    QHash<QString, BudgetPolicy> m_policies;
    QHash<QString, int> m_personIndex;     ///< name → position in m_people (first wins)
    QHash<QString, int> m_engagementIndex; ///< key → position in m_engagements (first wins)
};

} // namespace Domain

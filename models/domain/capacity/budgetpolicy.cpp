#include "models/domain/capacity/budgetpolicy.h"

#include "models/domain/capacity/workingdays.h"
#include "models/domain/engagement.h"
#include "models/domain/supportmodelcatalogue.h"

#include <algorithm>

namespace Domain {

BudgetPolicy::BudgetPolicy(int defaultCommittedMinutes, const RolloverRule &rule)
    : m_defaultCommitted(defaultCommittedMinutes), m_rule(rule)
{
}

void BudgetPolicy::setStartMonth(const QDate &month)
{
    m_startMonth = WorkingDays::monthStart(month);
}

void BudgetPolicy::setContract(const Engagement &engagement)
{
    m_hasContract = true;
    m_contractStart = engagement.start;
    m_contractEnd = engagement.end;
    if (engagement.start.isValid())
        setStartMonth(engagement.start);
    m_rolesCovered.clear();
    if (!SupportModelCatalogue::model(engagement.model).coversAllRoles)
        m_rolesCovered = engagement.rolesCovered; // none listed: no role is ruled out
    m_contractedServices = engagement.optionalServices;
}

QDate BudgetPolicy::endMonth() const
{
    return m_contractEnd.isValid() ? WorkingDays::monthStart(m_contractEnd) : QDate();
}

bool BudgetPolicy::isInPeriod(const QDate &date) const
{
    if (!date.isValid())
        return false;
    if (m_contractStart.isValid() && date < m_contractStart)
        return false;
    return !m_contractEnd.isValid() || date <= m_contractEnd;
}

void BudgetPolicy::setMonthlyBudget(const MonthlyBudget &budget)
{
    m_overrides.insert(WorkingDays::monthStart(budget.month), budget.committedMinutes);
}

void BudgetPolicy::clearMonthlyBudget(const QDate &month)
{
    m_overrides.remove(WorkingDays::monthStart(month));
}

QVector<MonthlyBudget> BudgetPolicy::monthlyBudgets() const
{
    QVector<MonthlyBudget> out;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

int BudgetPolicy::committedMinutes(const QDate &month) const
{
    const QDate m = WorkingDays::monthStart(month);
    if (!m.isValid() || (m_startMonth.isValid() && m < m_startMonth))
        return 0;
    const QDate end = endMonth();
    if (end.isValid() && m > end)
        return 0;
    const auto override = m_overrides.constFind(m);
    if (override != m_overrides.cend())
        return override.value();
    // Pro rata by calendar days for a month the period covers in part (a start on the 10th of a
    // 31-day month commits 22/31 of the month).
    const QDate last = WorkingDays::monthEnd(m);
    const QDate from = m_contractStart.isValid() && m_contractStart > m ? m_contractStart : m;
    const QDate to = m_contractEnd.isValid() && m_contractEnd < last ? m_contractEnd : last;
    const qint64 days = from.daysTo(to) + 1;
    if (days >= m.daysInMonth())
        return m_defaultCommitted;
    if (days <= 0)
        return 0;
    const qint64 numerator = qint64(m_defaultCommitted) * days;
    const qint64 denominator = m.daysInMonth();
    return int(numerator >= 0 ? (2 * numerator + denominator) / (2 * denominator)
                              : -((-2 * numerator + denominator) / (2 * denominator)));
}

bool BudgetPolicy::countsLevel(ServiceLevel level) const
{
    return m_levelCounts[static_cast<int>(level)];
}

void BudgetPolicy::setCountsLevel(ServiceLevel level, bool counts)
{
    m_levelCounts[static_cast<int>(level)] = counts;
}

void BudgetPolicy::setCountsActivity(const QString &activityId, bool counts)
{
    m_activityCounts.insert(activityId, counts);
}

void BudgetPolicy::clearActivityRule(const QString &activityId)
{
    m_activityCounts.remove(activityId);
}

BudgetClass BudgetPolicy::classify(const Worklog &worklog) const
{
    // Without a contract the date is the ledger's concern (it skips undated worklogs).
    if (m_hasContract && !isInPeriod(worklog.date))
        return BudgetClass::OutsidePeriod;
    if (m_hasContract && worklog.role && !m_rolesCovered.isEmpty() && !m_rolesCovered.contains(*worklog.role))
        return BudgetClass::RoleNotCovered;
    if (!worklog.activity.isEmpty()) {
        const auto it = m_activityCounts.constFind(worklog.activity);
        if (it != m_activityCounts.cend())
            return it.value() ? BudgetClass::Counted : BudgetClass::BilledOutside;
    }
    if (m_hasContract && worklog.serviceLevel == ServiceLevel::OptionalL3)
        return m_contractedServices.contains(worklog.activity) ? BudgetClass::Counted
                                                               : BudgetClass::ServiceNotContracted;
    return countsLevel(worklog.serviceLevel) ? BudgetClass::Counted : BudgetClass::BilledOutside;
}

namespace {
void checkCommitted(int minutes, const QDate &month, QVector<BudgetIssue> *issues)
{
    if (minutes < 0)
        issues->append({BudgetProblem::NegativeCommitted, month});
    else if (minutes > Engagement::MaxCommittedMinutesPerMonth)
        issues->append({BudgetProblem::AbsurdCommitted, month});
}
} // namespace

QVector<BudgetIssue> BudgetPolicy::validate() const
{
    QVector<BudgetIssue> issues;
    checkCommitted(m_defaultCommitted, QDate(), &issues);
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        if (!it.key().isValid()) {
            issues.append({BudgetProblem::InvalidMonth, QDate()});
            continue;
        }
        if (m_startMonth.isValid() && it.key() < m_startMonth)
            issues.append({BudgetProblem::MonthBeforeStart, it.key()});
        // It would commit nothing (committedMinutes() is 0 after the end month): say so, not ignore it.
        if (m_hasContract && m_contractEnd.isValid() && it.key() > endMonth())
            issues.append({BudgetProblem::MonthAfterEnd, it.key()});
        checkCommitted(it.value(), it.key(), &issues);
    }
    if (m_rule.capMinutes < 0 || m_rule.capPercent < 0 || m_rule.expiryMonths < 0)
        issues.append({BudgetProblem::NegativeCap, QDate()});
    if (m_rule.capPercent > 100)
        issues.append({BudgetProblem::CapPercentOver100, QDate()});
    return issues;
}

bool BudgetPolicy::operator==(const BudgetPolicy &o) const
{
    return m_defaultCommitted == o.m_defaultCommitted && m_startMonth == o.m_startMonth &&
           m_overrides == o.m_overrides && m_rule == o.m_rule &&
           std::equal(std::begin(m_levelCounts), std::end(m_levelCounts), std::begin(o.m_levelCounts)) &&
           m_activityCounts == o.m_activityCounts && m_hasContract == o.m_hasContract &&
           m_contractStart == o.m_contractStart && m_contractEnd == o.m_contractEnd &&
           m_rolesCovered == o.m_rolesCovered && m_contractedServices == o.m_contractedServices;
}

} // namespace Domain

#include "models/domain/capacity/budgetpolicy.h"

#include "models/domain/capacity/workingdays.h"
#include "models/domain/engagement.h"

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
    return m_overrides.value(m, m_defaultCommitted);
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

bool BudgetPolicy::counts(const Worklog &worklog) const
{
    if (!worklog.activity.isEmpty()) {
        const auto it = m_activityCounts.constFind(worklog.activity);
        if (it != m_activityCounts.cend())
            return it.value();
    }
    return countsLevel(worklog.serviceLevel);
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
           m_activityCounts == o.m_activityCounts;
}

} // namespace Domain

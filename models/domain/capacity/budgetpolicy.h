#pragma once

#include "models/domain/capacity/monthlybudget.h"
#include "models/domain/capacity/rolloverrule.h"
#include "models/domain/supportmodel.h"
#include "models/domain/worklog.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Domain {

/// Why a budget policy is not valid.
enum class BudgetProblem {
    NegativeCommitted, ///< a default or a month's committed minutes below zero
    AbsurdCommitted,   ///< more than Engagement::MaxCommittedMinutesPerMonth
    InvalidMonth,      ///< an override has no valid month
    MonthBeforeStart,  ///< an override for a month before the engagement started
    NegativeCap,       ///< a rollover cap or expiry below zero
    CapPercentOver100, ///< carrying more than 100 % of a month's commitment
};

/// One problem and the month it concerns (null for the policy's own fields).
struct BudgetIssue
{
    BudgetProblem problem;
    QDate month;
    bool operator==(const BudgetIssue &o) const { return problem == o.problem && month == o.month; }
};

/// How an engagement's monthly budget is set up: committed minutes per month (a default, overridable
/// per month), which worklogs count against it, and the rollover rule.
///
/// By default L1, L2 and L3 count and optional services (OptionalL3) are billed outside the budget.
/// A rule per catalogue activity id wins over the rule of the worklog's service level.
class BudgetPolicy
{
public:
    BudgetPolicy() = default;
    explicit BudgetPolicy(int defaultCommittedMinutes, const RolloverRule &rule = {});

    int defaultCommittedMinutes() const { return m_defaultCommitted; }
    void setDefaultCommittedMinutes(int minutes) { m_defaultCommitted = minutes; }
    /// The first month the engagement runs; months before it commit nothing. Null: no limit.
    QDate startMonth() const { return m_startMonth; }
    void setStartMonth(const QDate &month);

    /// Overrides the committed minutes of one month (any day of the month may be given).
    void setMonthlyBudget(const MonthlyBudget &budget);
    void clearMonthlyBudget(const QDate &month);
    QVector<MonthlyBudget> monthlyBudgets() const;
    /// The committed minutes of the month containing `month`: its override, else the default;
    /// 0 before the start month.
    int committedMinutes(const QDate &month) const;

    const RolloverRule &rolloverRule() const { return m_rule; }
    void setRolloverRule(const RolloverRule &rule) { m_rule = rule; }

    bool countsLevel(ServiceLevel level) const;
    void setCountsLevel(ServiceLevel level, bool counts);
    /// Makes a catalogue activity count (or not) regardless of its worklog's service level.
    void setCountsActivity(const QString &activityId, bool counts);
    void clearActivityRule(const QString &activityId);
    /// The activity rules (catalogue activity id → counts), for storing the policy.
    QHash<QString, bool> activityRules() const { return m_activityCounts; }
    /// Whether `worklog` is spent from the budget.
    bool counts(const Worklog &worklog) const;

    /// Every problem; empty when valid.
    QVector<BudgetIssue> validate() const;

    bool operator==(const BudgetPolicy &o) const;
    bool operator!=(const BudgetPolicy &o) const { return !(*this == o); }

private:
    int m_defaultCommitted = 0;
    QDate m_startMonth;
    QMap<QDate, int> m_overrides;
    RolloverRule m_rule;
    bool m_levelCounts[ServiceLevelCount] = {true, true, true, false};
    QHash<QString, bool> m_activityCounts;
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::BudgetPolicy)

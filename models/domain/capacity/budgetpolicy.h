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
#include <QStringList>
#include <QVector>

namespace Domain {

/// Why a budget policy is not valid.
enum class BudgetProblem {
    NegativeCommitted, ///< a default or a month's committed minutes below zero
    AbsurdCommitted,   ///< more than Engagement::MaxCommittedMinutesPerMonth
    InvalidMonth,      ///< an override has no valid month
    MonthBeforeStart,  ///< an override for a month before the engagement started
    MonthAfterEnd,     ///< an override for a month after the contract's end month (with a contract)
    NegativeCap,       ///< a rollover cap or expiry below zero
    CapPercentOver100, ///< carrying more than 100 % of a month's commitment
};

/// Where a worklog stands against the budget. Only `Counted` is spent from it; the others are
/// shown as their own figures ("outside the contract", "billed outside the budget").
enum class BudgetClass {
    Counted,              ///< spent from the budget
    BilledOutside,        ///< within the contract, but the policy's level or activity rule bills it outside
    OutsidePeriod,        ///< dated before the contract's start or after its end (or not dated)
    ServiceNotContracted, ///< an optional service the engagement has not contracted
    RoleNotCovered,       ///< logged by a role the engagement does not cover
};
constexpr int BudgetClassCount = 5;

struct Engagement;

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
///
/// With a contract (setContract) the policy also knows the engagement's period, the roles it covers
/// and the optional services it has contracted: work outside the period, by a role not covered or on
/// an optional service not contracted is outside the contract and never counts; contracted optional
/// services count (unless an activity rule says otherwise); a first or last month only partly inside
/// the period commits its share of calendar days.
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

    /// Takes the engagement's period (start and end dates), covered roles (all of them for a model
    /// that covers all roles, or when none are listed) and contracted optional services.
    void setContract(const Engagement &engagement);
    bool hasContract() const { return m_hasContract; }
    QDate contractStart() const { return m_contractStart; }
    QDate contractEnd() const { return m_contractEnd; } ///< null when open-ended
    /// The last month with a commitment (the end date's month); null when open-ended.
    QDate endMonth() const;
    /// Whether `date` lies inside the contract's period (always true without a contract).
    bool isInPeriod(const QDate &date) const;

    /// Overrides the committed minutes of one month (any day of the month may be given).
    void setMonthlyBudget(const MonthlyBudget &budget);
    void clearMonthlyBudget(const QDate &month);
    QVector<MonthlyBudget> monthlyBudgets() const;
    /// The committed minutes of the month containing `month`: its override (taken as it is), else the
    /// default; 0 before the start month and after the end month. Without an override, a month the
    /// contract's period covers only in part commits default × its days in the period / its days,
    /// rounded half up to a minute.
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
    /// Where `worklog` stands: outside the period, role not covered, an activity rule, an optional
    /// service not contracted, a contracted optional service (counted), then the level rule.
    BudgetClass classify(const Worklog &worklog) const;
    /// Whether `worklog` is spent from the budget.
    bool counts(const Worklog &worklog) const { return classify(worklog) == BudgetClass::Counted; }

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
    bool m_hasContract = false;
    QDate m_contractStart;
    QDate m_contractEnd;
    QVector<Role> m_rolesCovered; ///< empty: every role
    QStringList m_contractedServices;
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::BudgetPolicy)

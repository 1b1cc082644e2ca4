#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/ledgermonth.h"
#include "models/domain/worklog.h"

#include <QMap>
#include <QVector>

namespace Domain {

/// The month-by-month balance of an engagement's budget under its rollover rule.
///
/// Each month: carried lots older than the rule's expiry expire; last month's overrun is deducted
/// (when the rule says so); the deduction and the used minutes are spent from the carried lots,
/// oldest origin first, then from the month's own commitment; what is left of the commitment is
/// carried out up to the rule's cap, the rest is forfeited; carried lots not spent travel on.
class BudgetLedger
{
public:
    BudgetLedger() = default;

    /// The ledger from `firstMonth` to `lastMonth` (inclusive, any day of each month), counting the
    /// worklogs `policy` counts. The ledger starts with nothing carried into `firstMonth`.
    static BudgetLedger compute(const BudgetPolicy &policy, const QDate &firstMonth, const QDate &lastMonth,
                                const QVector<Worklog> &worklogs);
    /// The ledger as it stood on `asOf` (the last day with data, counted as complete): only worklogs
    /// dated up to `asOf` count; a month ending before `asOf` is closed, the month of `asOf` is open
    /// and later months have not started. The month-end figures of months that are not closed are
    /// projected from `projectedUse` (used minutes at month end if the forecast holds, keys are first
    /// days of months; a month without one is projected at what it has used so far). A null `asOf`
    /// closes every month (everything stored is known).
    static BudgetLedger compute(const BudgetPolicy &policy, const QDate &firstMonth, const QDate &lastMonth,
                                const QVector<Worklog> &worklogs, const QDate &asOf,
                                const QMap<QDate, qint64> &projectedUse = {});
    /// The same from used minutes per month (keys are first days of months).
    static BudgetLedger compute(const BudgetPolicy &policy, const QDate &firstMonth, const QDate &lastMonth,
                                const QMap<QDate, qint64> &usedByMonth, const QDate &asOf = {},
                                const QMap<QDate, qint64> &projectedUse = {});
    /// Counted minutes per month (keys are first days of months), of the worklogs dated up to
    /// `asOf` (all of them when null). Seconds are summed per month and rounded once, half up.
    static QMap<QDate, qint64> usedByMonth(const BudgetPolicy &policy, const QVector<Worklog> &worklogs,
                                           const QDate &asOf = {});
    /// The state of `month` on `asOf` under `policy` (its end month).
    static LedgerMonth::State stateOf(const BudgetPolicy &policy, const QDate &month, const QDate &asOf);

    const QVector<LedgerMonth> &months() const { return m_months; }
    /// The month containing `month`, or nullptr when outside the ledger.
    const LedgerMonth *month(const QDate &month) const;
    bool isEmpty() const { return m_months.isEmpty(); }

    bool operator==(const BudgetLedger &o) const { return m_months == o.m_months; }
    bool operator!=(const BudgetLedger &o) const { return !(*this == o); }

private:
    QVector<LedgerMonth> m_months;
};

} // namespace Domain

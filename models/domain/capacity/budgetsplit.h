#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/supportmodel.h"
#include "models/domain/worklog.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>
#include <array>

namespace Domain {

/// Where the time logged in a span of days stands against the budget: counted, billed outside the
/// budget by the policy's rules, or outside the contract (before the start or after the end, an
/// optional service not contracted, a role not covered), with the services and roles named.
/// Each figure sums seconds and is rounded once to a minute, half up, like the ledger.
struct BudgetSplit
{
    std::array<qint64, BudgetClassCount> minutes{}; ///< by BudgetClass
    qint64 logged = 0;                              ///< every worklog of the span (its own rounding)
    QMap<QString, qint64> byService;                ///< ServiceNotContracted: activity id → minutes
    QMap<Role, qint64> byRole;                      ///< RoleNotCovered: role → minutes

    qint64 of(BudgetClass c) const { return minutes[static_cast<size_t>(c)]; }
    qint64 counted() const { return of(BudgetClass::Counted); }
    /// Outside the period, service not contracted and role not covered together.
    qint64 outsideContract() const;

    /// The worklogs dated from `first` to `last` (inclusive; a null bound is open).
    static BudgetSplit compute(const BudgetPolicy &policy, const QVector<Worklog> &worklogs,
                               const QDate &first, const QDate &last);

    bool operator==(const BudgetSplit &o) const
    {
        return minutes == o.minutes && logged == o.logged && byService == o.byService && byRole == o.byRole;
    }
    bool operator!=(const BudgetSplit &o) const { return !(*this == o); }
};

} // namespace Domain

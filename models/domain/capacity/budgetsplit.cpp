#include "models/domain/capacity/budgetsplit.h"

namespace Domain {

qint64 BudgetSplit::outsideContract() const
{
    return of(BudgetClass::OutsidePeriod) + of(BudgetClass::ServiceNotContracted) +
           of(BudgetClass::RoleNotCovered);
}

BudgetSplit BudgetSplit::compute(const BudgetPolicy &policy, const QVector<Worklog> &worklogs,
                                 const QDate &first, const QDate &last)
{
    std::array<qint64, BudgetClassCount> seconds{};
    qint64 total = 0;
    QMap<QString, qint64> serviceSeconds;
    QMap<Role, qint64> roleSeconds;
    for (const Worklog &w : worklogs) {
        if (!w.date.isValid() || (first.isValid() && w.date < first) || (last.isValid() && w.date > last))
            continue;
        const BudgetClass c = policy.classify(w);
        seconds[static_cast<size_t>(c)] += w.seconds;
        total += w.seconds;
        if (c == BudgetClass::ServiceNotContracted)
            serviceSeconds[w.activity] += w.seconds;
        else if (c == BudgetClass::RoleNotCovered && w.role)
            roleSeconds[*w.role] += w.seconds;
    }
    BudgetSplit split;
    for (size_t i = 0; i < seconds.size(); ++i)
        split.minutes[i] = Worklog::roundedMinutes(seconds[i]);
    split.logged = Worklog::roundedMinutes(total);
    for (auto it = serviceSeconds.cbegin(); it != serviceSeconds.cend(); ++it)
        split.byService.insert(it.key(), Worklog::roundedMinutes(it.value()));
    for (auto it = roleSeconds.cbegin(); it != roleSeconds.cend(); ++it)
        split.byRole.insert(it.key(), Worklog::roundedMinutes(it.value()));
    return split;
}

} // namespace Domain

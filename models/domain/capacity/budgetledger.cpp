#include "models/domain/capacity/budgetledger.h"

#include "models/domain/capacity/workingdays.h"

#include <algorithm>
#include <climits>

namespace Domain {

namespace {

/// Drops lots past the rule's expiry, recording them in `month`.
QVector<CarryLot> expireLots(const QVector<CarryLot> &lots, const RolloverRule &rule, LedgerMonth *month)
{
    QVector<CarryLot> alive;
    for (const CarryLot &lot : lots) {
        const bool expired =
            rule.expiryMonths > 0 && WorkingDays::monthsBetween(lot.origin, month->month) > rule.expiryMonths;
        if (expired) {
            month->expired += lot.minutes;
            month->explanation.append({LedgerEntry::Kind::Expired, lot.minutes, lot.origin});
        } else {
            alive.append(lot);
        }
    }
    return alive;
}

/// Spends `minutes` from the lots in order; returns what could not be covered.
qint64 spend(QVector<CarryLot> *lots, qint64 minutes)
{
    for (CarryLot &lot : *lots) {
        const qint64 take = std::min(lot.minutes, minutes);
        lot.minutes -= take;
        minutes -= take;
    }
    return minutes;
}

/// Works out one month given the lots carried into it and last month's overrun to deduct.
LedgerMonth computeMonth(const BudgetPolicy &policy, const QDate &m, const QVector<CarryLot> &incoming,
                         qint64 deduction, qint64 used)
{
    const RolloverRule &rule = policy.rolloverRule();
    LedgerMonth month;
    month.month = m;
    // A negative commitment is a validation error (BudgetProblem::NegativeCommitted); count it as none.
    month.committed = std::max(0, policy.committedMinutes(m));
    month.explanation.append({LedgerEntry::Kind::Committed, month.committed, m});
    month.carriedInLots = expireLots(incoming, rule, &month);
    for (const CarryLot &lot : std::as_const(month.carriedInLots)) {
        month.carriedIn += lot.minutes;
        month.explanation.append({LedgerEntry::Kind::CarriedIn, lot.minutes, lot.origin});
    }
    if (deduction > 0) {
        month.overrunDeducted = deduction;
        month.explanation.append({LedgerEntry::Kind::OverrunDeducted, deduction, m.addMonths(-1)});
    }
    month.available = month.committed + month.carriedIn - month.overrunDeducted;
    month.used = used;
    month.remaining = month.available - month.used;
    month.explanation.append({LedgerEntry::Kind::Used, used, m});

    // Carried minutes are spent first, oldest first, because they are the ones that expire.
    QVector<CarryLot> pool = month.carriedInLots;
    pool.append({m, month.committed});
    month.overrun = spend(&pool, deduction + used);
    if (month.overrun > 0)
        month.explanation.append({LedgerEntry::Kind::Overrun, month.overrun, m});

    const qint64 ownLeft = pool.takeLast().minutes;
    const qint64 carried =
        rule.carryableMinutes(int(std::min<qint64>(ownLeft, INT_MAX)), int(month.committed));
    month.forfeited = ownLeft - carried;
    if (carried > 0)
        pool.append({m, carried});
    for (const CarryLot &lot : std::as_const(pool)) {
        if (lot.minutes <= 0)
            continue;
        month.carriedOutLots.append(lot);
        month.carriedOut += lot.minutes;
        month.explanation.append({LedgerEntry::Kind::CarriedOut, lot.minutes, lot.origin});
    }
    if (month.forfeited > 0)
        month.explanation.append({LedgerEntry::Kind::Forfeited, month.forfeited, m});
    return month;
}

} // namespace

QMap<QDate, qint64> BudgetLedger::usedByMonth(const BudgetPolicy &policy, const QVector<Worklog> &worklogs)
{
    // Seconds are summed and rounded once per month: 298 entries of 0.33 h are 98.34 h, not
    // 298 rounded minutes.
    QMap<QDate, qint64> seconds;
    for (const Worklog &w : worklogs) {
        if (w.date.isValid() && policy.counts(w))
            seconds[WorkingDays::monthStart(w.date)] += w.seconds;
    }
    QMap<QDate, qint64> used;
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it)
        used.insert(it.key(), Worklog::roundedMinutes(it.value()));
    return used;
}

BudgetLedger BudgetLedger::compute(const BudgetPolicy &policy, const QDate &firstMonth,
                                   const QDate &lastMonth, const QVector<Worklog> &worklogs)
{
    return compute(policy, firstMonth, lastMonth, usedByMonth(policy, worklogs));
}

BudgetLedger BudgetLedger::compute(const BudgetPolicy &policy, const QDate &firstMonth,
                                   const QDate &lastMonth, const QMap<QDate, qint64> &usedByMonth)
{
    BudgetLedger ledger;
    const QDate first = WorkingDays::monthStart(firstMonth);
    const QDate last = WorkingDays::monthStart(lastMonth);
    if (!first.isValid() || !last.isValid() || last < first)
        return ledger;
    QVector<CarryLot> lots;
    qint64 deduction = 0;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        LedgerMonth month = computeMonth(policy, m, lots, deduction, usedByMonth.value(m, 0));
        lots = month.carriedOutLots;
        deduction = policy.rolloverRule().deductOverrun ? month.overrun : 0;
        ledger.m_months.append(std::move(month));
    }
    return ledger;
}

const LedgerMonth *BudgetLedger::month(const QDate &month) const
{
    const QDate m = WorkingDays::monthStart(month);
    for (const LedgerMonth &lm : m_months) {
        if (lm.month == m)
            return &lm;
    }
    return nullptr;
}

} // namespace Domain

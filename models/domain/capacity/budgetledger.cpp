#include "models/domain/capacity/budgetledger.h"

#include "models/domain/capacity/workingdays.h"

#include <algorithm>
#include <climits>

namespace Domain {

namespace {

/// Drops lots past the rule's expiry, recording them in `month`.
QVector<CarryLot> expireLots(const QVector<CarryLot> &lots, const RolloverRule &rule, bool projected,
                             LedgerMonth *month)
{
    QVector<CarryLot> alive;
    for (const CarryLot &lot : lots) {
        // Expiry counts from the month the minutes come from, not from the month they were carried.
        const bool expired =
            rule.expiryMonths > 0 && WorkingDays::monthsBetween(lot.origin, month->month) > rule.expiryMonths;
        if (expired) {
            month->expired += lot.minutes;
            month->explanation.append({LedgerEntry::Kind::Expired, lot.minutes, lot.origin, projected});
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

/// What flows into a month from the one before it.
struct Incoming
{
    QVector<CarryLot> lots;
    qint64 deduction = 0;
    bool projected = false; ///< the previous month was not closed: these figures are provisional
};

/// Works out one month given what flows in from the previous month.
LedgerMonth computeMonth(const BudgetPolicy &policy, const QDate &m, LedgerMonth::State state,
                         const Incoming &incoming, qint64 used, qint64 projectedUse)
{
    const RolloverRule &rule = policy.rolloverRule();
    const bool final = state == LedgerMonth::State::Closed;
    const bool endMonth = policy.endMonth().isValid() && m == policy.endMonth();
    LedgerMonth month;
    month.month = m;
    month.state = state;
    // A negative commitment is a validation error (BudgetProblem::NegativeCommitted); count it as none.
    month.committed = std::max(0, policy.committedMinutes(m));
    month.explanation.append({LedgerEntry::Kind::Committed, month.committed, m});
    month.carriedInLots = expireLots(incoming.lots, rule, incoming.projected, &month);
    for (const CarryLot &lot : std::as_const(month.carriedInLots)) {
        month.carriedIn += lot.minutes;
        month.explanation.append({LedgerEntry::Kind::CarriedIn, lot.minutes, lot.origin, incoming.projected});
    }
    if (incoming.deduction > 0) {
        month.overrunDeducted = incoming.deduction;
        month.explanation.append(
            {LedgerEntry::Kind::OverrunDeducted, incoming.deduction, m.addMonths(-1), incoming.projected});
    }
    month.available = month.committed + month.carriedIn - month.overrunDeducted;
    month.used = used;
    month.remaining = month.available - month.used;
    month.overrun = std::max<qint64>(0, -month.remaining);
    month.explanation.append({LedgerEntry::Kind::Used, used, m});
    // A closed month ends at what it used; an open one as the forecast says (never below what it
    // has used already).
    month.projectedUsed = final ? used : std::max(used, projectedUse);

    // Carried minutes are spent first, oldest first, because they are the ones that expire.
    QVector<CarryLot> pool = month.carriedInLots;
    pool.append({m, month.committed});
    month.projectedOverrun = spend(&pool, incoming.deduction + month.projectedUsed);
    if (month.projectedOverrun > 0)
        month.explanation.append({LedgerEntry::Kind::Overrun, month.projectedOverrun, m, !final});

    const qint64 ownLeft = pool.takeLast().minutes;
    // Nothing is carried past the engagement's end: unused carried minutes expire with it and the
    // month's own unused commitment is forfeited (neither is paid out).
    const qint64 carried =
        endMonth ? 0 : rule.carryableMinutes(int(std::min<qint64>(ownLeft, INT_MAX)), int(month.committed));
    month.forfeited = ownLeft - carried;
    if (carried > 0)
        pool.append({m, carried});
    for (const CarryLot &lot : std::as_const(pool)) {
        if (lot.minutes <= 0)
            continue;
        if (endMonth) {
            month.expiredAtEnd += lot.minutes;
            continue;
        }
        month.carriedOutLots.append(lot);
        month.carriedOut += lot.minutes;
        month.explanation.append({LedgerEntry::Kind::CarriedOut, lot.minutes, lot.origin, !final});
    }
    if (month.forfeited > 0)
        month.explanation.append({LedgerEntry::Kind::Forfeited, month.forfeited, m, !final});
    for (const CarryLot &lot : std::as_const(pool)) {
        if (endMonth && lot.minutes > 0)
            month.explanation.append({LedgerEntry::Kind::ExpiredAtEnd, lot.minutes, lot.origin, !final});
    }
    return month;
}

/// A month after the engagement's end: nothing committed, the end month's closing balance.
LedgerMonth endedMonth(const QDate &m, const LedgerMonth *endMonth, const QDate &endMonthStart)
{
    LedgerMonth month;
    month.month = m;
    month.state = LedgerMonth::State::Ended;
    month.explanation.append({LedgerEntry::Kind::Ended, 0, endMonthStart});
    if (!endMonth)
        return month;
    for (const LedgerEntry &entry : endMonth->explanation) {
        if (entry.kind == LedgerEntry::Kind::Used || entry.kind == LedgerEntry::Kind::Overrun ||
            entry.kind == LedgerEntry::Kind::Forfeited || entry.kind == LedgerEntry::Kind::ExpiredAtEnd)
            month.explanation.append(entry);
    }
    return month;
}

} // namespace

QMap<QDate, qint64> BudgetLedger::usedByMonth(const BudgetPolicy &policy, const QVector<Worklog> &worklogs,
                                              const QDate &asOf)
{
    // Seconds are summed and rounded once per month: 298 entries of 0.33 h are 98.34 h, not
    // 298 rounded minutes.
    QMap<QDate, qint64> seconds;
    for (const Worklog &w : worklogs) {
        if (w.date.isValid() && (!asOf.isValid() || w.date <= asOf) && policy.counts(w))
            seconds[WorkingDays::monthStart(w.date)] += w.seconds;
    }
    QMap<QDate, qint64> used;
    for (auto it = seconds.cbegin(); it != seconds.cend(); ++it)
        used.insert(it.key(), Worklog::roundedMinutes(it.value()));
    return used;
}

LedgerMonth::State BudgetLedger::stateOf(const BudgetPolicy &policy, const QDate &month, const QDate &asOf)
{
    const QDate m = WorkingDays::monthStart(month);
    if (policy.endMonth().isValid() && m > policy.endMonth())
        return LedgerMonth::State::Ended;
    if (!asOf.isValid() || WorkingDays::monthEnd(m) < asOf)
        return LedgerMonth::State::Closed;
    return m <= asOf ? LedgerMonth::State::Open : LedgerMonth::State::NotStarted;
}

BudgetLedger BudgetLedger::compute(const BudgetPolicy &policy, const QDate &firstMonth,
                                   const QDate &lastMonth, const QVector<Worklog> &worklogs)
{
    return compute(policy, firstMonth, lastMonth, usedByMonth(policy, worklogs));
}

BudgetLedger BudgetLedger::compute(const BudgetPolicy &policy, const QDate &firstMonth,
                                   const QDate &lastMonth, const QVector<Worklog> &worklogs,
                                   const QDate &asOf, const QMap<QDate, qint64> &projectedUse)
{
    return compute(policy, firstMonth, lastMonth, usedByMonth(policy, worklogs, asOf), asOf, projectedUse);
}

BudgetLedger BudgetLedger::compute(const BudgetPolicy &policy, const QDate &firstMonth,
                                   const QDate &lastMonth, const QMap<QDate, qint64> &usedByMonth,
                                   const QDate &asOf, const QMap<QDate, qint64> &projectedUse)
{
    BudgetLedger ledger;
    const QDate first = WorkingDays::monthStart(firstMonth);
    const QDate last = WorkingDays::monthStart(lastMonth);
    if (!first.isValid() || !last.isValid() || last < first)
        return ledger;
    const QDate end = policy.endMonth();
    Incoming incoming;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const LedgerMonth::State state = stateOf(policy, m, asOf);
        if (state == LedgerMonth::State::Ended) {
            ledger.m_months.append(endedMonth(m, ledger.month(end), end));
            continue;
        }
        LedgerMonth month =
            computeMonth(policy, m, state, incoming, usedByMonth.value(m, 0), projectedUse.value(m, 0));
        incoming.lots = month.carriedOutLots;
        incoming.deduction = policy.rolloverRule().deductOverrun ? month.projectedOverrun : 0;
        incoming.projected = incoming.projected || state != LedgerMonth::State::Closed;
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

#pragma once

#include <QDate>
#include <QVector>

namespace Domain {

/// Minutes carried from the month they were committed in (their origin).
struct CarryLot
{
    QDate origin; ///< first day of the origin month
    qint64 minutes = 0;
    bool operator==(const CarryLot &o) const { return origin == o.origin && minutes == o.minutes; }
};

/// One line of a month's explanation. The UI turns it into text such as
/// "+12 h carried from October" (CarriedIn, 720, 2026-10-01).
struct LedgerEntry
{
    enum class Kind {
        Committed,       ///< the month's own commitment; month = this month
        CarriedIn,       ///< carried minutes usable this month; month = origin
        Expired,         ///< carried minutes that expired at the start of this month; month = origin
        OverrunDeducted, ///< last month's overrun taken off this month; month = the overrun month
        Used,            ///< counted worklog minutes; month = this month
        Overrun,         ///< minutes used beyond what was available; month = this month
        CarriedOut,      ///< minutes leaving this month for the next; month = origin
        Forfeited,       ///< unused committed minutes the rule does not let carry; month = this month
        ExpiredAtEnd,    ///< carried minutes left unspent when the engagement ended; month = origin
        Ended,           ///< the engagement has ended (0 minutes); month = its end month. The entries
                         ///< after it are the end month's closing balance.
    };
    Kind kind;
    qint64 minutes = 0;
    QDate month;
    /// Not final yet: the figure depends on how an open month ends ("if the forecast holds").
    bool projected = false;

    bool operator==(const LedgerEntry &o) const
    {
        return kind == o.kind && minutes == o.minutes && month == o.month && projected == o.projected;
    }
    bool operator!=(const LedgerEntry &o) const { return !(*this == o); }
};

/// The balance of one engagement-month. Identities that always hold:
/// available = committed + carriedIn − overrunDeducted; remaining = available − used;
/// overrun = max(0, −remaining); carriedIn = previous carriedOut − expired.
///
/// As of a date, `used` counts the worklogs dated up to that date. The month-end figures
/// (carriedOut, forfeited, expiredAtEnd, projectedOverrun) of a month that has not closed are
/// projected from `projectedUsed` and marked `projected` in the explanation.
struct LedgerMonth
{
    enum class State {
        Closed,     ///< the month ended before the as-of date: every figure is final
        Open,       ///< the as-of date lies in the month: used so far, month end projected
        NotStarted, ///< the month starts after the as-of date: nothing used yet, all projected
        Ended,      ///< after the engagement's end month: nothing committed, the closing balance shown
    };

    QDate month; ///< first day of the month
    State state = State::Closed;
    qint64 projectedUsed = 0;    ///< used at month end if the forecast holds (= used when closed)
    qint64 projectedOverrun = 0; ///< overrun at month end if the forecast holds (= overrun when closed)
    qint64 expiredAtEnd = 0;     ///< carried minutes that expired with the engagement's end
    qint64 committed = 0;
    qint64 carriedIn = 0;
    QVector<CarryLot> carriedInLots; ///< by origin month, oldest first
    qint64 expired = 0;
    qint64 overrunDeducted = 0;
    qint64 available = 0;
    qint64 used = 0;
    qint64 remaining = 0; ///< negative on an overrun
    qint64 overrun = 0;
    qint64 carriedOut = 0;
    QVector<CarryLot> carriedOutLots;
    qint64 forfeited = 0;
    QVector<LedgerEntry> explanation;

    bool operator==(const LedgerMonth &o) const
    {
        return month == o.month && state == o.state && projectedUsed == o.projectedUsed &&
               projectedOverrun == o.projectedOverrun && expiredAtEnd == o.expiredAtEnd &&
               committed == o.committed && carriedIn == o.carriedIn && carriedInLots == o.carriedInLots &&
               expired == o.expired && overrunDeducted == o.overrunDeducted && available == o.available &&
               used == o.used && remaining == o.remaining && overrun == o.overrun &&
               carriedOut == o.carriedOut && carriedOutLots == o.carriedOutLots && forfeited == o.forfeited &&
               explanation == o.explanation;
    }
    bool operator!=(const LedgerMonth &o) const { return !(*this == o); }
    /// Whether the month-end figures are final.
    bool isFinal() const { return state == State::Closed || state == State::Ended; }
};

} // namespace Domain

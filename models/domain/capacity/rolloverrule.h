#pragma once

#include <QMetaType>

namespace Domain {

/// What happens to a month's balance at the end of the month.
///
/// Unused committed minutes of a month may be carried into later months, capped either by a fixed
/// number of minutes or by a percentage of that month's committed minutes. Carried minutes are
/// spent before new ones (oldest origin month first) and expire `expiryMonths` months after the
/// month they were committed in. An overrun may be deducted from the next month's budget.
struct RolloverRule
{
    enum class Carry {
        None,        ///< unused minutes are forfeited at month end
        UpToMinutes, ///< carry unused minutes, at most `capMinutes` per origin month
        UpToPercent, ///< carry unused minutes, at most `capPercent` % of the origin month's commitment
    };

    Carry carry = Carry::None;
    int capMinutes = 0;   ///< used with Carry::UpToMinutes
    int capPercent = 0;   ///< used with Carry::UpToPercent, 0–100
    int expiryMonths = 0; ///< 0: carried minutes never expire; N: usable in the N months after their origin
    bool deductOverrun = false; ///< an overrun is deducted from the next month's budget

    /// How many of `unusedMinutes` left of a month that committed `committedMinutes` may be carried.
    int carryableMinutes(int unusedMinutes, int committedMinutes) const;

    bool operator==(const RolloverRule &o) const
    {
        return carry == o.carry && capMinutes == o.capMinutes && capPercent == o.capPercent &&
               expiryMonths == o.expiryMonths && deductOverrun == o.deductOverrun;
    }
    bool operator!=(const RolloverRule &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::RolloverRule)

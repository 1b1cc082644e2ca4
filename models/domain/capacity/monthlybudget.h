#pragma once

#include <QDate>

namespace Domain {

/// The committed minutes of one engagement-month, overriding the engagement's default.
struct MonthlyBudget
{
    QDate month; ///< first day of the month
    int committedMinutes = 0;

    bool operator==(const MonthlyBudget &o) const
    {
        return month == o.month && committedMinutes == o.committedMinutes;
    }
    bool operator!=(const MonthlyBudget &o) const { return !(*this == o); }
};

} // namespace Domain

#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/ledgermonth.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/supportmodel.h"
#include "models/domain/worklog.h"

#include <QDate>
#include <QVector>
#include <array>
#include <optional>

namespace Domain {

/// What a burn-down is computed from.
struct BurnDownInput
{
    QDate month;                ///< any day of the month shown
    qint64 committed = 0;       ///< the month's commitment (LedgerMonth::committed)
    qint64 carriedIn = 0;       ///< LedgerMonth::carriedIn
    qint64 overrunDeducted = 0; ///< LedgerMonth::overrunDeducted
    BudgetPolicy policy;        ///< decides which worklogs count
    QVector<Worklog> worklogs;  ///< the engagement's worklogs: this month and its history
    WorkingDayPredicate isWorkingDay;
    QDate today;        ///< the last day with actual data; counts as a complete day
    QDate historyStart; ///< days before it are not history (e.g. the engagement start); null: no limit
    int paceWorkingDays =
        10;               ///< the forecast's pace: mean daily burn over this many working days up to today
    int spreadMonths = 3; ///< the forecast range: the spread of daily burn over this many months
    double lowPercentile = 10.0;  ///< the slow end of the range
    double highPercentile = 90.0; ///< the fast end of the range

    /// Copies the budget figures of a ledger month (committed, carried in, deducted, month).
    void setBudget(const LedgerMonth &ledgerMonth);
};

/// One calendar day of the burn-down. Values are minutes remaining (or used) at the end of the day.
struct BurnDownDay
{
    QDate date;
    bool workingDay = false;
    double idealRemaining = 0;             ///< falls evenly over working days, flat on the others
    double idealUsed = 0;                  ///< burn-up: budget − idealRemaining
    std::optional<qint64> actualRemaining; ///< only up to today
    std::optional<qint64> actualUsed;      ///< burn-up, only up to today
    std::optional<double> forecast;        ///< from today on, at the recent pace
    std::optional<double> forecastLow;     ///< from today on, at the fast end of the range (less remains)
    std::optional<double> forecastHigh;    ///< from today on, at the slow end of the range (more remains)

    bool operator==(const BurnDownDay &o) const;
    bool operator!=(const BurnDownDay &o) const { return !(*this == o); }
};

/// The burn-down of one engagement-month: ideal line, actual, forecast with a range, run-out day,
/// overrun, and the month's minutes by service level and by role.
struct BurnDown
{
    static BurnDown compute(const BurnDownInput &input);

    QDate month;
    qint64 committed = 0;
    qint64 carriedIn = 0;
    qint64 overrunDeducted = 0;
    qint64 budget = 0;             ///< committed + carriedIn − overrunDeducted
    qint64 used = 0;               ///< counted minutes of the month up to today
    qint64 remaining = 0;          ///< budget − used
    int workingDays = 0;           ///< working days in the month
    int workingDaysElapsed = 0;    ///< working days up to today
    double pace = 0;               ///< minutes per working day, the recent mean
    double paceSlow = 0;           ///< minutes per working day at the slow end of the range
    double paceFast = 0;           ///< minutes per working day at the fast end of the range
    double forecastAtMonthEnd = 0; ///< remaining at month end (actual when the month is over)
    double forecastLowAtMonthEnd = 0;
    double forecastHighAtMonthEnd = 0;
    qint64 overrunAtMonthEnd = 0;            ///< max(0, −forecastAtMonthEnd), rounded
    std::optional<QDate> runOutDate;         ///< at the recent pace (or when it actually ran out)
    std::optional<QDate> earliestRunOutDate; ///< at the fast end of the range
    QVector<BurnDownDay> days;
    std::array<qint64, ServiceLevelCount> minutesByLevel{}; ///< every worklog of the month up to today
    std::array<qint64, RoleCount> minutesByRole{};
    qint64 minutesWithoutRole = 0;

    /// Share of the month's working days elapsed, 0–1 (0 without working days).
    double elapsedShare() const;
    /// Share of the budget used, 0–∞ (0 without a budget).
    double usedShare() const;

    bool operator==(const BurnDown &o) const;
    bool operator!=(const BurnDown &o) const { return !(*this == o); }
};

} // namespace Domain

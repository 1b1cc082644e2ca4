#pragma once

#include "models/domain/capacity/budgetledger.h"
#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/budgetsplit.h"
#include "models/domain/capacity/burndown.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QVector>

namespace Storage {
class Database;
}

namespace Models {

/// The budget ledger of an engagement as of an instant: what every page and command reads for
/// "used against the budget" (Overview, Burn-down, Portfolio burn, `burndown`).
struct LedgerData
{
    Domain::Engagement engagement;
    QDate today; ///< the engagement's local date of "now": worklogs dated later are not counted
    Domain::BudgetPolicy policy;     ///< with the engagement's contract (period, roles, optional services)
    Domain::ChangeStamp budgetStamp; ///< who saved the budget last (version 0: never saved)
    Domain::BudgetLedger ledger;     ///< from the engagement's start month to the month asked for
    QMap<QDate, Domain::BudgetSplit> splits;  ///< per ledger month: logged time up to today by class
    Domain::WorkingDayPredicate isWorkingDay; ///< the calendar's working days inside the contract period
    QVector<Domain::Worklog> worklogs;        ///< from the start month to the month asked for (all stored)
};

/// Everything the Burn-down page and `deliverydesk burndown` show for one engagement-month.
struct BurnDownData
{
    Domain::Engagement engagement;
    QDate month; ///< first day of the month shown
    QDate today; ///< the engagement's local date of "now"
    Domain::BudgetPolicy policy;
    Domain::ChangeStamp budgetStamp; ///< who saved the budget last (version 0: never saved)
    Domain::BudgetLedger ledger;     ///< from the engagement's start month to `month`
    Domain::LedgerMonth ledgerMonth;
    Domain::BudgetSplit
        split; ///< the month's logged time up to today: counted, billed outside, outside the contract
    Domain::BurnDown burnDown;
    QVector<Domain::BurnDown>
        previousMonths; ///< the overlay, most recent first (months since the start only)
    QVector<Domain::Worklog>
        monthWorklogs; ///< the month's worklogs dated up to today, counted or not, by date
    Domain::WorkingDayPredicate isWorkingDay;

    /// The worklogs of one day (for a click on the chart).
    QVector<Domain::Worklog> worklogsOn(const QDate &date) const;
};

/// Loads an engagement's worklogs, budget policy and calendar from storage and computes the
/// ledger from the engagement's start and the burn-down of one month (plus previous months).
/// Reads nothing from the wall clock: the caller passes "now".
class BurnDownLoader
{
    Q_DECLARE_TR_FUNCTIONS(BurnDownLoader)

public:
    enum class Problem {
        None,
        InvalidMonth,     ///< no month given
        MonthBeforeStart, ///< the month lies before the engagement's start month
        Storage,          ///< reading failed: see `storage`
    };
    struct Error
    {
        Problem problem = Problem::None;
        Storage::StorageError storage;
        explicit operator bool() const { return problem != Problem::None; }
        /// One translated sentence for the message bar or stderr.
        QString message(const Domain::Engagement &engagement, const QDate &month) const;
    };

    explicit BurnDownLoader(const Storage::Database &database);

    /// How many months before the shown one are computed for the overlay (default 0).
    void setPreviousMonths(int months) { m_previousMonths = qMax(0, months); }

    [[nodiscard]] Error load(const Domain::Engagement &engagement, const QDate &month, const QDateTime &now,
                             BurnDownData *out) const;
    /// The ledger from the engagement's start month to `lastMonth` as of `now`: only worklogs dated
    /// up to the local date of `now` count; months not closed yet are projected at the burn-down's
    /// forecast (the central pace), so their carried, forfeited and deducted hours are provisional.
    [[nodiscard]] Error loadLedger(const Domain::Engagement &engagement, const QDate &lastMonth,
                                   const QDateTime &now, LedgerData *out) const;

    /// The engagement's budget policy as every page reads it: the stored one with the engagement's
    /// contract (period, covered roles, contracted optional services).
    Storage::StorageError policyFor(const Domain::Engagement &engagement, Domain::BudgetPolicy *out) const;

    /// The working days the engagement's budget burns on: its stored calendar, or the default
    /// calendar of its time zone (Monday–Friday with the country's holidays).
    Storage::StorageError workingDaysFor(const Domain::Engagement &engagement,
                                         Domain::WorkingDayPredicate *out) const;
    /// The date of `now` in the engagement's time zone (UTC for an unknown zone).
    static QDate todayIn(const Domain::Engagement &engagement, const QDateTime &now);

private:
    const Storage::Database &m_database;
    int m_previousMonths = 0;
};

} // namespace Models

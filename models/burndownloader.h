#pragma once

#include "models/domain/capacity/budgetledger.h"
#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/burndown.h"
#include "models/domain/capacity/workingdays.h"
#include "models/domain/engagement.h"
#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVector>

namespace Storage {
class Database;
}

namespace Models {

/// Everything the Burn-down page and `deliverydesk burndown` show for one engagement-month.
struct BurnDownData
{
    Domain::Engagement engagement;
    QDate month;  ///< first day of the month shown
    QDate today;  ///< the engagement's local date of "now"
    Domain::BudgetPolicy policy;
    Domain::BudgetLedger ledger; ///< from the engagement's start month to `month`
    Domain::LedgerMonth ledgerMonth;
    Domain::BurnDown burnDown;
    QVector<Domain::BurnDown> previousMonths; ///< the overlay, most recent first (months since the start only)
    QVector<Domain::Worklog> monthWorklogs;   ///< every worklog of the month, counted or not, by date
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

    Error load(const Domain::Engagement &engagement, const QDate &month, const QDateTime &now,
               BurnDownData *out) const;

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

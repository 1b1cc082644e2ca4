#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/engagement.h"
#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>

#include <functional>

namespace Storage {
class Database;
}

namespace Models {

/// The worklogs stored for an engagement, with the budget policy that says how each counts
/// against the budget: what `deliverydesk worklogs list` shows.
struct WorklogList
{
    QVector<Domain::Worklog> worklogs; ///< by date, person and key
    Domain::BudgetPolicy policy;       ///< as the Burn-down page reads it (BurnDownLoader::policyFor)
};

/// Reads an engagement's worklogs of a date range and its budget policy.
class WorklogLoader
{
public:
    explicit WorklogLoader(const Storage::Database &database) : m_database(database) {}

    /// Called for every worklog; returns false to stop.
    using Visit = std::function<bool(const Domain::Worklog &worklog)>;

    /// The worklogs dated from `from` to `to` (an invalid date leaves that end open).
    Storage::StorageError load(const Domain::Engagement &engagement, const QDate &from, const QDate &to,
                               WorklogList *out) const;
    /// The same, streamed: reads the budget policy into `policy`, then visits the worklogs one at a
    /// time in the same order (constant memory for any number of worklogs). On an error, the
    /// worklogs already visited stay visited.
    Storage::StorageError forEach(const Domain::Engagement &engagement, const QDate &from, const QDate &to,
                                  Domain::BudgetPolicy *policy, const Visit &visit) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

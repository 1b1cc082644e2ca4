#pragma once

#include <functional>

#include "models/storage/slaresultrepository.h"

#include <QDate>
#include <QVector>

namespace Storage {

class Database;

/// A stored result of a ticket that was still open at its evaluation, with what a list of tickets
/// at risk shows about it.
struct OpenSlaResult
{
    StoredSlaResult stored;
    QString title;
    QString status;
    qint64 created = 0;
};

/// Business times of one resolved ticket as stored (for the distribution charts).
struct StoredBusinessTimes
{
    int severity = 0;
    bool responseDecided = false; ///< the response clock met or breached its target
    qint64 responseSeconds = 0;
    bool resolutionDecided = false; ///< the resolution clock met or breached its target
    qint64 resolutionSeconds = 0;

    bool operator==(const StoredBusinessTimes &o) const
    {
        return severity == o.severity && responseDecided == o.responseDecided &&
               responseSeconds == o.responseSeconds && resolutionDecided == o.resolutionDecided &&
               resolutionSeconds == o.resolutionSeconds;
    }
};

/// The reads of the SLA page and the portfolio's SLA section over the stored results
/// (`sla_results`, written by Models::SlaRecomputer). Small result sets only: open tickets, and
/// three integers per resolved ticket of a month range.
class SlaOverviewRepository
{
public:
    explicit SlaOverviewRepository(const Database &database);

    /// Stored results of tickets open at their evaluation (not resolved, not invalid), ordered by
    /// ticket id. `severity` 1–4 keeps that severity only; 0 keeps all.
    StorageError openResults(qint64 engagementId, int severity, QVector<OpenSlaResult> *out) const;
    /// The same handed to `take` one at a time (false stops the read): a million-ticket
    /// engagement has 100,000 open tickets, and a caller that keeps a few need not hold them all.
    StorageError forEachOpenResult(qint64 engagementId, int severity,
                                   const std::function<bool(OpenSlaResult &&)> &take) const;
    /// Business times of the tickets counted in the months from `fromMonth` to `toMonth` (any day
    /// of the month, both inclusive). `severity` 1–4 keeps that severity only; 0 keeps all.
    StorageError businessTimes(qint64 engagementId, const QDate &fromMonth, const QDate &toMonth,
                               int severity, QVector<StoredBusinessTimes> *out) const;

private:
    const Database &m_database;
};

} // namespace Storage

#pragma once

#include "models/portfolioburnmodel.h"
#include "models/portfolioslamodel.h"
#include "models/workerjob.h"

namespace Models {

/// Reads the Portfolio page off the GUI thread: every engagement's burn of one month and its SLA
/// section as of now. finished() comes on the job's thread; result() then holds what was read. At a
/// million tickets the SLA section alone carries every open ticket to now (0.6 s): the window must
/// not wait for it before its first paint.
class PortfolioJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// What one read brings: the month it was for, its rows, and each part's error.
    struct Read
    {
        QDate month;
        QVector<PortfolioBurnModel::Row> burnRows;
        QVector<PortfolioSlaModel::Row> slaRows;
        BurnDownLoader::Error burnError;
        SlaOverviewLoader::Error slaError;
        /// The sentence for the page when a part failed, empty when both were read.
        QString problem() const;
    };

    /// PortfolioBurnModel::load() and then PortfolioSlaModel::load() (the SLA section is about
    /// now, whatever month the burn shows; read only when the burn read worked), on the calling
    /// thread. `cancelled` (may be null) is asked between the two.
    static Read read(const Storage::Database &database, const QVector<Domain::Engagement> &engagements,
                     const QDate &month, const QDateTime &now, const std::function<bool()> &cancelled = {});

    /// read() on a worker; false (nothing started) while a read runs.
    bool start(const QVector<Domain::Engagement> &engagements, const QDate &month, const QDateTime &now);
    /// What the last finished read brought.
    const Read &result() const { return m_result; }

signals:
    void finished(bool cancelled);

private:
    Read m_result;
};

} // namespace Models

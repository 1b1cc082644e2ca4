#pragma once

#include "models/portfolioburnmodel.h"
#include "models/portfolioslamodel.h"
#include "models/workerjob.h"

namespace Models {

/// Reads the Portfolio page off the GUI thread: every engagement's burn of one month and its SLA
/// section as of now. finished() comes on the job's thread; the rows and errors then hold what was
/// read. At a million tickets the SLA section alone carries every open ticket to now (0.6 s): the
/// window must not wait for it before its first paint.
class PortfolioJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// As PortfolioBurnModel::load() and PortfolioSlaModel::load() (the SLA part only when the burn
    /// read worked); false (nothing started) while a read runs.
    bool start(const QVector<Domain::Engagement> &engagements, const QDate &month, const QDateTime &now);

    /// What the last finished read brought: the month it was for, its rows, and each part's error.
    QDate month() const { return m_month; }
    const QVector<PortfolioBurnModel::Row> &burnRows() const { return m_burnRows; }
    const QVector<PortfolioSlaModel::Row> &slaRows() const { return m_slaRows; }
    BurnDownLoader::Error burnError() const { return m_burnError; }
    SlaOverviewLoader::Error slaError() const { return m_slaError; }

signals:
    void finished(bool cancelled);

private:
    QDate m_month;
    QVector<PortfolioBurnModel::Row> m_burnRows;
    QVector<PortfolioSlaModel::Row> m_slaRows;
    BurnDownLoader::Error m_burnError;
    SlaOverviewLoader::Error m_slaError;
};

} // namespace Models

#pragma once

#include "models/slaoverviewloader.h"
#include "models/tickettablemodel.h"
#include "models/workerjob.h"

#include <optional>

namespace Models {

/// Reads an engagement's SLA overview off the GUI thread for the SLA page: the whole overview
/// (start()), or only the open tickets at risk (startAtRisk(), each minute while the page is
/// shown). finished() comes on the job's thread; overview() and error() then hold what was read.
/// On a million tickets the whole overview is over a second of reading, the at-risk list half a
/// second: neither may stop the window.
class SlaOverviewJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// As SlaOverviewLoader::load(); false (nothing started) while a read runs.
    bool start(const Domain::Engagement &engagement, const QDate &from, const QDate &to, int severity,
               qint64 now);
    /// As SlaOverviewLoader::loadAtRisk(): only overview().atRisk is read.
    bool startAtRisk(const Domain::Engagement &engagement, int severity, qint64 now);

    /// What the last finished read brought (a failed read: empty, with error() set).
    const SlaOverview &overview() const { return m_overview; }
    SlaOverviewLoader::Error error() const { return m_error; }
    /// Whether the last finished read was startAtRisk()'s.
    bool wasAtRiskOnly() const { return m_atRiskOnly; }
    /// The engagement's ticket summary read with the whole overview (none after startAtRisk() or
    /// a failed read), for the page's tickets table: not counted again on the GUI thread.
    const std::optional<TicketTableModel::Summary> &ticketSummary() const { return m_ticketSummary; }

signals:
    void finished(bool cancelled);

private:
    bool startRead(const Domain::Engagement &engagement, bool atRiskOnly,
                   std::function<SlaOverviewLoader::Error(const SlaOverviewLoader &, SlaOverview *)> read);

    SlaOverview m_overview;
    SlaOverviewLoader::Error m_error;
    bool m_atRiskOnly = false;
    std::optional<TicketTableModel::Summary> m_ticketSummary;
};

} // namespace Models

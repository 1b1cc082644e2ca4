#include "models/slaoverviewjob.h"

#include <memory>

namespace Models {

bool SlaOverviewJob::start(const Domain::Engagement &engagement, const QDate &from, const QDate &to,
                           int severity, qint64 now)
{
    return startRead(engagement, false, [=](const SlaOverviewLoader &loader, SlaOverview *out) {
        return loader.load(engagement, from, to, severity, now, out);
    });
}

bool SlaOverviewJob::startAtRisk(const Domain::Engagement &engagement, int severity, qint64 now)
{
    return startRead(engagement, true, [=](const SlaOverviewLoader &loader, SlaOverview *out) {
        out->engagement = engagement;
        out->severity = severity;
        out->now = now;
        return loader.loadAtRisk(engagement, severity, now, &out->atRisk);
    });
}

bool SlaOverviewJob::startRead(
    const Domain::Engagement &engagement, bool atRiskOnly,
    std::function<SlaOverviewLoader::Error(const SlaOverviewLoader &, SlaOverview *)> read)
{
    return run([this, engagement, atRiskOnly, read = std::move(read)]() -> Delivery {
        auto overview = std::make_shared<SlaOverview>();
        const SlaOverviewLoader::Error error = read(SlaOverviewLoader(database()), overview.get());
        if (error)
            *overview = SlaOverview();
        overview->engagement = engagement;
        std::optional<TicketTableModel::Summary> summary;
        if (!error && !atRiskOnly) {
            TicketTableModel::Summary counted;
            if (!TicketTableModel::readSummary(database(), engagement.id, &counted))
                summary = counted; // a failed count is read again (and said) by the table
        }
        return [this, overview, error, atRiskOnly, summary](bool cancelled) {
            m_overview = std::move(*overview);
            m_error = error;
            m_atRiskOnly = atRiskOnly;
            m_ticketSummary = summary;
            emit finished(cancelled);
        };
    });
}

} // namespace Models

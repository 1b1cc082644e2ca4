#include "models/portfoliojob.h"

#include <memory>

namespace Models {

namespace {

struct PortfolioRead
{
    QVector<PortfolioBurnModel::Row> burnRows;
    QVector<PortfolioSlaModel::Row> slaRows;
    BurnDownLoader::Error burnError;
    SlaOverviewLoader::Error slaError;
};

} // namespace

bool PortfolioJob::start(const QVector<Domain::Engagement> &engagements, const QDate &month,
                         const QDateTime &now)
{
    return run([this, engagements, month, now]() -> Delivery {
        auto read = std::make_shared<PortfolioRead>();
        read->burnError = PortfolioBurnModel::load(database(), engagements, month, now, &read->burnRows);
        // The SLA section is about now (this month and the six full months before), whatever month
        // the burn shows.
        if (!read->burnError && !isCancelRequested())
            read->slaError =
                PortfolioSlaModel::load(database(), engagements, now.toSecsSinceEpoch(), &read->slaRows);
        return [this, read, month](bool cancelled) {
            m_month = month;
            m_burnRows = std::move(read->burnRows);
            m_slaRows = std::move(read->slaRows);
            m_burnError = read->burnError;
            m_slaError = read->slaError;
            emit finished(cancelled);
        };
    });
}

} // namespace Models

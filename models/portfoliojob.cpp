#include "models/portfoliojob.h"

#include <memory>

namespace Models {

QString PortfolioJob::Read::problem() const
{
    if (burnError)
        return burnError.message({}, month);
    if (slaError)
        return slaError.message({});
    return {};
}

PortfolioJob::Read PortfolioJob::read(const Storage::Database &database,
                                      const QVector<Domain::Engagement> &engagements, const QDate &month,
                                      const QDateTime &now, const std::function<bool()> &cancelled)
{
    Read out;
    out.month = month;
    out.burnError = PortfolioBurnModel::load(database, engagements, month, now, &out.burnRows);
    if (!out.burnError && !(cancelled && cancelled()))
        out.slaError = PortfolioSlaModel::load(database, engagements, now.toSecsSinceEpoch(), &out.slaRows);
    return out;
}

bool PortfolioJob::start(const QVector<Domain::Engagement> &engagements, const QDate &month,
                         const QDateTime &now)
{
    return run([this, engagements, month, now]() -> Delivery {
        auto done = std::make_shared<Read>(
            read(database(), engagements, month, now, [this] { return isCancelRequested(); }));
        return [this, done](bool cancelled) {
            m_result = std::move(*done);
            emit finished(cancelled);
        };
    });
}

} // namespace Models

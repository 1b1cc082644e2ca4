#include "models/domain/capacity/portfolioburn.h"

namespace Domain {

BurnStatus PortfolioBurn::status(qint64 budget, qint64 used, double elapsedPercent, double forecastAtMonthEnd,
                                 double tolerancePoints)
{
    if (budget <= 0)
        return BurnStatus::NoBudget;
    if (used > budget)
        return BurnStatus::Overrun;
    const double usedPercent = 100.0 * double(used) / double(budget);
    if (forecastAtMonthEnd < 0 || usedPercent - elapsedPercent > tolerancePoints)
        return BurnStatus::AtRisk;
    return BurnStatus::OnTrack;
}

PortfolioBurnRow PortfolioBurn::row(const QString &engagementKey, const BurnDown &burnDown,
                                    double tolerancePoints)
{
    PortfolioBurnRow r;
    r.engagementKey = engagementKey;
    r.budget = burnDown.budget;
    r.committed = burnDown.committed;
    r.used = burnDown.used;
    r.elapsedPercent = 100.0 * burnDown.elapsedShare();
    r.usedPercent = 100.0 * burnDown.usedShare();
    r.forecastAtMonthEnd = burnDown.forecastAtMonthEnd;
    r.status = status(r.budget, r.used, r.elapsedPercent, r.forecastAtMonthEnd, tolerancePoints);
    return r;
}

bool PortfolioBurnRow::operator==(const PortfolioBurnRow &o) const
{
    return engagementKey == o.engagementKey && budget == o.budget && committed == o.committed &&
           used == o.used && elapsedPercent == o.elapsedPercent && usedPercent == o.usedPercent &&
           forecastAtMonthEnd == o.forecastAtMonthEnd && status == o.status;
}

} // namespace Domain

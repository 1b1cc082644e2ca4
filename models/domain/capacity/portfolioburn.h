#pragma once

#include "models/domain/capacity/burndown.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace Domain {

/// How an engagement's month is going.
enum class BurnStatus {
    OnTrack, ///< within budget and on pace
    AtRisk,  ///< the forecast runs past the budget, or use runs ahead of the month by more than the tolerance
    Overrun, ///< more used than the budget already
    NoBudget, ///< nothing committed (or deducted to nothing): there is no burn to follow
};

/// One engagement's row of the portfolio view.
struct PortfolioBurnRow
{
    QString engagementKey;
    qint64 budget = 0; ///< committed + carried in − deducted
    qint64 committed = 0;
    qint64 used = 0;
    double elapsedPercent = 0;     ///< working days of the month elapsed, %
    double usedPercent = 0;        ///< of the budget, %
    double forecastAtMonthEnd = 0; ///< remaining at month end at the recent pace (negative: overrun)
    BurnStatus status = BurnStatus::NoBudget;

    bool operator==(const PortfolioBurnRow &o) const;
    bool operator!=(const PortfolioBurnRow &o) const { return !(*this == o); }
};

/// Every engagement's burn of one month in one table.
class PortfolioBurn
{
public:
    /// Percentage points use may run ahead of the elapsed month before a row is at risk.
    static constexpr double DefaultTolerancePoints = 10.0;

    /// One row from an engagement's burn-down.
    static PortfolioBurnRow row(const QString &engagementKey, const BurnDown &burnDown,
                                double tolerancePoints = DefaultTolerancePoints);
    /// The status rule on its own, for any figures.
    static BurnStatus status(qint64 budget, qint64 used, double elapsedPercent, double forecastAtMonthEnd,
                             double tolerancePoints = DefaultTolerancePoints);
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::BurnStatus)
Q_DECLARE_METATYPE(Domain::PortfolioBurnRow)

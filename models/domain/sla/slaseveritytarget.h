#pragma once

#include <QtGlobal>

namespace Domain {

/// The SLA commitment for one severity of a policy version.
struct SlaSeverityTarget
{
    /// First-response target in business minutes; 0 means "no response target".
    int responseMinutes = 0;
    /// Resolution target in business minutes; 0 means "no resolution target".
    int resolutionMinutes = 0;
    /// The response clock counts around the clock (24×7) instead of on the business calendar.
    bool response24x7 = false;
    /// The resolution clock counts around the clock (24×7) instead of on the business calendar.
    bool resolution24x7 = false;
    /// A running clock is "at risk" once it has used this fraction of its target (0 < f ≤ 1).
    double warningFraction = 0.75;
    /// The share of tickets (in percent, 0–100) that must meet their targets in a month.
    double targetPercent = 95.0;

    qint64 responseSeconds() const { return qint64(responseMinutes) * 60; }
    qint64 resolutionSeconds() const { return qint64(resolutionMinutes) * 60; }

    bool operator==(const SlaSeverityTarget &o) const
    {
        return responseMinutes == o.responseMinutes && resolutionMinutes == o.resolutionMinutes &&
               response24x7 == o.response24x7 && resolution24x7 == o.resolution24x7 &&
               qFuzzyCompare(1.0 + warningFraction, 1.0 + o.warningFraction) &&
               qFuzzyCompare(1.0 + targetPercent, 1.0 + o.targetPercent);
    }
    bool operator!=(const SlaSeverityTarget &o) const { return !(*this == o); }
};

} // namespace Domain

#pragma once

#include <QDate>
#include <optional>

namespace Domain {

/// SLA compliance of one month and severity. A ticket belongs to the month (in the engagement's
/// time zone) in which it was resolved; open tickets are in no month yet. Times are business
/// seconds.
struct MonthlyCompliance
{
    QDate month;              ///< the first day of the month
    int severity = 0;         ///< 1–4
    int tickets = 0;          ///< evaluable tickets resolved in the month
    int excluded = 0;         ///< tickets resolved in the month that could not be evaluated
    int responseMeasured = 0; ///< tickets whose response clock is decided (has a target)
    int responseMet = 0;
    int resolutionMeasured = 0; ///< tickets whose resolution clock is decided (has a target)
    int resolutionMet = 0;
    int breaches = 0;                 ///< tickets with a breached response or resolution
    qint64 responseMedianSeconds = 0; ///< over responseMeasured tickets, 0 when none
    qint64 responseP90Seconds = 0;
    qint64 resolutionMedianSeconds = 0; ///< over resolutionMeasured tickets, 0 when none
    qint64 resolutionP90Seconds = 0;
    double targetPercent = 0.0; ///< the target of the policy version in force on the 1st

    /// 100 × met / measured; empty when nothing was measured.
    std::optional<double> responseMetPercent() const { return percent(responseMet, responseMeasured); }
    std::optional<double> resolutionMetPercent() const { return percent(resolutionMet, resolutionMeasured); }
    /// Both met percentages reach the target. A month without measured tickets missed nothing.
    bool targetMet() const
    {
        const auto reaches = [this](std::optional<double> p) { return !p || *p + 1e-9 >= targetPercent; };
        return reaches(responseMetPercent()) && reaches(resolutionMetPercent());
    }
    /// targetMet() for a month that measured a clock; empty for one that measured none: nothing
    /// was promised there, so nothing was kept either ("nothing measured", never "met").
    std::optional<bool> targetKept() const
    {
        if (!responseMetPercent() && !resolutionMetPercent())
            return std::nullopt;
        return targetMet();
    }

    bool operator==(const MonthlyCompliance &o) const
    {
        return month == o.month && severity == o.severity && tickets == o.tickets && excluded == o.excluded &&
               responseMeasured == o.responseMeasured && responseMet == o.responseMet &&
               resolutionMeasured == o.resolutionMeasured && resolutionMet == o.resolutionMet &&
               breaches == o.breaches && responseMedianSeconds == o.responseMedianSeconds &&
               responseP90Seconds == o.responseP90Seconds &&
               resolutionMedianSeconds == o.resolutionMedianSeconds &&
               resolutionP90Seconds == o.resolutionP90Seconds && targetPercent == o.targetPercent;
    }
    bool operator!=(const MonthlyCompliance &o) const { return !(*this == o); }

private:
    static std::optional<double> percent(int part, int whole)
    {
        if (whole <= 0)
            return std::nullopt;
        return 100.0 * part / whole;
    }
};

} // namespace Domain

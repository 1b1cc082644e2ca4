#include "models/domain/sla/slapolicy.h"

namespace Domain {

bool SlaPolicy::contains(const QStringList &list, QStringView status)
{
    const QStringView trimmed = status.trimmed();
    // Comparing sizes first keeps the per-ticket cost low: most statuses differ in length.
    for (const QString &candidate : list) {
        if (candidate.size() == trimmed.size() &&
            QStringView(candidate).compare(trimmed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QVector<SlaPolicyProblem> SlaPolicy::validate() const
{
    QVector<SlaPolicyProblem> problems;
    if (!effectiveFrom.isValid())
        problems.append(SlaPolicyProblem::MissingEffectiveDate);
    bool negative = false, warning = false, percent = false;
    for (const SlaSeverityTarget &t : targets) {
        negative = negative || t.responseMinutes < 0 || t.resolutionMinutes < 0;
        warning = warning || !(t.warningFraction > 0.0 && t.warningFraction <= 1.0);
        percent = percent || !(t.targetPercent >= 0.0 && t.targetPercent <= 100.0);
    }
    if (negative)
        problems.append(SlaPolicyProblem::NegativeTarget);
    if (warning)
        problems.append(SlaPolicyProblem::WarningOutOfRange);
    if (percent)
        problems.append(SlaPolicyProblem::TargetPercentOutOfRange);
    bool empty = false, both = false;
    for (const QString &s : pauseStatuses) {
        empty = empty || s.trimmed().isEmpty();
        both = both || (!s.trimmed().isEmpty() && isResolvedStatus(s));
    }
    for (const QString &s : resolvedStatuses)
        empty = empty || s.trimmed().isEmpty();
    if (empty)
        problems.append(SlaPolicyProblem::EmptyStatus);
    if (both)
        problems.append(SlaPolicyProblem::StatusPausesAndResolves);
    return problems;
}

QStringList SlaPolicy::defaultPauseStatuses()
{
    return {QStringLiteral("Waiting for customer"), QStringLiteral("Waiting for vendor"),
            QStringLiteral("Awaiting User Info"),   QStringLiteral("Awaiting Vendor"),
            QStringLiteral("Awaiting Problem"),     QStringLiteral("Awaiting Evidence")};
}

QStringList SlaPolicy::defaultResolvedStatuses()
{
    return {QStringLiteral("Resolved"), QStringLiteral("Closed"), QStringLiteral("Done")};
}

bool SlaPolicy::operator==(const SlaPolicy &o) const
{
    return effectiveFrom == o.effectiveFrom && targets == o.targets && pauseStatuses == o.pauseStatuses &&
           resolvedStatuses == o.resolvedStatuses;
}

} // namespace Domain

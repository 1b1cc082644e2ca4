#pragma once

#include "models/domain/sla/slaseveritytarget.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <array>

namespace Domain {

/// Why a policy version is not valid. The UI and the command line turn these into text.
enum class SlaPolicyProblem {
    MissingEffectiveDate,    ///< no effective date
    NegativeTarget,          ///< a response or resolution target below zero
    WarningOutOfRange,       ///< a warning fraction outside (0, 1]
    TargetPercentOutOfRange, ///< a target compliance outside [0, 100]
    EmptyStatus,             ///< a pause or resolved status that is empty
    StatusPausesAndResolves, ///< the same status is listed as pausing and as resolving
};

/// One version of an engagement's SLA policy: targets per severity 1–4 and the statuses that
/// pause or stop the resolution clock. Versions are never rewritten: a change is a new version
/// with a later effective date (see SlaPolicyHistory).
struct SlaPolicy
{
    static constexpr int SeverityCount = 4;

    /// The first day (in the engagement's time zone) on which tickets are created under it.
    QDate effectiveFrom;
    /// Targets of severities 1–4 (index 0 is severity 1); use target(severity).
    std::array<SlaSeverityTarget, SeverityCount> targets;
    /// Statuses during which the resolution clock is paused, compared case-insensitively.
    QStringList pauseStatuses = defaultPauseStatuses();
    /// Statuses that stop the resolution clock; going back to any other status is a reopen.
    QStringList resolvedStatuses = defaultResolvedStatuses();

    static bool isValidSeverity(int severity) { return severity >= 1 && severity <= SeverityCount; }
    /// The target of `severity` (1–4). Precondition: isValidSeverity(severity).
    const SlaSeverityTarget &target(int severity) const { return targets[std::size_t(severity - 1)]; }
    SlaSeverityTarget &target(int severity) { return targets[std::size_t(severity - 1)]; }

    /// Whether `status` pauses the resolution clock (case-insensitive, surrounding blanks ignored).
    bool isPauseStatus(QStringView status) const { return contains(pauseStatuses, status); }
    /// Whether `status` means resolved (case-insensitive, surrounding blanks ignored).
    bool isResolvedStatus(QStringView status) const { return contains(resolvedStatuses, status); }

    /// Every problem, in field order. Empty when valid.
    QVector<SlaPolicyProblem> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    static QStringList defaultPauseStatuses();
    static QStringList defaultResolvedStatuses();

    bool operator==(const SlaPolicy &o) const;
    bool operator!=(const SlaPolicy &o) const { return !(*this == o); }

private:
    static bool contains(const QStringList &list, QStringView status);
};

} // namespace Domain

#pragma once

#include <QFlags>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Domain {

/// The state of a ticket against its SLA at the evaluation instant.
enum class SlaState {
    Met,      ///< resolved, and every measurable clock kept its target
    Breached, ///< a clock went past its target (final for that clock)
    Running,  ///< open, within targets, below the warning threshold
    AtRisk,   ///< open, within targets, but a running clock passed its warning threshold
    Paused,   ///< open, within targets, the resolution clock is paused
    Invalid,  ///< cannot be evaluated: see SlaResult::problems
};
inline constexpr int SlaStateCount = 6;
/// Stable, untranslated identifiers ("met", "breached", "running", "at-risk", "paused", "invalid").
QString slaStateId(SlaState state);
bool slaStateFromId(const QString &id, SlaState *state);

/// Problems found in a ticket's data. They are flagged, never silently counted: a clock that
/// cannot be measured is left out of compliance (SlaClockOutcome::NotMeasurable).
enum class SlaDataProblem : quint32 {
    MissingCreation = 0x1,         ///< no creation instant: nothing can be measured
    UnknownSeverity = 0x2,         ///< severity outside 1–4
    ResponseBeforeCreation = 0x4,  ///< first response earlier than creation: response not measured
    ResolvedBeforeCreation = 0x8,  ///< resolved earlier than created: resolution not measured
    HistoryOutOfOrder = 0x10,      ///< status history not ordered by time (evaluated after sorting)
    HistoryBeforeCreation = 0x20,  ///< status changes before creation (taken as the status at creation)
    HistoryAfterResolution = 0x40, ///< history reopens after the recorded resolution (history wins)
    CreatedAfterNow = 0x80,        ///< created after the evaluation instant: not evaluated
    NoPolicyInForce = 0x100,       ///< no policy version was in force on the creation date
    ResponseMissing = 0x200,       ///< resolved without a first response: the resolution counts as response
};
Q_DECLARE_FLAGS(SlaDataProblems, SlaDataProblem)
Q_DECLARE_OPERATORS_FOR_FLAGS(SlaDataProblems)
/// Every flag, in declaration order (for listing and translating them).
inline constexpr SlaDataProblem AllSlaDataProblems[] = {
    SlaDataProblem::MissingCreation,        SlaDataProblem::UnknownSeverity,
    SlaDataProblem::ResponseBeforeCreation, SlaDataProblem::ResolvedBeforeCreation,
    SlaDataProblem::HistoryOutOfOrder,      SlaDataProblem::HistoryBeforeCreation,
    SlaDataProblem::HistoryAfterResolution, SlaDataProblem::CreatedAfterNow,
    SlaDataProblem::NoPolicyInForce,        SlaDataProblem::ResponseMissing,
};
/// Problems that make the whole ticket unevaluable (SlaState::Invalid).
inline constexpr quint32 SlaBlockingProblems =
    quint32(SlaDataProblem::MissingCreation) | quint32(SlaDataProblem::UnknownSeverity) |
    quint32(SlaDataProblem::CreatedAfterNow) | quint32(SlaDataProblem::NoPolicyInForce);

/// The outcome of one clock (first response or resolution).
enum class SlaClockOutcome {
    Met,           ///< stopped within the target
    Breached,      ///< went past the target (stopped or not)
    Running,       ///< not stopped yet, within the target
    NoTarget,      ///< the policy sets no target for this clock and severity
    NotMeasurable, ///< the ticket's data does not allow measuring it (see problems)
};

/// One SLA clock of a ticket. Instants are UTC epoch seconds, durations business seconds.
struct SlaClock
{
    SlaClockOutcome outcome = SlaClockOutcome::NotMeasurable;
    /// Business seconds counted (paused time removed) up to the stop, or up to `now` while running.
    qint64 businessSeconds = 0;
    /// The target in business seconds; 0 when there is none.
    qint64 targetSeconds = 0;
    /// When the target is (or was, or would be) reached. Moves with pauses; while a ticket is paused
    /// it is projected as if the clock resumed at `now`; after a stop, as if it had run on.
    std::optional<qint64> due;
    /// The instant the clock stopped (first response, resolution); empty while running.
    std::optional<qint64> stoppedAt;
    /// The instant the target was passed; empty unless Breached.
    std::optional<qint64> breachedAt;

    /// Whether the clock counts in compliance (it has a target and a final or breached outcome).
    bool isDecided() const { return outcome == SlaClockOutcome::Met || outcome == SlaClockOutcome::Breached; }
    bool isMet() const { return outcome == SlaClockOutcome::Met; }
    bool isBreached() const { return outcome == SlaClockOutcome::Breached; }

    bool operator==(const SlaClock &o) const
    {
        return outcome == o.outcome && businessSeconds == o.businessSeconds &&
               targetSeconds == o.targetSeconds && due == o.due && stoppedAt == o.stoppedAt &&
               breachedAt == o.breachedAt;
    }
    bool operator!=(const SlaClock &o) const { return !(*this == o); }
};

/// The SLA evaluation of one ticket at one instant.
struct SlaResult
{
    int severity = 0;         ///< the severity whose targets applied (in force at the end)
    SlaClock response;        ///< time to first response (not paused, see docs/sla/sla.md)
    SlaClock resolution;      ///< time to resolution, paused and resolved time removed
    qint64 pausedSeconds = 0; ///< business seconds spent in pause statuses
    int reopenCount = 0;      ///< how often the ticket went back from resolved to open
    bool pausedNow = false;   ///< open and in a pause status at the evaluation instant
    SlaState state = SlaState::Invalid;
    SlaDataProblems problems;

    bool isResolved() const { return resolution.stoppedAt.has_value(); }

    bool operator==(const SlaResult &o) const
    {
        return severity == o.severity && response == o.response && resolution == o.resolution &&
               pausedSeconds == o.pausedSeconds && reopenCount == o.reopenCount && pausedNow == o.pausedNow &&
               state == o.state && problems == o.problems;
    }
    bool operator!=(const SlaResult &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::SlaState)
Q_DECLARE_METATYPE(Domain::SlaResult)

#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/sla/slaseveritytarget.h"

namespace Domain {

/// Carries a stored SLA result of an open ticket forward from its evaluation instant to a later
/// `now`, without the ticket's history: running clocks go on counting on their calendar (24×7 or
/// business hours), a paused resolution clock stays put while its due time moves with `now`,
/// targets that are passed become breaches at their due time, and the state is decided as
/// SlaEvaluator decides it (breached, else paused, else at risk past the warning fraction, else
/// running). The answer equals SlaEvaluator::evaluate(ticket, now) as long as nothing happened to
/// the ticket between the two instants — which holds for stored results, recomputed after every
/// change of tickets, policy or calendar.
class SlaProjection
{
public:
    /// `result` evaluated at `evaluatedAt` under `target` (the severity's target of the policy
    /// version the ticket was evaluated under) on `calendar`. Resolved and invalid results, and a
    /// `now` not after `evaluatedAt`, come back unchanged.
    static SlaResult project(const SlaResult &result, qint64 evaluatedAt, const SlaSeverityTarget &target,
                             const BusinessCalendar &calendar, qint64 now);

    /// Whether a running clock has used at least `warningFraction` of its target (the engine's
    /// "at risk" test).
    static bool pastWarning(const SlaClock &clock, double warningFraction);
};

} // namespace Domain

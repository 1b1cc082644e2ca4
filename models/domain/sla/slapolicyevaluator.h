#pragma once

#include "models/domain/sla/slaevaluator.h"

#include <QTimeZone>
#include <vector>

namespace Domain {

/// Evaluates tickets under a whole policy history: each ticket under the version in force on its
/// creation date in the calendar's time zone. Prepares one SlaEvaluator per version and the zone
/// once, so evaluating many tickets (a replay, a recomputation after an import) costs one date
/// comparison of instants per ticket on top of the evaluation (no time-zone conversion per ticket). Immutable
/// and thread-safe after construction.
class SlaPolicyEvaluator
{
public:
    SlaPolicyEvaluator(const SlaPolicyHistory &history, const BusinessCalendar &calendar);

    /// The version `ticket` is evaluated under; nullptr when none was in force on its creation
    /// date. A ticket without creation gets the latest version (it is Invalid anyway).
    const SlaPolicy *versionFor(const Ticket &ticket) const;
    /// As SlaEvaluator::evaluate; Invalid with NoPolicyInForce when no version applies.
    SlaResult evaluate(const Ticket &ticket, qint64 now) const;
    SlaExplanation explain(const Ticket &ticket, qint64 now) const;

    const SlaPolicyHistory &history() const { return m_history; }

private:
    const SlaEvaluator *evaluatorFor(const Ticket &ticket) const;

    SlaPolicyHistory m_history;
    BusinessCalendar m_calendar;
    QTimeZone m_zone;
    std::vector<SlaEvaluator> m_evaluators; // one per version, same order
    std::vector<qint64> m_versionStarts;    // UTC instant at which each version's first day starts
};

} // namespace Domain

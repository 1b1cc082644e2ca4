#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/sla/slaexplanation.h"
#include "models/domain/sla/slapolicy.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"

namespace Domain {

/// Evaluates tickets against one SLA policy version on one business calendar. The rules are in
/// docs/sla/sla.md; in short:
/// - both clocks start at creation; targets come from the severity in force at the end
///   (Ticket::severity), measured from creation;
/// - the response clock stops at the first response, or at the resolution when that comes first
///   or there is no response; pause statuses do not pause it;
/// - the resolution clock counts only while the status is neither a pause nor a resolved status;
///   it stops at the resolution; a reopen resumes it; time while resolved does not count;
/// - only what is known at `now` counts: later responses, resolutions and status changes are ignored.
///
/// Immutable after construction and safe to use from several threads at once.
class SlaEvaluator
{
public:
    SlaEvaluator(const SlaPolicy &policy, const BusinessCalendar &calendar);

    const SlaPolicy &policy() const { return m_policy; }
    const BusinessCalendar &calendar() const { return m_calendar; }

    /// The SLA result of `ticket` at `now` (UTC epoch seconds). Does not allocate unless the
    /// history is out of order (then it evaluates a sorted copy).
    SlaResult evaluate(const Ticket &ticket, qint64 now) const;
    /// The result together with the ticket's timeline, for "why did it breach?".
    SlaExplanation explain(const Ticket &ticket, qint64 now) const;

    /// Evaluates `ticket` under the version of `history` in force on its creation date (in the
    /// calendar's time zone). A ticket created before the first version is Invalid with
    /// SlaDataProblem::NoPolicyInForce. For many tickets use SlaPolicyEvaluator, which prepares the
    /// versions and the zone once.
    static SlaResult evaluate(const Ticket &ticket, const SlaPolicyHistory &history,
                              const BusinessCalendar &calendar, qint64 now);
    static SlaExplanation explain(const Ticket &ticket, const SlaPolicyHistory &history,
                                  const BusinessCalendar &calendar, qint64 now);

private:
    SlaResult run(const Ticket &ticket, qint64 now, QVector<SlaEvent> *events) const;

    SlaPolicy m_policy;
    BusinessCalendar m_calendar;
};

} // namespace Domain

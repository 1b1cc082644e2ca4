#include "models/domain/sla/slapolicyevaluator.h"

#include <QDateTime>
#include <algorithm>

namespace Domain {

SlaPolicyEvaluator::SlaPolicyEvaluator(const SlaPolicyHistory &history, const BusinessCalendar &calendar)
    : m_history(history), m_calendar(calendar), m_zone(calendar.timeZoneId())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_evaluators.reserve(std::size_t(m_history.versions().size()));
    for (const SlaPolicy &policy : m_history.versions()) {
        m_evaluators.emplace_back(policy, m_calendar);
        // The creation date is on or after the effective date exactly when the creation instant is
        // at or after the start of that date in the zone (startOfDay handles a midnight DST gap).
        m_versionStarts.push_back(policy.effectiveFrom.startOfDay(m_zone).toSecsSinceEpoch());
    }
}

const SlaPolicy *SlaPolicyEvaluator::versionFor(const Ticket &ticket) const
{
    if (ticket.created <= 0)
        return m_history.isEmpty() ? nullptr : &m_history.versions().constLast();
    const auto it = std::upper_bound(m_versionStarts.cbegin(), m_versionStarts.cend(), ticket.created);
    if (it == m_versionStarts.cbegin())
        return nullptr;
    return &m_history.versions().at(qsizetype(it - m_versionStarts.cbegin()) - 1);
}

const SlaEvaluator *SlaPolicyEvaluator::evaluatorFor(const Ticket &ticket) const
{
    const SlaPolicy *policy = versionFor(ticket);
    if (!policy)
        return nullptr;
    return &m_evaluators[std::size_t(policy - m_history.versions().constData())];
}

SlaResult SlaPolicyEvaluator::evaluate(const Ticket &ticket, qint64 now) const
{
    if (const SlaEvaluator *evaluator = evaluatorFor(ticket))
        return evaluator->evaluate(ticket, now);
    return SlaEvaluator::evaluate(ticket, m_history, m_calendar, now); // Invalid: NoPolicyInForce
}

SlaExplanation SlaPolicyEvaluator::explain(const Ticket &ticket, qint64 now) const
{
    if (const SlaEvaluator *evaluator = evaluatorFor(ticket))
        return evaluator->explain(ticket, now);
    return SlaEvaluator::explain(ticket, m_history, m_calendar, now);
}

} // namespace Domain

#include "models/domain/sla/slaevaluator.h"

#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace Domain {

namespace {

enum class Phase { Running, Paused, Resolved };

/// The calendar a clock counts on: the business calendar, or around the clock (arithmetic, so a
/// 24×7 severity costs nothing).
struct ClockCalendar
{
    const BusinessCalendar *calendar = nullptr; // nullptr: 24×7

    qint64 elapsed(qint64 start, qint64 end) const
    {
        if (calendar)
            return calendar->elapsed(start, end);
        return end > start ? end - start : 0;
    }
    std::optional<qint64> add(qint64 start, qint64 seconds) const
    {
        if (!calendar)
            return start + seconds;
        const qint64 t = calendar->add(start, seconds);
        if (t == BusinessCalendar::NeverAfter)
            return std::nullopt;
        return t;
    }
};

/// One evaluation. Split out of SlaEvaluator so that every step reads as a short function and the
/// explanation is collected only when asked for (`m_events` null on the fast path).
class Evaluation
{
public:
    Evaluation(const SlaPolicy &policy, const BusinessCalendar &calendar, const Ticket &ticket, qint64 now,
               QVector<SlaEvent> *events)
        : m_policy(policy), m_calendar(calendar), m_ticket(ticket), m_now(now), m_events(events)
    {
    }

    SlaResult run();

private:
    bool checkBlockingProblems();
    void prepareHistory();
    void findResolutionEnd();
    void walkResolution();
    bool historyReopensAfter(qint64 resolved);
    void applyEntry(const StatusChange &change);
    void enterPhase(qint64 at, Phase next, const QString &status);
    void closeSegment(qint64 end);
    void finishResolution();
    void measureResponse();
    void decideState();

    Phase classify(const QString &status, Phase current) const;
    qint64 warningSeconds(qint64 target) const;
    void flag(SlaDataProblem problem, qint64 at);
    void emitEvent(SlaEventKind kind, qint64 at, qint64 business = 0, qint64 target = 0,
                   const QString &status = QString());

    const SlaPolicy &m_policy;
    const BusinessCalendar &m_calendar;
    const Ticket &m_ticket;
    const qint64 m_now;
    QVector<SlaEvent> *m_events;

    SlaResult m_r;
    ClockCalendar m_responseClock;
    ClockCalendar m_resolutionClock;
    const QVector<StatusChange> *m_history = nullptr;
    QVector<StatusChange> m_sortedHistory; // only filled when the history is out of order
    bool m_resolutionMeasurable = true;
    std::optional<qint64> m_end;                  // the final stop of the resolution clock, known at now
    std::optional<qint64> m_overriddenResolution; // a recorded resolution the history reopens after
    qint64 m_stopLimit = 0;                       // m_end, or m_now while open
    Phase m_phase = Phase::Running;
    qint64 m_segmentStart = 0;
    int m_severity = 0; // severity seen in the history, for the timeline
    double m_warningFraction = 1.0;
    bool m_resolutionWarned = false;
};

SlaResult Evaluation::run()
{
    m_r.severity = m_ticket.severity;
    if (checkBlockingProblems())
        return m_r;
    const SlaSeverityTarget &target = m_policy.target(m_ticket.severity);
    m_responseClock.calendar = target.response24x7 ? nullptr : &m_calendar;
    m_resolutionClock.calendar = target.resolution24x7 ? nullptr : &m_calendar;
    m_r.response.targetSeconds = target.responseSeconds();
    m_r.resolution.targetSeconds = target.resolutionSeconds();
    m_warningFraction = target.warningFraction;

    prepareHistory();
    findResolutionEnd();
    if (m_resolutionMeasurable) {
        walkResolution();
        finishResolution();
    }
    measureResponse();
    decideState();
    return m_r;
}

bool Evaluation::checkBlockingProblems()
{
    const qint64 created = m_ticket.created;
    if (created > 0)
        emitEvent(SlaEventKind::Created, created);
    if (created <= 0)
        flag(SlaDataProblem::MissingCreation, 0);
    if (!SlaPolicy::isValidSeverity(m_ticket.severity))
        flag(SlaDataProblem::UnknownSeverity, qMax<qint64>(created, 0));
    if (created > 0 && created > m_now)
        flag(SlaDataProblem::CreatedAfterNow, created);
    if (quint32(m_r.problems.toInt()) & SlaBlockingProblems) {
        m_r.state = SlaState::Invalid;
        return true;
    }
    return false;
}

void Evaluation::prepareHistory()
{
    m_history = &m_ticket.history;
    const QVector<StatusChange> &h = m_ticket.history;
    for (qsizetype i = 1; i < h.size(); ++i) {
        if (h[i].at < h[i - 1].at) {
            flag(SlaDataProblem::HistoryOutOfOrder, m_ticket.created);
            m_sortedHistory = h;
            std::stable_sort(m_sortedHistory.begin(), m_sortedHistory.end(),
                             [](const StatusChange &a, const StatusChange &b) { return a.at < b.at; });
            m_history = &m_sortedHistory;
            break;
        }
    }
    if (!h.isEmpty() && m_history->front().at < m_ticket.created)
        flag(SlaDataProblem::HistoryBeforeCreation, m_history->front().at);
}

void Evaluation::findResolutionEnd()
{
    const qint64 created = m_ticket.created;
    if (m_ticket.resolved && *m_ticket.resolved < created) {
        flag(SlaDataProblem::ResolvedBeforeCreation, *m_ticket.resolved);
        m_resolutionMeasurable = false;
        m_r.resolution.outcome = SlaClockOutcome::NotMeasurable;
        return;
    }
    if (m_ticket.resolved && *m_ticket.resolved <= m_now) {
        if (!historyReopensAfter(*m_ticket.resolved)) {
            m_end = *m_ticket.resolved;
            return;
        }
        // The history goes on after the recorded resolution: the history wins, so the recorded
        // resolution becomes a resolved phase of the walk and a later open status reopens it.
        m_overriddenResolution = *m_ticket.resolved;
    }
    // No recorded resolution (or one the history reopens after): a history that ends in a resolved
    // status is resolved since the start of that final resolved run.
    const QVector<StatusChange> &h = *m_history;
    qsizetype last = h.size() - 1;
    while (last >= 0 && (h[last].at > m_now || h[last].status.trimmed().isEmpty()))
        --last;
    if (last < 0 || !m_policy.isResolvedStatus(h[last].status))
        return;
    qsizetype first = last;
    while (first > 0 && classify(h[first - 1].status, Phase::Resolved) == Phase::Resolved)
        --first;
    m_end = qMax(h[first].at, created);
}

bool Evaluation::historyReopensAfter(qint64 resolved)
{
    for (const StatusChange &change : *m_history) {
        if (change.at > resolved && change.at <= m_now &&
            classify(change.status, Phase::Resolved) != Phase::Resolved) {
            flag(SlaDataProblem::HistoryAfterResolution, change.at);
            return true;
        }
    }
    return false;
}

Phase Evaluation::classify(const QString &status, Phase current) const
{
    if (status.isEmpty() || status.trimmed().isEmpty())
        return current; // a change of severity only
    if (m_policy.isResolvedStatus(status))
        return Phase::Resolved;
    if (m_policy.isPauseStatus(status))
        return Phase::Paused;
    return Phase::Running;
}

void Evaluation::walkResolution()
{
    const qint64 created = m_ticket.created;
    m_stopLimit = m_end ? *m_end : m_now;
    m_segmentStart = created;
    bool overridden = m_overriddenResolution.has_value();
    for (const StatusChange &change : *m_history) {
        if (m_end ? change.at >= *m_end : change.at > m_now)
            break; // the history is in time order here
        if (overridden && change.at > *m_overriddenResolution) {
            enterPhase(*m_overriddenResolution, Phase::Resolved, QString());
            overridden = false;
        }
        applyEntry(change);
    }
    closeSegment(m_stopLimit);
}

void Evaluation::applyEntry(const StatusChange &change)
{
    const qint64 at = qMax(change.at, m_ticket.created);
    if (m_events && change.severity != 0 && change.severity != m_severity) {
        // The first severity the history mentions is the one the ticket was created with (exports
        // often record it on the first update only), not a change.
        if (change.at > m_ticket.created && m_severity != 0) {
            SlaEvent e;
            e.kind = SlaEventKind::SeverityChanged;
            e.at = at;
            e.severity = change.severity;
            e.previousSeverity = m_severity;
            m_events->append(e);
        }
        m_severity = change.severity;
    }
    enterPhase(at, classify(change.status, m_phase), change.status);
}

void Evaluation::enterPhase(qint64 at, Phase next, const QString &status)
{
    if (next == m_phase)
        return;
    closeSegment(at);
    const Phase previous = m_phase;
    m_phase = next;
    m_segmentStart = at;
    const qint64 used = m_r.resolution.businessSeconds;
    const qint64 target = m_r.resolution.targetSeconds;
    if (previous == Phase::Resolved) {
        ++m_r.reopenCount;
        emitEvent(SlaEventKind::Reopened, at, used, target, status);
    }
    if (next == Phase::Paused)
        emitEvent(SlaEventKind::Paused, at, used, target, status);
    else if (next == Phase::Resolved)
        emitEvent(SlaEventKind::Resolved, at, used, target, status);
    else if (previous == Phase::Paused)
        emitEvent(SlaEventKind::Resumed, at, used, target, status);
}

void Evaluation::closeSegment(qint64 end)
{
    const qint64 start = m_segmentStart;
    if (end <= start || m_phase == Phase::Resolved)
        return;
    const qint64 seconds = m_resolutionClock.elapsed(start, end);
    if (m_phase == Phase::Paused) {
        m_r.pausedSeconds += seconds;
        return;
    }
    SlaClock &clock = m_r.resolution;
    const qint64 target = clock.targetSeconds;
    if (target > 0 && !clock.due && clock.businessSeconds + seconds >= target)
        clock.due = m_resolutionClock.add(start, target - clock.businessSeconds);
    if (m_events && target > 0 && !m_resolutionWarned) {
        const qint64 warning = warningSeconds(target);
        if (clock.businessSeconds + seconds >= warning) {
            m_resolutionWarned = true;
            if (const auto when = m_resolutionClock.add(start, warning - clock.businessSeconds))
                emitEvent(SlaEventKind::ResolutionAtRisk, *when, warning, target);
        }
    }
    clock.businessSeconds += seconds;
}

qint64 Evaluation::warningSeconds(qint64 target) const
{
    // The first whole second at which `seconds >= fraction × target` holds, as in decideState().
    return qint64(std::ceil(m_warningFraction * double(target)));
}

void Evaluation::finishResolution()
{
    SlaClock &clock = m_r.resolution;
    const qint64 target = clock.targetSeconds;
    if (target > 0 && !clock.due)
        clock.due = m_resolutionClock.add(m_stopLimit, target - clock.businessSeconds);
    clock.stoppedAt = m_end;
    m_r.pausedNow = !m_end && m_phase == Phase::Paused;
    if (target <= 0)
        clock.outcome = SlaClockOutcome::NoTarget;
    else if (clock.businessSeconds > target)
        clock.outcome = SlaClockOutcome::Breached;
    else
        clock.outcome = m_end ? SlaClockOutcome::Met : SlaClockOutcome::Running;
    if (clock.outcome == SlaClockOutcome::Breached)
        clock.breachedAt = clock.due;

    if (m_end)
        emitEvent(SlaEventKind::Resolved, *m_end, clock.businessSeconds, target);
    if (clock.due)
        emitEvent(SlaEventKind::ResolutionDue, *clock.due, target, target);
    if (clock.breachedAt)
        emitEvent(SlaEventKind::ResolutionBreached, *clock.breachedAt, target, target);
}

void Evaluation::measureResponse()
{
    SlaClock &clock = m_r.response;
    const qint64 created = m_ticket.created;
    const qint64 target = clock.targetSeconds;
    if (target > 0)
        clock.due = m_responseClock.add(created, target);
    const std::optional<qint64> &first = m_ticket.firstResponse;
    if (first && *first < created) {
        flag(SlaDataProblem::ResponseBeforeCreation, *first);
        clock.outcome = SlaClockOutcome::NotMeasurable;
        return;
    }
    if (!first && !m_resolutionMeasurable) {
        clock.outcome = SlaClockOutcome::NotMeasurable;
        return;
    }
    std::optional<qint64> stop;
    if (first && *first <= m_now)
        stop = *first;
    if (m_end && (!stop || *m_end < *stop))
        stop = m_end;
    if (!first && m_end)
        flag(SlaDataProblem::ResponseMissing, *m_end);
    clock.stoppedAt = stop;
    clock.businessSeconds = m_responseClock.elapsed(created, stop ? *stop : m_now);
    if (target <= 0)
        clock.outcome = SlaClockOutcome::NoTarget;
    else if (clock.businessSeconds > target)
        clock.outcome = SlaClockOutcome::Breached;
    else
        clock.outcome = stop ? SlaClockOutcome::Met : SlaClockOutcome::Running;
    if (clock.outcome == SlaClockOutcome::Breached)
        clock.breachedAt = clock.due;

    if (m_events && target > 0 && clock.businessSeconds >= warningSeconds(target)) {
        if (const auto when = m_responseClock.add(created, warningSeconds(target)))
            emitEvent(SlaEventKind::ResponseAtRisk, *when, warningSeconds(target), target);
    }
    if (stop)
        emitEvent(SlaEventKind::Responded, *stop, clock.businessSeconds, target);
    if (clock.due)
        emitEvent(SlaEventKind::ResponseDue, *clock.due, target, target);
    if (clock.breachedAt)
        emitEvent(SlaEventKind::ResponseBreached, *clock.breachedAt, target, target);
}

void Evaluation::decideState()
{
    const SlaClock &response = m_r.response;
    const SlaClock &resolution = m_r.resolution;
    if (!m_resolutionMeasurable) {
        m_r.state = SlaState::Invalid;
    } else if (response.isBreached() || resolution.isBreached()) {
        m_r.state = SlaState::Breached;
    } else if (m_end) {
        m_r.state = SlaState::Met;
    } else if (m_r.pausedNow) {
        m_r.state = SlaState::Paused;
    } else {
        const double warning = m_policy.target(m_ticket.severity).warningFraction;
        const auto atRisk = [warning](const SlaClock &c) {
            return c.outcome == SlaClockOutcome::Running && c.targetSeconds > 0 &&
                   double(c.businessSeconds) >= warning * double(c.targetSeconds);
        };
        m_r.state = atRisk(response) || atRisk(resolution) ? SlaState::AtRisk : SlaState::Running;
    }
}

void Evaluation::flag(SlaDataProblem problem, qint64 at)
{
    if (m_r.problems.testFlag(problem))
        return;
    m_r.problems |= problem;
    if (!m_events)
        return;
    SlaEvent e;
    e.kind = SlaEventKind::DataProblem;
    e.at = at;
    e.problem = problem;
    m_events->append(e);
}

void Evaluation::emitEvent(SlaEventKind kind, qint64 at, qint64 business, qint64 target,
                           const QString &status)
{
    if (!m_events)
        return;
    SlaEvent e;
    e.kind = kind;
    e.at = at;
    e.status = status;
    e.severity = m_ticket.severity;
    e.businessSeconds = business;
    e.targetSeconds = target;
    m_events->append(e);
}

SlaResult unevaluated(const Ticket &ticket, QVector<SlaEvent> *events)
{
    SlaResult r;
    r.severity = ticket.severity;
    r.problems = SlaDataProblem::NoPolicyInForce;
    if (events) {
        SlaEvent created;
        created.at = ticket.created;
        created.severity = ticket.severity;
        SlaEvent problem;
        problem.kind = SlaEventKind::DataProblem;
        problem.at = ticket.created;
        problem.problem = SlaDataProblem::NoPolicyInForce;
        *events = {created, problem};
    }
    return r;
}

} // namespace

SlaEvaluator::SlaEvaluator(const SlaPolicy &policy, const BusinessCalendar &calendar)
    : m_policy(policy), m_calendar(calendar)
{
}

SlaResult SlaEvaluator::evaluate(const Ticket &ticket, qint64 now) const
{
    return run(ticket, now, nullptr);
}

SlaExplanation SlaEvaluator::explain(const Ticket &ticket, qint64 now) const
{
    SlaExplanation explanation;
    explanation.ticketKey = ticket.key;
    explanation.result = run(ticket, now, &explanation.events);
    return explanation;
}

SlaResult SlaEvaluator::run(const Ticket &ticket, qint64 now, QVector<SlaEvent> *events) const
{
    SlaResult result = Evaluation(m_policy, m_calendar, ticket, now, events).run();
    if (events) {
        std::stable_sort(events->begin(), events->end(),
                         [](const SlaEvent &a, const SlaEvent &b) { return a.at < b.at; });
    }
    return result;
}

namespace {
/// The version for `ticket`; a ticket without creation gets the latest version so that the
/// evaluation reports MissingCreation rather than a missing policy.
const SlaPolicy *versionForTicket(const Ticket &ticket, const SlaPolicyHistory &history,
                                  const BusinessCalendar &calendar)
{
    if (ticket.created <= 0)
        return history.isEmpty() ? nullptr : &history.versions().constLast();
    return history.versionFor(ticket.created, QTimeZone(calendar.timeZoneId()));
}
} // namespace

SlaResult SlaEvaluator::evaluate(const Ticket &ticket, const SlaPolicyHistory &history,
                                 const BusinessCalendar &calendar, qint64 now)
{
    const SlaPolicy *policy = versionForTicket(ticket, history, calendar);
    if (!policy)
        return unevaluated(ticket, nullptr);
    return SlaEvaluator(*policy, calendar).evaluate(ticket, now);
}

SlaExplanation SlaEvaluator::explain(const Ticket &ticket, const SlaPolicyHistory &history,
                                     const BusinessCalendar &calendar, qint64 now)
{
    const SlaPolicy *policy = versionForTicket(ticket, history, calendar);
    if (policy)
        return SlaEvaluator(*policy, calendar).explain(ticket, now);
    SlaExplanation explanation;
    explanation.ticketKey = ticket.key;
    explanation.result = unevaluated(ticket, &explanation.events);
    return explanation;
}

} // namespace Domain

#include "models/domain/sla/slaprojection.h"

namespace Domain {

namespace {
qint64 elapsedOn(const BusinessCalendar &calendar, bool around, qint64 start, qint64 end)
{
    if (around)
        return end > start ? end - start : 0;
    return calendar.elapsed(start, end);
}

std::optional<qint64> addOn(const BusinessCalendar &calendar, bool around, qint64 start, qint64 seconds)
{
    if (around)
        return start + seconds;
    const qint64 t = calendar.add(start, seconds);
    return t == BusinessCalendar::NeverAfter ? std::nullopt : std::optional<qint64>(t);
}

void decideBreach(SlaClock *clock)
{
    if (clock->outcome == SlaClockOutcome::Running && clock->targetSeconds > 0 &&
        clock->businessSeconds > clock->targetSeconds) {
        clock->outcome = SlaClockOutcome::Breached;
        clock->breachedAt = clock->due;
    }
}
} // namespace

bool SlaProjection::pastWarning(const SlaClock &clock, double warningFraction)
{
    return clock.outcome == SlaClockOutcome::Running && clock.targetSeconds > 0 &&
           double(clock.businessSeconds) >= warningFraction * double(clock.targetSeconds);
}

SlaResult SlaProjection::project(const SlaResult &result, qint64 evaluatedAt, const SlaSeverityTarget &target,
                                 const BusinessCalendar &calendar, qint64 now)
{
    if (now <= evaluatedAt || result.state == SlaState::Invalid || result.isResolved())
        return result;
    SlaResult r = result;
    // Breached clocks keep counting business time in the engine too (the response clock until a
    // response, the resolution clock while not paused).
    if (!r.response.stoppedAt && r.response.outcome != SlaClockOutcome::NotMeasurable) {
        r.response.businessSeconds += elapsedOn(calendar, target.response24x7, evaluatedAt, now);
        decideBreach(&r.response);
    }
    SlaClock &resolution = r.resolution;
    if (!resolution.stoppedAt && resolution.outcome != SlaClockOutcome::NotMeasurable) {
        const qint64 elapsed = elapsedOn(calendar, target.resolution24x7, evaluatedAt, now);
        if (r.pausedNow) {
            r.pausedSeconds += elapsed;
            // A paused clock's due is projected as if it resumed at `now`.
            if (resolution.targetSeconds > 0 && resolution.businessSeconds < resolution.targetSeconds)
                resolution.due = addOn(calendar, target.resolution24x7, now,
                                       resolution.targetSeconds - resolution.businessSeconds);
        } else {
            resolution.businessSeconds += elapsed;
            decideBreach(&resolution);
        }
    }
    if (r.response.isBreached() || resolution.isBreached())
        r.state = SlaState::Breached;
    else if (r.pausedNow)
        r.state = SlaState::Paused;
    else
        r.state =
            pastWarning(r.response, target.warningFraction) || pastWarning(resolution, target.warningFraction)
                ? SlaState::AtRisk
                : SlaState::Running;
    return r;
}

} // namespace Domain

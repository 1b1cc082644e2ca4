#include "models/exchange/sla/slaexplaintext.h"

#include <QDateTime>

namespace Exchange {

using Domain::SlaClockOutcome;
using Domain::SlaDataProblem;
using Domain::SlaEvent;
using Domain::SlaEventKind;
using Domain::SlaExplanation;
using Domain::SlaState;

namespace {
QString quoted(const QString &status)
{
    return QLatin1Char('"') + status + QLatin1Char('"');
}
} // namespace

QString SlaExplainText::render(const SlaExplanation &explanation, const QTimeZone &zone)
{
    return lines(explanation, zone).join(QLatin1Char('\n'));
}

QStringList SlaExplainText::lines(const SlaExplanation &explanation, const QTimeZone &zone)
{
    QStringList out{summary(explanation)};
    for (const SlaEvent &event : explanation.events) {
        const QString when = event.at > 0 ? instant(event.at, zone) : tr("(no instant)");
        out.append(when + QLatin1String("  ") + eventText(event));
    }
    return out;
}

QString SlaExplainText::summary(const SlaExplanation &explanation)
{
    const Domain::SlaResult &r = explanation.result;
    const auto clock = [](const Domain::SlaClock &c) {
        if (c.outcome == SlaClockOutcome::NotMeasurable)
            return outcomeText(c.outcome); // its figures mean nothing
        if (c.targetSeconds <= 0)
            return tr("%1 (%2, no target)").arg(outcomeText(c.outcome), duration(c.businessSeconds));
        return tr("%1 (%2 of %3)")
            .arg(outcomeText(c.outcome), duration(c.businessSeconds), duration(c.targetSeconds));
    };
    QString text = tr("%1: %2, severity %3 — response %4, resolution %5, paused %6")
                       .arg(explanation.ticketKey, stateText(r.state), QString::number(r.severity),
                            clock(r.response), clock(r.resolution), duration(r.pausedSeconds));
    if (r.reopenCount > 0)
        text += tr(", reopened %n time(s)", nullptr, r.reopenCount);
    return text;
}

QString SlaExplainText::eventText(const SlaEvent &e)
{
    const QString used = duration(e.businessSeconds);
    const QString target = e.targetSeconds > 0 ? duration(e.targetSeconds) : tr("no target");
    switch (e.kind) {
    case SlaEventKind::Created:
        return tr("Created with severity %1: the response and resolution clocks start").arg(e.severity);
    case SlaEventKind::Paused:
        return tr("Status %1: the resolution clock pauses at %2 of %3").arg(quoted(e.status), used, target);
    case SlaEventKind::Resumed:
        return tr("Status %1: the resolution clock resumes at %2 of %3").arg(quoted(e.status), used, target);
    case SlaEventKind::Responded:
        return tr("First response after %1 of business time (target %2)").arg(used, target);
    case SlaEventKind::ResponseDue:
        return tr("First response due (target %1)").arg(target);
    case SlaEventKind::ResponseBreached:
        return tr("First response target of %1 breached").arg(target);
    case SlaEventKind::ResolutionDue:
        return tr("Resolution due (target %1 of business time, moved by pauses)").arg(target);
    case SlaEventKind::ResolutionBreached:
        return tr("Resolution target of %1 breached").arg(target);
    case SlaEventKind::Resolved:
        if (!e.status.isEmpty())
            return tr("Status %1: the resolution clock stops at %2 of %3")
                .arg(quoted(e.status), used, target);
        return tr("Resolved after %1 of business time (target %2)").arg(used, target);
    case SlaEventKind::Reopened:
        return tr("Status %1: reopened, the resolution clock resumes at %2 of %3")
            .arg(quoted(e.status), used, target);
    case SlaEventKind::SeverityChanged:
        if (e.previousSeverity == 0)
            return tr("Severity set to %1").arg(e.severity);
        return tr("Severity changed from %1 to %2").arg(e.previousSeverity).arg(e.severity);
    case SlaEventKind::DataProblem:
        return tr("Data problem: %1").arg(problemText(e.problem));
    case SlaEventKind::ResponseAtRisk:
        return tr("First response at risk: %1 of %2 used").arg(used, target);
    case SlaEventKind::ResolutionAtRisk:
        return tr("Resolution at risk: %1 of %2 used").arg(used, target);
    }
    return QString();
}

QString SlaExplainText::instant(qint64 epochSeconds, const QTimeZone &zone)
{
    const QDateTime dt =
        QDateTime::fromSecsSinceEpoch(epochSeconds, zone.isValid() ? zone : QTimeZone::utc());
    const int offset = dt.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int abs = qAbs(offset);
    const QString zoneText = sign + QStringLiteral("%1:%2")
                                        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
                                        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    const QString format =
        dt.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return dt.toString(format) + QLatin1Char(' ') + zoneText;
}

QString SlaExplainText::duration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 s = qAbs(seconds);
    const QString minutes = QStringLiteral("%1").arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0)
        return sign + tr("%1 h %2 min %3 s").arg(s / 3600).arg(minutes).arg(s % 60);
    return sign + tr("%1 h %2 min").arg(s / 3600).arg(minutes);
}

QString SlaExplainText::stateText(SlaState state)
{
    switch (state) {
    case SlaState::Met:
        return tr("met");
    case SlaState::Breached:
        return tr("breached");
    case SlaState::Running:
        return tr("running");
    case SlaState::AtRisk:
        return tr("at risk");
    case SlaState::Paused:
        return tr("paused");
    case SlaState::Invalid:
        return tr("not evaluable");
    }
    return QString();
}

QString SlaExplainText::outcomeText(SlaClockOutcome outcome)
{
    switch (outcome) {
    case SlaClockOutcome::Met:
        return tr("met");
    case SlaClockOutcome::Breached:
        return tr("breached");
    case SlaClockOutcome::Running:
        return tr("running");
    case SlaClockOutcome::NoTarget:
        return tr("no target");
    case SlaClockOutcome::NotMeasurable:
        return tr("not measurable");
    }
    return QString();
}

QString SlaExplainText::problemText(SlaDataProblem problem)
{
    switch (problem) {
    case SlaDataProblem::MissingCreation:
        return tr("the ticket has no creation time");
    case SlaDataProblem::UnknownSeverity:
        return tr("the severity is not 1 to 4");
    case SlaDataProblem::ResponseBeforeCreation:
        return tr("the first response lies before the creation; the response is not measured");
    case SlaDataProblem::ResolvedBeforeCreation:
        return tr("the resolution lies before the creation; the resolution is not measured");
    case SlaDataProblem::HistoryOutOfOrder:
        return tr("the status history is not in time order; it was sorted");
    case SlaDataProblem::HistoryBeforeCreation:
        return tr("status changes before the creation count as the status at creation");
    case SlaDataProblem::HistoryAfterResolution:
        return tr("the status history reopens after the recorded resolution; the history is followed");
    case SlaDataProblem::CreatedAfterNow:
        return tr("the ticket is created after the evaluation time");
    case SlaDataProblem::NoPolicyInForce:
        return tr("no SLA policy version was in force on the creation date");
    case SlaDataProblem::ResponseMissing:
        return tr("no first response recorded; the resolution counts as the response");
    }
    return QString();
}

} // namespace Exchange

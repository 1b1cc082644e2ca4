#pragma once

#include "models/domain/sla/slaresult.h"

#include <QString>
#include <QVector>

namespace Domain {

/// What happened at one point of a ticket's SLA timeline.
enum class SlaEventKind {
    Created,            ///< the ticket was created; both clocks start
    Paused,             ///< entered a pause status: the resolution clock stops counting
    Resumed,            ///< left a pause status for an open one: the resolution clock counts again
    Responded,          ///< first response: the response clock stops
    ResponseDue,        ///< the response target is reached at this instant
    ResponseBreached,   ///< the response target was passed at this instant
    ResolutionDue,      ///< the resolution target is reached at this instant
    ResolutionBreached, ///< the resolution target was passed at this instant
    Resolved,           ///< entered a resolved status, or the recorded resolution
    Reopened,           ///< went back from resolved to open: the resolution clock resumes
    SeverityChanged,    ///< the severity changed (targets come from the severity in force at the end)
    DataProblem,        ///< a problem in the ticket's data (see `problem`)
    ResponseAtRisk,     ///< the response clock passed its warning threshold
    ResolutionAtRisk,   ///< the resolution clock passed its warning threshold
};

/// One event of a ticket's timeline. Which fields carry meaning depends on `kind`.
struct SlaEvent
{
    SlaEventKind kind = SlaEventKind::Created;
    qint64 at = 0;            ///< UTC epoch seconds
    QString status;           ///< the status entered (Paused, Resumed, Resolved, Reopened)
    int severity = 0;         ///< the severity (SeverityChanged: the new one)
    int previousSeverity = 0; ///< SeverityChanged: the old one, 0 when unknown
    /// Business seconds on the clock the event concerns (response events: response clock,
    /// others: resolution clock) at `at`.
    qint64 businessSeconds = 0;
    qint64 targetSeconds = 0;                                 ///< the target of that clock, 0 when none
    SlaDataProblem problem = SlaDataProblem::MissingCreation; ///< DataProblem only

    bool operator==(const SlaEvent &o) const
    {
        return kind == o.kind && at == o.at && status == o.status && severity == o.severity &&
               previousSeverity == o.previousSeverity && businessSeconds == o.businessSeconds &&
               targetSeconds == o.targetSeconds &&
               (kind != SlaEventKind::DataProblem || problem == o.problem);
    }
    bool operator!=(const SlaEvent &o) const { return !(*this == o); }
};

/// Why a ticket has its SLA result: the result and its timeline, ordered by instant (events at the
/// same instant keep the order in which they happened: Created first, a due before its breach).
struct SlaExplanation
{
    QString ticketKey;
    SlaResult result;
    QVector<SlaEvent> events;

    bool operator==(const SlaExplanation &o) const
    {
        return ticketKey == o.ticketKey && result == o.result && events == o.events;
    }
    bool operator!=(const SlaExplanation &o) const { return !(*this == o); }
};

} // namespace Domain

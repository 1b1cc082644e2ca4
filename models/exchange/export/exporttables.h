#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/domain/worklog.h"
#include "models/exchange/export/exporttable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Exchange {

/// Builds the exported tables of an engagement: tickets, worklogs and SLA results. Headings are
/// translated; kinds, levels, roles and states are the stable ids (`incident`, `L1`, `breached`)
/// so that a sheet can be filtered and read back by scripts. Instants are shown in `zone`.
class ExportTables
{
    Q_DECLARE_TR_FUNCTIONS(ExportTables)

public:
    /// Table "tickets": one row per ticket.
    static ExportTable tickets(const QVector<Domain::Ticket> &tickets, const QTimeZone &zone);
    /// Table "worklogs": one row per worklog, hours as a decimal.
    static ExportTable worklogs(const QVector<Domain::Worklog> &worklogs);

    /// The tables' names, columns and rows one at a time, for an export that streams (a
    /// million tickets in constant memory); the functions returning whole tables use them.
    static QString ticketsName() { return QStringLiteral("tickets"); }
    static QString worklogsName() { return QStringLiteral("worklogs"); }
    static QString slaName() { return QStringLiteral("sla"); }
    static QVector<ExportColumn> ticketColumns();
    static QVector<QVariant> ticketRow(const Domain::Ticket &ticket, const QTimeZone &zone);
    static QVector<ExportColumn> worklogColumns();
    static QVector<QVariant> worklogRow(const Domain::Worklog &worklog);
    /// How the SLA states and clock outcomes are written: the stable English ids ("met",
    /// "no-target") or words of the current language ("uppfylld", "inget mål").
    enum class StateValues { Ids, Words };
    /// Ids for English (scripts read them), words for any other language.
    static StateValues stateValuesFor(const QLocale &locale);

    /// Table "sla": one row per ticket with its result (`results` parallel to `tickets`).
    static ExportTable slaResults(const QVector<Domain::Ticket> &tickets,
                                  const QVector<Domain::SlaResult> &results, const QTimeZone &zone,
                                  StateValues values = StateValues::Ids);

    static QVector<ExportColumn> slaColumns();
    /// A row of table "sla": the ticket's key and its result.
    static QVector<QVariant> slaRow(const Domain::Ticket &ticket, const Domain::SlaResult &result,
                                    const QTimeZone &zone, StateValues values = StateValues::Ids);

    /// Stable id of a clock outcome: met, breached, running, no-target, not-measurable.
    static QString clockOutcomeId(Domain::SlaClockOutcome outcome);
    /// Stable ids of data problems, separated by spaces ("response-before-creation …").
    static QString problemIds(Domain::SlaDataProblems problems);
};

} // namespace Exchange

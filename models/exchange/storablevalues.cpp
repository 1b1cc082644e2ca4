#include "models/exchange/storablevalues.h"

#include "models/exchange/sources/importbatch.h"

namespace Exchange {

namespace {
/// Durations the database stores; past this a value was never meant (and would not fit).
constexpr qint64 s_maxStoredSeconds = qint64(1) << 40;
} // namespace

QString StorableValues::ticketProblem(const Domain::Ticket &ticket)
{
    if (ticket.key.isEmpty())
        return tr("The ticket has no key.");
    if (ticket.severity < 1 || ticket.severity > 4)
        return tr("Ticket %1: severity %2; severities are 1 to 4.").arg(ticket.key).arg(ticket.severity);
    for (const Domain::StatusChange &change : ticket.history) {
        if (change.severity < 0 || change.severity > 4)
            return tr("Ticket %1: a status change sets severity %2; severities are 1 to 4.")
                .arg(ticket.key)
                .arg(change.severity);
    }
    return {};
}

QString StorableValues::worklogProblem(const Domain::Worklog &worklog)
{
    if (worklog.seconds < 0)
        return tr("Negative duration (%1 s) for %2 on %3.")
            .arg(worklog.seconds)
            .arg(worklog.person, worklog.date.toString(Qt::ISODate));
    if (worklog.seconds > s_maxStoredSeconds)
        return tr("A duration of %1 s cannot be stored.").arg(worklog.seconds);
    if (!worklog.date.isValid())
        return tr("The worklog has no valid date.");
    if (worklog.sourceKey.isEmpty())
        return tr("The worklog has no key.");
    return {};
}

void StorableValues::screen(qint64 line, qsizetype firstTicket, qsizetype firstWorklog, ImportBatch *batch)
{
    for (qsizetype i = batch->tickets.size() - 1; i >= firstTicket; --i) {
        const QString problem = ticketProblem(batch->tickets.at(i));
        if (problem.isEmpty())
            continue;
        batch->reject(ImportProblem{line, 0, QString(), problem});
        batch->tickets.remove(i);
    }
    for (qsizetype i = batch->worklogs.size() - 1; i >= firstWorklog; --i) {
        const QString problem = worklogProblem(batch->worklogs.at(i));
        if (problem.isEmpty())
            continue;
        batch->reject(ImportProblem{line, 0, QString(), problem});
        batch->worklogs.remove(i);
    }
}

} // namespace Exchange

#include "models/exchange/sources/ticketsource.h"

namespace Exchange {

bool TicketSource::claimKey(const CsvRow &row, int keyColumn, ImportBatch *batch)
{
    const QStringView key = cell(row, keyColumn);
    if (isMissing(row, keyColumn)) {
        reject(batch, row, keyColumn, tr("The ticket has no key."));
        return false;
    }
    const auto it = m_firstLineOfKey.constFind(keyDigest(key));
    if (it != m_firstLineOfKey.constEnd()) {
        reject(batch, row, keyColumn,
               tr("Duplicate key %1 (first on line %2).").arg(key.toString()).arg(it.value()));
        return false;
    }
    m_firstLineOfKey.insert(keyDigest(key), row.line);
    return true;
}

void TicketSource::emitTicket(Domain::Ticket ticket, const CsvRow &row, int resolvedColumn,
                              ImportBatch *batch) const
{
    if (ticket.resolved && *ticket.resolved < ticket.created)
        warn(batch, row, resolvedColumn, tr("%1 is resolved before it was created.").arg(ticket.key));
    if (ticket.firstResponse && *ticket.firstResponse < ticket.created)
        warn(batch, row, -1, tr("%1 has a first response before it was created.").arg(ticket.key));
    batch->tickets.append(std::move(ticket));
}

WorkClass TicketSource::incidentClass()
{
    return WorkClass{Domain::TicketKind::Incident, Domain::ServiceLevel::L1,
                     QStringLiteral("incident-management")};
}

} // namespace Exchange

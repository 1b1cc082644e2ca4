#include "models/exchange/sources/ticketsource.h"

namespace Exchange {

bool TicketSource::claimKey(const CsvRow &row, int keyColumn, ImportBatch *batch)
{
    const QStringView key = cell(row, keyColumn);
    if (isMissing(row, keyColumn)) {
        reject(batch, row, keyColumn, tr("The ticket has no key."));
        return false;
    }
    if (const qint64 first = m_claims.claim(keyDigest(key), row.line)) {
        reject(batch, row, keyColumn,
               tr("Duplicate key %1 (first on line %2).").arg(key.toString()).arg(first));
        return false;
    }
    return true;
}

void TicketSource::prescanKey(const CsvRow &row)
{
    if (!isMissing(row, m_keyColumn))
        m_claims.prescan(keyDigest(cell(row, m_keyColumn)));
}

void TicketSource::endKeyPrescan()
{
    m_claims.endPrescan();
}

bool TicketSource::checkKeysAsPrescanned(ImportBatch *batch)
{
    if (m_claims.matchesPrescan() || !batch->fileError.isNull())
        return true;
    batch->fileError = ExchangeError{m_fileName, 0, 0,
                                     tr("The file changed while it was being read; nothing was imported.")};
    return false;
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

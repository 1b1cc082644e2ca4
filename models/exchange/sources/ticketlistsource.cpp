#include "models/exchange/sources/ticketlistsource.h"

#include "models/exchange/csv/numberparser.h"

namespace Exchange {

TicketListSource::TicketListSource(const ImportSettings &settings, DateTimeParser::Format usualDateFormat,
                                   const TicketColumns &columns)
    : TicketSource(settings, usualDateFormat), m_names(columns)
{
}

bool TicketListSource::findColumns(ImportBatch *batch)
{
    m_key = requireColumn(m_names.key, batch);
    m_priority = requireColumn(m_names.priority, batch);
    m_created = requireColumn(m_names.created, batch);
    m_type = column(m_names.type);
    m_status = column(m_names.status);
    m_resolved = column(m_names.resolved);
    m_closed = column(m_names.closed);
    m_title = column(m_names.title);
    m_firstResponse = column(m_names.firstResponse);
    m_firstReplyMinutes = column(m_names.firstReplyMinutes);
    return batch->fileError.isNull();
}

WorkClass TicketListSource::defaultClass(QStringView) const
{
    return incidentClass();
}

void TicketListSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    if (!claimKey(row, m_key, batch))
        return;
    Domain::Ticket ticket;
    ticket.key = cell(row, m_key).toString();
    std::optional<qint64> created;
    std::optional<qint64> resolved;
    std::optional<qint64> closed;
    if (!readSeverity(row, m_priority, batch, &ticket.severity) ||
        !readInstant(row, m_created, true, batch, &created) ||
        !readInstant(row, m_resolved, false, batch, &resolved) ||
        !readInstant(row, m_closed, false, batch, &closed) ||
        !readFirstResponse(row, *created, batch, &ticket.firstResponse))
        return;
    ticket.created = *created;
    ticket.resolved = resolved ? resolved : closed;
    const WorkClass wc = workClassFor(cell(row, m_type), defaultClass(ticket.key), batch);
    ticket.kind = wc.kind;
    ticket.serviceLevel = wc.level;
    ticket.activity = wc.activity;
    ticket.title = cell(row, m_title).toString();
    ticket.status = cell(row, m_status).toString();
    emitTicket(std::move(ticket), row, m_resolved >= 0 ? m_resolved : m_closed, batch);
}

bool TicketListSource::readFirstResponse(const CsvRow &row, qint64 created, ImportBatch *batch,
                                         std::optional<qint64> *value)
{
    value->reset();
    qint64 seconds = 0;
    if (m_firstReplyMinutes >= 0 && !isMissing(row, m_firstReplyMinutes)) {
        if (!NumberParser::parseDuration(cell(row, m_firstReplyMinutes), NumberParser::DurationUnit::Minutes,
                                         &seconds) ||
            seconds < 0) {
            reject(batch, row, m_firstReplyMinutes,
                   tr("\"%1\" is not a number of minutes.").arg(cell(row, m_firstReplyMinutes).toString()));
            return false;
        }
        *value = created + seconds;
        return true;
    }
    if (m_firstResponse < 0 || isMissing(row, m_firstResponse))
        return true;
    const QStringView text = cell(row, m_firstResponse);
    if (m_dates.parse(text, &seconds) == DateTimeParser::Result::Ok) {
        *value = seconds;
    } else if (NumberParser::parseDuration(text, NumberParser::DurationUnit::Minutes, &seconds) &&
               seconds >= 0) {
        *value = created + seconds;
    } else {
        // SLA fields hold texts like "Breached" in some Jira versions: not worth a rejection.
        warn(batch, row, m_firstResponse,
             tr("\"%1\" is neither a time nor a duration; no first response read.").arg(text.toString()));
    }
    return true;
}

} // namespace Exchange

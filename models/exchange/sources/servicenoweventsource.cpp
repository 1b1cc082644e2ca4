#include "models/exchange/sources/servicenoweventsource.h"

#include "models/exchange/csv/numberparser.h"

#include <algorithm>

namespace Exchange {

ServiceNowEventSource::ServiceNowEventSource(const ImportSettings &settings)
    : TicketSource(settings, DateTimeParser::Format::DayMonthYear)
{
}

bool ServiceNowEventSource::findColumns(ImportBatch *batch)
{
    m_number = requireColumn({"number"}, batch);
    m_state = requireColumn({"incident_state", "state"}, batch);
    m_updatedAt = requireColumn({"sys_updated_at", "sys_updated_on"}, batch);
    m_priority = requireColumn({"priority"}, batch);
    m_openedAt = requireColumn({"opened_at", "sys_created_at", "sys_created_on"}, batch);
    m_modCount = column({"sys_mod_count"});
    m_resolvedAt = column({"resolved_at"});
    m_title = column({"short_description"});
    m_category = column({"category"});
    return batch->fileError.isNull();
}

QString ServiceNowEventSource::intern(QStringView status)
{
    auto it = m_statuses.find(status.toString());
    if (it == m_statuses.end())
        it = m_statuses.insert(status.toString(), status.toString());
    return it.value();
}

void ServiceNowEventSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    const QStringView key = cell(row, m_number);
    if (key.isEmpty() || key == u"?") {
        reject(batch, row, m_number, tr("The row has no incident number."));
        return;
    }
    if (key != m_key) {
        flush(batch);
        m_key = key.toString();
        if (m_done.contains(keyDigest(m_key))) {
            reject(batch, row, m_number, tr("The rows of %1 are not together: sort the export by number.").arg(m_key));
            m_rejected = true;
            return;
        }
    }
    if (m_rejected)
        return;

    Event event;
    std::optional<qint64> updated;
    std::optional<qint64> opened;
    std::optional<qint64> resolved;
    if (!readInstant(row, m_updatedAt, true, batch, &updated) || !readInstant(row, m_openedAt, true, batch, &opened)
        || !readInstant(row, m_resolvedAt, false, batch, &resolved)
        || !readSeverity(row, m_priority, batch, &event.severity)) {
        m_rejected = true;
        return;
    }
    if (isMissing(row, m_state)) {
        reject(batch, row, m_state, tr("%1 is empty.").arg(columnName(m_state)));
        m_rejected = true;
        return;
    }
    qint64 modCount = -1;
    if (!isMissing(row, m_modCount) && !NumberParser::parseInteger(cell(row, m_modCount), &modCount)) {
        reject(batch, row, m_modCount, tr("\"%1\" is not a whole number.").arg(cell(row, m_modCount).toString()));
        m_rejected = true;
        return;
    }
    event.at = *updated;
    event.modCount = modCount;
    event.status = intern(cell(row, m_state));
    m_events.append(event);
    m_lastLine.line = row.line;
    m_created = *opened;
    m_resolved = resolved;
    if (m_title >= 0)
        m_lastTitle = cell(row, m_title).toString();
    if (m_category >= 0)
        m_lastCategory = cell(row, m_category).toString();
}

void ServiceNowEventSource::flush(ImportBatch *batch)
{
    if (m_key.isEmpty())
        return;
    m_done.insert(keyDigest(m_key));
    if (m_rejected || m_events.isEmpty()) {
        m_rejected = false;
        m_events.clear();
        return;
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.modCount < b.modCount;
    });
    Domain::Ticket ticket;
    ticket.key = m_key;
    ticket.kind = Domain::TicketKind::Incident;
    // ServiceNow categories are the customer's own words: a category the mappings know refines
    // the work class, any other leaves the incident default without asking.
    const std::optional<WorkClass> mapped = m_settings.mappings.workClass(m_lastCategory);
    const WorkClass wc = mapped ? *mapped : incidentClass();
    ticket.serviceLevel = wc.level;
    ticket.activity = wc.activity;
    ticket.title = m_lastTitle;
    ticket.created = m_created;
    ticket.resolved = m_resolved;

    int severity = 0;
    for (const Event &e : std::as_const(m_events)) {
        const bool severityChanged = e.severity != severity;
        if (!ticket.history.isEmpty() && e.status == ticket.history.constLast().status && !severityChanged)
            continue;
        ticket.history.append(Domain::StatusChange{e.at, e.status, severityChanged ? e.severity : 0});
        severity = e.severity;
        if (!ticket.firstResponse && e.status.compare(QLatin1String("New"), Qt::CaseInsensitive) != 0)
            ticket.firstResponse = e.at;
    }
    ticket.severity = severity;
    ticket.status = m_events.constLast().status;
    m_events.clear();
    emitTicket(std::move(ticket), m_lastLine, m_resolvedAt, batch);
}

void ServiceNowEventSource::finish(ImportBatch *batch)
{
    flush(batch);
    m_key.clear();
}

} // namespace Exchange

#include "models/exchange/sources/servicenoweventsource.h"

#include "models/exchange/csv/numberparser.h"

#include <algorithm>

namespace Exchange {

ServiceNowEventSource::ServiceNowEventSource(const ImportSettings &settings, RowOrder order)
    : TicketSource(settings, DateTimeParser::Format::DayMonthYear), m_order(order)
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
    Incident *incident = &m_current;
    if (m_order == RowOrder::Any) {
        auto it = m_pending.find(key.toString());
        if (it == m_pending.end()) {
            it = m_pending.insert(key.toString(), Incident());
            m_firstSeen.append(key.toString());
        }
        incident = &it.value();
    } else if (key != m_key) {
        if (!m_key.isEmpty())
            emitIncident(m_key, &m_current, batch);
        m_key = key.toString();
        m_current = Incident();
        const bool seen = m_done.contains(keyDigest(m_key));
        m_done.insert(keyDigest(m_key));
        if (seen) {
            reject(batch, row, m_number,
                   tr("The rows of %1 are not together: sort the export by number.").arg(m_key));
            m_current.rejected = true;
            return;
        }
    }
    if (!incident->rejected && !readEvent(row, incident, batch)) {
        incident->rejected = true;
        incident->events.clear();
    }
}

bool ServiceNowEventSource::readEvent(const CsvRow &row, Incident *incident, ImportBatch *batch)
{
    Event event;
    std::optional<qint64> updated;
    std::optional<qint64> opened;
    std::optional<qint64> resolved;
    if (!readInstant(row, m_updatedAt, true, batch, &updated) ||
        !readInstant(row, m_openedAt, true, batch, &opened) ||
        !readInstant(row, m_resolvedAt, false, batch, &resolved) ||
        !readSeverity(row, m_priority, batch, &event.severity))
        return false;
    if (isMissing(row, m_state)) {
        reject(batch, row, m_state, tr("%1 is empty.").arg(columnName(m_state)));
        return false;
    }
    if (!isMissing(row, m_modCount) && !NumberParser::parseInteger(cell(row, m_modCount), &event.modCount)) {
        reject(batch, row, m_modCount,
               tr("\"%1\" is not a whole number.").arg(cell(row, m_modCount).toString()));
        return false;
    }
    event.at = *updated;
    event.status = intern(cell(row, m_state));
    // Opened/resolved/title come from the latest update, wherever it stands in the file.
    const bool latest = incident->events.isEmpty() || event.at > incident->latestAt ||
                        (event.at == incident->latestAt && event.modCount >= incident->latestModCount);
    incident->events.append(event);
    if (!latest)
        return true;
    incident->latestAt = event.at;
    incident->latestModCount = event.modCount;
    incident->lastLine.line = row.line;
    incident->created = *opened;
    incident->resolved = resolved;
    if (m_title >= 0)
        incident->title = cell(row, m_title).toString();
    if (m_category >= 0)
        incident->category = cell(row, m_category).toString();
    return true;
}

void ServiceNowEventSource::emitIncident(const QString &key, Incident *incident, ImportBatch *batch)
{
    if (incident->rejected || incident->events.isEmpty())
        return;
    QVector<Event> &events = incident->events;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.modCount < b.modCount;
    });
    Domain::Ticket ticket;
    ticket.key = key;
    ticket.kind = Domain::TicketKind::Incident;
    // ServiceNow categories are the customer's own words: a category the mappings know refines
    // the work class, any other leaves the incident default without asking.
    const std::optional<WorkClass> mapped = m_settings.mappings.workClass(incident->category);
    const WorkClass wc = mapped ? *mapped : incidentClass();
    ticket.serviceLevel = wc.level;
    ticket.activity = wc.activity;
    ticket.title = incident->title;
    ticket.created = incident->created;
    ticket.resolved = incident->resolved;
    int severity = 0;
    for (const Event &e : std::as_const(events)) {
        const bool severityChanged = e.severity != severity;
        if (!ticket.history.isEmpty() && e.status == ticket.history.constLast().status && !severityChanged)
            continue;
        ticket.history.append(Domain::StatusChange{e.at, e.status, severityChanged ? e.severity : 0});
        severity = e.severity;
        if (!ticket.firstResponse && e.status.compare(QLatin1String("New"), Qt::CaseInsensitive) != 0)
            ticket.firstResponse = e.at;
    }
    ticket.severity = severity;
    ticket.status = events.constLast().status;
    emitTicket(std::move(ticket), incident->lastLine, m_resolvedAt, batch);
}

void ServiceNowEventSource::finish(ImportBatch *batch)
{
    if (m_order == RowOrder::GroupedByNumber) {
        if (!m_key.isEmpty())
            emitIncident(m_key, &m_current, batch);
        m_key.clear();
        m_current = Incident();
        return;
    }
    for (const QString &key : std::as_const(m_firstSeen))
        emitIncident(key, &m_pending[key], batch);
    m_pending.clear();
    m_firstSeen.clear();
}

} // namespace Exchange

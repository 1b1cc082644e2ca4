#include "models/storage/ticketrepository.h"

// TicketRepository's streamed reads: a million tickets with their history (and stored results)
// one at a time, in order, in flat memory; on SQLite through the C API, on a server in one
// streamed statement.

#include "models/storage/database.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqliteticketstream.h"
#include "models/storage/ticketrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

StorageError TicketRepository::forEach(qint64 engagementId,
                                       const std::function<bool(const Domain::Ticket &)> &visit) const
{
    return forEachOrdered(
        engagementId, false,
        [&visit](const Domain::Ticket &ticket, const StoredSlaResult *) { return visit(ticket); });
}

StorageError TicketRepository::forEachWithResult(
    qint64 engagementId,
    const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const
{
    return forEachOrdered(engagementId, true, visit);
}

StorageError TicketRepository::forEachOrdered(
    qint64 engagementId, bool withResults,
    const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const
{
    const QString operation = QStringLiteral("list tickets");
    const QString record = QString::number(engagementId);
    // When the engagement is a good part of the table, both reads walk the tables in their own
    // order and let the database sort: walking the creation index instead costs a row lookup per
    // ticket and per status change in creation order, which is a random read each (1M tickets:
    // 12 s of CPU in SQLite alone, half of it in pread). Both counts read indexes only.
    QSqlQuery sizes(m_database.connection());
    if (!sizes.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets WHERE engagement_id = :e), "
                                      "(SELECT COUNT(*) FROM tickets)")))
        return queryError(sizes, operation, record);
    sizes.bindValue(QStringLiteral(":e"), engagementId);
    if (!sizes.exec() || !sizes.next())
        return queryError(sizes, operation, record);
    const QString scan = sizes.value(0).toLongLong() * 4 >= sizes.value(1).toLongLong()
                             ? QStringLiteral("+") // unary +: no index on it
                             : QString();
    sizes.finish();
    // SQLite: the C API's reader, with no sort when the tickets are stored in creation order.
    if (sqlite3 *handle = withResults ? nullptr : sqliteHandle(m_database.connection())) {
        return SqliteTicketStream(handle).forEach(
            engagementId, !scan.isEmpty(),
            [&visit](const Domain::Ticket &ticket) { return visit(ticket, nullptr); });
    }
    QStringList columns = ticketColumns().split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("t."));
    if (m_database.isServer())
        return forEachOnServer(engagementId, columns.join(QStringLiteral(", ")), scan, withResults, visit);
    // Reads in the same order, joined here: the tickets, the status changes with their ticket's
    // sort key, and (for an export) the stored SLA results. The database sorts each (spilling to
    // temporary files past its cache), so memory holds one ticket whatever the engagement's size.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT t.id, %1 FROM tickets t WHERE %2t.engagement_id = :e "
                                  "ORDER BY t.created_at, t.source_key, t.id")
                       .arg(columns.join(QStringLiteral(", ")), scan)))
        return queryError(q, operation, record);
    QSqlQuery h(m_database.connection());
    h.setForwardOnly(true);
    if (!h.prepare(
            QStringLiteral("SELECT h.ticket_id, h.changed_at, h.status, h.severity "
                           "FROM ticket_status_history h JOIN tickets t ON t.id = h.ticket_id "
                           "WHERE %1t.engagement_id = :e ORDER BY t.created_at, t.source_key, t.id, h.seq")
                .arg(scan)))
        return queryError(h, operation, record);
    QSqlQuery r(m_database.connection());
    r.setForwardOnly(true);
    if (withResults &&
        !r.prepare(QStringLiteral("SELECT %1 FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                                  "WHERE %2t.engagement_id = :e ORDER BY t.created_at, t.source_key, t.id")
                       .arg(SlaResultRepository::resultColumns(), scan)))
        return queryError(r, operation, record);
    for (QSqlQuery *query : {&h, &r, &q}) { // the streamed tickets last
        if (query != &r || withResults) {
            query->bindValue(QStringLiteral(":e"), engagementId);
            if (!query->exec())
                return queryError(*query, operation, record);
        }
    }
    bool changeAhead = h.next();
    bool resultAhead = withResults && r.next();
    StoredSlaResult stored;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        Domain::Ticket ticket = ticketFromQuery(q, 1);
        for (; changeAhead && h.value(0).toLongLong() == id; changeAhead = h.next())
            ticket.history.append({h.value(1).toLongLong(), h.value(2).toString(), h.value(3).toInt()});
        const bool hasResult = resultAhead && r.value(0).toLongLong() == id;
        if (hasResult) {
            stored = SlaResultRepository::resultFromRow(r);
            resultAhead = r.next();
        }
        if (!visit(ticket, hasResult ? &stored : nullptr))
            return {};
    }
    for (const QSqlQuery *query : {&q, &h, &r}) {
        if (query->lastError().isValid())
            return queryError(*query, operation, record);
    }
    return {};
}

StorageError TicketRepository::forEachOnServer(
    qint64 engagementId, const QString &columns, const QString &scan, bool withResults,
    const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const
{
    // PostgreSQL's driver streams one forward-only result at a time on a connection (single-row
    // mode), so a second cursor for the status changes would be fetched whole (3M rows for 1M
    // tickets). One statement carries each ticket's changes as a JSON array, and its stored result
    // joined, so memory holds one ticket whatever the engagement's size.
    const QString operation = QStringLiteral("list tickets");
    const QString record = QString::number(engagementId);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    constexpr int s_changes = 12; // the column after t.id and the ticket's 11
    // The changes grouped in the history's own order and joined by ticket id: a subquery per
    // ticket would look its changes up in the sorted tickets' order (21 s against 12.5 s at 1M).
    if (!q.prepare(
            QStringLiteral("SELECT t.id, %1, hx.changes%2 FROM tickets t LEFT JOIN (SELECT h.ticket_id, "
                           "json_agg(json_build_array(h.changed_at, h.status, h.severity) ORDER BY h.seq) "
                           "AS changes FROM ticket_status_history h JOIN tickets o ON o.id = h.ticket_id "
                           "WHERE %4o.engagement_id = :o GROUP BY h.ticket_id) hx ON hx.ticket_id = t.id%3 "
                           "WHERE %4t.engagement_id = :e ORDER BY t.created_at, t.source_key, t.id")
                .arg(columns,
                     withResults ? QStringLiteral(", ") + SlaResultRepository::resultColumns() : QString(),
                     withResults ? QStringLiteral(" LEFT JOIN sla_results r ON r.ticket_id = t.id")
                                 : QString(),
                     scan)))
        return queryError(q, operation, record);
    q.bindValue(QStringLiteral(":o"), engagementId);
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, operation, record);
    StoredSlaResult stored;
    while (q.next()) {
        Domain::Ticket ticket = ticketFromQuery(q, 1);
        const QJsonArray changes = QJsonDocument::fromJson(q.value(s_changes).toString().toUtf8()).array();
        ticket.history.reserve(changes.size());
        for (const QJsonValue &change : changes) {
            const QJsonArray c = change.toArray();
            ticket.history.append({c.at(0).toInteger(), c.at(1).toString(), int(c.at(2).toInteger())});
        }
        const bool hasResult = withResults && !q.isNull(s_changes + 1);
        if (hasResult)
            stored = SlaResultRepository::resultFromRow(q, s_changes + 1);
        if (!visit(ticket, hasResult ? &stored : nullptr))
            return {};
    }
    if (q.lastError().isValid())
        return queryError(q, operation, record);
    return {};
}

} // namespace Storage

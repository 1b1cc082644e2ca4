#include "models/storage/ticketbrowserepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/ticketbrowsesql.h"

#include <QSqlQuery>
#include <algorithm>

namespace Storage {

namespace {

using namespace TicketBrowseSql;

/// The columns rowFromQuery() reads, in its order: a page of tickets with their stored results.
constexpr char s_rowColumns[] =
    "SELECT t.id, t.source_key, t.title, t.severity, t.kind, t.service_level, t.status, t.created_at, "
    "t.first_response_at, t.resolved_at, r.ticket_id, r.state, r.response_business_seconds, "
    "r.resolution_business_seconds, r.paused_seconds, r.evaluated_at ";

/// Every id of `s` in the order of `column` (ties by id), into `order`.
StorageError readOrder(const QSqlDatabase &db, qint64 engagementId, const Selection &s,
                       const SortColumn &column, bool descending, bool server, qint64 shown,
                       TicketBrowseOrder *order)
{
    order->known = false;
    order->ids.clear();
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5, %1 %6")
                            .arg(s.idColumn, s.from, s.where, QLatin1String(column.expression),
                                 sortDirection(column, descending, server),
                                 descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q, QStringLiteral("read tickets"), QString::number(engagementId));
    s.bind(q);
    if (!q.exec())
        return queryError(q, QStringLiteral("read tickets"), QString::number(engagementId));
    order->ids.reserve(shown);
    while (q.next())
        order->ids.append(q.value(0).toLongLong());
    order->known = true;
    ++order->reads;
    return {};
}

TicketBrowseRow rowFromQuery(const QSqlQuery &q)
{
    TicketBrowseRow row;
    row.id = q.value(0).toLongLong();
    row.key = q.value(1).toString();
    row.title = q.value(2).toString();
    row.severity = q.value(3).toInt();
    Domain::ticketKindFromId(q.value(4).toString(), &row.kind);
    Domain::serviceLevelFromId(q.value(5).toString(), &row.serviceLevel);
    row.status = q.value(6).toString();
    row.created = q.value(7).toLongLong();
    row.responded = optionalFromSql(q.value(8));
    row.resolved = optionalFromSql(q.value(9));
    row.evaluated = !q.value(10).isNull();
    if (row.evaluated) {
        Domain::slaStateFromId(q.value(11).toString(), &row.state);
        row.responseSeconds = q.value(12).toLongLong();
        row.resolutionSeconds = q.value(13).toLongLong();
        row.pausedSeconds = q.value(14).toLongLong();
        row.evaluatedAt = q.value(15).toLongLong();
    }
    return row;
}

} // namespace

bool TicketBrowseFilter::isEmpty() const
{
    return text.isEmpty() && severity == 0 && !state && !notEvaluated && !kind && !month.isValid();
}

bool TicketBrowseFilter::operator==(const TicketBrowseFilter &o) const
{
    return text == o.text && severity == o.severity && state == o.state && notEvaluated == o.notEvaluated &&
           kind == o.kind && month == o.month;
}

bool TicketBrowseRow::operator==(const TicketBrowseRow &o) const
{
    return id == o.id && key == o.key && title == o.title && severity == o.severity && kind == o.kind &&
           serviceLevel == o.serviceLevel && status == o.status && created == o.created &&
           responded == o.responded && resolved == o.resolved && evaluated == o.evaluated &&
           state == o.state && responseSeconds == o.responseSeconds &&
           resolutionSeconds == o.resolutionSeconds && pausedSeconds == o.pausedSeconds &&
           evaluatedAt == o.evaluatedAt;
}

TicketBrowseRepository::TicketBrowseRepository(const Database &database) : m_database(database)
{
}

StorageError TicketBrowseRepository::summary(qint64 engagementId, TicketBrowseCounts *out) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets WHERE engagement_id = :e), "
                                  "(SELECT COUNT(*) FROM sla_results WHERE engagement_id = :er)")))
        return queryError(q, QStringLiteral("count tickets and SLA results"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":er"), engagementId);
    if (!q.exec() || !q.next())
        return queryError(q, QStringLiteral("count tickets and SLA results"), QString::number(engagementId));
    out->tickets = q.value(0).toLongLong();
    out->complete = out->tickets == q.value(1).toLongLong();
    out->shown = out->tickets;
    return {};
}

StorageError TicketBrowseRepository::count(qint64 engagementId, const TicketBrowseFilter &filter,
                                           qint64 *out) const
{
    QSqlDatabase db = m_database.connection();
    const Selection s = selectForCount(db, engagementId, filter);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(s.from, s.where)))
        return queryError(q, QStringLiteral("count tickets"), QString::number(engagementId));
    s.bind(q);
    if (!q.exec() || !q.next())
        return queryError(q, QStringLiteral("count tickets"), QString::number(engagementId));
    *out = q.value(0).toLongLong();
    return {};
}

StorageError TicketBrowseRepository::filterCounts(qint64 engagementId, const TicketBrowseFilter &filter,
                                                  TicketBrowseCounts *counts) const
{
    counts->idsKnown = false;
    counts->ids.clear();
    if (m_maxIds > 0) {
        QSqlDatabase db = m_database.connection();
        const Selection s = selectForCount(db, engagementId, filter);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT :cap").arg(s.idColumn, s.from, s.where)))
            return queryError(q, QStringLiteral("read the tickets of a filter"),
                              QString::number(engagementId));
        s.bind(q);
        q.bindValue(QStringLiteral(":cap"), m_maxIds + 1);
        if (!q.exec())
            return queryError(q, QStringLiteral("read the tickets of a filter"),
                              QString::number(engagementId));
        QVector<qint64> ids;
        while (q.next() && ids.size() <= m_maxIds)
            ids.append(q.value(0).toLongLong());
        if (ids.size() <= m_maxIds) {
            counts->shown = ids.size();
            counts->idsKnown = true;
            counts->ids = std::move(ids);
            return {};
        }
    }
    return count(engagementId, filter, &counts->shown);
}

StorageError TicketBrowseRepository::rowsByIds(TicketSortKey sort, bool descending, qint64 offset, int limit,
                                               const QVector<qint64> &ids,
                                               QVector<TicketBrowseRow> *out) const
{
    // Few tickets: read them by id (one row-id lookup each) and sort them, never an index walk.
    // Positional binds, one per id: SQLite takes 32,766 of them, PostgreSQL 65,535.
    QString marks;
    marks.reserve(int(ids.size()) * 2);
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    const SortColumn column = sortColumn(sort);
    const QString sql =
        QLatin1String(s_rowColumns) +
        QStringLiteral("FROM tickets t LEFT JOIN sla_results r ON r.ticket_id = t.id WHERE t.id IN (%1) "
                       "ORDER BY %2 %3, t.id %4 LIMIT ? OFFSET ?")
            .arg(marks, QLatin1String(column.expression),
                 sortDirection(column, descending, m_database.isServer()),
                 descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q, QStringLiteral("read tickets by id"), QString::number(ids.size()));
    for (const qint64 id : ids)
        q.addBindValue(id);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return queryError(q, QStringLiteral("read tickets by id"), QString::number(ids.size()));
    out->reserve(limit);
    while (q.next())
        out->append(rowFromQuery(q));
    return {};
}

TicketBrowseRepository::PagePlan TicketBrowseRepository::plan(const TicketBrowseFilter &filter, qint64 offset,
                                                              int limit,
                                                              const TicketBrowseCounts &counts) const
{
    PagePlan p;
    p.offset = offset;
    p.limit = limit;
    const qint64 total = counts.shown;
    // OFFSET walks the skipped index entries: a page in the second half is read from the end.
    if (total > 0 && offset > total / 2) {
        const qint64 end = std::min<qint64>(total, offset + limit);
        p.limit = int(end - offset);
        p.offset = total - end;
        p.reverse = true;
    }
    // Walking the sort index and testing the filter on each row is quick while few rows are walked
    // (a common filter, a page near an end); past that, the filter is read as a set of ids first.
    const qint64 walk =
        (p.offset + p.limit) * std::max<qint64>(1, counts.tickets) / std::max<qint64>(1, total);
    // A month is tied to the instants the table is often sorted by (created, resolved): its rows
    // sit together at one place of those indexes, so the walk cannot be estimated from the count.
    p.throughIds = !filter.isEmpty() && (filter.month.isValid() || walk > m_maxWalk);
    return p;
}

bool TicketBrowseRepository::readsOrder(const TicketBrowseFilter &filter, TicketSortKey sort, bool descending,
                                        qint64 offset, int limit, const TicketBrowseCounts &counts,
                                        const TicketBrowseOrder &order) const
{
    if (limit <= 0 || offset < 0 || offset >= counts.shown || (counts.idsKnown && !filter.isEmpty()) ||
        counts.shown > maxOrderedIds())
        return false;
    if (order.known && order.sort == sort && order.descending == descending)
        return false;
    return plan(filter, offset, limit, counts).throughIds;
}

StorageError TicketBrowseRepository::order(qint64 engagementId, const TicketBrowseFilter &filter,
                                           TicketSortKey sort, bool descending,
                                           const TicketBrowseCounts &counts, TicketBrowseOrder *out) const
{
    QSqlDatabase db = m_database.connection();
    const SortColumn column = sortColumn(sort);
    const Selection s = selectThroughIds(db, engagementId, filter, column, counts.complete);
    if (StorageError e =
            readOrder(db, engagementId, s, column, descending, m_database.isServer(), counts.shown, out))
        return e;
    out->sort = sort;
    out->descending = descending;
    return {};
}

StorageError TicketBrowseRepository::rows(qint64 engagementId, const TicketBrowseFilter &filter,
                                          TicketSortKey sort, bool descending, qint64 offset, int limit,
                                          const TicketBrowseCounts &counts, QVector<TicketBrowseRow> *out,
                                          TicketBrowseOrder *order) const
{
    const qint64 total = counts.shown;
    out->clear();
    if (limit <= 0 || offset < 0 || (total >= 0 && offset >= total))
        return {};
    if (counts.idsKnown && !filter.isEmpty())
        return rowsByIds(sort, descending, offset, limit, counts.ids, out);
    if (order && total <= maxOrderedIds() && plan(filter, offset, limit, counts).throughIds)
        return rowsOfOrder(engagementId, filter, sort, descending, offset, limit, counts, out, order);
    const PagePlan p = plan(filter, offset, limit, counts);
    offset = p.offset;
    limit = p.limit;
    const bool reverse = p.reverse;
    const bool down = descending != reverse;
    QSqlDatabase db = m_database.connection();
    const SortColumn column = sortColumn(sort);
    const Selection s = p.throughIds ? selectThroughIds(db, engagementId, filter, column, counts.complete)
                                     : select(db, engagementId, filter, &column, counts.complete);
    const QString direction = down ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString valueDirection = sortDirection(column, down, m_database.isServer());
    const QString sql =
        QLatin1String(s_rowColumns) +
        QStringLiteral("FROM (SELECT %1 AS id, %2 AS sort_value FROM %3 WHERE %4 ORDER BY %2 %6, %1 %5 LIMIT "
                       ":limit OFFSET :offset) p "
                       "JOIN tickets t ON t.id = p.id LEFT JOIN sla_results r ON r.ticket_id = p.id "
                       "ORDER BY p.sort_value %6, p.id %5")
            .arg(s.idColumn, QLatin1String(column.expression), s.from, s.where, direction, valueDirection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return queryError(q, QStringLiteral("read tickets"), QString::number(engagementId));
    s.bind(q);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return queryError(q, QStringLiteral("read tickets"), QString::number(engagementId));
    out->reserve(limit);
    while (q.next())
        out->append(rowFromQuery(q));
    if (reverse)
        std::reverse(out->begin(), out->end());
    return {};
}

StorageError TicketBrowseRepository::rowsOfOrder(qint64 engagementId, const TicketBrowseFilter &filter,
                                                 TicketSortKey sort, bool descending, qint64 offset,
                                                 int limit, const TicketBrowseCounts &counts,
                                                 QVector<TicketBrowseRow> *out,
                                                 TicketBrowseOrder *order) const
{
    if (!order->known || order->sort != sort || order->descending != descending) {
        if (StorageError e = this->order(engagementId, filter, sort, descending, counts, order))
            return e;
    }
    const QVector<qint64> ids = order->ids.mid(offset, limit); // the page asked for
    if (ids.isEmpty())
        return {}; // fewer pass now than were counted (another user's change): no rows, no "IN ()"
    return rowsByIds(sort, descending, 0, limit, ids, out);
}

StorageError TicketBrowseRepository::rowsInOrder(qint64 engagementId, const TicketBrowseFilter &filter,
                                                 TicketSortKey sort, bool descending, qint64 offset,
                                                 int limit, const TicketBrowseCounts &counts,
                                                 QVector<TicketBrowseRow> *out,
                                                 TicketBrowseOrder *order) const
{
    if (!m_database.isServer() || (counts.idsKnown && !filter.isEmpty()) || counts.shown <= m_maxIds ||
        counts.shown > maxOrderedIds())
        return rows(engagementId, filter, sort, descending, offset, limit, counts, out, order);
    out->clear();
    if (limit <= 0 || offset < 0 || offset >= counts.shown)
        return {};
    return rowsOfOrder(engagementId, filter, sort, descending, offset, limit, counts, out, order);
}

StorageError TicketBrowseRepository::evaluatedAt(qint64 ticketId, std::optional<qint64> *out) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT evaluated_at FROM sla_results WHERE ticket_id = :id")))
        return queryError(q, QStringLiteral("read SLA result"), QString::number(ticketId));
    q.bindValue(QStringLiteral(":id"), ticketId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA result"), QString::number(ticketId));
    *out = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    return {};
}

} // namespace Storage

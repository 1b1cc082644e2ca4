#include "models/storage/ticketsubsets.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace Storage {

namespace {

const QString s_operation = QStringLiteral("read tickets for SLA");
/// Ids bound in one `IN (…)`: well inside SQLite's 32,766 variables and PostgreSQL's 65,535.
constexpr qsizetype s_idsPerRead = 500;

/// Opened, resolved or open at some instant of [from, to): see TicketSubsets::active().
const QString s_activeCondition =
    QStringLiteral("((t.created_at >= ? AND t.created_at < ?) OR (t.resolved_at >= ? AND t.resolved_at < ?) "
                   "OR (t.created_at < ? AND (t.resolved_at IS NULL OR t.resolved_at >= ?)))");

QVariantList activeBinds(qint64 from, qint64 to)
{
    return {from, to, from, to, to, to};
}

} // namespace

TicketSubsets::TicketSubsets(const Database &database) : m_database(database)
{
}

StorageError TicketSubsets::largeShare(qint64 engagementId, bool *large) const
{
    // When the engagement is a good part of the table, a scan in the table's own order with the
    // condition checked per row beats a row lookup per ticket through an index (the creation or
    // resolution index finds "open at the end" only as a range of everything before it). Both
    // counts read indexes only.
    QSqlQuery sizes(m_database.connection());
    if (!sizes.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets WHERE engagement_id = ?), "
                                      "(SELECT COUNT(*) FROM tickets)")))
        return queryError(sizes, s_operation, QString::number(engagementId));
    sizes.addBindValue(engagementId);
    if (!sizes.exec() || !sizes.next())
        return queryError(sizes, s_operation, QString::number(engagementId));
    *large = sizes.value(0).toLongLong() * 4 >= sizes.value(1).toLongLong();
    return {};
}

StorageError TicketSubsets::active(qint64 engagementId, qint64 from, qint64 to, TicketsWithIds *out) const
{
    out->ids.clear();
    out->tickets.clear();
    bool large = false;
    if (StorageError error = largeShare(engagementId, &large))
        return error;
    // "+": no index on the engagement (see largeShare()).
    Filter filter{QStringLiteral("%1t.engagement_id = ? AND %2")
                      .arg(large ? QStringLiteral("+") : QString(), s_activeCondition),
                  QVariantList{engagementId} + activeBinds(from, to)};
    return read(filter, out);
}

StorageError TicketSubsets::activeResults(qint64 engagementId, qint64 from, qint64 to,
                                          QVector<StoredSlaResult> *out) const
{
    out->clear();
    bool large = false;
    if (StorageError error = largeShare(engagementId, &large))
        return error;
    Filter filter{QStringLiteral("%1t.engagement_id = ? AND %2")
                      .arg(large ? QStringLiteral("+") : QString(), s_activeCondition),
                  QVariantList{engagementId} + activeBinds(from, to)};
    return readResults(filter, out, QString::number(engagementId));
}

StorageError TicketSubsets::readResults(const Filter &filter, QVector<StoredSlaResult> *out,
                                        const QString &record) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                                  "WHERE %2 ORDER BY r.ticket_id")
                       .arg(SlaResultRepository::resultColumns(), filter.where)))
        return queryError(q, QStringLiteral("read SLA results"), record);
    for (const QVariant &value : filter.binds)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA results"), record);
    while (q.next())
        out->append(SlaResultRepository::resultFromRow(q));
    return {};
}

StorageError TicketSubsets::idRange(qint64 engagementId, qint64 *first, qint64 *last) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT MIN(id), MAX(id) FROM tickets WHERE engagement_id = ?")))
        return queryError(q, s_operation, QString::number(engagementId));
    q.addBindValue(engagementId);
    if (!q.exec() || !q.next())
        return queryError(q, s_operation, QString::number(engagementId));
    // No ticket: an empty range.
    *first = q.value(0).isNull() ? 1 : q.value(0).toLongLong();
    *last = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    return {};
}

StorageError TicketSubsets::forEachActive(qint64 engagementId, qint64 from, qint64 to, bool withResults,
                                          const std::function<bool(const ActiveChunk &)> &consume) const
{
    qint64 first = 0;
    qint64 last = 0;
    if (StorageError error = idRange(engagementId, &first, &last))
        return error;
    // Walked by primary key from where the last chunk ended ("+": never through an index of the
    // engagement, which would find every active ticket again for each chunk to sort them by id).
    const QString where =
        QStringLiteral("+t.engagement_id = ? AND t.id > ? AND t.id <= ? AND %1").arg(s_activeCondition);
    ActiveChunk chunk;
    qint64 after = first - 1;
    while (after < last) {
        chunk.tickets.ids.clear();
        chunk.tickets.tickets.clear();
        chunk.results.clear();
        const auto upTo = [&](qint64 lastOfChunk) {
            return Filter{where, QVariantList{engagementId, after, lastOfChunk} + activeBinds(from, to)};
        };
        if (StorageError error = read(upTo(last), &chunk.tickets, m_chunkSize, upTo))
            return error;
        if (chunk.tickets.ids.isEmpty())
            break;
        const qint64 chunkLast = chunk.tickets.ids.constLast();
        if (withResults) {
            if (StorageError error =
                    readResults(upTo(chunkLast), &chunk.results, QString::number(engagementId)))
                return error;
        }
        if (!consume(chunk))
            return {};
        if (chunk.tickets.ids.size() < m_chunkSize)
            break;
        after = chunkLast;
    }
    return {};
}

StorageError TicketSubsets::forEachIdChunk(const char *engagementColumn, const char *idColumn,
                                           qint64 engagementId, QVector<qint64> ids,
                                           const std::function<StorageError(const Filter &)> &readChunk)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // In rising id chunks, so that the whole is in id order as every read here is.
    for (qsizetype first = 0; first < ids.size(); first += s_idsPerRead) {
        const qsizetype count = std::min(s_idsPerRead, ids.size() - first);
        Filter filter;
        // The unary + keeps SQLite from walking the engagement's whole creation index for the
        // engagement condition (its plan for 500 ids: 1M index entries a statement on the 1M
        // bench, 16 s of a review pack) instead of looking the ids up by primary key.
        filter.where = QStringLiteral("+%1 = ? AND %2 IN (?%3)")
                           .arg(QLatin1String(engagementColumn), QLatin1String(idColumn),
                                QStringLiteral(", ?").repeated(int(count - 1)));
        filter.binds.reserve(count + 1);
        filter.binds.append(engagementId);
        for (qsizetype i = first; i < first + count; ++i)
            filter.binds.append(ids.at(i));
        if (StorageError error = readChunk(filter))
            return error;
    }
    return {};
}

StorageError TicketSubsets::byIds(qint64 engagementId, QVector<qint64> ids, TicketsWithIds *out) const
{
    out->ids.clear();
    out->tickets.clear();
    return forEachIdChunk("t.engagement_id", "t.id", engagementId, std::move(ids),
                          [this, out](const Filter &filter) { return read(filter, out); });
}

StorageError TicketSubsets::resultsByIds(qint64 engagementId, QVector<qint64> ids,
                                         QVector<StoredSlaResult> *out) const
{
    out->clear();
    return forEachIdChunk("r.engagement_id", "r.ticket_id", engagementId, std::move(ids),
                          [this, out, engagementId](const Filter &filter) {
                              return readResults(filter, out, QString::number(engagementId));
                          });
}

StorageError TicketSubsets::read(const Filter &filter, TicketsWithIds *out, int limit,
                                 const std::function<Filter(qint64)> &historyOf) const
{
    QSqlDatabase db = m_database.connection();
    const qsizetype firstNew = out->ids.size();
    // The tickets first, then their history: PostgreSQL's driver reads one forward-only result
    // at a time on a connection. The history is ordered by t.id (the same as h.ticket_id) so
    // that SQLite drives the join from the chosen tickets, one primary-key range of status
    // changes each, instead of walking every status change of the table (0.27 s against 0.52 s
    // of CPU for 207k of 1M tickets).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM tickets t WHERE %2 ORDER BY t.id%3")
                       .arg(SlaResultRepository::ticketColumns(), filter.where,
                            limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString())))
        return queryError(q, s_operation);
    for (const QVariant &value : filter.binds)
        q.addBindValue(value);
    if (!q.exec())
        return queryError(q, s_operation);
    while (q.next()) {
        out->ids.append(q.value(0).toLongLong());
        out->tickets.append(SlaResultRepository::ticketFromRow(q));
    }
    q.finish();
    if (out->ids.size() == firstNew)
        return {};
    // With a limit, the history of the tickets read: bounded by the last of them in a filter of
    // its own (an added "t.id <= ?" beside the filter's bound left SQLite walking to the
    // engagement's last ticket for each chunk).
    const Filter history = historyOf ? historyOf(out->ids.constLast()) : filter;
    QSqlQuery h(db);
    h.setForwardOnly(true);
    if (!h.prepare(QStringLiteral("SELECT h.ticket_id, h.changed_at, h.status, h.severity "
                                  "FROM ticket_status_history h JOIN tickets t ON t.id = h.ticket_id "
                                  "WHERE %1 ORDER BY t.id, h.seq")
                       .arg(history.where)))
        return queryError(h, QStringLiteral("read ticket history for SLA"));
    for (const QVariant &value : history.binds)
        h.addBindValue(value);
    if (!h.exec())
        return queryError(h, QStringLiteral("read ticket history for SLA"));
    // Both are in id order: walk them together.
    appendHistoryRows(h, out, firstNew);
    return {};
}

} // namespace Storage

#include "models/storage/ticketrepository.h"

#include "models/storage/database.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqliteticketstream.h"
#include "models/storage/sqliteticketupsert.h"
#include "models/storage/ticketbrowsesql.h"
#include "models/storage/ticketrows.h"
#include "models/storage/ticketvendorsla.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

/// Binds the ticket's own columns at positions first .. first + 9 (kind .. vendor_sla).
void bindTicket(QSqlQuery &q, int first, const Domain::Ticket &t)
{
    q.bindValue(first, Domain::ticketKindId(t.kind));
    q.bindValue(first + 1, t.severity);
    q.bindValue(first + 2, Domain::serviceLevelId(t.serviceLevel));
    q.bindValue(first + 3, textToSql(t.activity));
    q.bindValue(first + 4, textToSql(t.title));
    q.bindValue(first + 5, textToSql(t.status));
    q.bindValue(first + 6, t.created);
    q.bindValue(first + 7, optionalToSql(t.firstResponse));
    q.bindValue(first + 8, optionalToSql(t.resolved));
    q.bindValue(first + 9, vendorSlaToSql(t.vendorSla));
}

} // namespace

Domain::Ticket ticketFromQuery(const QSqlQuery &q, int first)
{
    Domain::Ticket t;
    t.key = q.value(first).toString();
    Domain::ticketKindFromId(q.value(first + 1).toString(), &t.kind);
    t.severity = q.value(first + 2).toInt();
    Domain::serviceLevelFromId(q.value(first + 3).toString(), &t.serviceLevel);
    t.activity = q.value(first + 4).toString();
    t.title = q.value(first + 5).toString();
    t.status = q.value(first + 6).toString();
    t.created = q.value(first + 7).toLongLong();
    t.firstResponse = optionalFromSql(q.value(first + 8));
    t.resolved = optionalFromSql(q.value(first + 9));
    t.vendorSla = vendorSlaFromSql(q.value(first + 10));
    return t;
}

const QString &ticketColumns()
{
    static const QString columns =
        QStringLiteral("source_key, kind, severity, service_level, activity, title, "
                       "status, created_at, first_response_at, resolved_at, "
                       "vendor_sla");
    return columns;
}

QString vendorSlaToSql(const QVector<Domain::VendorSlaValue> &values)
{
    if (values.isEmpty())
        return QStringLiteral(""); // '' (a null QString would bind NULL)
    QJsonArray array;
    for (const Domain::VendorSlaValue &v : values) {
        QJsonObject o{{QStringLiteral("metric"), v.metric}, {QStringLiteral("text"), v.text}};
        if (v.remainingSeconds)
            o.insert(QStringLiteral("remainingSeconds"), double(*v.remainingSeconds));
        if (v.breached)
            o.insert(QStringLiteral("breached"), *v.breached);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<Domain::VendorSlaValue> vendorSlaFromSql(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {}; // most tickets: no parse of an empty document per row
    return SqliteTicketStream::vendorSlaFromJson(value.toString().toUtf8());
}

/// The statements of an upsert, prepared once and bound by position: an import of a million
/// tickets runs them millions of times.
struct TicketRepository::UpsertStatements
{
    explicit UpsertStatements(const QSqlDatabase &db)
        : find(db), history(db), insert(db), update(db), clearHistory(db), addHistory(db)
    {
    }
    QSqlQuery find, history, insert, update, clearHistory, addHistory;
    /// SQLite: the same statements through the C API instead (and the queries above unprepared)
    std::unique_ptr<SqliteTicketUpsert> sqlite;
    /// The last ticket's key was known: the next one is looked up before an insert is tried
    /// (a re-import is all known keys, a first import all new ones).
    bool lastKnown = false;
};

TicketRepository::TicketRepository(const Database &database) : m_database(database)
{
}

TicketRepository::~TicketRepository() = default;

StorageError TicketRepository::prepareUpsert() const
{
    if (m_upsert)
        return {};
    const QString operation = QStringLiteral("save ticket");
    auto s = std::make_unique<UpsertStatements>(m_database.connection());
    if (!m_database.isServer() && SqliteTicketUpsert::isEnabled()) {
        if (StorageError error = SqliteTicketUpsert::prepare(m_database.connection(), &s->sqlite))
            return error;
        m_upsert = std::move(s);
        return {};
    }
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        {&s->find, QStringLiteral(
                       "SELECT id, %1 FROM tickets WHERE engagement_id = ? AND source = ? AND source_key = ?")
                       .arg(ticketColumns())},
        {&s->history, QStringLiteral("SELECT changed_at, status, severity FROM ticket_status_history "
                                     "WHERE ticket_id = ? ORDER BY seq")},
        {&s->insert,
         QStringLiteral(
             "INSERT INTO tickets (engagement_id, source, source_key, kind, severity, service_level, "
             "activity, title, status, created_at, first_response_at, resolved_at, vendor_sla) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (engagement_id, source, source_key) DO NOTHING RETURNING id")},
        {&s->update,
         QStringLiteral("UPDATE tickets SET kind = ?, severity = ?, service_level = ?, activity = ?, "
                        "title = ?, status = ?, created_at = ?, first_response_at = ?, resolved_at = ?, "
                        "vendor_sla = ? WHERE id = ?")},
        {&s->clearHistory, QStringLiteral("DELETE FROM ticket_status_history WHERE ticket_id = ?")},
        {&s->addHistory,
         QStringLiteral("INSERT INTO ticket_status_history (ticket_id, seq, changed_at, status, severity) "
                        "VALUES (?, ?, ?, ?, ?)")},
    };
    for (const auto &statement : statements) {
        statement.query->setForwardOnly(true);
        if (!statement.query->prepare(statement.sql))
            return queryError(*statement.query, operation);
    }
    m_upsert = std::move(s);
    return {};
}

StorageError TicketRepository::upsert(qint64 engagementId, const QString &source,
                                      const QVector<Domain::Ticket> &tickets, UpsertCounts *counts,
                                      QVector<qint64> *changedIds) const
{
    const QString operation = QStringLiteral("save ticket");
    if (m_database.isReadOnly())
        return readOnlyError(operation, source);
    if (tickets.isEmpty())
        return {};
    if (std::optional<StorageError> done =
            serverTicketUpsert(m_database, engagementId, source, tickets, counts, changedIds))
        return *done;
    if (StorageError error = prepareUpsert())
        return error;
    if (m_upsert->sqlite)
        return m_upsert->sqlite->upsert(engagementId, source, tickets, counts, changedIds);
    QSqlQuery &find = m_upsert->find;
    QSqlQuery &history = m_upsert->history;
    QSqlQuery &insert = m_upsert->insert;
    QSqlQuery &update = m_upsert->update;
    QSqlQuery &clearHistory = m_upsert->clearHistory;
    QSqlQuery &addHistory = m_upsert->addHistory;
    const QVariant engagement(engagementId);
    const QVariant sourceValue(source);
    UpsertCounts local;
    for (const Domain::Ticket &ticket : tickets) {
        // A new ticket is one statement: the insert that does nothing on a known key. Only a
        // known key is read back and compared (a re-import writes nothing). After a known key
        // the next one is looked up first, which spares a re-import the insert that does nothing.
        qint64 id = 0;
        bool known = false;
        if (m_upsert->lastKnown) {
            find.bindValue(0, engagement);
            find.bindValue(1, sourceValue);
            find.bindValue(2, ticket.key);
            if (!find.exec())
                return queryError(find, operation, ticket.key);
            known = find.next();
            if (!known)
                find.finish();
        }
        if (!known) {
            insert.bindValue(0, engagement);
            insert.bindValue(1, sourceValue);
            insert.bindValue(2, ticket.key);
            bindTicket(insert, 3, ticket);
            if (!insert.exec())
                return queryError(insert, operation, ticket.key);
        }
        if (!known && insert.next()) {
            id = insert.value(0).toLongLong();
            insert.finish();
            ++local.added;
            m_upsert->lastKnown = false;
        } else {
            if (!known) {
                insert.finish();
                find.bindValue(0, engagement);
                find.bindValue(1, sourceValue);
                find.bindValue(2, ticket.key);
                if (!find.exec() || !find.next())
                    return queryError(find, operation, ticket.key);
            }
            m_upsert->lastKnown = true;
            id = find.value(0).toLongLong();
            Domain::Ticket stored = ticketFromQuery(find, 1);
            find.finish();
            history.bindValue(0, id);
            if (!history.exec())
                return queryError(history, operation, ticket.key);
            while (history.next())
                stored.history.append(
                    {history.value(0).toLongLong(), history.value(1).toString(), history.value(2).toInt()});
            history.finish();
            if (stored == ticket) {
                ++local.unchanged;
                continue;
            }
            bindTicket(update, 0, ticket);
            update.bindValue(10, id);
            if (!update.exec())
                return queryError(update, operation, ticket.key);
            if (!stored.history.isEmpty()) {
                clearHistory.bindValue(0, id);
                if (!clearHistory.exec())
                    return queryError(clearHistory, operation, ticket.key);
            }
            ++local.updated;
        }
        if (changedIds)
            changedIds->append(id);
        for (int seq = 0; seq < ticket.history.size(); ++seq) {
            const Domain::StatusChange &change = ticket.history.at(seq);
            addHistory.bindValue(0, id);
            addHistory.bindValue(1, seq);
            addHistory.bindValue(2, change.at);
            addHistory.bindValue(3, textToSql(change.status));
            addHistory.bindValue(4, change.severity);
            if (!addHistory.exec())
                return queryError(addHistory, operation, ticket.key);
        }
    }
    if (counts) {
        counts->added += local.added;
        counts->updated += local.updated;
        counts->unchanged += local.unchanged;
    }
    return {};
}

StorageError TicketRepository::list(qint64 engagementId, QVector<Domain::Ticket> *out) const
{
    return listWhere(engagementId, std::nullopt, out);
}

StorageError TicketRepository::listCreated(qint64 engagementId, qint64 createdFrom, qint64 createdTo,
                                           QVector<Domain::Ticket> *out) const
{
    return listWhere(engagementId, QPair<qint64, qint64>(createdFrom, createdTo), out);
}

StorageError
TicketRepository::forEachCreatedChunk(qint64 engagementId, qint64 createdFrom, qint64 createdTo,
                                      int chunkSize,
                                      const std::function<bool(QVector<Domain::Ticket> &)> &visit) const
{
    // The instant that ends a chunk: the creation of the ticket after the chunk's `chunkSize`
    // ones, found by walking the creation index (engagement_id, created_at) without a row lookup.
    QSqlQuery bound(m_database.connection());
    bound.setForwardOnly(true);
    if (!bound.prepare(QStringLiteral("SELECT created_at FROM tickets WHERE engagement_id = :e AND "
                                      "created_at >= :from AND created_at < :to ORDER BY created_at "
                                      "LIMIT 1 OFFSET :n")))
        return queryError(bound, QStringLiteral("list tickets"));
    QVector<Domain::Ticket> chunk;
    for (qint64 from = createdFrom; from < createdTo;) {
        bound.bindValue(QStringLiteral(":e"), engagementId);
        bound.bindValue(QStringLiteral(":from"), from);
        bound.bindValue(QStringLiteral(":to"), createdTo);
        bound.bindValue(QStringLiteral(":n"), qMax(1, chunkSize));
        if (!bound.exec())
            return queryError(bound, QStringLiteral("list tickets"));
        // A run of tickets created in the same second is never split: the chunk takes it whole.
        const bool more = bound.next();
        if (!more && bound.lastError().isValid())
            return queryError(bound, QStringLiteral("list tickets"));
        const qint64 to = more ? qMax(bound.value(0).toLongLong(), from + 1) : createdTo;
        bound.finish();
        if (StorageError error = listWhere(engagementId, QPair<qint64, qint64>(from, to), &chunk))
            return error;
        if (!chunk.isEmpty() && !visit(chunk))
            return {};
        from = to;
    }
    return {};
}

StorageError TicketRepository::listWhere(qint64 engagementId,
                                         const std::optional<QPair<qint64, qint64>> &created,
                                         QVector<Domain::Ticket> *out) const
{
    QSqlDatabase db = m_database.connection();
    const QString range =
        created ? QStringLiteral(" AND created_at >= :from AND created_at < :to") : QString();
    const auto bindRange = [&created](QSqlQuery &q) {
        if (created) {
            q.bindValue(QStringLiteral(":from"), created->first);
            q.bindValue(QStringLiteral(":to"), created->second);
        }
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral(
                "SELECT id, %1 FROM tickets WHERE engagement_id = :e%2 ORDER BY created_at, source_key")
                .arg(ticketColumns(), range)))
        return queryError(q, QStringLiteral("list tickets"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    bindRange(q);
    if (!q.exec())
        return queryError(q, QStringLiteral("list tickets"));
    out->clear();
    QHash<qint64, int> indexById;
    while (q.next()) {
        indexById.insert(q.value(0).toLongLong(), out->size());
        out->append(ticketFromQuery(q, 1));
    }
    QSqlQuery h(db);
    h.setForwardOnly(true);
    if (!h.prepare(QStringLiteral(
                       "SELECT h.ticket_id, h.changed_at, h.status, h.severity FROM ticket_status_history h "
                       "JOIN tickets t ON t.id = h.ticket_id WHERE t.engagement_id = :e%1 "
                       "ORDER BY h.ticket_id, h.seq")
                       .arg(created ? QStringLiteral(" AND t.created_at >= :from AND t.created_at < :to")
                                    : QString())))
        return queryError(h, QStringLiteral("list ticket history"));
    h.bindValue(QStringLiteral(":e"), engagementId);
    bindRange(h);
    if (!h.exec())
        return queryError(h, QStringLiteral("list ticket history"));
    while (h.next()) {
        const auto it = indexById.constFind(h.value(0).toLongLong());
        if (it != indexById.constEnd())
            (*out)[*it].history.append({h.value(1).toLongLong(), h.value(2).toString(), h.value(3).toInt()});
    }
    return {};
}

StorageError TicketRepository::count(qint64 engagementId, qint64 *out) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE engagement_id = :e")))
        return queryError(q, QStringLiteral("count tickets"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec() || !q.next())
        return queryError(q, QStringLiteral("count tickets"));
    *out = q.value(0).toLongLong();
    return {};
}

StorageError TicketRepository::find(qint64 engagementId, const QString &key, Domain::Ticket *out,
                                    qint64 *id) const
{
    const QString operation = QStringLiteral("find ticket");
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Exact first, sought in tickets_by_key through the key's natural order (migration 012); the
    // case-insensitive fallback reads the engagement's tickets.
    if (!q.prepare(QStringLiteral("SELECT id, %1 FROM tickets WHERE engagement_id = :e AND %2 = %3 AND "
                                  "source_key = :k ORDER BY created_at, id LIMIT 1")
                       .arg(ticketColumns(), TicketBrowseSql::naturalKeyOrder(QStringLiteral("source_key")),
                            QStringLiteral(":order"))))
        return queryError(q, operation, key);
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":k"), key);
    q.bindValue(QStringLiteral(":order"), TicketBrowseSql::naturalKeyOrderOf(key));
    if (!q.exec())
        return queryError(q, operation, key);
    if (!q.next()) {
        q.finish();
        if (!q.prepare(QStringLiteral(
                           "SELECT id, %1 FROM tickets WHERE engagement_id = :e AND LOWER(source_key) = :k "
                           "ORDER BY created_at, id LIMIT 1")
                           .arg(ticketColumns())))
            return queryError(q, operation, key);
        q.bindValue(QStringLiteral(":e"), engagementId);
        q.bindValue(QStringLiteral(":k"), key.toLower());
        if (!q.exec())
            return queryError(q, operation, key);
        if (!q.next())
            return {StorageError::Kind::NotFound, operation, key, QStringLiteral("no such ticket")};
    }
    const qint64 rowId = q.value(0).toLongLong();
    Domain::Ticket ticket = ticketFromQuery(q, 1);
    q.finish();
    QSqlQuery h(db);
    h.setForwardOnly(true);
    if (!h.prepare(QStringLiteral(
            "SELECT changed_at, status, severity FROM ticket_status_history WHERE ticket_id = :id "
            "ORDER BY seq")))
        return queryError(h, operation, key);
    h.bindValue(QStringLiteral(":id"), rowId);
    if (!h.exec())
        return queryError(h, operation, key);
    while (h.next())
        ticket.history.append({h.value(0).toLongLong(), h.value(1).toString(), h.value(2).toInt()});
    *out = ticket;
    if (id)
        *id = rowId;
    return {};
}

} // namespace Storage

#include "models/storage/sqliteticketupsert.h"

#include "models/domain/supportmodel.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqlitevalues.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/ticketvendorsla.h"

#include <sqlite3.h>

#include <cstring>

namespace Storage {

namespace {

using SqliteValues::bindOptional;
using SqliteValues::bindText;
using SqliteValues::optionalAt;
using SqliteValues::ResetOnExit;
using SqliteValues::textAt;

bool s_enabled = true;

const QString s_operation = QStringLiteral("save ticket");

/// Binds the ticket's own columns at positions first .. first + 9 (kind .. vendor_sla).
void bindTicket(sqlite3_stmt *s, int first, const Domain::Ticket &t)
{
    bindText(s, first, Domain::ticketKindId(t.kind));
    sqlite3_bind_int(s, first + 1, t.severity);
    bindText(s, first + 2, Domain::serviceLevelId(t.serviceLevel));
    bindText(s, first + 3, t.activity);
    bindText(s, first + 4, t.title);
    bindText(s, first + 5, t.status);
    sqlite3_bind_int64(s, first + 6, t.created);
    bindOptional(s, first + 7, t.firstResponse);
    bindOptional(s, first + 8, t.resolved);
    bindText(s, first + 9, vendorSlaToSql(t.vendorSla));
}

/// The stored ticket's columns from position `first` on (the order of the find statement).
Domain::Ticket ticketAt(sqlite3_stmt *s, int first)
{
    Domain::Ticket t;
    t.key = textAt(s, first);
    Domain::ticketKindFromId(textAt(s, first + 1), &t.kind);
    t.severity = sqlite3_column_int(s, first + 2);
    Domain::serviceLevelFromId(textAt(s, first + 3), &t.serviceLevel);
    t.activity = textAt(s, first + 4);
    t.title = textAt(s, first + 5);
    t.status = textAt(s, first + 6);
    t.created = sqlite3_column_int64(s, first + 7);
    t.firstResponse = optionalAt(s, first + 8);
    t.resolved = optionalAt(s, first + 9);
    if (sqlite3_column_type(s, first + 10) != SQLITE_NULL && sqlite3_column_bytes(s, first + 10) > 0)
        t.vendorSla = vendorSlaFromSql(textAt(s, first + 10));
    return t;
}

/// Whether text column `i` reads back (textAt) as `text`, compared as bytes: no QString is made.
/// NULL reads back as a null QString, which equals every empty one.
bool sameText(sqlite3_stmt *s, int i, const QString &text)
{
    const auto *bytes = static_cast<const unsigned char *>(sqlite3_column_text(s, i));
    if (!bytes)
        return text.isEmpty();
    const int n = sqlite3_column_bytes(s, i);
    // constData(), not utf16(): utf16() copies a string that is shared, to end it with a null
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    if (n == text.size()) {
        int k = 0;
        while (k < n && bytes[k] < 0x80 && bytes[k] == chars[k])
            ++k;
        if (k == n)
            return true;
        if (bytes[k] < 0x80 && chars[k] < 0x80)
            return false; // two different ASCII characters
    } else if (n < text.size()) {
        return false; // UTF-8 never takes fewer bytes than UTF-16 takes code units
    }
    return QtPrivate::compareStrings(QStringView(text),
                                     QUtf8StringView(reinterpret_cast<const char *>(bytes), n)) == 0;
}

/// Whether an optional column reads back (optionalAt) as `value`.
bool sameOptional(sqlite3_stmt *s, int i, const std::optional<qint64> &value)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return !value;
    return value && sqlite3_column_int64(s, i) == *value;
}

} // namespace

const QByteArray &SqliteTicketUpsert::idText(QVector<QByteArray> *cache, int value, QString (*id)(int))
{
    if (cache->size() <= value)
        cache->resize(value + 1);
    QByteArray &text = (*cache)[value];
    if (text.isEmpty())
        text = id(value).toUtf8();
    return text;
}

bool SqliteTicketUpsert::storesSame(sqlite3_stmt *s, int first, const Domain::Ticket &t)
{
    // The row from `first` on: id, source_key, kind, severity, service_level, activity, title,
    // status, created_at, first_response_at, resolved_at, vendor_sla, has history. The key is
    // the one looked up (the unique index compares bytes). True only when ticketAt() and
    // readHistory() would read back a ticket equal to `t`; anything else (a vendor SLA value, a
    // history, a kind stored in another spelling) is left to that full comparison.
    if (sqlite3_column_int(s, first + 12) != 0 || !t.history.isEmpty() || !t.vendorSla.isEmpty())
        return false;
    if (sqlite3_column_type(s, first + 11) != SQLITE_NULL && sqlite3_column_bytes(s, first + 11) > 0)
        return false;
    if (sqlite3_column_int(s, first + 3) != t.severity || sqlite3_column_int64(s, first + 8) != t.created ||
        !sameOptional(s, first + 9, t.firstResponse) || !sameOptional(s, first + 10, t.resolved))
        return false;
    const QByteArray &kind =
        idText(&m_kindIds, int(t.kind), [](int k) { return Domain::ticketKindId(Domain::TicketKind(k)); });
    const QByteArray &level = idText(&m_levelIds, int(t.serviceLevel),
                                     [](int l) { return Domain::serviceLevelId(Domain::ServiceLevel(l)); });
    const auto sameBytes = [s](int i, const QByteArray &text) {
        return sqlite3_column_type(s, i) == SQLITE_TEXT && sqlite3_column_bytes(s, i) == text.size() &&
               memcmp(sqlite3_column_text(s, i), text.constData(), size_t(text.size())) == 0;
    };
    return sameBytes(first + 2, kind) && sameBytes(first + 4, level) && sameText(s, first + 5, t.activity) &&
           sameText(s, first + 6, t.title) && sameText(s, first + 7, t.status);
}

bool SqliteTicketUpsert::isEnabled()
{
    return s_enabled;
}

void SqliteTicketUpsert::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

SqliteTicketUpsert::SqliteTicketUpsert(QSqlDatabase db, sqlite3 *handle)
    : m_db(std::move(db)), m_handle(handle)
{
}

SqliteTicketUpsert::~SqliteTicketUpsert()
{
    for (sqlite3_stmt *s : {m_find, m_classify, m_classifyRange, m_historyInRange, m_hasHistory, m_history,
                            m_insert, m_update, m_clearHistory, m_addHistory})
        sqlite3_finalize(s); // a null statement is a no-op
}

StorageError SqliteTicketUpsert::prepare(const QSqlDatabase &db, std::unique_ptr<SqliteTicketUpsert> *out)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return {StorageError::Kind::Query, s_operation, {}, QStringLiteral("no SQLite connection")};
    std::unique_ptr<SqliteTicketUpsert> u(new SqliteTicketUpsert(db, handle));
    const struct
    {
        sqlite3_stmt **statement;
        const char *sql;
    } statements[] = {
        {&u->m_find,
         "SELECT id, source_key, kind, severity, service_level, activity, title, status, created_at, "
         "first_response_at, resolved_at, vendor_sla, "
         "EXISTS (SELECT 1 FROM ticket_status_history h WHERE h.ticket_id = tickets.id) FROM tickets "
         "WHERE engagement_id = ? AND source = ? AND source_key = ?"},
        {&u->m_classify,
         "SELECT j.key, t.id, t.source_key, t.kind, t.severity, t.service_level, t.activity, t.title, "
         "t.status, t.created_at, t.first_response_at, t.resolved_at, t.vendor_sla, "
         "0 " // whether it has history: proved for the chunk at once (withoutHistory)
         "FROM json_each(?3) AS j CROSS JOIN tickets AS t "
         "WHERE t.engagement_id = ?1 AND t.source = ?2 AND t.source_key = j.value"},
        // The same columns, from the position of the key on: the stored keys between the chunk's
        // least and greatest, in the unique index's order (no sort: the first two are equal).
        {&u->m_classifyRange,
         "SELECT id, source_key, kind, severity, service_level, activity, title, status, created_at, "
         "first_response_at, resolved_at, vendor_sla, 0 FROM tickets "
         "WHERE engagement_id = ?1 AND source = ?2 AND source_key BETWEEN ?3 AND ?4 ORDER BY source_key"},
        {&u->m_historyInRange, "SELECT 1 FROM ticket_status_history WHERE ticket_id BETWEEN ? AND ? LIMIT 1"},
        {&u->m_hasHistory, "SELECT 1 FROM ticket_status_history WHERE ticket_id = ? LIMIT 1"},
        {&u->m_history, "SELECT changed_at, status, severity FROM ticket_status_history "
                        "WHERE ticket_id = ? ORDER BY seq"},
        {&u->m_insert,
         "INSERT INTO tickets (engagement_id, source, source_key, kind, severity, service_level, "
         "activity, title, status, created_at, first_response_at, resolved_at, vendor_sla) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
         "ON CONFLICT (engagement_id, source, source_key) DO NOTHING RETURNING id"},
        {&u->m_update, "UPDATE tickets SET kind = ?, severity = ?, service_level = ?, activity = ?, "
                       "title = ?, status = ?, created_at = ?, first_response_at = ?, resolved_at = ?, "
                       "vendor_sla = ? WHERE id = ?"},
        {&u->m_clearHistory, "DELETE FROM ticket_status_history WHERE ticket_id = ?"},
        {&u->m_addHistory, "INSERT INTO ticket_status_history (ticket_id, seq, changed_at, status, severity) "
                           "VALUES (?, ?, ?, ?, ?)"},
    };
    for (const auto &statement : statements) {
        if (sqlite3_prepare_v3(handle, statement.sql, -1, SQLITE_PREPARE_PERSISTENT, statement.statement,
                               nullptr) != SQLITE_OK)
            return u->error({});
    }
    *out = std::move(u);
    return {};
}

StorageError SqliteTicketUpsert::error(const QString &key) const
{
    // As queryError() words it for QSqlQuery: a unique-constraint failure is Duplicate.
    const int code = sqlite3_extended_errcode(m_handle);
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const bool duplicate = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY ||
                           text.contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive);
    return {duplicate ? StorageError::Kind::Duplicate : StorageError::Kind::Query, s_operation, key, text};
}

StorageError SqliteTicketUpsert::run(sqlite3_stmt *statement, const QString &key)
{
    const ResetOnExit reset{statement};
    if (sqlite3_step(statement) != SQLITE_DONE)
        return error(key);
    return {};
}

StorageError SqliteTicketUpsert::find(qint64 engagementId, const QByteArray &source,
                                      const Domain::Ticket &ticket, bool *found, qint64 *id, bool *same,
                                      Domain::Ticket *stored)
{
    const ResetOnExit reset{m_find};
    sqlite3_bind_int64(m_find, 1, engagementId);
    sqlite3_bind_text(m_find, 2, source.constData(), int(source.size()), SQLITE_STATIC);
    bindText(m_find, 3, ticket.key);
    const int step = sqlite3_step(m_find);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return error(ticket.key);
    *found = step == SQLITE_ROW;
    if (*found) {
        *id = sqlite3_column_int64(m_find, 0);
        // A re-import's ticket is decided from the row's bytes; only one that may differ is read
        // back whole (with its history) and compared as before.
        *same = storesSame(m_find, 0, ticket);
        if (!*same)
            *stored = ticketAt(m_find, 1);
    }
    return {};
}

StorageError SqliteTicketUpsert::readHistory(qint64 id, const QString &key, Domain::Ticket *stored)
{
    const ResetOnExit reset{m_history};
    sqlite3_bind_int64(m_history, 1, id);
    int step;
    while ((step = sqlite3_step(m_history)) == SQLITE_ROW)
        stored->history.append(
            {sqlite3_column_int64(m_history, 0), textAt(m_history, 1), sqlite3_column_int(m_history, 2)});
    return step == SQLITE_DONE ? StorageError() : error(key);
}

StorageError SqliteTicketUpsert::upsert(qint64 engagementId, const QString &source,
                                        const QVector<Domain::Ticket> &tickets, UpsertCounts *counts,
                                        QVector<qint64> *changedIds)
{
    const QByteArray sourceUtf8 = source.toUtf8();
    UpsertCounts local;
    // After a known key (a re-import) the whole chunk is looked up at once; a first import
    // (new keys) tries its inserts as before.
    QVector<Stored> before;
    if (m_lastKnown && tickets.size() > 1) {
        if (StorageError e = classify(engagementId, sourceUtf8, tickets, &before))
            return e;
    }
    for (int i = 0; i < tickets.size(); ++i) {
        const Domain::Ticket &ticket = tickets.at(i);
        if (!before.isEmpty()) {
            const Stored &stored = before.at(i);
            if (stored.id != 0 && stored.same) {
                m_lastKnown = true;
                ++local.unchanged;
                continue;
            }
            // new before this chunk: an insert first; stored and different: read back below
            m_lastKnown = stored.id != 0;
        }
        // As the QSqlQuery path: a new ticket is one statement (the insert that does nothing on a
        // known key); only a known key is read back and compared (a re-import writes nothing);
        // after a known key the next one is looked up first.
        qint64 id = 0;
        bool known = false;
        bool same = false;
        Domain::Ticket stored;
        if (m_lastKnown) {
            if (StorageError e = find(engagementId, sourceUtf8, ticket, &known, &id, &same, &stored))
                return e;
        }
        bool added = false;
        if (!known) {
            const ResetOnExit reset{m_insert};
            sqlite3_bind_int64(m_insert, 1, engagementId);
            sqlite3_bind_text(m_insert, 2, sourceUtf8.constData(), int(sourceUtf8.size()), SQLITE_STATIC);
            bindText(m_insert, 3, ticket.key);
            bindTicket(m_insert, 4, ticket);
            const int step = sqlite3_step(m_insert);
            if (step == SQLITE_ROW) {
                id = sqlite3_column_int64(m_insert, 0);
                added = true;
                // the statement is done once RETURNING's row is read: finish it before the reset
                if (sqlite3_step(m_insert) != SQLITE_DONE)
                    return error(ticket.key);
            } else if (step != SQLITE_DONE) {
                return error(ticket.key);
            }
        }
        if (added) {
            ++local.added;
            m_lastKnown = false;
        } else {
            if (!known) {
                if (StorageError e = find(engagementId, sourceUtf8, ticket, &known, &id, &same, &stored))
                    return e;
                if (!known)
                    return error(ticket.key);
            }
            m_lastKnown = true;
            if (same) {
                ++local.unchanged;
                continue;
            }
            if (StorageError e = readHistory(id, ticket.key, &stored))
                return e;
            if (stored == ticket) {
                ++local.unchanged;
                continue;
            }
            bindTicket(m_update, 1, ticket);
            sqlite3_bind_int64(m_update, 11, id);
            if (StorageError e = run(m_update, ticket.key))
                return e;
            if (!stored.history.isEmpty()) {
                sqlite3_bind_int64(m_clearHistory, 1, id);
                if (StorageError e = run(m_clearHistory, ticket.key))
                    return e;
            }
            ++local.updated;
        }
        if (changedIds)
            changedIds->append(id);
        for (int seq = 0; seq < ticket.history.size(); ++seq) {
            const Domain::StatusChange &change = ticket.history.at(seq);
            sqlite3_bind_int64(m_addHistory, 1, id);
            sqlite3_bind_int(m_addHistory, 2, seq);
            sqlite3_bind_int64(m_addHistory, 3, change.at);
            bindText(m_addHistory, 4, change.status);
            sqlite3_bind_int(m_addHistory, 5, change.severity);
            if (StorageError e = run(m_addHistory, ticket.key))
                return e;
        }
    }
    if (counts) {
        counts->added += local.added;
        counts->updated += local.updated;
        counts->unchanged += local.unchanged;
    }
    return {};
}

} // namespace Storage

#include "models/storage/serverticketupsert.h"

#include "models/storage/database.h"
#include "models/storage/serversession.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/ticketvendorsla.h"

#include <QSet>

#include <atomic>

namespace Storage {

namespace {

std::atomic<bool> s_enabled{true};

/// Tickets per COPY at most: the import hands 5,000 at a time; a larger caller is cut so that
/// the staged text stays a few MiB.
constexpr int s_segment = 20000;

// The staging tables live until the transaction ends (ON COMMIT DROP), on this connection only,
// and are emptied before each segment. `ord` is the ticket's place in its segment.
const char *const s_exists = "SELECT to_regclass('pg_temp.dd_import_tickets') IS NOT NULL";
const char *const s_create =
    "CREATE TEMP TABLE dd_import_tickets (ord INTEGER NOT NULL, source_key TEXT NOT NULL, "
    "kind TEXT NOT NULL, severity BIGINT NOT NULL, service_level TEXT NOT NULL, activity TEXT NOT NULL, "
    "title TEXT NOT NULL, status TEXT NOT NULL, created_at BIGINT NOT NULL, first_response_at BIGINT, "
    "resolved_at BIGINT, vendor_sla TEXT NOT NULL, id BIGINT, added BOOLEAN NOT NULL DEFAULT false, "
    "changed BOOLEAN NOT NULL DEFAULT false) ON COMMIT DROP";
const char *const s_createHistory =
    "CREATE TEMP TABLE dd_import_history (ord INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "changed_at BIGINT NOT NULL, status TEXT NOT NULL, severity BIGINT NOT NULL) ON COMMIT DROP";
const char *const s_empty = "TRUNCATE dd_import_tickets, dd_import_history";
const char *const s_copyTickets =
    "COPY dd_import_tickets (ord, source_key, kind, severity, service_level, activity, title, status, "
    "created_at, first_response_at, resolved_at, vendor_sla) FROM STDIN";
// The staged rows' count and keys have statistics, so that the statements join them by hashing,
// not row by row (without them `id IS NULL` is guessed to keep a dozen rows). The join columns
// only: statistics of the text columns cost more than the statements they would help.
const char *const s_analyze = "ANALYZE dd_import_tickets (ord, id, source_key), dd_import_history (ord)";
const char *const s_copyHistory =
    "COPY dd_import_history (ord, seq, changed_at, status, severity) FROM STDIN";

// Known keys: the stored ticket and its status changes (in seq order) against the staged ones,
// the comparison TicketRepository::upsert's row path makes on the ticket it reads back. Each key
// is looked up through the unique index (OFFSET 0 keeps the planner from joining the whole
// engagement instead: its statistics do not know the rows this transaction inserted, and with
// them it joined every stored ticket with every staged one).
const char *const s_classify =
    "UPDATE dd_import_tickets s SET id = k.id, changed = k.changed FROM ("
    " SELECT n.ord, t.id,"
    "  (t.kind, t.severity, t.service_level, t.activity, t.title, t.status, t.created_at,"
    "   t.first_response_at, t.resolved_at, t.vendor_sla) IS DISTINCT FROM"
    "  (n.kind, n.severity, n.service_level, n.activity, n.title, n.status, n.created_at,"
    "   n.first_response_at, n.resolved_at, n.vendor_sla)"
    "  OR (h.at, h.status, h.severity) IS DISTINCT FROM (g.at, g.status, g.severity) AS changed"
    " FROM dd_import_tickets n"
    " CROSS JOIN LATERAL (SELECT x.id, x.kind, x.severity, x.service_level, x.activity, x.title, x.status,"
    "   x.created_at, x.first_response_at, x.resolved_at, x.vendor_sla FROM tickets x"
    "   WHERE x.engagement_id = $1::bigint AND x.source = $2::text AND x.source_key = n.source_key OFFSET 0) "
    "t"
    " LEFT JOIN (SELECT ord, array_agg(changed_at ORDER BY seq) AS at, array_agg(status ORDER BY seq) AS "
    "status,"
    "   array_agg(severity ORDER BY seq) AS severity FROM dd_import_history GROUP BY ord) g ON g.ord = n.ord"
    " CROSS JOIN LATERAL (SELECT array_agg(x.changed_at ORDER BY x.seq) AS at,"
    "   array_agg(x.status ORDER BY x.seq) AS status, array_agg(x.severity ORDER BY x.seq) AS severity"
    "   FROM ticket_status_history x WHERE x.ticket_id = t.id) h"
    " WHERE n.id IS NULL) k "
    "WHERE s.ord = k.ord";
// New keys, in the tickets' order (ids ascend with it). A key another session stored meanwhile is
// left out (DO NOTHING) and classified on the next round.
const char *const s_insert =
    "WITH added AS (INSERT INTO tickets (engagement_id, source, source_key, kind, severity, service_level,"
    "  activity, title, status, created_at, first_response_at, resolved_at, vendor_sla)"
    " SELECT $1::bigint, $2::text, source_key, kind, severity, service_level, activity, title, status,"
    "  created_at, first_response_at, resolved_at, vendor_sla FROM dd_import_tickets WHERE id IS NULL"
    " ORDER BY ord ON CONFLICT (engagement_id, source, source_key) DO NOTHING RETURNING id, source_key) "
    "UPDATE dd_import_tickets s SET id = a.id, added = true, changed = true FROM added a "
    "WHERE s.source_key = a.source_key";
const char *const s_changed = "SELECT id, added FROM dd_import_tickets WHERE changed ORDER BY ord";
const char *const s_update =
    "UPDATE tickets t SET kind = s.kind, severity = s.severity, service_level = s.service_level,"
    " activity = s.activity, title = s.title, status = s.status, created_at = s.created_at,"
    " first_response_at = s.first_response_at, resolved_at = s.resolved_at, vendor_sla = s.vendor_sla "
    "FROM dd_import_tickets s WHERE s.changed AND NOT s.added AND t.id = s.id";
const char *const s_clearHistory = "DELETE FROM ticket_status_history h USING dd_import_tickets s "
                                   "WHERE s.changed AND NOT s.added AND h.ticket_id = s.id";
const char *const s_addHistory =
    "INSERT INTO ticket_status_history (ticket_id, seq, changed_at, status, severity) "
    "SELECT s.id, g.seq, g.changed_at, g.status, g.severity FROM dd_import_history g "
    "JOIN dd_import_tickets s ON s.ord = g.ord WHERE s.changed ORDER BY s.id, g.seq";

/// Empties the staging tables, creating them on the transaction's first segment.
StorageError prepareStage(const ServerSession &session)
{
    ServerRows exists;
    if (StorageError error = session.exec(s_exists, {}, &exists))
        return error;
    if (exists.count() == 1 && exists.at(0, 0) == "t")
        return session.exec(s_empty);
    if (StorageError error = session.exec(s_create))
        return error;
    return session.exec(s_createHistory);
}

/// One segment: keys unique within it (a key that comes again starts the next segment, so it is
/// compared with what this one stored, as the row path would).
StorageError upsertSegment(const ServerSession &session, const QVector<QByteArray> &params,
                           const Domain::Ticket *tickets, int n, UpsertCounts *counts,
                           QVector<qint64> *changedIds)
{
    if (StorageError error = prepareStage(session))
        return error;
    QByteArray rows;
    QByteArray history;
    rows.reserve(n * 160);
    for (int ord = 0; ord < n; ++ord) {
        const Domain::Ticket &t = tickets[ord];
        ServerSession::appendNumber(&rows, ord, true);
        ServerSession::appendText(&rows, t.key);
        ServerSession::appendText(&rows, Domain::ticketKindId(t.kind));
        ServerSession::appendNumber(&rows, t.severity);
        ServerSession::appendText(&rows, Domain::serviceLevelId(t.serviceLevel));
        ServerSession::appendText(&rows, t.activity);
        ServerSession::appendText(&rows, t.title);
        ServerSession::appendText(&rows, t.status);
        ServerSession::appendNumber(&rows, t.created);
        ServerSession::appendOptional(&rows, t.firstResponse);
        ServerSession::appendOptional(&rows, t.resolved);
        ServerSession::appendText(&rows, vendorSlaToSql(t.vendorSla));
        ServerSession::endRow(&rows);
        for (int seq = 0; seq < t.history.size(); ++seq) {
            const Domain::StatusChange &change = t.history.at(seq);
            ServerSession::appendNumber(&history, ord, true);
            ServerSession::appendNumber(&history, seq);
            ServerSession::appendNumber(&history, change.at);
            ServerSession::appendText(&history, change.status);
            ServerSession::appendNumber(&history, change.severity);
            ServerSession::endRow(&history);
        }
    }
    if (StorageError error = session.copyIn(s_copyTickets, rows))
        return error;
    if (!history.isEmpty()) {
        if (StorageError error = session.copyIn(s_copyHistory, history))
            return error;
    }
    if (StorageError error = session.exec(s_analyze))
        return error;
    // Known keys first, then the new ones (a key another session inserted meanwhile: next round).
    if (StorageError error =
            session.classifyAndInsert(s_classify, s_insert, params, n, QStringLiteral("tickets")))
        return error;
    ServerRows changed;
    if (StorageError error = session.exec(s_changed, {}, &changed))
        return error;
    qint64 added = 0;
    for (int row = 0; row < changed.count(); ++row) {
        if (changed.at(row, 1) == "t")
            ++added;
        if (changedIds)
            changedIds->append(changed.at(row, 0).toLongLong());
    }
    const qint64 updated = changed.count() - added;
    if (updated > 0) {
        if (StorageError error = session.exec(s_update))
            return error;
        if (StorageError error = session.exec(s_clearHistory))
            return error;
    }
    if (changed.count() > 0 && !history.isEmpty()) {
        if (StorageError error = session.exec(s_addHistory))
            return error;
    }
    counts->added += added;
    counts->updated += updated;
    counts->unchanged += n - changed.count();
    return {};
}

} // namespace

void setServerBulkUpsertEnabled(bool enabled)
{
    s_enabled = enabled;
}

bool serverBulkUpsertEnabled()
{
    return s_enabled;
}

std::optional<StorageError> serverTicketUpsert(const Database &database, qint64 engagementId,
                                               const QString &source, const QVector<Domain::Ticket> &tickets,
                                               UpsertCounts *counts, QVector<qint64> *changedIds)
{
    if (!s_enabled || !database.isServer())
        return std::nullopt;
    const std::optional<ServerSession> session =
        ServerSession::idleInTransaction(database.connection(), QStringLiteral("save ticket"), source);
    if (!session)
        return std::nullopt;
    const QVector<QByteArray> params{QByteArray::number(engagementId), source.toUtf8()};
    UpsertCounts local;
    if (StorageError error = forEachSegment(
            tickets, s_segment, [](const Domain::Ticket &row) { return row.key; },
            [&](const Domain::Ticket *first, int count) {
                return upsertSegment(*session, params, first, count, &local, changedIds);
            }))
        return error;
    if (counts) {
        counts->added += local.added;
        counts->updated += local.updated;
        counts->unchanged += local.unchanged;
    }
    return StorageError{};
}

} // namespace Storage

#include "models/storage/serverworklogupsert.h"

#include "models/storage/database.h"
#include "models/storage/serversession.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/ticketrepository.h"

#include <QSet>

namespace Storage {

namespace {

constexpr int s_segment = 20000; ///< worklogs per COPY at most (the import hands 5,000)

const char *const s_exists = "SELECT to_regclass('pg_temp.dd_import_worklogs') IS NOT NULL";
const char *const s_create =
    "CREATE TEMP TABLE dd_import_worklogs (ord INTEGER NOT NULL, source_key TEXT NOT NULL, work_date TEXT, "
    "person TEXT NOT NULL, role TEXT, minutes BIGINT NOT NULL, seconds BIGINT NOT NULL, "
    "ticket_key TEXT NOT NULL, service_level TEXT NOT NULL, activity TEXT NOT NULL, "
    "description TEXT NOT NULL, id BIGINT, added BOOLEAN NOT NULL DEFAULT false, "
    "changed BOOLEAN NOT NULL DEFAULT false) ON COMMIT DROP";
const char *const s_empty = "TRUNCATE dd_import_worklogs";
const char *const s_copy =
    "COPY dd_import_worklogs (ord, source_key, work_date, person, role, minutes, seconds, ticket_key, "
    "service_level, activity, description) FROM STDIN";
// The columns WorklogRepository's row path reads back and compares (minutes follows seconds); each
// key looked up through the unique index (OFFSET 0: see serverticketupsert.cpp).
const char *const s_classify =
    "UPDATE dd_import_worklogs s SET id = k.id, changed = k.changed FROM ("
    " SELECT n.ord, w.id, (w.work_date, w.person, w.role, w.seconds, w.ticket_key, w.service_level,"
    "  w.activity, w.description) IS DISTINCT FROM (n.work_date, n.person, n.role, n.seconds,"
    "  n.ticket_key, n.service_level, n.activity, n.description) AS changed"
    " FROM dd_import_worklogs n CROSS JOIN LATERAL (SELECT x.id, x.work_date, x.person, x.role, x.seconds,"
    "  x.ticket_key, x.service_level, x.activity, x.description FROM worklogs x"
    "  WHERE x.engagement_id = $1::bigint AND x.source = $2::text AND x.source_key = n.source_key OFFSET 0) w"
    " WHERE n.id IS NULL) k "
    "WHERE s.ord = k.ord";
const char *const s_insert =
    "WITH added AS (INSERT INTO worklogs (engagement_id, source, source_key, work_date, person, role,"
    "  minutes, seconds, ticket_key, service_level, activity, description)"
    " SELECT $1::bigint, $2::text, source_key, work_date, person, role, minutes, seconds, ticket_key,"
    "  service_level, activity, description FROM dd_import_worklogs WHERE id IS NULL ORDER BY ord"
    " ON CONFLICT (engagement_id, source, source_key) DO NOTHING RETURNING id, source_key) "
    "UPDATE dd_import_worklogs s SET id = a.id, added = true, changed = true FROM added a "
    "WHERE s.source_key = a.source_key";
const char *const s_counts =
    "SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE changed AND NOT added) "
    "FROM dd_import_worklogs";
const char *const s_update =
    "UPDATE worklogs w SET work_date = s.work_date, person = s.person, role = s.role, minutes = s.minutes,"
    " seconds = s.seconds, ticket_key = s.ticket_key, service_level = s.service_level,"
    " activity = s.activity, description = s.description "
    "FROM dd_import_worklogs s WHERE s.changed AND NOT s.added AND w.id = s.id";

StorageError upsertSegment(const ServerSession &session, const QVector<QByteArray> &params,
                           const Domain::Worklog *worklogs, int n, UpsertCounts *counts)
{
    ServerRows exists;
    if (StorageError error = session.exec(s_exists, {}, &exists))
        return error;
    if (StorageError error = session.exec(exists.count() == 1 && exists.at(0, 0) == "t" ? s_empty : s_create))
        return error;
    QByteArray rows;
    rows.reserve(n * 160);
    for (int ord = 0; ord < n; ++ord) {
        const Domain::Worklog &w = worklogs[ord];
        ServerSession::appendNumber(&rows, ord, true);
        ServerSession::appendText(&rows, w.sourceKey);
        if (w.date.isValid())
            ServerSession::appendText(&rows, w.date.toString(Qt::ISODate));
        else
            ServerSession::appendNull(&rows); // NOT NULL in worklogs: refused as by the row path
        ServerSession::appendText(&rows, w.person);
        if (w.role)
            ServerSession::appendText(&rows, Domain::roleId(*w.role));
        else
            ServerSession::appendNull(&rows);
        ServerSession::appendNumber(&rows, w.minutes());
        ServerSession::appendNumber(&rows, w.seconds);
        ServerSession::appendText(&rows, w.ticketKey);
        ServerSession::appendText(&rows, Domain::serviceLevelId(w.serviceLevel));
        ServerSession::appendText(&rows, w.activity);
        ServerSession::appendText(&rows, w.description);
        ServerSession::endRow(&rows);
    }
    if (StorageError error = session.copyIn(s_copy, rows))
        return error;
    if (StorageError error = session.exec("ANALYZE dd_import_worklogs (ord, id, source_key)"))
        return error;
    if (StorageError error =
            session.classifyAndInsert(s_classify, s_insert, params, n, QStringLiteral("worklogs")))
        return error;
    ServerRows changed;
    if (StorageError error = session.exec(s_counts, {}, &changed))
        return error;
    const qint64 added = changed.at(0, 0).toLongLong();
    const qint64 updated = changed.at(0, 1).toLongLong();
    if (updated > 0) {
        if (StorageError error = session.exec(s_update))
            return error;
    }
    counts->added += added;
    counts->updated += updated;
    counts->unchanged += n - added - updated;
    return {};
}

} // namespace

std::optional<StorageError> serverWorklogUpsert(const Database &database, qint64 engagementId,
                                                const QString &source,
                                                const QVector<Domain::Worklog> &worklogs,
                                                UpsertCounts *counts)
{
    if (worklogs.isEmpty() || !serverBulkUpsertEnabled() || !database.isServer())
        return std::nullopt;
    const std::optional<ServerSession> session =
        ServerSession::idleInTransaction(database.connection(), QStringLiteral("save worklog"), source);
    if (!session)
        return std::nullopt;
    const QVector<QByteArray> params{QByteArray::number(engagementId), source.toUtf8()};
    UpsertCounts local;
    if (StorageError error = forEachSegment(
            worklogs, s_segment, [](const Domain::Worklog &row) { return row.sourceKey; },
            [&](const Domain::Worklog *first, int count) {
                return upsertSegment(*session, params, first, count, &local);
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

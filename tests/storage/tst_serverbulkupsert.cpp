// PostgreSQL's bulk path of an import (issue 15): TicketRepository::upsert and
// WorklogRepository::upsert through COPY into temporary tables and set-based statements must store
// exactly what the row path (one QSqlQuery per row) stores — new, changed and unchanged tickets,
// history, worklogs, text COPY would misread — count the same, name the same changed tickets in
// the same order, write nothing on a re-import, and leave nothing behind when a chunk fails or the
// connection is lost half-way. Run on both dialects: on SQLite the switch changes nothing and the
// same stored rows are expected.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/slaresultwriter.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using Storage::StorageError;
using Storage::UpsertCounts;

namespace {

/// Text that COPY's text format must escape, or that looks like its markers.
const QStringList s_hostile = {
    QStringLiteral("tab\there"),
    QStringLiteral("two\nlines\r\nand a CR\r"),
    QStringLiteral("back\\slash \\N \\. \\t \\\\"),
    QStringLiteral("\\N"),
    QStringLiteral("quotes ' \" `, commas, ; semicolons"),
    QStringLiteral("  spaces at both ends  "),
    QString::fromUtf8("åäö ÅÄÖ 漢字 🎉 \u00a0 \u200b"),
    QStringLiteral("E'\\x41' $$dollar$$ %s %1"),
};

Domain::Ticket ticket(int n, const QString &title = QStringLiteral("Checkout fails"))
{
    Domain::Ticket t;
    t.key = QStringLiteral("INC%1").arg(n, 7, 10, QLatin1Char('0'));
    t.kind = n % 3 == 0 ? Domain::TicketKind::Problem : Domain::TicketKind::Incident;
    t.title = title;
    t.activity = n % 2 ? QString() : QStringLiteral("ACT-%1").arg(n);
    t.severity = 1 + n % 4;
    t.serviceLevel = n % 2 ? Domain::ServiceLevel::L2 : Domain::ServiceLevel::L3;
    t.created = 1772355600 + n * 3600;
    if (n % 4 != 0)
        t.firstResponse = t.created + 600;
    if (n % 3 != 0)
        t.resolved = t.created + 7200;
    t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    if (n % 5 != 0)
        t.history = {{t.created + 600, QStringLiteral("In Progress"), 0}};
    if (n % 2 == 0)
        t.history.append({t.created + 1800, s_hostile.at(n % s_hostile.size()), 2});
    if (n % 4 == 1)
        t.vendorSla = {{QStringLiteral("Time to resolution"), QStringLiteral("-1:30"), -5400, true}};
    return t;
}

Domain::Worklog worklog(int n, const QString &description = QStringLiteral("Fixed the checkout"))
{
    Domain::Worklog w;
    w.sourceKey = QStringLiteral("w-%1").arg(n);
    w.date = QDate(2026, 3, 1 + n % 28);
    w.person = n % 2 ? QStringLiteral("Anna Berg") : s_hostile.at(n % s_hostile.size());
    if (n % 3)
        w.role = Domain::Role::Dev;
    w.seconds = 900 + n * 61;
    w.ticketKey = n % 4 ? ticket(n).key : QString();
    w.serviceLevel = Domain::ServiceLevel::L3;
    w.activity = n % 2 ? QString() : QStringLiteral("ACT-%1").arg(n);
    w.description = description;
    return w;
}

/// Every stored row of the engagement's tickets, history and worklogs, as text, keyed by the
/// source's keys (ids differ between engagements).
QStringList dump(const Storage::Database &db, qint64 engagement)
{
    const QString e = QString::number(engagement);
    const QStringList queries = {
        QStringLiteral("SELECT source, source_key, kind, severity, service_level, activity, title, status, "
                       "created_at, first_response_at, resolved_at, vendor_sla FROM tickets "
                       "WHERE engagement_id = %1 ORDER BY source_key")
            .arg(e),
        QStringLiteral("SELECT t.source_key, h.seq, h.changed_at, h.status, h.severity FROM "
                       "ticket_status_history h JOIN tickets t ON t.id = h.ticket_id "
                       "WHERE t.engagement_id = %1 ORDER BY t.source_key, h.seq")
            .arg(e),
        QStringLiteral("SELECT source, source_key, work_date, person, role, minutes, seconds, ticket_key, "
                       "service_level, activity, description FROM worklogs WHERE engagement_id = %1 "
                       "ORDER BY source_key")
            .arg(e),
    };
    QStringList out;
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {QStringLiteral("failed: ") + sql};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out;
}

/// Rows this transaction inserted, updated or deleted in the tables an import writes.
qint64 writtenInTransaction(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    const bool ok = db.isServer()
                        ? q.exec(QStringLiteral("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) "
                                                "FROM pg_stat_xact_user_tables WHERE relname IN "
                                                "('tickets', 'ticket_status_history', 'worklogs')"))
                        : q.exec(QStringLiteral("SELECT total_changes()"));
    return ok && q.next() ? q.value(0).toLongLong() : -1;
}

/// What one pass of upserts reported: counts and the changed tickets' keys in order.
struct Outcome
{
    QVector<UpsertCounts> tickets;
    QVector<UpsertCounts> worklogs;
    QStringList changedKeys;
    qint64 writtenByReimport = -1;
};

/// Every stored SLA result of the engagement, as text, by ticket key.
QStringList dumpResults(const Storage::Database &db, qint64 engagement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT t.source_key, r.* FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                           "WHERE r.engagement_id = %1 ORDER BY t.source_key")
                .arg(engagement)))
        return {QStringLiteral("failed")};
    QStringList out;
    const int ticketId = q.record().indexOf(QStringLiteral("ticket_id"));
    const int engagementId = q.record().indexOf(QStringLiteral("engagement_id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i) {
            if (i != ticketId && i != engagementId)
                row << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

/// A result of every shape for ticket `n` (id `id`).
Storage::StoredSlaResult slaResult(qint64 id, int n)
{
    Storage::StoredSlaResult s;
    s.ticketId = id;
    s.policyEffective = n % 5 ? QDate(2026, 1, 1) : QDate();
    s.complianceMonth = n % 3 ? QDate(2026, 3, 1) : QDate();
    Domain::SlaResult &r = s.result;
    r.severity = 1 + n % 4;
    r.state = Domain::SlaState(n % 4);
    r.response.outcome = Domain::SlaClockOutcome(n % 4);
    r.response.targetSeconds = 3600;
    r.response.businessSeconds = 60 * n;
    if (n % 2)
        r.response.due = 1772355600 + n;
    if (n % 3)
        r.response.stoppedAt = 1772359200 + n;
    if (n % 4 == 1)
        r.response.breachedAt = 1772362800 + n;
    r.resolution.outcome = Domain::SlaClockOutcome((n + 1) % 4);
    r.resolution.targetSeconds = 28800;
    r.resolution.businessSeconds = 600 * n;
    if (n % 2 == 0)
        r.resolution.due = 1772384400 + n;
    r.pausedSeconds = 30 * n;
    r.reopenCount = n % 3;
    r.pausedNow = n % 2;
    if (n % 6 == 0)
        r.problems = Domain::SlaDataProblem::HistoryOutOfOrder | Domain::SlaDataProblem::ResponseMissing;
    s.evaluatedAt = 1775800000 + n;
    return s;
}

} // namespace

class TestServerBulkUpsert : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Keys of `ids` (tickets of `engagement`).
    static QStringList keysOf(const Storage::Database &db, const QVector<qint64> &ids)
    {
        QStringList keys;
        for (const qint64 id : ids) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT source_key FROM tickets WHERE id = ?"));
            q.addBindValue(id);
            keys << (q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?"));
        }
        return keys;
    }

    /// Three imports into `engagement`, each its own transaction: new tickets (a key twice in the
    /// chunk), then a mix of unchanged, changed and new ones, then the same again.
    static Outcome importThree(const Storage::Database &db, qint64 engagement)
    {
        QVector<Domain::Ticket> first;
        QVector<Domain::Worklog> firstLogs;
        for (int n = 1; n <= 40; ++n) {
            first << ticket(n, s_hostile.at(n % s_hostile.size()));
            firstLogs << worklog(n);
        }
        first << ticket(7, QStringLiteral("the same key again, later in the chunk"));
        firstLogs << worklog(3, QStringLiteral("the same worklog again"));
        QVector<Domain::Ticket> second;
        QVector<Domain::Worklog> secondLogs;
        for (int n = 1; n <= 60; ++n) {
            Domain::Ticket t = ticket(n, s_hostile.at(n % s_hostile.size()));
            if (n % 7 == 0)
                t.title += QStringLiteral(" (changed)");
            if (n % 11 == 0)
                t.history.append({t.created + 9000, QStringLiteral("Closed\tfor good"), 4});
            if (n % 13 == 0)
                t.history.clear();
            if (n == 9)
                t.vendorSla.clear();
            if (n == 10)
                t.firstResponse.reset();
            second << t;
            Domain::Worklog w = worklog(n);
            if (n % 6 == 0)
                w.seconds += 60;
            if (n % 9 == 0)
                w.role.reset();
            secondLogs << w;
        }
        Outcome out;
        const Storage::TicketRepository tickets(db);
        const Storage::WorklogRepository worklogs(db);
        for (int pass = 0; pass < 3; ++pass) {
            Storage::TransactionGuard guard(db.connection());
            if (!guard.isActive())
                return {};
            const qint64 before = writtenInTransaction(db);
            UpsertCounts t;
            UpsertCounts w;
            QVector<qint64> changed;
            if (tickets.upsert(engagement, QStringLiteral("servicenow"), pass ? second : first, &t,
                               &changed) ||
                worklogs.upsert(engagement, QStringLiteral("tempo"), pass ? secondLogs : firstLogs, &w))
                return {};
            if (pass == 2)
                out.writtenByReimport = writtenInTransaction(db) - before;
            out.tickets << t;
            out.worklogs << w;
            out.changedKeys << keysOf(db, changed) << QStringLiteral("--");
            if (!guard.commit())
                return {};
        }
        return out;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void cleanup() { Storage::setServerBulkUpsertEnabled(true); }

    void shouldStoreWhatTheRowPathStores()
    {
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        Domain::Engagement rowPath = StorageTest::engagement(QStringLiteral("ROWS"));
        Domain::Engagement bulkPath = StorageTest::engagement(QStringLiteral("BULK"));
        QVERIFY(Storage::EngagementRepository(db).insert(&rowPath).isNull());
        QVERIFY(Storage::EngagementRepository(db).insert(&bulkPath).isNull());

        // GIVEN the same three imports through the row path and through the bulk path
        Storage::setServerBulkUpsertEnabled(false);
        const Outcome rows = importThree(db, rowPath.id);
        Storage::setServerBulkUpsertEnabled(true);
        const Outcome bulk = importThree(db, bulkPath.id);

        // THEN both count, name and store the same
        QCOMPARE(rows.tickets.size(), 3);
        QCOMPARE(bulk.tickets, rows.tickets);
        QCOMPARE(bulk.worklogs, rows.worklogs);
        QCOMPARE(bulk.changedKeys, rows.changedKeys);
        QCOMPARE(dump(db, bulkPath.id), dump(db, rowPath.id));
        // ... the figures are the expected ones: 40 new (one of them written twice), then 20 new
        // and the changed ones, then nothing
        QCOMPARE(bulk.tickets.at(0).added, 40);
        QCOMPARE(bulk.tickets.at(0).updated, 1);
        QCOMPARE(bulk.tickets.at(1).added, 20);
        QVERIFY(bulk.tickets.at(1).updated > 5);
        QCOMPARE(bulk.tickets.at(2).unchanged, 60);
        QCOMPARE(bulk.worklogs.at(2).unchanged, 60);
        QCOMPARE(bulk.worklogs.at(1).added, 20);
        QVERIFY(bulk.worklogs.at(1).updated > 5);
        // ... and a re-import writes no row
        QCOMPARE(bulk.writtenByReimport, 0);
        QCOMPARE(rows.writtenByReimport, 0);
        // ... and the hostile text came back exactly
        Domain::Ticket stored;
        QVERIFY(Storage::TicketRepository(db).find(bulkPath.id, ticket(2).key, &stored).isNull());
        QCOMPARE(stored.title, s_hostile.at(2));
        QCOMPARE(stored.history.last().status, s_hostile.at(2));
        QVector<Domain::Worklog> logs;
        QVERIFY(Storage::WorklogRepository(db).list(bulkPath.id, {}, {}, &logs).isNull());
        QStringList persons;
        for (const Domain::Worklog &w : logs)
            persons << w.person;
        for (const QString &text : s_hostile)
            QVERIFY2(persons.contains(text) || text == s_hostile.at(1) || text == s_hostile.at(3) ||
                         text == s_hostile.at(5) || text == s_hostile.at(7),
                     qPrintable(text));
    }

    void shouldWriteTheSlaResultsTheStatementsWrite()
    {
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        QVector<Domain::Ticket> tickets;
        for (int n = 1; n <= 30; ++n)
            tickets << ticket(n);
        QStringList dumps;
        for (const bool bulk : {false, true}) {
            Storage::setServerBulkUpsertEnabled(bulk);
            Domain::Engagement e =
                StorageTest::engagement(bulk ? QStringLiteral("BULK") : QStringLiteral("ROWS"));
            QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
            Storage::TransactionGuard guard(db.connection());
            QVector<qint64> ids;
            QVERIFY(Storage::TicketRepository(db)
                        .upsert(e.id, QStringLiteral("jira"), tickets, nullptr, &ids)
                        .isNull());
            const Storage::SlaResultWriter writer(db, e.id);
            // GIVEN results of the first 20 tickets inserted, then 20 written over them with
            // `replace` (10 known, 10 new; one ticket twice: the later one stays)
            QVector<Storage::StoredSlaResult> first;
            QVector<Storage::StoredSlaResult> second;
            for (int i = 0; i < 20; ++i)
                first << slaResult(ids.at(i), i + 1);
            for (int i = 10; i < 30; ++i)
                second << slaResult(ids.at(i), i + 100);
            second << slaResult(ids.at(12), 7);
            QVERIFY(writer.writeResults(first, false).isNull());
            QVERIFY(writer.writeResults(second, true).isNull());
            QVERIFY(guard.commit());
            dumps << dumpResults(db, e.id).join(QLatin1Char('\n'));
        }
        // THEN both paths stored the same values
        QCOMPARE(dumps.at(0).count(QLatin1Char('\n')), 29);
        QCOMPARE(dumps.at(1), dumps.at(0));
    }

    void shouldTakeTheBulkPathOnTheServer()
    {
        DD_ONLY_ON("postgresql", "the bulk path is PostgreSQL's");
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("BULK"));
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        Storage::TransactionGuard guard(db.connection());
        QVERIFY(guard.isActive());
        UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(db)
                    .upsert(e.id, QStringLiteral("servicenow"), {ticket(1), ticket(2)}, &counts)
                    .isNull());
        QVERIFY(Storage::WorklogRepository(db)
                    .upsert(e.id, QStringLiteral("tempo"), {worklog(1)}, &counts)
                    .isNull());
        // The staging tables of this transaction exist: the rows went through COPY.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('pg_temp.dd_import_tickets') IS NOT NULL, "
                                      "to_regclass('pg_temp.dd_import_worklogs') IS NOT NULL")) &&
                q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toBool());
        QCOMPARE(counts.added, 3);
    }

    void shouldLeaveNothingWhenAChunkFails()
    {
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("FAIL"));
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        const Storage::TicketRepository tickets(db);
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(
                tickets.upsert(e.id, QStringLiteral("servicenow"), {ticket(1), ticket(2)}, nullptr).isNull());
            QVERIFY(guard.commit());
        }
        const QStringList before = dump(db, e.id);
        {
            // WHEN a chunk with a ticket the schema refuses (severity 9) in its middle is stored
            Storage::TransactionGuard guard(db.connection());
            QVector<Domain::Ticket> chunk = {ticket(1, QStringLiteral("changed")), ticket(3), ticket(4),
                                             ticket(5)};
            chunk[2].severity = 9;
            UpsertCounts counts;
            const StorageError error = tickets.upsert(e.id, QStringLiteral("servicenow"), chunk, &counts);
            // THEN it fails, counts nothing, and the rollback leaves the tables as they were
            QVERIFY(error);
            QCOMPARE(error.kind, StorageError::Kind::Query);
            QCOMPARE(counts, UpsertCounts());
        }
        QCOMPARE(dump(db, e.id), before);
    }

    void shouldSayTheConnectionWasLostAndKeepTheData()
    {
        DD_ONLY_ON("postgresql", "a server connection");
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("LOST"));
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        const Storage::TicketRepository tickets(db);
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(tickets.upsert(e.id, QStringLiteral("servicenow"), {ticket(1)}, nullptr).isNull());
            QVERIFY(guard.commit());
        }
        const QStringList before = dump(db, e.id);
        {
            // GIVEN an import whose first chunk is stored
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(
                tickets.upsert(e.id, QStringLiteral("servicenow"), {ticket(2), ticket(3)}, nullptr).isNull());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
            const int pid = q.value(0).toInt();
            q.finish();
            // WHEN the server ends the connection before the next chunk
            QString why;
            QVERIFY2(
                StorageTest::serverExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid), &why),
                qPrintable(why));
            const StorageError error =
                tickets.upsert(e.id, QStringLiteral("servicenow"), {ticket(4), ticket(5)}, nullptr);
            // THEN the error says so, and nothing of the import is kept
            QCOMPARE(error.kind, StorageError::Kind::ConnectionLost);
            QVERIFY(!guard.commit());
        }
        db.releaseThreadConnection();
        QCOMPARE(dump(db, e.id), before);
    }
};

QTEST_GUILESS_MAIN(TestServerBulkUpsert)
#include "tst_serverbulkupsert.moc"

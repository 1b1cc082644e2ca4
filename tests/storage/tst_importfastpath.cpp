// The SQLite fast paths of an import (issue 13): the C-API ticket upsert stores exactly what the
// QSqlQuery path stores (rows, history, counts, changed ids, errors), and a large import that
// drops the secondary indexes of `tickets` while it writes leaves them as they were defined,
// also when it fails or is cancelled.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/importsession.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqliteticketupsert.h"
#include "models/storage/sqlitevalues.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/importtestdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sqlite3.h>

using Storage::ImportReport;
using Storage::ImportSession;
using Storage::TicketRepository;
using Storage::UpsertCounts;
using Outcome = Storage::ImportReport::Outcome;

namespace {

/// Ticket n of a generated engagement; `version` changes some of them (title, status, history).
Domain::Ticket ticket(int n, int version = 0)
{
    Domain::Ticket t;
    t.key = QStringLiteral("INC%1").arg(n, 7, 10, QLatin1Char('0'));
    t.kind = n % 5 == 0 ? Domain::TicketKind::ServiceRequest : Domain::TicketKind::Incident;
    t.severity = 1 + n % 4;
    t.serviceLevel = n % 2 ? Domain::ServiceLevel::L2 : Domain::ServiceLevel::L1;
    if (n % 3 == 0)
        t.activity = QStringLiteral("checkout");
    t.title = n % 7 == 0 ? QString() : QStringLiteral("Kassan fungerar inte %1 – åäö").arg(n);
    t.created = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch() + n * 1800;
    if (n % 4 != 0)
        t.firstResponse = t.created + 900;
    if (n % 3 != 0)
        t.resolved = t.created + 7200 + version * 60 * (n % 2);
    t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    if (n % 6 != 0)
        t.history = {{t.created + 900, QStringLiteral("In Progress"), 0}};
    if (n % 2 == 0)
        t.history.append({t.created + 1800, QStringLiteral("Waiting for customer"), n % 4 == 0 ? 2 : 0});
    if (version > 0 && n % 5 == 1)
        t.history.append({t.created + 3600, QStringLiteral("Reopened"), 0});
    if (n % 11 == 0)
        t.vendorSla = {{QStringLiteral("Time to first response"), QStringLiteral("-1:30"), -5400, true}};
    return t;
}

QVector<Domain::Ticket> tickets(int from, int to, int version = 0)
{
    QVector<Domain::Ticket> out;
    for (int n = from; n < to; ++n)
        out.append(ticket(n, version));
    return out;
}

/// Every index of the schema with its definition.
QStringList indexes(const Storage::Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")))
        while (q.next())
            out.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                       q.value(2).toString());
    return out;
}

int cacheSize(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
}

int ticketIndexCount(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = 'tickets' AND sql IS NOT NULL")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

/// A ServiceNow list export of `count` tickets from `first` on.
QByteArray list(int first, int count, const QByteArray &title = "Checkout down")
{
    QByteArray out = "number,priority,state,opened_at,resolved_at,closed_at,short_description\n";
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
    for (int n = first; n < first + count; ++n) {
        const QDateTime opened = start.addSecs(qint64(n) * 600);
        const QByteArray at = opened.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        const QByteArray resolved =
            n % 3 ? opened.addSecs(7200).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
                  : QByteArray();
        out += "INC" + QByteArray::number(n) + ",3 - Moderate," + (n % 3 ? "Resolved," : "In Progress,") +
               at + "," + resolved + ",," + title + " " + QByteArray::number(n) + "\n";
    }
    return out;
}

} // namespace

class TestImportFastPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Storage::Database> open(Domain::Engagement *engagement)
    {
        auto db = std::make_unique<Storage::Database>();
        const Storage::StorageError error =
            db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)),
                     Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing);
        if (!error.isNull())
            return nullptr;
        *engagement = ImportTest::engagement(QStringLiteral("NORDSHOP"));
        if (!Storage::EngagementRepository(*db).insert(engagement).isNull())
            return nullptr;
        return db;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        return ImportTest::writeFile(path, content) ? path : QString();
    }

    static ImportReport import(const Storage::Database &db, const Domain::Engagement &e, const QString &path,
                               const std::function<void(ImportSession &)> &setUp = {})
    {
        ImportSession session(db, e);
        if (setUp)
            setUp(session);
        ImportSession::Options options;
        options.source = QStringLiteral("servicenow");
        options.chunkSize = 500;
        ImportReport report = session.stage(path, options);
        session.commit(&report);
        return report;
    }

private slots:
    void init() { Storage::IndexSuspension::setMinimumRowsForTests(1000); }
    void cleanup()
    {
        Storage::IndexSuspension::setMinimumRowsForTests(0);
        Storage::SqliteTicketUpsert::setEnabled(true);
    }

    void shouldGiveTheSqliteHandleOfAnOpenConnectionOnly()
    {
        Domain::Engagement e;
        const auto db = open(&e);
        QVERIFY(db);
        QVERIFY(Storage::sqliteHandle(db->connection()) != nullptr);
        {
            QSqlDatabase closed =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
            closed.setDatabaseName(m_dir.filePath(QStringLiteral("closed.sqlite")));
            QVERIFY(Storage::sqliteHandle(closed) == nullptr); // never opened
            QVERIFY(closed.open());
            QVERIFY(Storage::sqliteHandle(closed) != nullptr);
            closed.close();
            QVERIFY(Storage::sqliteHandle(closed) == nullptr);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    }

    void shouldBindTextAsItsUtf8WhateverItsLengthAndLetters()
    {
        // The short ASCII path narrows on the stack, the rest goes through UTF-8: both store the
        // same bytes, a null QString is '' (never NULL), and the boundary lengths take either.
        Domain::Engagement e;
        const auto db = open(&e);
        QVERIFY(db);
        sqlite3 *handle = Storage::sqliteHandle(db->connection());
        QVERIFY(handle);
        sqlite3_stmt *s = nullptr;
        QCOMPARE(sqlite3_prepare_v2(handle, "SELECT ?, typeof(?1)", -1, &s, nullptr), SQLITE_OK);
        const QString a255(255, QLatin1Char('a')), a256(256, QLatin1Char('b')), a257(257, QLatin1Char('c'));
        const QStringList texts = {QString(),
                                   QLatin1String(""),
                                   QStringLiteral("INC0000001"),
                                   a255,
                                   a256,
                                   a257,
                                   a256.left(255) + QStringLiteral("å"),
                                   QStringLiteral("å") + a255,
                                   QStringLiteral("Kassan fungerar inte – åäö 🙂"),
                                   QStringLiteral("\x7f\t\n")};
        for (const QString &text : texts) {
            Storage::SqliteValues::bindText(s, 1, text);
            QCOMPARE(sqlite3_step(s), SQLITE_ROW);
            const QByteArray stored(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                                    sqlite3_column_bytes(s, 0));
            QCOMPARE(stored, text.toUtf8());
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))),
                     QByteArray("text"));
            QCOMPARE(Storage::SqliteValues::textAt(s, 0), text.isNull() ? QLatin1String("") : text);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
    }

    void shouldStoreTheSameRowsCountsAndIdsOnBothPaths()
    {
        Domain::Engagement fastEngagement;
        Domain::Engagement slowEngagement;
        const auto fast = open(&fastEngagement);
        const auto slow = open(&slowEngagement);
        QVERIFY(fast && slow);
        // new tickets; then a mix of unchanged, changed and new ones in runs; then the same again
        const QVector<QVector<Domain::Ticket>> batches = {
            tickets(0, 300),
            tickets(0, 100) + tickets(100, 250, 1) + tickets(300, 360) + tickets(250, 300),
            tickets(0, 100) + tickets(100, 250, 1) + tickets(300, 360) + tickets(250, 300),
        };
        const auto run = [&](const Storage::Database &db, const Domain::Engagement &e, bool fastPath,
                             QVector<UpsertCounts> *counts, QVector<QVector<qint64>> *ids) {
            Storage::SqliteTicketUpsert::setEnabled(fastPath);
            const TicketRepository repository(db); // one for all batches, as in an import
            for (const QVector<Domain::Ticket> &batch : batches) {
                UpsertCounts c;
                QVector<qint64> changed;
                QVERIFY(repository.upsert(e.id, QStringLiteral("servicenow"), batch, &c, &changed).isNull());
                counts->append(c);
                ids->append(changed);
            }
        };
        QVector<UpsertCounts> fastCounts, slowCounts;
        QVector<QVector<qint64>> fastIds, slowIds;
        run(*fast, fastEngagement, true, &fastCounts, &fastIds);
        run(*slow, slowEngagement, false, &slowCounts, &slowIds);
        QCOMPARE(fastCounts.size(), 3);
        QCOMPARE(fastCounts.at(0).added, 300);
        QCOMPARE(fastCounts.at(1).added, 60);
        QVERIFY(fastCounts.at(1).updated > 0);
        QVERIFY(fastCounts.at(1).unchanged > 0);
        QCOMPARE(fastCounts.at(2).unchanged, 360); // a re-import: nothing written
        QVERIFY(fastIds.at(2).isEmpty());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fastCounts.at(i), slowCounts.at(i));
            QCOMPARE(fastIds.at(i), slowIds.at(i));
        }
        QCOMPARE(ImportTest::checksum(*fast), ImportTest::checksum(*slow));
        // and what is read back is the ticket written
        QVector<Domain::Ticket> stored;
        QVERIFY(TicketRepository(*fast).list(fastEngagement.id, &stored).isNull());
        QCOMPARE(stored.size(), 360);
        for (const Domain::Ticket &t : std::as_const(stored)) {
            const int n = t.key.mid(3).toInt();
            QCOMPARE(t, ticket(n, n >= 100 && n < 250 ? 1 : 0));
        }
    }

    // The known-key path decides "unchanged" from the stored row's bytes (no history, no vendor
    // SLA): every field changed alone must still be an update, on both paths alike; a null and
    // an empty text stay equal, as they read back.
    void shouldCallEveryChangedFieldChangedOnTheFastPath()
    {
        const auto plain = [](int n) {
            Domain::Ticket t = ticket(n);
            t.history.clear();
            t.vendorSla.clear();
            return t;
        };
        const Domain::Ticket base = plain(1);      // first response and resolved set, title non-ASCII
        const Domain::Ticket untitled = plain(21); // no title, an activity, no resolution
        QVERIFY(untitled.title.isNull() && !untitled.activity.isEmpty() && !untitled.resolved);
        const QVector<std::function<void(Domain::Ticket &)>> changes = {
            [](Domain::Ticket &t) { t.kind = Domain::TicketKind::Problem; },
            [](Domain::Ticket &t) { t.severity = t.severity % 4 + 1; },
            [](Domain::Ticket &t) { t.serviceLevel = Domain::ServiceLevel::L3; },
            [](Domain::Ticket &t) { t.activity = QStringLiteral("checkout"); },
            [](Domain::Ticket &t) { t.title.replace(t.title.size() - 1, 1, QStringLiteral("å")); }, // ö → å
            [](Domain::Ticket &t) { t.title.replace(0, 1, QStringLiteral("k")); },
            [](Domain::Ticket &t) { t.title.append(QLatin1Char(' ')); },
            [](Domain::Ticket &t) { t.title.chop(1); },
            [](Domain::Ticket &t) { t.title.clear(); },
            [](Domain::Ticket &t) { t.status = QStringLiteral("Closed"); },
            [](Domain::Ticket &t) { t.created += 1; },
            [](Domain::Ticket &t) { t.firstResponse.reset(); },
            [](Domain::Ticket &t) { *t.firstResponse += 1; },
            [](Domain::Ticket &t) { t.resolved.reset(); },
            [](Domain::Ticket &t) { *t.resolved -= 60; },
            [](Domain::Ticket &t) {
                t.history = {{t.created + 60, QStringLiteral("In Progress"), 0}};
            },
            [](Domain::Ticket &t) {
                t.vendorSla = {{QStringLiteral("Resolution"), QStringLiteral("2:00"), 7200, false}};
            },
        };
        const QVector<std::function<void(Domain::Ticket &)>> untitledChanges = {
            [](Domain::Ticket &t) { t.title = QStringLiteral("x"); },
            [](Domain::Ticket &t) { t.activity.clear(); },
            [](Domain::Ticket &t) { t.resolved = t.created + 60; },
        };
        QVector<UpsertCounts> byPath[2];
        for (const bool fastPath : {true, false}) {
            Domain::Engagement e;
            const auto db = open(&e);
            QVERIFY(db);
            Storage::SqliteTicketUpsert::setEnabled(fastPath);
            const TicketRepository repository(*db);
            const QString source = QStringLiteral("servicenow");
            QVector<UpsertCounts> &counts = byPath[fastPath ? 1 : 0];
            // each with an unchanged ticket after it: a chunk, looked up at once after a known key
            const Domain::Ticket anchor = plain(2);
            QVERIFY(repository.upsert(e.id, source, {anchor}, nullptr).isNull());
            const auto upsert = [&](const Domain::Ticket &t) {
                UpsertCounts c;
                QVERIFY(repository.upsert(e.id, source, {t, anchor}, &c).isNull());
                QVERIFY(c.unchanged >= 1);
                --c.unchanged; // the anchor's
                counts.append(c);
                Domain::Ticket stored;
                QVERIFY(repository.find(e.id, t.key, &stored).isNull());
                QCOMPARE(stored, t);
            };
            const auto tryEach = [&](const Domain::Ticket &original,
                                     const QVector<std::function<void(Domain::Ticket &)>> &edits) {
                upsert(original);
                for (const auto &edit : edits) {
                    Domain::Ticket changed = original;
                    edit(changed);
                    QVERIFY(changed != original);
                    upsert(changed);
                    QCOMPARE(counts.constLast(), (UpsertCounts{0, 1, 0}));
                    upsert(original);
                    QCOMPARE(counts.constLast(), (UpsertCounts{0, 1, 0}));
                    upsert(original);
                    QCOMPARE(counts.constLast(), (UpsertCounts{0, 0, 1}));
                }
            };
            tryEach(base, changes);
            tryEach(untitled, untitledChanges);
            Domain::Ticket emptyTitle = untitled; // '' where NULL would read back: still the same
            emptyTitle.title = QLatin1String("");
            upsert(emptyTitle);
            QCOMPARE(counts.constLast(), (UpsertCounts{0, 0, 1}));
        }
        QCOMPARE(byPath[1], byPath[0]);
    }

    // After a known key the fast path looks a whole chunk up in one statement (its keys as a
    // JSON array): keys that need escaping, changed, new and unchanged tickets mixed, a stored key
    // twice (the second must see the first's write) and a new key twice — as ticket by ticket.
    void shouldLookAChunkUpAsTheTicketByTicketPathDoes()
    {
        const QStringList odd = {QStringLiteral("INC\"quote"), QStringLiteral("INC\\back"),
                                 QStringLiteral("INC\ttab"),   QStringLiteral("INCåäö€"),
                                 QStringLiteral("INC\u0001c"), QStringLiteral("INC/ \u00e9")};
        const auto named = [](int n, const QString &key, int version = 0) {
            Domain::Ticket t = ticket(n, version);
            t.key = key;
            return t;
        };
        QVector<Domain::Ticket> first = tickets(0, 40);
        for (int i = 0; i < odd.size(); ++i)
            first.append(named(100 + i, odd.at(i)));
        const QVector<Domain::Ticket> known = {ticket(0)};
        QVector<Domain::Ticket> mixed = tickets(0, 10) + tickets(10, 20, 1) + tickets(40, 45);
        for (int i = 0; i < odd.size(); ++i)
            mixed.append(named(100 + i, odd.at(i), i % 2)); // 101, 103, 105 changed
        mixed.append(named(200, odd.at(0) + QStringLiteral("new")));
        QVector<Domain::Ticket> twice = tickets(0, 5);
        twice.append(ticket(25, 1)); // stored, changed ...
        twice.append(ticket(25));    // ... and back again
        twice.append(ticket(47));    // new ...
        twice.append(ticket(47, 1)); // ... and again, changed
        // Most without history or vendor SLA (decided from the row's bytes), 10 .. 19 with them
        // (read back and compared).
        QVector<QVector<Domain::Ticket>> batches = {first, known, mixed, known, twice, twice};
        for (QVector<Domain::Ticket> &batch : batches) {
            for (Domain::Ticket &t : batch) {
                if (t.key < QLatin1String("INC0000010") || t.key > QLatin1String("INC0000019")) {
                    t.history.clear();
                    t.vendorSla.clear();
                }
            }
        }
        QVector<UpsertCounts> counts[2];
        QVector<QVector<qint64>> ids[2];
        QByteArray sums[2];
        for (const bool fastPath : {true, false}) {
            Domain::Engagement e;
            const auto db = open(&e);
            QVERIFY(db);
            Storage::SqliteTicketUpsert::setEnabled(fastPath);
            const TicketRepository repository(*db);
            for (const QVector<Domain::Ticket> &batch : batches) {
                UpsertCounts c;
                QVector<qint64> changed;
                QVERIFY(repository.upsert(e.id, QStringLiteral("servicenow"), batch, &c, &changed).isNull());
                counts[fastPath].append(c);
                ids[fastPath].append(changed);
            }
            sums[fastPath] = ImportTest::checksum(*db);
            for (const QString &key : odd) {
                Domain::Ticket stored;
                QVERIFY2(repository.find(e.id, key, &stored).isNull(), qPrintable(key));
                QCOMPARE(stored.key, key);
            }
        }
        QCOMPARE(counts[1], counts[0]);
        QCOMPARE(ids[1], ids[0]);
        QCOMPARE(sums[1], sums[0]);
        QCOMPARE(counts[1].at(2).added, 6);   // 40 .. 44 and the new odd key
        QCOMPARE(counts[1].at(2).updated, 7); // 11, 13, 16, 17, 19 and 101, 103
        QCOMPARE(counts[1].at(2).unchanged, 19);
        QCOMPARE(counts[1].at(4), (UpsertCounts{1, 3, 5}));
        QCOMPARE(counts[1].at(5), (UpsertCounts{0, 4, 5}));
    }

    // A re-import of an unchanged list writes no row and leaves the file (and its WAL) as it was;
    // one changed ticket and one added are exactly what the next import writes.
    void shouldWriteNothingReimportingAnUnchangedList()
    {
        Domain::Engagement e;
        const auto db = open(&e);
        QVERIFY(db);
        const QString first = file(QStringLiteral("same.csv"), list(0, 3000));
        QCOMPARE(import(*db, e, first).outcome, Outcome::Committed);
        sqlite3 *handle = Storage::sqliteHandle(db->connection());
        QVERIFY(handle);
        const QString path = db->path();
        const auto bytes = [](const QString &name) {
            QFile f(name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray fileBefore = bytes(path);
        const QByteArray walBefore = bytes(path + QStringLiteral("-wal"));
        const qint64 changesBefore = sqlite3_total_changes64(handle);
        const QByteArray sumBefore = ImportTest::checksum(*db);
        const ImportReport again = import(*db, e, first);
        QCOMPARE(again.outcome, Outcome::Committed);
        QCOMPARE(again.tickets, (UpsertCounts{0, 0, 3000}));
        QCOMPARE(sqlite3_total_changes64(handle), changesBefore);
        QVERIFY(bytes(path) == fileBefore);
        QVERIFY(bytes(path + QStringLiteral("-wal")) == walBefore);
        QCOMPARE(ImportTest::checksum(*db), sumBefore);
        // the report's period is the UTC days of the first and last ticket created
        QVector<Domain::Ticket> stored;
        QVERIFY(TicketRepository(*db).list(e.id, &stored).isNull());
        const auto day = [](qint64 at) { return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).date(); };
        QCOMPARE(again.firstDate, day(stored.constFirst().created));
        QCOMPARE(again.lastDate, day(stored.constLast().created));
        QVERIFY(again.firstDate < again.lastDate);
        // one title changed, one ticket added
        QByteArray next = list(0, 3001);
        QVERIFY(next.contains(",Checkout down 17\n"));
        next.replace(",Checkout down 17\n", ",Checkout down again 17\n");
        const ImportReport changed = import(*db, e, file(QStringLiteral("next.csv"), next));
        QCOMPARE(changed.outcome, Outcome::Committed);
        QCOMPARE(changed.tickets, (UpsertCounts{1, 1, 2999}));
        Domain::Ticket edited;
        QVERIFY(TicketRepository(*db).find(e.id, QStringLiteral("INC17"), &edited).isNull());
        QCOMPARE(edited.title, QStringLiteral("Checkout down again 17"));
    }

    // The integrity check runs before the commit of an import that changed a row, on the file as
    // last committed: damage in pages the import never reads (a table of its own) still refuses
    // the commit and leaves the file as it was; an import that changes nothing commits nothing.
    void shouldRefuseToCommitIntoADamagedFileOnlyWhenWriting()
    {
        Domain::Engagement e;
        auto db = open(&e);
        QVERIFY(db);
        const QString path = db->path();
        const QString same = file(QStringLiteral("damaged.csv"), list(0, 200));
        QCOMPARE(import(*db, e, same).outcome, Outcome::Committed);
        qint64 root = 0;
        qint64 pageSize = 0;
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            for (int i = 0; i < 40; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(3000))")));
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'filler'")) &&
                    q.next());
            root = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toLongLong();
        }
        db.reset(); // the last connection checkpoints the WAL into the file
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((root - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(16, char(0xff))), qint64(16));
        }
        const auto bytes = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray damaged = bytes();
        db = std::make_unique<Storage::Database>();
        QVERIFY(db->open(path).isNull());
        const ImportReport nothing = import(*db, e, same);
        QCOMPARE(nothing.outcome, Outcome::Committed);
        QCOMPARE(nothing.tickets, (UpsertCounts{0, 0, 200}));
        const ImportReport more = import(*db, e, file(QStringLiteral("more.csv"), list(0, 201)));
        QCOMPARE(more.outcome, Outcome::Failed);
        QCOMPARE(more.storageError.kind, Storage::StorageError::Kind::Damaged);
        db.reset();
        QVERIFY(bytes() == damaged);
    }

    void shouldNameTheTicketOfAFailedWriteOnTheFastPath()
    {
        Domain::Engagement e;
        const auto db = open(&e);
        QVERIFY(db);
        Domain::Ticket bad = ticket(7);
        bad.severity = 9; // CHECK (severity BETWEEN 1 AND 4)
        UpsertCounts counts;
        const Storage::StorageError error =
            TicketRepository(*db).upsert(e.id, QStringLiteral("servicenow"), {ticket(1), bad}, &counts);
        QCOMPARE(error.kind, Storage::StorageError::Kind::Query);
        QCOMPARE(error.operation, QStringLiteral("save ticket"));
        QCOMPARE(error.record, bad.key);
        QVERIFY2(error.detail.contains(QLatin1String("CHECK constraint")), qPrintable(error.detail));
    }

    void shouldRebuildTheSuspendedIndexesWithTheirDefinitions()
    {
        Domain::Engagement e;
        Domain::Engagement plainEngagement;
        const auto db = open(&e);
        const auto plain = open(&plainEngagement);
        QVERIFY(db && plain);
        const QStringList before = indexes(*db);
        QCOMPARE(ticketIndexCount(*db), 9);
        // GIVEN a file large against the (empty) table
        const QString path = file(QStringLiteral("large.csv"), list(1, 10000));
        int lowestDuringImport = 99;
        const ImportReport report = import(*db, e, path, [&](ImportSession &session) {
            session.setProgressHandler([&](qint64, qint64) {
                lowestDuringImport = qMin(lowestDuringImport, ticketIndexCount(*db));
            });
        });
        QCOMPARE(report.outcome, Outcome::Committed);
        QCOMPARE(report.tickets.added, 10000);
        // THEN the indexes were dropped while it wrote, and are back as they were defined
        QCOMPARE(lowestDuringImport, 0);
        QCOMPARE(indexes(*db), before);
        // AND the rows are those of an import that kept its indexes
        Storage::IndexSuspension::setMinimumRowsForTests(1000000);
        QCOMPARE(import(*plain, plainEngagement, path).outcome, Outcome::Committed);
        QCOMPARE(ImportTest::checksum(*db), ImportTest::checksum(*plain));
        // AND a small import into the larger table keeps them throughout
        Storage::IndexSuspension::setMinimumRowsForTests(1000);
        lowestDuringImport = 99;
        const ImportReport small =
            import(*db, e, file(QStringLiteral("small.csv"), list(20000, 2400)), [&](ImportSession &session) {
                session.setProgressHandler([&](qint64, qint64) {
                    lowestDuringImport = qMin(lowestDuringImport, ticketIndexCount(*db));
                });
            });
        QCOMPARE(small.tickets.added, 2400); // under a quarter of the table: kept
        QCOMPARE(lowestDuringImport, 9);
        QCOMPARE(indexes(*db), before);
    }

    void shouldLeaveIndexesAndRowsAsBeforeWhenALargeImportIsCancelledOrFails()
    {
        Domain::Engagement e;
        const auto db = open(&e);
        QVERIFY(db);
        QCOMPARE(import(*db, e, file(QStringLiteral("first.csv"), list(1, 2000))).outcome,
                 Outcome::Committed);
        const QStringList before = indexes(*db);
        const QByteArray rows = ImportTest::checksum(*db);
        const int cacheBefore = cacheSize(*db);
        const QString path = file(QStringLiteral("large.csv"), list(1, 10000, "Changed"));
        // cancelled once the indexes are gone
        std::atomic<bool> cancel{false};
        bool sawSuspended = false;
        const ImportReport cancelled = import(*db, e, path, [&](ImportSession &session) {
            session.setCancelFlag(&cancel);
            session.setProgressHandler([&](qint64, qint64) {
                if (ticketIndexCount(*db) == 0) {
                    sawSuspended = true;
                    cancel = true;
                }
            });
        });
        QVERIFY(sawSuspended);
        QCOMPARE(cancelled.outcome, Outcome::Cancelled);
        QCOMPARE(cacheSize(*db), cacheBefore); // the suspension's small cache went with it
        QCOMPARE(indexes(*db), before);
        QCOMPARE(ImportTest::checksum(*db), rows);
        // failed in the hook before the commit
        const ImportReport failed = import(*db, e, path, [](ImportSession &session) {
            session.setBeforeCommit([](const Storage::Database &, qint64, const Storage::TicketIdSet &) {
                return Storage::StorageError{
                    Storage::StorageError::Kind::Query, QStringLiteral("refuse"), {}, {}};
            });
        });
        QCOMPARE(failed.outcome, Outcome::Failed);
        QCOMPARE(indexes(*db), before);
        QCOMPARE(ImportTest::checksum(*db), rows);
        // a dry run (staged, then rolled back) and a session that ends with the import pending
        {
            ImportSession session(*db, e);
            ImportSession::Options options;
            options.source = QStringLiteral("servicenow");
            options.chunkSize = 500;
            ImportReport report = session.stage(path, options);
            QVERIFY(session.isPending());
            QCOMPARE(report.tickets.added, 8000);
            QCOMPARE(report.tickets.updated, 2000);
            QCOMPARE(indexes(*db), before); // whole again while pending
            session.rollback(&report, Outcome::DryRun);
            QCOMPARE(indexes(*db), before);
            report = session.stage(path, options);
            QVERIFY(session.isPending());
        }
        QCOMPARE(indexes(*db), before);
        QCOMPARE(ImportTest::checksum(*db), rows);
    }
};

QTEST_GUILESS_MAIN(TestImportFastPath)
#include "tst_importfastpath.moc"

// The SQLite fast path of an import's ticket upsert (issue 13): the C-API upsert stores exactly
// what the QSqlQuery path stores (rows, history, counts, changed ids), looks a chunk up as the
// ticket-by-ticket path does, and names the ticket of a failed write.
#include "models/storage/indexsuspension.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqliteticketupsert.h"
#include "models/storage/sqlitevalues.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/fastpathdata.h"

#include <QtTest>

#include <functional>

#include <sqlite3.h>

using Storage::ImportReport;
using Storage::ImportSession;
using Storage::TicketRepository;
using Storage::UpsertCounts;
using Outcome = Storage::ImportReport::Outcome;
using namespace FastPathTest;

class TestImportFastPath : public QObject, private Fixture
{
    Q_OBJECT

    /// What upserting `batches` one after the other on one path stored: each batch's counts and
    /// changed ids, the database's checksum, and the chunk lookups made; `then` looks at the rest.
    struct Upserted
    {
        QVector<UpsertCounts> counts;
        QVector<QVector<qint64>> ids;
        QByteArray sum;
        Storage::SqliteTicketUpsert::Lookups lookups;
    };
    Upserted upsertAll(const QVector<QVector<Domain::Ticket>> &batches, bool fastPath,
                       const std::function<void(const TicketRepository &, qint64)> &then = {})
    {
        Upserted out;
        Domain::Engagement e;
        const auto db = open(&e);
        [&] { QVERIFY(db); }();
        if (!db)
            return out;
        Storage::SqliteTicketUpsert::setEnabled(fastPath);
        const TicketRepository repository(*db);
        for (const QVector<Domain::Ticket> &batch : batches) {
            const auto before = Storage::SqliteTicketUpsert::lookupsForTests();
            UpsertCounts c;
            QVector<qint64> changed;
            [&] {
                QVERIFY(repository.upsert(e.id, QStringLiteral("servicenow"), batch, &c, &changed).isNull());
            }();
            out.counts.append(c);
            out.ids.append(changed);
            const auto after = Storage::SqliteTicketUpsert::lookupsForTests();
            out.lookups.byRange += after.byRange - before.byRange;
            out.lookups.byKeys += after.byKeys - before.byKeys;
            out.lookups.found += after.found - before.found;
        }
        out.sum = ImportTest::checksum(*db);
        if (then)
            then(repository, e.id);
        return out;
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
        const auto findsOdd = [&odd](const TicketRepository &repository, qint64 engagement) {
            for (const QString &key : odd) {
                Domain::Ticket stored;
                QVERIFY2(repository.find(engagement, key, &stored).isNull(), qPrintable(key));
                QCOMPARE(stored.key, key);
            }
        };
        const Upserted fast = upsertAll(batches, true, findsOdd);
        const Upserted slow = upsertAll(batches, false, findsOdd);
        QCOMPARE(fast.counts, slow.counts);
        QCOMPARE(fast.ids, slow.ids);
        QCOMPARE(fast.sum, slow.sum);
        QCOMPARE(fast.counts.at(2).added, 6);   // 40 .. 44 and the new odd key
        QCOMPARE(fast.counts.at(2).updated, 7); // 11, 13, 16, 17, 19 and 101, 103
        QCOMPARE(fast.counts.at(2).unchanged, 19);
        QCOMPARE(fast.counts.at(4), (UpsertCounts{1, 3, 5}));
        QCOMPARE(fast.counts.at(5), (UpsertCounts{0, 4, 5}));
    }

    // A chunk is looked up by one walk of the stored keys between its least and greatest key,
    // merged in the unique index's order (bytes, shorter first: not QString's order for letters
    // past U+FFFF), or key by key when that range holds more stored tickets than the chunk names.
    // Either way: the ticket-by-ticket path's rows, counts and ids, and every stored key found.
    void shouldLookAChunkUpByItsKeyRangeOrKeyByKey()
    {
        const auto named = [](int n, const QString &key, int version = 0) {
            Domain::Ticket t = ticket(n, version);
            t.key = key;
            t.history.clear(); // decided from the row's bytes
            t.vendorSla.clear();
            return t;
        };
        // U+FF5E is EF BD 9E in UTF-8 and U+1F600 F0 9F 98 80: in bytes the latter is greater,
        // in UTF-16 (D83D DE00) the lesser. "INC1" is a prefix of the other two.
        const QStringList odd = {QStringLiteral("INC\uFF5E"), QString::fromUtf8("INC\xF0\x9F\x98\x80"),
                                 QStringLiteral("INC1"), QStringLiteral("INC10"), QStringLiteral("INC1 ")};
        QVector<Domain::Ticket> stored = tickets(0, 170);
        for (int i = 0; i < odd.size(); ++i)
            stored.append(named(1000 + i, odd.at(i)));
        // Dense (every stored key of its range), out of order, changed and new tickets among the
        // stored, the odd keys backwards.
        QVector<Domain::Ticket> dense = tickets(100, 160) + tickets(160, 170, 1);
        std::reverse(dense.begin(), dense.end());
        dense.insert(30, ticket(5000));
        dense.append(named(2000, QStringLiteral("INC1!"))); // new, between two stored odd keys
        for (int i = odd.size() - 1; i >= 0; --i)
            dense.append(named(1000 + i, odd.at(i), i == 1 ? 1 : 0));
        // Sparse: four stored tickets of a range holding 171.
        const QVector<Domain::Ticket> sparse = {ticket(0), ticket(120, 1), ticket(150),
                                                named(1002, odd.at(2))};
        // A stored key twice in a walked chunk: the second must see the first's write.
        QVector<Domain::Ticket> twice = tickets(60, 70);
        twice.append(ticket(65, 1));
        const QVector<QVector<Domain::Ticket>> batches = {stored, {ticket(0)}, dense, sparse, twice};
        const Upserted slow = upsertAll(batches, false);
        const Upserted fast = upsertAll(batches, true);
        QCOMPARE(fast.counts, slow.counts);
        QCOMPARE(fast.ids, slow.ids);
        QCOMPARE(fast.sum, slow.sum);
        QCOMPARE(fast.counts.at(2),
                 (UpsertCounts{2, 6, 69})); // new: 5000, INC1!; 161 163 166 167 169, U+1F600
        QCOMPARE(fast.counts.at(3), (UpsertCounts{0, 0, 4})); // 120 changes nothing but the resolution
        // The dense and the doubled chunk walked, the sparse one probed key by key.
        QCOMPARE(fast.lookups.byRange, 2);
        QCOMPARE(fast.lookups.byKeys, 1);
        QCOMPARE(fast.lookups.found, (dense.size() - 2) + sparse.size() + twice.size());
        QCOMPARE(slow.lookups.byRange + slow.lookups.byKeys, 0);
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
};

QTEST_GUILESS_MAIN(TestImportFastPath)
#include "tst_importfastpath.moc"

// A large or repeated SQLite import (issue 13): an unchanged re-import writes nothing, damage is
// refused before a commit that writes, and a large import that drops the secondary indexes of
// `tickets` while it writes leaves them as they were defined, also when it fails or is cancelled.
#include "models/storage/indexsuspension.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqliteticketupsert.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/fastpathdata.h"

#include <QFile>
#include <QtTest>

#include <sqlite3.h>

using Storage::ImportReport;
using Storage::ImportSession;
using Storage::TicketRepository;
using Storage::UpsertCounts;
using Outcome = Storage::ImportReport::Outcome;
using namespace FastPathTest;

class TestImportBulkWrite : public QObject, private Fixture
{
    Q_OBJECT

private slots:
    void init() { Storage::IndexSuspension::setMinimumRowsForTests(1000); }
    void cleanup()
    {
        Storage::IndexSuspension::setMinimumRowsForTests(0);
        Storage::SqliteTicketUpsert::setEnabled(true);
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

QTEST_GUILESS_MAIN(TestImportBulkWrite)
#include "tst_importbulkwrite.moc"

// Models::WorkerJob, the seam of the pages' background reads: a run started after the previous
// run's work ended and before its delivery came makes that delivery stale. The stale delivery
// says so (isNewest()), reports its own run's cancel, and returns at once: it must not wait for
// the newer run's worker (it did: a page's event loop held for the whole newer read). Cancel
// stops the statement the work runs, on SQLite and on PostgreSQL.
#include "models/storage/database.h"
#include "models/workerjob.h"
#include "tests/models/workerjobwait.h"
#include "tests/storage/testdatabases.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

namespace {

/// A job whose work is given by the test; each delivery is recorded.
class TestJob : public Models::WorkerJob
{
public:
    using WorkerJob::WorkerJob;

    struct Delivered
    {
        int tag = 0;
        bool cancelled = false;
        bool newest = false;
    };

    bool start(int tag, std::function<void()> work)
    {
        return run([this, tag, work = std::move(work)]() -> Delivery {
            work();
            return [this, tag](bool cancelled) { delivered.append({tag, cancelled, isNewest()}); };
        });
    }
    bool cancelSeen() const { return isCancelRequested(); }

    QVector<Delivered> delivered;
};

} // namespace

class TestWorkerJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Storage::Database m_database;

private slots:
    void initTestCase()
    {
        QVERIFY(m_database
                    .open(m_dir.filePath(QStringLiteral("jobs.sqlite")), Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
    }

    void shouldDeliverOnceWithTheCancelOfItsRun()
    {
        TestJob job(m_database);
        QVERIFY(job.start(1, [] {}));
        QTRY_COMPARE(job.delivered.size(), 1);
        QCOMPARE(job.delivered.at(0).tag, 1);
        QVERIFY(!job.delivered.at(0).cancelled);
        QVERIFY(job.delivered.at(0).newest);
        // a cancelled run says so, and its work saw the request
        std::atomic<bool> release{false};
        std::atomic<bool> sawCancel{false};
        QVERIFY(job.start(3, [&] {
            while (!release)
                QThread::msleep(1);
            sawCancel = job.cancelSeen();
        }));
        job.cancel();
        release = true;
        QTRY_COMPARE(job.delivered.size(), 2);
        QVERIFY(job.delivered.at(1).cancelled);
        QVERIFY(sawCancel);
    }

    void shouldDeliverAStaleRunAtOnceAndAsStale()
    {
        TestJob job(m_database);
        // GIVEN a first run whose work has ended, cancelled, its delivery still queued
        QVERIFY(job.start(1, [] {}));
        job.cancel();
        QVERIFY(waitForWorkEnd(job));
        QVERIFY(job.delivered.isEmpty());
        // AND a second run started, whose work waits to be released
        std::atomic<bool> release{false};
        QVERIFY(job.start(2, [&] {
            QElapsedTimer waited;
            waited.start();
            while (!release && waited.elapsed() < 5000)
                QThread::msleep(1);
        }));
        QVERIFY(!job.cancelSeen()); // the new run starts uncancelled
        // WHEN the events are processed THEN the first delivery comes at once, stale and cancelled,
        // while the second run still works
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE(job.delivered.size(), 1);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(job.isRunning());
        QCOMPARE(job.delivered.at(0).tag, 1);
        QVERIFY(job.delivered.at(0).cancelled);
        QVERIFY(!job.delivered.at(0).newest);
        // AND the second, once released, is the newest and not cancelled
        release = true;
        QTRY_COMPARE(job.delivered.size(), 2);
        QCOMPARE(job.delivered.at(1).tag, 2);
        QVERIFY(!job.delivered.at(1).cancelled);
        QVERIFY(job.delivered.at(1).newest);
        QVERIFY(!job.isRunning());
    }

    void shouldStopTheStatementOfItsWorkOnCancel_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("stoppedCode"); ///< the driver's native code of a stopped statement
        // A minute or two each, were they left to end: a count of 400 million rows, a sleep.
        QTest::newRow("sqlite") << QStringLiteral("sqlite")
                                << QStringLiteral(
                                       "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                                       "c WHERE x < 400000000) SELECT count(*) FROM c")
                                << QStringLiteral("9"); // SQLITE_INTERRUPT
        QTest::newRow("postgresql") << QStringLiteral("postgresql") << QStringLiteral("SELECT pg_sleep(120)")
                                    << QStringLiteral("57014"); // query_canceled
    }

    void shouldStopTheStatementOfItsWorkOnCancel()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, statement);
        QFETCH(QString, stoppedCode);
        Storage::Database database;
        DD_OPEN_FRESH_DATABASE_OF(database, dialect, m_dir.path());
        TestJob job(database);
        std::atomic<bool> started{false};
        bool ran = true;
        QString code;
        QVERIFY(job.start(1, [&] {
            QSqlQuery query(database.connection());
            started = true;
            ran = query.exec(statement);
            code = query.lastError().nativeErrorCode();
        }));
        QTRY_VERIFY(started);
        // WHEN the user cancels (again, until the delivery comes: a cancel before the statement
        // starts has nothing to stop) THEN the statement fails, stopped
        QElapsedTimer waited;
        waited.start();
        while (job.delivered.isEmpty() && waited.elapsed() < 300000) {
            job.cancel();
            QTest::qWait(20);
        }
        QCOMPARE(job.delivered.size(), 1);
        QVERIFY(job.delivered.at(0).cancelled);
        QVERIFY(!ran);
        QCOMPARE(code, stoppedCode);
    }

    // A cancel that comes between two statements of a work (or before its first) fails the next
    // one: sqlite3_interrupt() alone would let it run to its end, and a PostgreSQL server drops a
    // cancel request that finds no statement running.
    void shouldFailAStatementStartedAfterTheCancel_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("stoppedCode");
        // Seconds, were they left to run: 50 million rows counted, a sleep.
        QTest::newRow("sqlite") << QStringLiteral("sqlite")
                                << QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                                  "FROM c WHERE x < 50000000) SELECT count(*) FROM c")
                                << QStringLiteral("9"); // SQLITE_INTERRUPT
        QTest::newRow("postgresql") << QStringLiteral("postgresql") << QStringLiteral("SELECT pg_sleep(60)")
                                    << QStringLiteral("57014"); // query_canceled
    }

    void shouldFailAStatementStartedAfterTheCancel()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, statement);
        QFETCH(QString, stoppedCode);
        Storage::Database database;
        DD_OPEN_FRESH_DATABASE_OF(database, dialect, m_dir.path());
        TestJob job(database);
        std::atomic<bool> between{false}, cancelled{false};
        bool first = false, second = true;
        QString code;
        QVERIFY(job.start(1, [&] {
            QSqlQuery query(database.connection());
            first = query.exec(QStringLiteral("SELECT 1")) && query.next();
            query.finish();
            between = true;
            while (!cancelled)
                QThread::msleep(1);
            QThread::msleep(200); // the first cancel requests found the server idle
            second = query.exec(statement);
            code = query.lastError().nativeErrorCode();
        }));
        QTRY_VERIFY(between);
        job.cancel(); // once, while no statement runs
        cancelled = true;
        QTRY_COMPARE(job.delivered.size(), 1);
        QVERIFY(first);
        QVERIFY(job.delivered.at(0).cancelled);
        QVERIFY(!second);
        QCOMPARE(code, stoppedCode);
    }

    // A cancel that comes as the work starts, before its worker has a connection to stop, is
    // passed on once it has one: the work's first statement fails.
    void shouldFailTheFirstStatementOfAWorkCancelledAsItStarts_data()
    {
        shouldFailAStatementStartedAfterTheCancel_data();
    }

    void shouldFailTheFirstStatementOfAWorkCancelledAsItStarts()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, statement);
        QFETCH(QString, stoppedCode);
        Storage::Database database;
        DD_OPEN_FRESH_DATABASE_OF(database, dialect, m_dir.path());
        TestJob job(database);
        bool ran = true;
        QString code;
        QVERIFY(job.start(1, [&] {
            QSqlQuery query(database.connection());
            ran = query.exec(statement);
            code = query.lastError().nativeErrorCode();
        }));
        job.cancel(); // the worker is still opening its connection
        QTRY_COMPARE(job.delivered.size(), 1);
        QVERIFY(job.delivered.at(0).cancelled);
        QVERIFY(!ran);
        QCOMPARE(code, stoppedCode);
    }
};

QTEST_GUILESS_MAIN(TestWorkerJob)
#include "tst_workerjob.moc"

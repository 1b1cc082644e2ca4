#include "models/importjob.h"
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = Storage::ImportReport::Outcome;

namespace {
const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");
}

class TestImportJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    Domain::Engagement m_engagement;

    qint64 count(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    qint64 ticketCount() { return count(QStringLiteral("tickets")); }

    /// How many statements of other sessions wait for a lock (PostgreSQL).
    qint64 waitingForALock()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    Storage::ImportSession::Options options() const
    {
        Storage::ImportSession::Options o;
        o.source = QStringLiteral("servicenow-events");
        o.chunkSize = 50;
        return o;
    }

    static Storage::ImportReport finalReport(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return finished.first().first().value<Storage::ImportReport>();
    }

private slots:
    // On both dialects (issue 15): a new SQLite file, or a new database on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        DD_OPEN_FRESH_DATABASE(*m_db, m_dir.path());
        m_engagement = {};
        m_engagement.key = QStringLiteral("NORDSHOP");
        m_engagement.client = QStringLiteral("Nordshop AB");
        m_engagement.start = QDate(2016, 1, 1);
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&m_engagement).isNull());
    }
    void cleanup() { m_db.reset(); }

    void shouldStageOffTheGuiThreadAndCommitWhenConfirmed()
    {
        Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
        QSignalSpy staged(&job, &Models::ImportJob::staged);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        QSignalSpy progress(&job, &Models::ImportJob::progress);
        job.start();
        QVERIFY(staged.wait(60000));
        QVERIFY(finished.isEmpty());
        QCOMPARE(staged.first().first().value<Storage::ImportReport>().tickets.added, qint64(890));
        QCOMPARE(ticketCount(), qint64(0)); // not visible to this thread's connection before the commit
        job.commit();
        const Storage::ImportReport report = finalReport(finished);
        QCOMPARE(report.outcome, Outcome::Committed);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(ticketCount(), qint64(890));
    }

    void shouldWriteNothingWhenDiscarded()
    {
        Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
        QSignalSpy staged(&job, &Models::ImportJob::staged);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        job.start();
        QVERIFY(staged.wait(60000));
        job.discard();
        QCOMPARE(finalReport(finished).outcome, Outcome::Declined);
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldWriteNothingWhenCancelledWhileReading()
    {
        Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        connect(&job, &Models::ImportJob::progress, &job, &Models::ImportJob::cancel);
        job.start();
        QCOMPARE(finalReport(finished).outcome, Outcome::Cancelled);
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldStopWaitingForAnotherWriterWhenCancelled()
    {
        // GIVEN another program writing: it holds SQLite's write lock, or on a server the tickets
        // table, and the import would wait for it up to the busy limit (30 s here)
        const QByteArray waitBefore = qgetenv("DELIVERYDESK_WAIT_SECONDS");
        qputenv("DELIVERYDESK_WAIT_SECONDS", "30");
        std::atomic<int> busy{0};
        Storage::Database::setBusyNotifier([&busy] { ++busy; });
        const auto restore = qScopeGuard([&waitBefore] { // also when a check below fails
            Storage::Database::setBusyNotifier({});
            qputenv("DELIVERYDESK_WAIT_SECONDS", waitBefore);
        });
        QSqlQuery other(m_db->connection());
        QVERIFY(other.exec(m_db->isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
        if (m_db->isServer())
            QVERIFY(other.exec(QStringLiteral("LOCK TABLE tickets IN EXCLUSIVE MODE")));
        Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
        QSignalSpy staged(&job, &Models::ImportJob::staged);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        job.start();
        if (m_db->isServer())
            QTRY_VERIFY_WITH_TIMEOUT(waitingForALock() > 0, 20000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(busy > 0, 20000);
        QTest::qWait(300); // well into the wait

        // WHEN the user cancels
        QElapsedTimer stopping;
        stopping.start();
        job.cancel();
        const Storage::ImportReport report = finalReport(finished);
        const qint64 waited = stopping.elapsed();

        // THEN the import ends at once, cancelled, not as a failure, and wrote nothing
        QVERIFY2(waited < 10000, qPrintable(QStringLiteral("the cancel took %1 ms").arg(waited)));
        QCOMPARE(report.outcome, Outcome::Cancelled);
        QVERIFY(report.storageError.isNull());
        QVERIFY(staged.isEmpty());
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldStageNothingWhenCancelledBeforeItsFirstWrite()
    {
        if (m_db->isServer())
            QSKIP("a server's cancel requests race the first statements of a small file; the wait "
                  "for another writer covers PostgreSQL");
        // GIVEN a file shorter than the reader's first look at the cancel flag (4,096 rows)
        QFile sample(s_sample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QFile shorter(m_dir.filePath(QStringLiteral("first-1000-rows.csv")));
        QVERIFY(shorter.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (int line = 0; line < 1001 && !sample.atEnd(); ++line)
            shorter.write(sample.readLine());
        shorter.close();
        Models::ImportJob job(*m_db, {}, m_engagement, shorter.fileName(), options());
        QSignalSpy staged(&job, &Models::ImportJob::staged);
        QSignalSpy finished(&job, &Models::ImportJob::finished);

        // WHEN the user cancels as the import starts
        job.cancel();
        job.start();

        // THEN its first write fails, and nothing is staged for a decision
        const Storage::ImportReport report = finalReport(finished);
        QCOMPARE(report.outcome, Outcome::Cancelled);
        QVERIFY(report.storageError.isNull());
        QVERIFY(staged.isEmpty());
        QCOMPARE(report.tickets.added, qint64(0));
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldCommitAnAcceptableImportWithoutWaitingWhenAutoCommitting()
    {
        Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
        job.setAutoCommit(true);
        QSignalSpy staged(&job, &Models::ImportJob::staged);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        job.start();
        QCOMPARE(finalReport(finished).outcome, Outcome::Committed);
        QVERIFY(staged.isEmpty());
        QCOMPARE(ticketCount(), qint64(890));
    }

    void shouldRunTheHookItIsGivenInsideTheImport()
    {
        // GIVEN the portfolio's hook: the stored SLA results follow the imported tickets
        Models::ImportJob job(*m_db, Models::SlaRecomputer::importHook(), m_engagement, s_sample, options());
        job.setAutoCommit(true);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        job.start();
        QCOMPARE(finalReport(finished).outcome, Outcome::Committed);
        QCOMPARE(ticketCount(), qint64(890));
        QCOMPARE(count(QStringLiteral("sla_results")), qint64(890));
    }

    void shouldWriteNothingWhenTheHookFails()
    {
        Storage::TicketIdSet seen;
        const auto refuse = [&seen](const Storage::Database &, qint64, const Storage::TicketIdSet &changed) {
            seen = changed;
            return Storage::StorageError{Storage::StorageError::Kind::Query, QStringLiteral("test"), {}, {}};
        };
        Models::ImportJob job(*m_db, refuse, m_engagement, s_sample, options());
        job.setAutoCommit(true);
        QSignalSpy finished(&job, &Models::ImportJob::finished);
        job.start();
        const Storage::ImportReport report = finalReport(finished);
        QCOMPARE(report.outcome, Outcome::Failed);
        QCOMPARE(report.storageError.operation, QStringLiteral("test"));
        QCOMPARE(seen.count(), qint64(890));
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldRollBackWhenDestroyedWhileWaiting()
    {
        {
            Models::ImportJob job(*m_db, {}, m_engagement, s_sample, options());
            QSignalSpy staged(&job, &Models::ImportJob::staged);
            job.start();
            QVERIFY(staged.wait(60000));
        }
        QCOMPARE(ticketCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"

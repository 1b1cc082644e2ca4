// The import the command line runs on its own thread: a committed import writes every row, a dry
// run writes nothing and says whether it would have committed, a strict import with a bad row
// writes nothing. On both dialects (issue 15): a new database per test function.
#include "models/importrun.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/importtestdatabase.h"
#include "tests/storage/testdatabases.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Models::ImportRun;
using Outcome = ImportRun::Report::Outcome;

namespace {
const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");
}

class TestImportRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    Domain::Engagement m_engagement;

    qint64 ticketCount() const { return ImportTest::count(*m_db, QStringLiteral("tickets")); }

    static ImportRun::Options options()
    {
        ImportRun::Options o;
        o.source = QStringLiteral("servicenow-events");
        return o;
    }

    /// The sample with the opening date of its first ticket made unreadable.
    QString sampleWithABadRow()
    {
        QFile in(s_sample);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = in.readAll();
        data.replace("29-02-2016 01:16", "not a date");
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        return ImportTest::writeFile(path, data) ? path : QString();
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        DD_OPEN_FRESH_DATABASE(*m_db, m_dir.path());
        m_engagement = ImportTest::engagement(QStringLiteral("NORDSHOP"));
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&m_engagement).isNull());
    }
    void cleanup() { m_db.reset(); }

    void shouldCommitAnAcceptableImport()
    {
        const ImportRun::Report report = ImportRun(*m_db, {}, m_engagement).import(s_sample, options());
        QCOMPARE(report.outcome, Outcome::Committed);
        QCOMPARE(report.tickets.added, qint64(890));
        QCOMPARE(ticketCount(), qint64(890));
    }

    void shouldWriteNothingOnADryRun()
    {
        bool acceptable = false;
        const ImportRun::Report report =
            ImportRun(*m_db, {}, m_engagement).dryRun(s_sample, options(), &acceptable);
        QVERIFY(acceptable);
        QCOMPARE(report.outcome, Outcome::DryRun);
        QCOMPARE(report.tickets.added, qint64(890));
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldRunTheBeforeCommitHookOnlyWhenItCommits()
    {
        // GIVEN a hook that counts its calls and the tickets it was given
        int calls = 0;
        qsizetype changed = 0;
        const Storage::ImportSession::BeforeCommitHook hook =
            [&](const Storage::Database &, qint64, const Storage::TicketIdSet &ids) -> Storage::StorageError {
            ++calls;
            changed = qsizetype(ids.count());
            return {};
        };
        // WHEN the file is only tried, THEN the hook does not run
        bool acceptable = false;
        QCOMPARE(ImportRun(*m_db, hook, m_engagement).dryRun(s_sample, options(), &acceptable).outcome,
                 Outcome::DryRun);
        QCOMPARE(calls, 0);
        // WHEN it is imported, THEN the hook runs once with every changed ticket
        QCOMPARE(ImportRun(*m_db, hook, m_engagement).import(s_sample, options()).outcome,
                 Outcome::Committed);
        QCOMPARE(calls, 1);
        QCOMPARE(changed, qsizetype(890));
    }

    void shouldStoreNothingWhenTheHookFails()
    {
        const Storage::ImportSession::BeforeCommitHook refuse = [](const Storage::Database &, qint64,
                                                                   const Storage::TicketIdSet &) {
            return Storage::StorageError{Storage::StorageError::Kind::Query,
                                         QStringLiteral("recompute"),
                                         {},
                                         QStringLiteral("refused")};
        };
        const ImportRun::Report report = ImportRun(*m_db, refuse, m_engagement).import(s_sample, options());
        QVERIFY(!report.isCommitted());
        QCOMPARE(ticketCount(), qint64(0));
    }

    void shouldRejectABadRowInStrictMode()
    {
        const QString bad = sampleWithABadRow();
        QVERIFY(!bad.isEmpty());
        bool acceptable = true;
        const ImportRun::Report dry = ImportRun(*m_db, {}, m_engagement).dryRun(bad, options(), &acceptable);
        QVERIFY(!acceptable);
        QCOMPARE(dry.outcome, Outcome::Rejected);
        QVERIFY(dry.rejectedCount > 0);
        const ImportRun::Report report = ImportRun(*m_db, {}, m_engagement).import(bad, options());
        QVERIFY(!report.isCommitted());
        QCOMPARE(ticketCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "tst_importrun.moc"

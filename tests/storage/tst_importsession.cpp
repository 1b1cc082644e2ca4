#include "models/storage/database.h"
#include "models/storage/importsession.h"
#include "models/storage/importsettingsrepository.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "testdatabases.h"
#include "tests/storage/importtestdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Storage::ImportReport;
using Storage::ImportSession;
using Storage::TicketIdSet;
using Outcome = Storage::ImportReport::Outcome;

namespace {

const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");

QString testData(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/") + name;
}

const QByteArray s_goodEvents = "number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority\n"
                                "INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,3 - Moderate\n"
                                "INC1,Active,1,01-03-2026 08:00,01-03-2026 09:00,3 - Moderate\n"
                                "INC2,New,0,02-03-2026 08:00,02-03-2026 08:00,2 - High\n";
const QByteArray s_badEvents = "number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority\n"
                               "INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,3 - Moderate\n"
                               "INC2,New,0,31-02-2026 08:00,02-03-2026 08:00,2 - High\n"
                               "INC3,New,0,03-03-2026 08:00,03-03-2026 08:00,9 - Whatever\n";

} // namespace

class TestImportSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    Domain::Engagement m_engagement;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        return ImportTest::writeFile(path, content) ? path : QString();
    }

    ImportReport importFile(const QString &path, const QString &source, bool skipBadRows = false,
                            const QByteArray &zone = {},
                            const ImportSession::BeforeCommitHook &beforeCommit = {})
    {
        ImportSession session(*m_db, m_engagement);
        session.setBeforeCommit(beforeCommit);
        ImportSession::Options options;
        options.source = source;
        options.skipBadRows = skipBadRows;
        options.timeZone = zone;
        options.chunkSize = 100; // several chunks even for the small files
        ImportReport report = session.stage(path, options);
        session.commit(&report);
        return report;
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

    void shouldStoreTheFileTotalOfEveryWorklogSource_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("seconds");
        // Issue 17: 5.57 h of two-decimal Harvest hours were 5.58 h rounded per row; Kimai's
        // seconds were hours. -1: the total is only compared with what was stored.
        QTest::newRow("harvest") << QStringLiteral("harvest/harvest_two_decimals.csv")
                                 << QStringLiteral("harvest") << qint64(20052);
        QTest::newRow("kimai") << QStringLiteral("kimai/kimai_seconds_template.csv")
                               << QStringLiteral("kimai") << qint64(25260);
        QTest::newRow("tempo") << QStringLiteral("tempo/tempo_worklogs.csv") << QStringLiteral("tempo")
                               << qint64(-1);
    }

    void shouldStoreTheFileTotalOfEveryWorklogSource()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(qint64, seconds);
        const ImportReport report = importFile(testData(file), source, true);
        QVERIFY2(report.fileError.isNull(), qPrintable(report.fileError.toString()));
        QCOMPARE(report.outcome, Outcome::Committed);
        QVERIFY(report.storedSeconds > 0);
        QVERIFY(report.totalsAgree());
        if (seconds >= 0) {
            QCOMPARE(report.storedSeconds, seconds);
            QVERIFY(qAbs(report.fileSeconds - double(seconds)) < 0.01);
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(seconds) FROM worklogs")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), report.storedSeconds);
        // The report shows both totals.
        QVERIFY(report.fileSeconds > 0);
    }

    void shouldImportTheServiceNowSampleWithItsHistory()
    {
        const ImportReport report = importFile(s_sample, QStringLiteral("servicenow-events"));
        QCOMPARE(report.outcome, Outcome::Committed);
        QCOMPARE(report.rowsRead, qint64(5998));
        QCOMPARE(report.tickets, (Storage::UpsertCounts{890, 0, 0}));
        QCOMPARE(report.historyRows, qint64(3462));
        QCOMPARE(report.rejectedCount, qint64(0));
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(890));
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("ticket_status_history")), qint64(3462));
    }

    void shouldReportEverythingUnchangedAndChangeNothingOnASecondImport()
    {
        QCOMPARE(importFile(s_sample, QStringLiteral("servicenow-events")).outcome, Outcome::Committed);
        const QByteArray before = ImportTest::checksum(*m_db);
        QVERIFY(!before.isEmpty());
        const ImportReport again = importFile(s_sample, QStringLiteral("servicenow-events"));
        QCOMPARE(again.outcome, Outcome::Committed);
        QCOMPARE(again.tickets, (Storage::UpsertCounts{0, 0, 890}));
        QCOMPARE(ImportTest::checksum(*m_db), before);
    }

    void shouldCountAChangedTicketAsUpdated()
    {
        QCOMPARE(importFile(file(QStringLiteral("v1.csv"), s_goodEvents), QStringLiteral("servicenow-events"))
                     .outcome,
                 Outcome::Committed);
        QByteArray changed = s_goodEvents;
        changed.append("INC2,Active,1,02-03-2026 08:00,02-03-2026 10:00,2 - High\n");
        const ImportReport report =
            importFile(file(QStringLiteral("v2.csv"), changed), QStringLiteral("servicenow-events"));
        QCOMPARE(report.tickets, (Storage::UpsertCounts{0, 1, 1}));
        QVector<Domain::Ticket> stored;
        QVERIFY(Storage::TicketRepository(*m_db).list(m_engagement.id, &stored).isNull());
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).history.size(), 2);
        QCOMPARE(stored.at(1).status, QStringLiteral("Active"));
    }

    void shouldWriteNothingInStrictModeWhenARowIsRejected()
    {
        QCOMPARE(
            importFile(file(QStringLiteral("good.csv"), s_goodEvents), QStringLiteral("servicenow-events"))
                .outcome,
            Outcome::Committed);
        const QByteArray before = ImportTest::checksum(*m_db);
        const ImportReport report =
            importFile(file(QStringLiteral("bad.csv"), s_badEvents), QStringLiteral("servicenow-events"));
        QCOMPARE(report.outcome, Outcome::Rejected);
        QCOMPARE(report.rejectedCount, qint64(2));
        QCOMPARE(report.rejected.at(0).line, qint64(3));
        QCOMPARE(report.rejected.at(1).line, qint64(4));
        QCOMPARE(ImportTest::checksum(*m_db), before);
    }

    void shouldWriteTheGoodRowsWhenSkippingBadRows()
    {
        const ImportReport report = importFile(file(QStringLiteral("bad.csv"), s_badEvents),
                                               QStringLiteral("servicenow-events"), true);
        QCOMPARE(report.outcome, Outcome::Committed);
        QCOMPARE(report.rejectedCount, qint64(2));
        QCOMPARE(report.tickets, (Storage::UpsertCounts{1, 0, 0}));
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(1));
    }

    void shouldWriteNothingForAFileError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("source");
        QTest::newRow("binary") << testData(QStringLiteral("csv/binary_renamed.csv"))
                                << QStringLiteral("servicenow");
        QTest::newRow("empty") << testData(QStringLiteral("csv/empty.csv")) << QStringLiteral("jira");
        QTest::newRow("missing file")
            << m_dir.filePath(QStringLiteral("nope.csv")) << QStringLiteral("tempo");
        QTest::newRow("wrong source")
            << testData(QStringLiteral("tempo/tempo_worklogs.csv")) << QStringLiteral("zendesk");
    }
    void shouldWriteNothingForAFileError()
    {
        QFETCH(QString, path);
        QFETCH(QString, source);
        const ImportReport report = importFile(path, source, true);
        QCOMPARE(report.outcome, Outcome::Failed);
        QVERIFY(!report.fileError.isNull());
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("import_settings")), qint64(0));
    }

    void shouldRollBackWhenCancelled()
    {
        std::atomic<bool> cancel{false};
        ImportSession session(*m_db, m_engagement);
        session.setCancelFlag(&cancel);
        session.setProgressHandler([&](qint64, qint64) { cancel = true; });
        ImportSession::Options options;
        options.source = QStringLiteral("servicenow-events");
        options.chunkSize = 10;
        ImportReport report = session.stage(s_sample, options);
        QVERIFY(report.cancelled);
        QCOMPARE(report.outcome, Outcome::Cancelled);
        QVERIFY(!session.isPending());
        QVERIFY(!session.commit(&report));
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(0));
    }

    void shouldRollBackAPendingImportWhenTheSessionEnds()
    {
        {
            ImportSession session(*m_db, m_engagement);
            ImportSession::Options options;
            options.source = QStringLiteral("servicenow-events");
            const ImportReport report = session.stage(s_sample, options);
            QVERIFY(session.isPending());
            QCOMPARE(report.tickets.added, qint64(890));
        }
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(0));
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("ticket_status_history")), qint64(0));
    }

    void shouldRollBackWhenDeclined()
    {
        ImportSession session(*m_db, m_engagement);
        ImportSession::Options options;
        options.source = QStringLiteral("servicenow-events");
        ImportReport report = session.stage(s_sample, options);
        session.rollback(&report, Outcome::DryRun);
        QCOMPARE(report.outcome, Outcome::DryRun);
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(0));
    }

    void shouldChooseTheZoneGivenThenRememberedThenTheEngagements()
    {
        const QString path = file(QStringLiteral("good.csv"), s_goodEvents);
        const QString source = QStringLiteral("servicenow-events");
        QCOMPARE(importFile(path, source).timeZone, QByteArray("Europe/Stockholm"));
        QCOMPARE(importFile(path, source, false, "America/New_York").timeZone,
                 QByteArray("America/New_York"));
        QByteArray remembered;
        QVERIFY(Storage::ImportSettingsRepository(*m_db).zone(m_engagement.id, source, &remembered).isNull());
        QCOMPARE(remembered, QByteArray("America/New_York"));
        const ImportReport next = importFile(path, source);
        QCOMPARE(next.timeZone, QByteArray("America/New_York"));
        QCOMPARE(next.tickets, (Storage::UpsertCounts{0, 0, 2})); // read in the same zone: same instants
    }

    void shouldNotRememberTheZoneOfARejectedImport()
    {
        importFile(file(QStringLiteral("bad.csv"), s_badEvents), QStringLiteral("servicenow-events"), false,
                   "Asia/Tokyo");
        QByteArray remembered;
        QVERIFY(Storage::ImportSettingsRepository(*m_db)
                    .zone(m_engagement.id, QStringLiteral("servicenow-events"), &remembered)
                    .isNull());
        QVERIFY(remembered.isEmpty());
    }

    void shouldRefuseAnUnknownZoneOrSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("zone") << QStringLiteral("servicenow-events") << QByteArray("Mars/Olympus");
        QTest::newRow("source") << QStringLiteral("remedy") << QByteArray();
        QTest::newRow("profile") << QStringLiteral("profile:Nobody") << QByteArray();
    }
    void shouldRefuseAnUnknownZoneOrSource()
    {
        QFETCH(QString, source);
        QFETCH(QByteArray, zone);
        const ImportReport report =
            importFile(file(QStringLiteral("good.csv"), s_goodEvents), source, false, zone);
        QCOMPARE(report.storageError.kind, Storage::StorageError::Kind::NotFound);
        QCOMPARE(report.outcome, Outcome::Failed);
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("tickets")), qint64(0));
    }

    void shouldApplyStoredMappings()
    {
        Exchange::ImportMappings mappings = Exchange::ImportMappings::defaults();
        mappings.setSeverity(QStringLiteral("3 - Moderate"), 1);
        QVERIFY(Storage::MappingRepository(*m_db).save(mappings).isNull());
        QCOMPARE(
            importFile(file(QStringLiteral("good.csv"), s_goodEvents), QStringLiteral("servicenow-events"))
                .outcome,
            Outcome::Committed);
        QVector<Domain::Ticket> stored;
        QVERIFY(Storage::TicketRepository(*m_db).list(m_engagement.id, &stored).isNull());
        QCOMPARE(stored.at(0).key, QStringLiteral("INC1"));
        QCOMPARE(stored.at(0).severity, 1);
    }

    void shouldImportWorklogsAndFindThemAgain()
    {
        const QString path = testData(QStringLiteral("tempo/tempo_worklogs.csv"));
        const ImportReport first = importFile(path, QStringLiteral("tempo"), true); // the file has a bad row
        QCOMPARE(first.outcome, Outcome::Committed);
        QVERIFY(first.rejectedCount > 0);
        QVERIFY(first.worklogs.added > 0);
        QCOMPARE(first.worklogs.added, ImportTest::count(*m_db, QStringLiteral("worklogs")));
        const ImportReport second = importFile(path, QStringLiteral("tempo"), true);
        QCOMPARE(second.worklogs, (Storage::UpsertCounts{0, 0, first.worklogs.added}));
    }

    void shouldImportWithANamedProfile()
    {
        QFile csv(testData(QStringLiteral("mapped/generic_tickets.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        const QStringList sample = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        csv.close();
        Exchange::ColumnMapping mapping = Exchange::ColumnMapping::suggest(header);
        QVERIFY(mapping.missingFields().isEmpty());
        mapping.dateFormat = Exchange::ColumnMapping::suggestDateFormat(
            {sample.value(header.indexOf(QStringLiteral("Skapad")))});
        mapping.name = QStringLiteral("Generic");
        QVERIFY(Storage::MappingRepository(*m_db).saveProfile(mapping, {}).isNull());
        const ImportReport report = importFile(csv.fileName(), QStringLiteral("profile:Generic"), true);
        QCOMPARE(report.outcome, Outcome::Committed);
        QVERIFY(report.tickets.added > 0);
    }

    void shouldRunItsBeforeCommitHookOnlyForAnAcceptableImport()
    {
        QVector<qint64> engagements;
        const ImportSession::BeforeCommitHook record = [&](const Storage::Database &database,
                                                           qint64 engagementId, const TicketIdSet &changed) {
            // inside the import's transaction: the new tickets are there
            QSqlQuery q(database.connection());
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && q.next() &&
                q.value(0).toInt() > 0 && !changed.isEmpty())
                engagements.append(engagementId);
            return Storage::StorageError();
        };
        importFile(file(QStringLiteral("bad.csv"), s_badEvents), QStringLiteral("servicenow-events"), false,
                   {}, record);
        QVERIFY(engagements.isEmpty());
        importFile(file(QStringLiteral("good.csv"), s_goodEvents), QStringLiteral("servicenow-events"), false,
                   {}, record);
        QCOMPARE(engagements, QVector<qint64>{m_engagement.id});
        // a session without the hook does not run it: nothing is registered for the process
        importFile(file(QStringLiteral("good2.csv"), s_goodEvents), QStringLiteral("servicenow-events"));
        QCOMPARE(engagements.size(), 1);
    }

    void shouldRollBackWhenItsBeforeCommitHookFails()
    {
        const ImportSession::BeforeCommitHook refuse = [](const Storage::Database &, qint64,
                                                          const TicketIdSet &) {
            return Storage::StorageError{
                Storage::StorageError::Kind::Query, QStringLiteral("refuse"), {}, {}};
        };
        const ImportReport report = importFile(file(QStringLiteral("good.csv"), s_goodEvents),
                                               QStringLiteral("servicenow-events"), false, {}, refuse);
        QCOMPARE(report.outcome, Outcome::Failed);
        QCOMPARE(report.storageError.operation, QStringLiteral("refuse"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void shouldRefuseAReadOnlyDatabase()
    {
        const QString path = m_db->path();
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(m_db->open(path, Storage::Database::Access::ReadOnly).isNull());
        const ImportReport report = importFile(s_sample, QStringLiteral("servicenow-events"));
        QCOMPARE(report.storageError.kind, Storage::StorageError::Kind::ReadOnly);
        QCOMPARE(report.outcome, Outcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestImportSession)
#include "tst_importsession.moc"

// `deliverydesk import` as scripts see it: the real binary on real files, all-or-nothing checked
// through table checksums, and an import killed half-way. Listing: tst_listcommands.
#include "tests/cli/importcli.h"

#include "models/exchange/sources/importsources.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/mappingrepository.h"
#include "tests/storage/importtestdatabase.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

namespace {

using namespace ImportCli;

/// "Tickets: 3 new, 1 updated, 2 unchanged" → {3, 1, 2}; empty when the line is missing.
QVector<qint64> counts(const QString &report, const QString &label)
{
    const QRegularExpression re(label + QStringLiteral(": (\\d+) new, (\\d+) updated, (\\d+) unchanged"));
    const QRegularExpressionMatch m = re.match(report);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray checksum(const QString &path)
    {
        Storage::Database db;
        if (!db.open(path, Storage::Database::Access::ReadOnly).isNull())
            return {};
        return ImportTest::checksum(db);
    }

    /// A ServiceNow event log of `incidents` incidents with 4 updates each.
    QString largeEventLog(int incidents)
    {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        if (QFileInfo::exists(path))
            return path;
        QByteArray data = "number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority\n";
        static const char *const states[] = {"New", "Active", "Awaiting User Info", "Resolved"};
        const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < incidents; ++i) {
            const QByteArray number = "INC" + QByteArray::number(1000000 + i);
            const QDateTime opened = start.addSecs(qint64(i) * 300);
            const QByteArray openedText = opened.toString(QStringLiteral("dd-MM-yyyy HH:mm")).toLatin1();
            for (int u = 0; u < 4; ++u) {
                data += number + ',' + states[u] + ',' + QByteArray::number(u) + ',' + openedText + ',' +
                        opened.addSecs(u * 3600).toString(QStringLiteral("dd-MM-yyyy HH:mm")).toLatin1() +
                        ",3 - Moderate\n";
            }
        }
        return ImportTest::writeFile(path, data) ? path : QString();
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    // Every failed import: the report on stdout, and one line "deliverydesk: file:line:column: what"
    // on stderr (48 of 49 failures used to print nothing there).
    void shouldPrintTheReasonOfEveryFailureOnStderr_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reasonPattern");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("rejected row in strict mode")
            << testData(QStringLiteral("servicenow/events_hard_cases.csv"))
            << QStringLiteral("events_hard_cases\\.csv:\\d+:\\d+: .+more rejected row") << QStringList();
        QTest::newRow("rejected row, dry run") << testData(QStringLiteral("servicenow/events_hard_cases.csv"))
                                               << QStringLiteral("events_hard_cases\\.csv:\\d+:\\d+: ")
                                               << QStringList{QStringLiteral("--dry-run")};
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty\\.csv: .*empty")
                                    << QStringList();
        QTest::newRow("no such file")
            << QStringLiteral("missing") << QStringLiteral("missing\\.csv: ") << QStringList();
        QTest::newRow("mixed encodings")
            << QStringLiteral("mixed") << QStringLiteral("mixed\\.csv:3: .*UTF-8") << QStringList();
        QTest::newRow("field over the cap")
            << QStringLiteral("huge") << QStringLiteral("huge\\.csv:2:2: .*longer than") << QStringList();
    }

    void shouldPrintTheReasonOfEveryFailureOnStderr()
    {
        QFETCH(QString, file);
        QFETCH(QString, reasonPattern);
        QFETCH(QStringList, extra);
        if (!file.contains(QLatin1Char('/'))) {
            const QString path = m_dir.filePath(file + QStringLiteral(".csv"));
            QByteArray content;
            const QByteArray header =
                "number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority\n";
            if (file == QLatin1String("mixed"))
                content = header + "INC1,New,0,01-01-2025 08:00,01-01-2025 08:00,3 - Moderate \xc3\xa4\n"
                                   "INC2,New,0,01-01-2025 08:00,01-01-2025 08:00,3 - Moderate \xe4\n";
            else if (file == QLatin1String("huge"))
                content = header + "INC1,\"" + QByteArray(2 * 1024 * 1024, 'x') +
                          "\",0,01-01-2025 08:00,01-01-2025 08:00,3\n";
            if (file != QLatin1String("missing"))
                QVERIFY(ImportTest::writeFile(path, content));
            file = path;
        }
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const Run r = import(db, QStringLiteral("servicenow-events"), file, extra);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^deliverydesk: .*") + reasonPattern)
                     .match(lines.first())
                     .hasMatch(),
                 qPrintable(r.err));
        QVERIFY(!r.out.isEmpty()); // the report stays on stdout
    }

    // An event log read as an incident list rejects every row: the reason on stderr says what the
    // file looks like (the wizard's detection), with or without --dry-run; nothing is written.
    void shouldNameTheSourceAFileLooksLike()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const QByteArray before = checksum(db);
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--dry-run")}}) {
            const Run r = import(db, QStringLiteral("servicenow"), s_sample, extra);
            QCOMPARE(r.code, 1);
            const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(QRegularExpression(
                         QStringLiteral("^deliverydesk: .*incident_event_log_sample\\.csv:\\d+:\\d+: .*"
                                        "--source servicenow-events$"))
                         .match(lines.first())
                         .hasMatch(),
                     qPrintable(r.err));
            QVERIFY(!r.out.isEmpty());
            QVERIFY(
                !r.out.contains(QStringLiteral("--source servicenow-events"))); // the report stays the report
        }
        QCOMPARE(checksum(db), before);
        // The right source gets no hint, and a file of a kind the import knows no name for gets none either.
        const QString tempo = testData(QStringLiteral("tempo/tempo_worklogs.csv"));
        const Run wrong =
            import(db, QStringLiteral("servicenow-events"), tempo, {QStringLiteral("--dry-run")});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("--source tempo")), qPrintable(wrong.err));
    }

    // `tickets list` and `worklogs list` for people: aligned columns under translated headings,
    // Swedish hours with a decimal comma; --from after --to is a usage error like the others.
    // Two imports into one database at once: both land (the second waits and says so); never
    // "database is locked Unable to fetch row".
    void shouldLandTwoConcurrentImports()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        // Its own name: largeEventLog() reuses "large.csv", and the kill test needs its 150,000 incidents.
        const QString file = m_dir.filePath(QStringLiteral("concurrent.csv"));
        QFile::remove(file);
        QVERIFY(QFile::rename(largeEventLog(6000), file));
        const QString second = m_dir.filePath(QStringLiteral("second.csv"));
        QFile::remove(second);
        QVERIFY(QFile::copy(s_sample, second));
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(CliTest::headlessEnvironment());
        const QStringList common{QStringLiteral("import"),
                                 QStringLiteral("--database"),
                                 db,
                                 QStringLiteral("--engagement"),
                                 s_key,
                                 QStringLiteral("--source"),
                                 QStringLiteral("servicenow-events")};
        a.start(QStringLiteral(DD_BINARY), common + QStringList{file});
        QVERIFY(a.waitForStarted());
        QTest::qWait(150);
        b.start(QStringLiteral(DD_BINARY), common + QStringList{second});
        QVERIFY(a.waitForFinished(180000));
        QVERIFY(b.waitForFinished(180000));
        const QString errA = QString::fromUtf8(a.readAllStandardError());
        const QString errB = QString::fromUtf8(b.readAllStandardError());
        QVERIFY2(!errA.contains(QStringLiteral("locked")) && !errB.contains(QStringLiteral("locked")),
                 qPrintable(errA + errB));
        QVERIFY2(a.exitCode() == 0, qPrintable(errA));
        QVERIFY2(b.exitCode() == 0, qPrintable(errB));
        QCOMPARE(listed(db, QStringLiteral("tickets")).size(), 6000 + 890);
    }

    // Stored SLA results never silently disagree with the tickets: the recompute is part of the
    // import's transaction, and when it fails nothing is written and the import fails.
    void shouldWriteNothingWhenTheSlaResultsCannotBeStored()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        {
            Storage::Database database;
            QVERIFY(database.open(db).isNull());
            QSqlQuery query(database.connection());
            if (database.isServer()) {
                // The server's import writes the results by COPY and INSERT … SELECT: a row trigger
                // refuses those rows too.
                QVERIFY(query.exec(
                    QStringLiteral("CREATE FUNCTION refuse_results() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$ BEGIN RAISE EXCEPTION 'results refused'; END $$")));
                QVERIFY(
                    query.exec(QStringLiteral("CREATE TRIGGER refuse_results BEFORE INSERT ON sla_results "
                                              "FOR EACH ROW EXECUTE FUNCTION refuse_results()")));
            } else {
                QVERIFY(
                    query.exec(QStringLiteral("CREATE TRIGGER refuse_results BEFORE INSERT ON sla_results "
                                              "BEGIN SELECT RAISE(ABORT, 'results refused'); END")));
            }
        }
        const QByteArray before = checksum(db);
        const Run r = import(db, QStringLiteral("servicenow-events"), s_sample);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("results refused")), qPrintable(r.err));
        QCOMPARE(checksum(db), before);
        QCOMPARE(listed(db, QStringLiteral("tickets")).size(), 0);
    }

    void shouldStoreSlaResultsForEveryImportedTicket()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("servicenow-events"), s_sample).code, 0);
        Storage::Database database;
        QVERIFY(database.open(db, Storage::Database::Access::ReadOnly).isNull());
        QCOMPARE(ImportTest::count(database, QStringLiteral("sla_results")),
                 ImportTest::count(database, QStringLiteral("tickets")));
    }

    void shouldImportTheServiceNowSampleAndListIt()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QVERIFY(!db.isEmpty());
        const Run r = import(db, QStringLiteral("servicenow-events"), s_sample);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(counts(r.out, QStringLiteral("Tickets")), (QVector<qint64>{890, 0, 0}));
        QVERIFY(r.out.contains(QStringLiteral("(3462 status changes)")));
        QVERIFY(r.out.contains(QStringLiteral("Rows read: 5998")));
        QVERIFY(r.out.contains(QStringLiteral("Committed.")));
        const QJsonArray tickets = listed(db, QStringLiteral("tickets"));
        QCOMPARE(tickets.size(), 890);
        qint64 changes = 0;
        qint64 paused = 0;
        for (const QJsonValue &t : tickets) {
            changes += t.toObject().value(QStringLiteral("status_changes")).toInteger();
            paused += t.toObject().value(QStringLiteral("paused_seconds")).toInteger();
        }
        QCOMPARE(changes, qint64(3462));
        QVERIFY(paused > 0); // the sample has "Awaiting User Info" periods
    }

    /// The wizard asks before importing a file far outside the engagement's period; the command
    /// line imports it and says so on stderr, the exit code staying the import's.
    void shouldWarnOfAFileFarOutsideTheEngagementsPeriod()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const QString far = QStringLiteral("far outside the period of NORDSHOP");
        // The sample's tickets were created from 28 February to 2 March 2016; NORDSHOP starts in 2016.
        const Run within =
            import(db, QStringLiteral("servicenow-events"), s_sample, {QStringLiteral("--dry-run")});
        QCOMPARE(within.code, 0);
        QVERIFY2(!within.err.contains(far), qPrintable(within.err));
        {
            Storage::Database database;
            QVERIFY(database.open(db, Storage::Database::Access::ReadWrite).isNull());
            const Storage::EngagementRepository engagements(database);
            std::optional<Domain::Engagement> e;
            QVERIFY(engagements.findByKey(s_key, &e).isNull() && e);
            e->start = QDate(2026, 1, 1);
            QVERIFY(engagements.update(*e).isNull());
        }
        for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
            const Run outside = import(db, QStringLiteral("servicenow-events"), s_sample, extra);
            QCOMPARE(outside.code, 0);
            QVERIFY2(
                outside.err.startsWith(QStringLiteral("deliverydesk: warning: the file has dates from ")) &&
                    outside.err.contains(QStringLiteral("February 2016")) && outside.err.contains(far) &&
                    outside.err.contains(QStringLiteral("1 January 2026")),
                qPrintable(outside.err));
            QCOMPARE(outside.err.count(QLatin1Char('\n')), 1);
        }
        QCOMPARE(listed(db, QStringLiteral("tickets")).size(), 890);
    }

    void shouldChangeNothingWhenTheSameFileIsImportedAgain()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("servicenow-events"), s_sample).code, 0);
        const QByteArray before = checksum(db);
        QVERIFY(!before.isEmpty());
        const Run again = import(db, QStringLiteral("servicenow-events"), s_sample);
        QCOMPARE(again.code, 0);
        QCOMPARE(counts(again.out, QStringLiteral("Tickets")), (QVector<qint64>{0, 0, 890}));
        QCOMPARE(checksum(db), before);
    }

    void shouldWriteNothingAndFailInStrictModeWhenARowIsRejected()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("servicenow-events"), s_sample).code, 0);
        const QByteArray before = checksum(db);
        const Run r = import(db, QStringLiteral("servicenow-events"),
                             testData(QStringLiteral("servicenow/events_hard_cases.csv")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("Rejected rows:")));
        QVERIFY(r.out.contains(QStringLiteral("Nothing was written")));
        QCOMPARE(checksum(db), before);
        QCOMPARE(
            QDir(m_dir.path()).entryList({QFileInfo(db).fileName() + QStringLiteral(".import-*")}).size(), 0);
    }

    void shouldWriteTheGoodRowsAndSaveTheReportWhenSkippingBadRows()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        // Beside a file; a team database's in the user's data folder (it was saved nowhere, the
        // address read as a relative path), which keeps the reports of earlier runs.
        const QString folder = Storage::Database::isServerAddress(db)
                                   ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                         QStringLiteral("/import-reports")
                                   : m_dir.path();
        const QString stem = Storage::Database::isServerAddress(db)
                                 ? QStringLiteral("127.0.0.1-*-") + QUrl(db).path().mid(1)
                                 : QFileInfo(db).fileName();
        const QStringList pattern{stem + QStringLiteral(".import-servicenow-events-*.txt")};
        const QStringList earlier = QDir(folder).entryList(pattern);
        const Run r = import(db, QStringLiteral("servicenow-events"),
                             testData(QStringLiteral("servicenow/events_hard_cases.csv")),
                             {QStringLiteral("--skip-bad-rows")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QVector<qint64> tickets = counts(r.out, QStringLiteral("Tickets"));
        QCOMPARE(tickets.size(), 3);
        QVERIFY(tickets.at(0) > 0);
        QCOMPARE(listed(db, QStringLiteral("tickets")).size(), int(tickets.at(0)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QStringList reports = QDir(folder).entryList(pattern);
        for (const QString &old : earlier)
            reports.removeOne(old);
        QCOMPARE(reports.size(), 1);
        QFile file(folder + QLatin1Char('/') + reports.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QVERIFY(saved.contains(QStringLiteral("Rejected rows:")));
        QVERIFY2(r.out.contains(QStringLiteral("Report saved to ") + file.fileName()), qPrintable(r.out));
    }

    void shouldNeverWriteOnADryRun()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const QByteArray before = checksum(db);
        const Run r =
            import(db, QStringLiteral("servicenow-events"), s_sample, {QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QCOMPARE(counts(r.out, QStringLiteral("Tickets")), (QVector<qint64>{890, 0, 0}));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QCOMPARE(checksum(db), before);
        const Run bad = import(db, QStringLiteral("servicenow-events"),
                               testData(QStringLiteral("servicenow/events_hard_cases.csv")),
                               {QStringLiteral("--dry-run")});
        QCOMPARE(bad.code, 1);
        QCOMPARE(checksum(db), before);
    }

    void shouldLeaveTheDatabaseAsBeforeWhenAnImportIsKilled()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("servicenow-events"), s_sample).code, 0);
        const QByteArray before = checksum(db);
        const QString large = largeEventLog(150000);
        QVERIFY(!large.isEmpty());
        QProcess process;
        process.setProcessEnvironment(CliTest::headlessEnvironment());
        process.start(QStringLiteral(DD_BINARY),
                      {QStringLiteral("import"), QStringLiteral("--database"), db,
                       QStringLiteral("--engagement"), s_key, QStringLiteral("--source"),
                       QStringLiteral("servicenow-events"), large});
        QVERIFY(process.waitForStarted());
        // Kill once the import has written into the open transaction (the WAL grows) or after 2 s
        // (on a server, after 2 s: its chunks go by COPY into the open transaction meanwhile).
        QElapsedTimer timer;
        timer.start();
        const QString wal = db + QStringLiteral("-wal");
        while (timer.elapsed() < 2000 && QFileInfo(wal).size() < 4 * 1024 * 1024)
            QTest::qWait(20);
        QCOMPARE(process.state(), QProcess::Running); // killed mid-way, not after the end
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        Storage::Database reopened;
        QVERIFY(reopened.open(db).isNull());
        if (!reopened.isServer()) { // the server checks its own pages
            QSqlQuery q(reopened.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(ImportTest::checksum(reopened), before);
        QCOMPARE(ImportTest::count(reopened, QStringLiteral("tickets")), qint64(890));
    }

    void shouldImportEachSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::newRow("servicenow") << QStringLiteral("servicenow")
                                    << QStringLiteral("servicenow/incident_list.csv")
                                    << QStringLiteral("tickets");
        QTest::newRow("servicenow-events")
            << QStringLiteral("servicenow-events") << QStringLiteral("servicenow/events_hard_cases.csv")
            << QStringLiteral("tickets");
        QTest::newRow("jira english")
            << QStringLiteral("jira") << QStringLiteral("jira/jira_english.csv") << QStringLiteral("tickets");
        QTest::newRow("jira swedish")
            << QStringLiteral("jira") << QStringLiteral("jira/jira_swedish.csv") << QStringLiteral("tickets");
        QTest::newRow("zendesk") << QStringLiteral("zendesk") << QStringLiteral("zendesk/zendesk_tickets.csv")
                                 << QStringLiteral("tickets");
        QTest::newRow("tempo") << QStringLiteral("tempo") << QStringLiteral("tempo/tempo_worklogs.csv")
                               << QStringLiteral("worklogs");
        QTest::newRow("kimai english") << QStringLiteral("kimai") << QStringLiteral("kimai/kimai_english.csv")
                                       << QStringLiteral("worklogs");
        QTest::newRow("kimai swedish 1252")
            << QStringLiteral("kimai") << QStringLiteral("kimai/kimai_swedish_1252.csv")
            << QStringLiteral("worklogs");
        QTest::newRow("harvest") << QStringLiteral("harvest")
                                 << QStringLiteral("harvest/harvest_detailed.csv")
                                 << QStringLiteral("worklogs");
        // Issue 17: files other people's tools wrote.
        QTest::newRow("kimai seconds template")
            << QStringLiteral("kimai") << QStringLiteral("kimai/kimai_seconds_template.csv")
            << QStringLiteral("worklogs");
        QTest::newRow("harvest two decimals")
            << QStringLiteral("harvest") << QStringLiteral("harvest/harvest_two_decimals.csv")
            << QStringLiteral("worklogs");
        QTest::newRow("jira spanish")
            << QStringLiteral("jira") << QStringLiteral("jira/jira_spanish.csv") << QStringLiteral("tickets");
        QTest::newRow("jira german") << QStringLiteral("jira") << QStringLiteral("jira/jira_german.csv")
                                     << QStringLiteral("tickets");
        QTest::newRow("jira cloud sla") << QStringLiteral("jira") << QStringLiteral("jira/jira_cloud_sla.csv")
                                        << QStringLiteral("tickets");
        QTest::newRow("zendesk explore")
            << QStringLiteral("zendesk") << QStringLiteral("zendesk/zendesk_explore.csv")
            << QStringLiteral("tickets");
        QTest::newRow("servicenow labels mdy")
            << QStringLiteral("servicenow") << QStringLiteral("servicenow/servicenow_labels_mdy.csv")
            << QStringLiteral("tickets");
    }

    // Issue 17: the date order and one severity can be given; the report shows the file's
    // worklog total beside the stored one; a plain Kimai export imports without options.
    void shouldTakeDateOrderAndSeverityAndShowBothTotals()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const Run ambiguous = import(db, QStringLiteral("servicenow"),
                                     testData(QStringLiteral("servicenow/servicenow_labels_ambiguous.csv")));
        QCOMPARE(ambiguous.code, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("--date-order")), qPrintable(ambiguous.err));
        const Run dmy = import(db, QStringLiteral("servicenow"),
                               testData(QStringLiteral("servicenow/servicenow_labels_ambiguous.csv")),
                               {QStringLiteral("--date-order"), QStringLiteral("dmy")});
        QVERIFY2(dmy.code == 0, qPrintable(dmy.out + dmy.err));

        const Run noPriority = import(db, QStringLiteral("servicenow"),
                                      testData(QStringLiteral("servicenow/servicenow_no_priority.csv")));
        QCOMPARE(noPriority.code, 1);
        QVERIFY2(noPriority.err.contains(QStringLiteral("\"priority\" is missing")),
                 qPrintable(noPriority.err));
        const Run severity = import(db, QStringLiteral("servicenow"),
                                    testData(QStringLiteral("servicenow/servicenow_no_priority.csv")),
                                    {QStringLiteral("--severity"), QStringLiteral("2")});
        QVERIFY2(severity.code == 0, qPrintable(severity.out + severity.err));
        const QJsonArray tickets = listed(db, QStringLiteral("tickets"));
        QVERIFY(!tickets.isEmpty());

        const Run harvest = import(db, QStringLiteral("harvest"),
                                   testData(QStringLiteral("harvest/harvest_two_decimals.csv")));
        QVERIFY2(harvest.code == 0, qPrintable(harvest.out + harvest.err));
        QVERIFY2(QRegularExpression(QStringLiteral("Worklog hours: 5[.,]57 in the file, 5[.,]57 stored\\n"))
                     .match(harvest.out)
                     .hasMatch(),
                 qPrintable(harvest.out));
        const Run kimai =
            import(db, QStringLiteral("kimai"), testData(QStringLiteral("kimai/kimai_seconds_template.csv")));
        QVERIFY2(kimai.code == 0, qPrintable(kimai.out + kimai.err));
        QVERIFY2(QRegularExpression(QStringLiteral("Worklog hours: 7[.,]02 in the file, 7[.,]02 stored"))
                     .match(kimai.out)
                     .hasMatch(),
                 qPrintable(kimai.out));
    }

    // Issue 17: a French Jira export (an extract of a real one) is refused naming the account's own
    // priority names until they are mapped, then read with its first responses (the [CHART] field;
    // the first comment by someone other than the reporter) and 24-hour French dates.
    void shouldImportAFrenchJiraExportOnceItsPrioritiesAreMapped()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QStringLiteral("-french"));
        const QString file = testData(QStringLiteral("jira/jira_french.csv"));
        const QStringList paris{QStringLiteral("--timezone"), QStringLiteral("Europe/Paris")};
        const Run unmapped = import(db, QStringLiteral("jira"), file, paris);
        QCOMPARE(unmapped.code, 1);
        QVERIFY2(unmapped.err.contains(QStringLiteral("Unknown priority \"Priorité 1\"")),
                 qPrintable(unmapped.err));
        QVERIFY(listed(db, QStringLiteral("tickets")).isEmpty());

        for (const auto &[name, severity] : {std::pair{"Priorité 1", "1"}, std::pair{"Priorité 3", "3"}}) {
            const Run set =
                run({QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("priority"),
                     QString::fromUtf8(name), QString::fromUtf8(severity), QStringLiteral("--database"), db});
            QVERIFY2(set.code == 0, qPrintable(set.out + set.err));
        }
        const Run r = import(db, QStringLiteral("jira"), file, paris);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(counts(r.out, QStringLiteral("Tickets")), (QVector<qint64>{5, 0, 0}));
        QVERIFY2(r.out.contains(QStringLiteral("3 tickets have no first response")), qPrintable(r.out));
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue &v : listed(db, QStringLiteral("tickets")))
            byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        QCOMPARE(byKey.size(), 5);
        QCOMPARE(byKey.value(QStringLiteral("SUP-301")).value(QStringLiteral("severity")).toInt(), 1);
        QCOMPARE(byKey.value(QStringLiteral("SUP-301")).value(QStringLiteral("created")).toString(),
                 QStringLiteral("2025-11-28T09:18:00Z"));
        QVERIFY(byKey.value(QStringLiteral("SUP-301")).value(QStringLiteral("first_response")).isNull());
        QCOMPARE(byKey.value(QStringLiteral("SUP-302")).value(QStringLiteral("first_response")).toString(),
                 QStringLiteral("2025-11-28T06:28:00Z"));
        QCOMPARE(byKey.value(QStringLiteral("SUP-303")).value(QStringLiteral("first_response")).toString(),
                 QStringLiteral("2025-12-07T09:53:00Z"));
        QCOMPARE(byKey.value(QStringLiteral("SUP-304")).value(QStringLiteral("created")).toString(),
                 QStringLiteral("2025-08-28T17:43:00Z"));
        QCOMPARE(byKey.value(QStringLiteral("SUP-305")).value(QStringLiteral("resolved")).toString(),
                 QStringLiteral("2025-07-03T17:12:00Z"));
    }

    // Issue 14: 71582789.2667 h was stored as 60 minutes with exit 0.
    void shouldRefuseOverflowingAndImplausibleHours()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        const Run r =
            import(db, QStringLiteral("tempo"), testData(QStringLiteral("tempo/tempo_overflow.csv")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tempo_overflow.csv:2:3:")), qPrintable(r.err));
        QVERIFY(listed(db, QStringLiteral("worklogs")).isEmpty());
        const Run relaxed = import(
            db, QStringLiteral("tempo"), testData(QStringLiteral("tempo/tempo_overflow.csv")),
            {QStringLiteral("--skip-bad-rows"), QStringLiteral("--max-worklog-hours"), QStringLiteral("30")});
        QVERIFY2(relaxed.code == 0, qPrintable(relaxed.out + relaxed.err));
        QCOMPARE(listed(db, QStringLiteral("worklogs")).size(), 2);
    }
    void shouldImportEachSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QString db;
        DD_IMPORT_DATABASE(
            db, m_dir.path(),
            QStringLiteral("-") +
                QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = import(db, source, testData(file), {QStringLiteral("--skip-bad-rows")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QVector<qint64> written = counts(
            r.out, kind == QLatin1String("tickets") ? QStringLiteral("Tickets") : QStringLiteral("Worklogs"));
        QCOMPARE(written.size(), 3);
        QVERIFY(written.at(0) > 0);
        QCOMPARE(listed(db, kind).size(), int(written.at(0)));
        const Run again = import(db, source, testData(file), {QStringLiteral("--skip-bad-rows")});
        QCOMPARE(counts(again.out, kind == QLatin1String("tickets") ? QStringLiteral("Tickets")
                                                                    : QStringLiteral("Worklogs")),
                 (QVector<qint64>{0, 0, written.at(0)}));
    }

    void shouldImportWithAStoredProfile()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        {
            Storage::Database database;
            QVERIFY(database.open(db).isNull());
            Exchange::ColumnMapping mapping = Exchange::ColumnMapping::suggest(
                {QStringLiteral("Ärendenummer"), QStringLiteral("Rubrik"), QStringLiteral("Prioritet"),
                 QStringLiteral("Skapad"), QStringLiteral("Löst")});
            mapping.name = QStringLiteral("Kassan");
            mapping.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
            QVERIFY(Storage::MappingRepository(database).saveProfile(mapping, {}).isNull());
        }
        const Run r = import(db, QStringLiteral("profile:Kassan"),
                             testData(QStringLiteral("mapped/generic_tickets.csv")),
                             {QStringLiteral("--skip-bad-rows")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Source: profile:Kassan")));
        QVERIFY(counts(r.out, QStringLiteral("Tickets")).value(0) > 0);
    }

    // Issue 16: `--source` offers and accepts exactly the registry of import sources.
    void shouldOfferAndAcceptExactlyTheRegisteredSources()
    {
        const QString ids = Exchange::ImportSources::ids().join(QStringLiteral(", "));
        const Run help = run({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        // The help wraps long lines: compare with the white space folded.
        QVERIFY2(
            help.out.simplified().contains(QStringLiteral("What the file is: %1 or profile:NAME.").arg(ids)),
            qPrintable(help.out));
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QStringLiteral("-registry"));
        for (const QString &id : Exchange::ImportSources::ids()) {
            // Accepted: the run gets as far as the missing file (exit 1, not a usage error).
            const Run r = run({QStringLiteral("import"), QStringLiteral("--database"), db,
                               QStringLiteral("--engagement"), s_key, QStringLiteral("--source"), id,
                               QStringLiteral("/nope/f.csv")});
            QVERIFY2(r.code == 1 && (r.out + r.err).contains(QStringLiteral("Nothing was written")),
                     qPrintable(id + r.err));
        }
        const Run unknown =
            run({QStringLiteral("import"), QStringLiteral("--database"), db, QStringLiteral("--engagement"),
                 s_key, QStringLiteral("--source"), QStringLiteral("remedy"), QStringLiteral("f.csv")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("(use %1 or profile:NAME)").arg(ids)),
                 qPrintable(unknown.err));
    }

    void shouldRefuseBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown source")
            << QStringList{QStringLiteral("--source"), QStringLiteral("remedy"), QStringLiteral("f.csv")} << 2
            << QStringLiteral("unknown source 'remedy'");
        QTest::newRow("unknown zone")
            << QStringList{QStringLiteral("--source"), QStringLiteral("jira"), QStringLiteral("--timezone"),
                           QStringLiteral("Mars/Olympus"), QStringLiteral("f.csv")}
            << 2 << QStringLiteral("unknown time zone 'Mars/Olympus'");
        QTest::newRow("no file") << QStringList{QStringLiteral("--source"), QStringLiteral("jira")} << 2
                                 << QStringLiteral("exactly one FILE");
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("--source"), QStringLiteral("profile:Nobody"), s_sample} << 1
            << QStringLiteral("Nobody");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("--source"), QStringLiteral("jira"), QStringLiteral("/nope/f.csv")}
            << 1 << QStringLiteral("Nothing was written");
        QTest::newRow("unknown date order")
            << QStringList{QStringLiteral("--source"), QStringLiteral("servicenow"),
                           QStringLiteral("--date-order"), QStringLiteral("ydm"), QStringLiteral("f.csv")}
            << 2 << QStringLiteral("unknown date order 'ydm'");
        QTest::newRow("severity 5") << QStringList{QStringLiteral("--source"), QStringLiteral("servicenow"),
                                                   QStringLiteral("--severity"), QStringLiteral("5"),
                                                   QStringLiteral("f.csv")}
                                    << 2 << QStringLiteral("--severity needs a number from 1 to 4");
        QTest::newRow("zero hours") << QStringList{QStringLiteral("--source"), QStringLiteral("tempo"),
                                                   QStringLiteral("--max-worklog-hours"), QStringLiteral("0"),
                                                   QStringLiteral("f.csv")}
                                    << 2 << QStringLiteral("--max-worklog-hours");
    }
    void shouldRefuseBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString db;
        DD_IMPORT_DATABASE(
            db, m_dir.path(),
            QStringLiteral("-") +
                QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = run(QStringList{QStringLiteral("import"), QStringLiteral("--database"), db,
                                      QStringLiteral("--engagement"), s_key} +
                          arguments);
        QCOMPARE(r.code, code);
        QVERIFY2((r.out + r.err).contains(message), qPrintable(r.out + r.err));
    }
};

int main(int argc, char *argv[])
{
    // The binary's data folder, where a team database's import reports go (AppDataLocation).
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("DeliveryDesk"));
    app.setApplicationName(QStringLiteral("deliverydesk"));
    TestImportCommand test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importcommand.moc"

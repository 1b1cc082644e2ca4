#include "models/importreporttext.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using Outcome = Storage::ImportReport::Outcome;
using Models::ImportReportText;

namespace {
Storage::ImportReport sampleReport()
{
    Storage::ImportReport r;
    r.engagementKey = QStringLiteral("NORDSHOP");
    r.source = QStringLiteral("servicenow-events");
    r.fileName = QStringLiteral("/tmp/x.csv");
    r.timeZone = "Europe/Stockholm";
    r.rowsRead = 12;
    r.tickets = {3, 1, 2};
    r.historyRows = 9;
    return r;
}
} // namespace

class TestImportReportText : public QObject
{
    Q_OBJECT

private slots:
    void shouldSayWhatBecameOfTheImport_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("rejected");
        QTest::addColumn<QString>("expected");
        QTest::newRow("committed") << int(Outcome::Committed) << qint64(0) << QStringLiteral("Committed.");
        QTest::newRow("committed skipping") << int(Outcome::Committed) << qint64(2)
                                            << QStringLiteral("Committed without the 2 rejected rows.");
        QTest::newRow("dry run") << int(Outcome::DryRun) << qint64(0)
                                 << QStringLiteral("Dry run: nothing was written.");
        QTest::newRow("rejected")
            << int(Outcome::Rejected) << qint64(3)
            << QStringLiteral("Nothing was written: 3 rows were rejected (strict mode; skip bad rows "
                              "to import the others).");
        QTest::newRow("cancelled") << int(Outcome::Cancelled) << qint64(0)
                                   << QStringLiteral("Nothing was written: the import was cancelled.");
    }
    void shouldSayWhatBecameOfTheImport()
    {
        QFETCH(int, outcome);
        QFETCH(qint64, rejected);
        QFETCH(QString, expected);
        Storage::ImportReport r = sampleReport();
        r.outcome = Outcome(outcome);
        r.rejectedCount = rejected;
        QCOMPARE(ImportReportText::outcome(r), expected);
        QVERIFY(ImportReportText::text(r).endsWith(expected + QLatin1Char('\n')));
    }

    void shouldNameTheFileErrorOfAFailedImport()
    {
        Storage::ImportReport r = sampleReport();
        r.fileError = {QStringLiteral("x.csv"), 0, 0, QStringLiteral("The file is empty.")};
        QVERIFY(ImportReportText::outcome(r).contains(QStringLiteral("The file is empty.")));
    }

    void shouldListCountsAndProblems()
    {
        Storage::ImportReport r = sampleReport();
        r.rejectedCount = 3;
        r.rejected = {{4, 2, QStringLiteral("opened_at"), QStringLiteral("not a date")},
                      {7, 0, {}, QStringLiteral("sort the export by number")},
                      {9, 6, QStringLiteral("priority"), QStringLiteral("unknown priority")}};
        const QString text = ImportReportText::text(r, 2);
        QVERIFY(text.contains(QStringLiteral("Tickets: 3 new, 1 updated, 2 unchanged (9 status changes)")));
        QVERIFY(text.contains(QStringLiteral("  line 4, column 2 (opened_at): not a date\n")));
        QVERIFY(text.contains(QStringLiteral("  line 7: sort the export by number\n")));
        QVERIFY(!text.contains(QStringLiteral("unknown priority")));
        QVERIFY(text.contains(QStringLiteral("… and 1 more")));
        QVERIFY(ImportReportText::text(r, -1).contains(QStringLiteral("unknown priority")));
    }

    void shouldNameTheReportFileAfterDatabaseSourceAndTime_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("built-in") << QStringLiteral("jira")
                                  << QStringLiteral("/d/db.sqlite.import-jira-20260312-091500.txt");
        QTest::newRow("profile") << QStringLiteral("profile:Acme/monthly")
                                 << QStringLiteral(
                                        "/d/db.sqlite.import-profile-Acme-monthly-20260312-091500.txt");
    }
    void shouldNameTheReportFileAfterDatabaseSourceAndTime()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(ImportReportText::reportFilePath(QStringLiteral("/d/db.sqlite"), source,
                                                  QDateTime(QDate(2026, 3, 12), QTime(9, 15))),
                 expected);
    }

    // A team database has no folder: its report goes to the user's data folder, never to a path made
    // of the address ("postgresql://…" read as a relative path, where the save failed).
    void shouldSaveATeamDatabasesReportInTheDataFolder()
    {
        const QString path = ImportReportText::reportFilePath(
            QStringLiteral("postgresql://anna@db.example.se:5433/delivery?sslmode=require"),
            QStringLiteral("jira"), QDateTime(QDate(2026, 3, 12), QTime(9, 15)));
        QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/import-reports/db.example.se-5433-delivery.import-jira-20260312-"
                                          "091500.txt"));
        QVERIFY(QFileInfo(path).isAbsolute());
        QVERIFY(QFileInfo(QFileInfo(path).path()).isDir());
        QCOMPARE(
            QFileInfo(ImportReportText::reportFilePath(QStringLiteral("postgresql:///team"),
                                                       QStringLiteral("jira"), QDateTime::currentDateTime()))
                .fileName()
                .left(25),
            QStringLiteral("local-default-team.import"));
    }

    void shouldAskOnlyAboutDatesFarOutsideThePeriod_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("asks");
        const QDate none;
        QTest::newRow("inside") << QDate(2026, 2, 1) << QDate(2026, 11, 30) << none << false;
        QTest::newRow("a few days before the start")
            << QDate(2025, 12, 10) << QDate(2026, 3, 1) << none << false;
        QTest::newRow("two months before the start")
            << QDate(2025, 10, 31) << QDate(2026, 3, 1) << none << true;
        QTest::newRow("long after the end")
            << QDate(2026, 2, 1) << QDate(2026, 9, 1) << QDate(2026, 6, 30) << true;
        QTest::newRow("just after the end")
            << QDate(2026, 2, 1) << QDate(2026, 7, 20) << QDate(2026, 6, 30) << false;
        QTest::newRow("no dates") << none << none << none << false;
    }

    void shouldAskOnlyAboutDatesFarOutsideThePeriod()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QDate, end);
        QFETCH(bool, asks);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Storage::ImportReport r;
        r.firstDate = first;
        r.lastDate = last;
        Domain::Engagement e;
        e.key = QStringLiteral("ACME");
        e.start = QDate(2026, 1, 1);
        e.end = end;
        const QString question = ImportReportText::outsidePeriodQuestion(r, e);
        QCOMPARE(!question.isEmpty(), asks);
        if (asks)
            QVERIFY2(question.contains(QStringLiteral("ACME")) &&
                         question.contains(QLocale().toString(first, QLocale::LongFormat)),
                     qPrintable(question));
        QCOMPARE(ImportReportText::datesText(r).isEmpty(), !first.isValid());
    }

    void shouldSaveTheWholeReport()
    {
        QTemporaryDir dir;
        Storage::ImportReport r = sampleReport();
        r.outcome = Outcome::Committed;
        QString error;
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QVERIFY(ImportReportText::save(r, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), ImportReportText::text(r, -1));
        QVERIFY(!ImportReportText::save(r, dir.filePath(QStringLiteral("missing/dir/report.txt")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportReportText)
#include "tst_importreporttext.moc"

#include "importtesthelpers.h"
#include "models/exchange/sources/kimaisource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestKimaiSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadSwedishWindows1252Export();
    void shouldReadEnglishExportWithIds();
    void shouldReadDurationInSecondsFromTheTemplate();
    void shouldRefuseAFileMixingUnits();
    void shouldNotCallEntriesAtDifferentTimesDuplicates();
    void shouldRejectADurationThatAgreesWithNoUnit();
};

void TestKimaiSource::shouldReadSwedishWindows1252Export()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_swedish_1252.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.encoding, QStringLiteral("Windows-1252"));
    QVERIFY(batch.encodingGuessed);
    QCOMPARE(batch.delimiter, QChar(u';'));
    const Domain::Worklog &w = batch.worklogs.at(0);
    QCOMPARE(w.person, QStringLiteral("Åsa Öberg"));
    QCOMPARE(w.seconds, qint64(90 * 60));
    QCOMPARE(w.activity, QStringLiteral("incident-management"));
    QCOMPARE(batch.worklogs.size(), 2);
    QCOMPARE(w.serviceLevel, Domain::ServiceLevel::L1);
    // No duration: Till - Från, past midnight.
    QCOMPARE(batch.worklogs.at(1).seconds, qint64(150 * 60));
    QCOMPARE(batch.worklogs.at(1).description, QStringLiteral("Natt, \"incident\""));
    // 1,5 h between 09:00 and 10:00 agrees with From/To in no unit; -1:00 is negative.
    QCOMPARE(where(batch.rejected),
             (QStringList{QStringLiteral("4:4:Varaktighet"), QStringLiteral("5:4:Varaktighet")}));
    // The report says how the file was read.
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("0:0:")});
    QVERIFY(batch.warnings.first().reason.contains(QStringLiteral("Windows-1252")));
}

void TestKimaiSource::shouldReadEnglishExportWithIds()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_english.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(keys(batch), (QStringList{QStringLiteral("501"), QStringLiteral("502")}));
    QCOMPARE(batch.worklogs.at(1).seconds, qint64(45 * 60));
    QCOMPARE(batch.worklogs.at(1).activity, QStringLiteral("deployment-planning"));
    QCOMPARE(where(batch.rejected), (QStringList{QStringLiteral("4:3:End"), QStringLiteral("5:10:ID")}));
}

void TestKimaiSource::shouldReadDurationInSecondsFromTheTemplate()
{
    // Issue 17: "2700" between 12:00 and 12:45 is seconds; it was read as 2700 hours.
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_seconds_template.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(batch.worklogs.size(), 4);
    QCOMPARE(batch.worklogs.at(0).seconds, qint64(7260));
    QCOMPARE(batch.worklogs.at(1).seconds, qint64(2700));
    QCOMPARE(batch.worklogs.at(3).seconds, qint64(12600));
    qint64 total = 0;
    for (const Domain::Worklog &w : batch.worklogs)
        total += w.seconds;
    QCOMPARE(total, qint64(25260)); // 7.02 h, the file's total
    QCOMPARE(batch.fileSeconds, 25260.0);
    // Two 45-minute entries on one day at different times are no duplicates; the totals row is
    // skipped with a note naming its line.
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("6:0:")});
    QVERIFY(batch.warnings.constFirst().reason.contains(QStringLiteral("totals row")));
    QCOMPARE(batch.worklogs.at(1).sourceKey + QStringLiteral("#2"), batch.worklogs.at(2).sourceKey);
}

void TestKimaiSource::shouldNotCallEntriesAtDifferentTimesDuplicates()
{
    // Two 45-minute entries of one person on 2019-05-13, 12:00-12:45 and 14:00-14:45: before
    // issue 17 the duplicate check left From/To out and warned "The same worklog appears 2 times".
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_seconds_template.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.worklogs.size(), 4);
    QCOMPARE(batch.worklogs.at(1).date, batch.worklogs.at(2).date);
    QCOMPARE(batch.worklogs.at(1).seconds, batch.worklogs.at(2).seconds);
    for (const ImportProblem &p : batch.warnings)
        QVERIFY2(!p.reason.contains(QStringLiteral("same worklog")), qPrintable(p.reason));
}

void TestKimaiSource::shouldRefuseAFileMixingUnits()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_mixed_units.csv");
    QCOMPARE(batch.fileError.line, qint64(3));
    QCOMPARE(batch.fileError.column, 4);
    QVERIFY2(batch.fileError.reason.contains(QStringLiteral("mixes units")),
             qPrintable(batch.fileError.reason));
    QVERIFY(batch.worklogs.isEmpty());
}

void TestKimaiSource::shouldRejectADurationThatAgreesWithNoUnit()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_disagreeing.csv");
    QVERIFY(batch.fileError.isNull());
    QCOMPARE(batch.worklogs.size(), 1);
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("3:4:Duration")});
    QVERIFY(batch.rejected.constFirst().reason.contains(QStringLiteral("60 minutes")));
}

QTEST_GUILESS_MAIN(TestKimaiSource)
#include "tst_kimaisource.moc"

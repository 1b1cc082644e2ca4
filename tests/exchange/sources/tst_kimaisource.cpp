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
};

void TestKimaiSource::shouldReadSwedishWindows1252Export()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_swedish_1252.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.encoding, QStringLiteral("Windows-1252"));
    QVERIFY(batch.encodingGuessed);
    QCOMPARE(batch.delimiter, QChar(u';'));
    QCOMPARE(batch.worklogs.size(), 3);
    const Domain::Worklog &w = batch.worklogs.at(0);
    QCOMPARE(w.person, QStringLiteral("Åsa Öberg"));
    QCOMPARE(w.minutes, 90);
    QCOMPARE(w.activity, QStringLiteral("incident-management"));
    QCOMPARE(w.serviceLevel, Domain::ServiceLevel::L1);
    // No duration: Till - Från, past midnight.
    QCOMPARE(batch.worklogs.at(1).minutes, 150);
    QCOMPARE(batch.worklogs.at(1).description, QStringLiteral("Natt, \"incident\""));
    QCOMPARE(batch.worklogs.at(2).minutes, 90); // 1,5 hours
    QCOMPARE(batch.worklogs.at(2).activity, QStringLiteral("design-development"));
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("5:4:Varaktighet")});
    // The report says how the file was read.
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("0:0:")});
    QVERIFY(batch.warnings.first().reason.contains(QStringLiteral("Windows-1252")));
}

void TestKimaiSource::shouldReadEnglishExportWithIds()
{
    const ImportBatch batch = importFile<KimaiSource>("kimai/kimai_english.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(keys(batch), (QStringList{QStringLiteral("501"), QStringLiteral("502")}));
    QCOMPARE(batch.worklogs.at(1).minutes, 45);
    QCOMPARE(batch.worklogs.at(1).activity, QStringLiteral("deployment-planning"));
    QCOMPARE(where(batch.rejected), (QStringList{QStringLiteral("4:3:End"), QStringLiteral("5:10:ID")}));
}

QTEST_GUILESS_MAIN(TestKimaiSource)
#include "tst_kimaisource.moc"

#include "importtesthelpers.h"
#include "models/exchange/sources/harvestsource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestHarvestSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadUtf16DetailedReport();
    void shouldTakeRolesAndTicketKeysFromTheRow();
    void shouldFindTicketKeysInLinks_data();
    void shouldFindTicketKeysInLinks();
    void shouldKeepTwoDecimalHoursExact();
};

void TestHarvestSource::shouldReadUtf16DetailedReport()
{
    const ImportBatch batch = importFile<HarvestSource>("harvest/harvest_detailed.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(batch.worklogs.size(), 3);
    const Domain::Worklog &w = batch.worklogs.at(0);
    QCOMPARE(w.person, QStringLiteral("Anna Berg"));
    QCOMPARE(w.seconds, qint64(150 * 60));
    QCOMPARE(w.date, QDate(2026, 3, 2));
    QCOMPARE(w.activity, QStringLiteral("design-development"));
    QCOMPARE(w.description, QStringLiteral("Checkout fix\r\nwith newline"));
    QCOMPARE(batch.worklogs.at(1).seconds, qint64(45 * 60)); // "0,75"
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("6:7:Hours")});
    QCOMPARE(batch.unknownWorkTypes, QStringList{QStringLiteral("Meetings")});
}

void TestHarvestSource::shouldTakeRolesAndTicketKeysFromTheRow()
{
    const ImportBatch batch = importFile<HarvestSource>("harvest/harvest_detailed.csv");
    QCOMPARE(batch.worklogs.at(0).role, std::optional<Domain::Role>(Domain::Role::Dev));
    QCOMPARE(batch.worklogs.at(1).role, std::optional<Domain::Role>(Domain::Role::QA));
    QVERIFY(!batch.worklogs.at(2).role);
    QCOMPARE(batch.unknownPersons, QStringList{QStringLiteral("Eva Fors")});
    QCOMPARE(batch.worklogs.at(0).ticketKey, QStringLiteral("SUP-1"));
    QCOMPARE(batch.worklogs.at(2).ticketKey, QStringLiteral("INC0010001"));
}

void TestHarvestSource::shouldFindTicketKeysInLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("Jira browse") << QStringLiteral("https://a.atlassian.net/browse/SUP-12?focus=1")
                                 << QStringLiteral("SUP-12");
    QTest::newRow("ServiceNow") << QStringLiteral("https://a.service-now.com/x?number=CHG0001234")
                                << QStringLiteral("CHG0001234");
    QTest::newRow("no key") << QStringLiteral("https://example.com/tickets/12") << QString();
}

void TestHarvestSource::shouldFindTicketKeysInLinks()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(HarvestSource::ticketKeyFromUrl(url), key);
}

void TestHarvestSource::shouldKeepTwoDecimalHoursExact()
{
    // Issue 17: rows rounded to whole minutes lost time (0.33 h became 20 min): 12 rows holding
    // 5.57 h were 5.58 h. Seconds keep two-decimal hours exact.
    const ImportBatch batch = importFile<HarvestSource>("harvest/harvest_two_decimals.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.worklogs.size(), 12);
    QCOMPARE(batch.worklogs.at(0).seconds, qint64(1188)); // 0.33 h
    qint64 sum = 0;
    for (const Domain::Worklog &w : batch.worklogs)
        sum += w.seconds;
    QCOMPARE(sum, qint64(5.57 * 3600 + 0.5));
    QVERIFY(qAbs(batch.fileSeconds - 5.57 * 3600) < 0.01);
    QCOMPARE(batch.worklogSeconds, sum);
}

QTEST_GUILESS_MAIN(TestHarvestSource)
#include "tst_harvestsource.moc"

#include "importtesthelpers.h"
#include "models/exchange/sources/temposource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestTempoSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadWorklogsWithDecimalComma();
    void shouldRejectNegativeHoursAndBadDates();
    void shouldWarnAboutMoreThan24HoursAndRepeatedEntries();
    void shouldKeepHashedKeysStableAcrossImports();
    void shouldAskAboutUnknownPersonsOnce();
    void shouldRejectOverflowingAndImplausibleHours();
    void shouldKeepTheFileTotal();
};

void TestTempoSource::shouldReadWorklogsWithDecimalComma()
{
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rowsRead, qint64(9));
    QCOMPARE(batch.worklogs.size(), 7);
    const Domain::Worklog &w = batch.worklogs.at(0);
    QCOMPARE(w.seconds, qint64(90 * 60));
    QCOMPARE(w.date, QDate(2026, 3, 2));
    QCOMPARE(w.person, QStringLiteral("Anna Berg"));
    QCOMPARE(w.ticketKey, QStringLiteral("SUP-1"));
    QCOMPARE(w.serviceLevel, Domain::ServiceLevel::L3);
    QCOMPARE(w.activity, QStringLiteral("design-development"));
    QCOMPARE(w.description, QStringLiteral("Fixed the \"pay\" button"));
    QVERIFY(w.sourceKey.startsWith(QStringLiteral("h:")));
    QCOMPARE(batch.worklogs.at(1).activity, QStringLiteral("functional-testing"));
    QCOMPARE(batch.worklogs.at(2).serviceLevel, Domain::ServiceLevel::L1);
    const Domain::Worklog &last = batch.worklogs.last();
    QCOMPARE(last.person, QStringLiteral("cia")); // no full name: the user name
    QCOMPARE(last.seconds, qint64(75 * 60));
    QVERIFY(last.ticketKey.isEmpty());
    QCOMPARE(batch.unknownWorkTypes, QStringList{QStringLiteral("Möten")});
}

void TestTempoSource::shouldRejectNegativeHoursAndBadDates()
{
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv");
    QCOMPARE(where(batch.rejected),
             (QStringList{QStringLiteral("6:3:Hours"), QStringLiteral("9:4:Work date")}));
    QVERIFY(batch.rejected.at(0).reason.contains(QStringLiteral("Negative")));
}

void TestTempoSource::shouldWarnAboutMoreThan24HoursAndRepeatedEntries()
{
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv");
    QCOMPARE(where(batch.warnings), (QStringList{QStringLiteral("5:3:Hours"), QStringLiteral("8:0:")}));
    QVERIFY(batch.warnings.at(0).reason.contains(QStringLiteral("26.0 hours on 2026-03-03")));
    QCOMPARE(batch.worklogs.at(5).sourceKey, batch.worklogs.at(4).sourceKey + QStringLiteral("#2"));
}

void TestTempoSource::shouldKeepHashedKeysStableAcrossImports()
{
    const QStringList first = keys(importFile<TempoSource>("tempo/tempo_worklogs.csv"));
    const QStringList second = keys(importFile<TempoSource>("tempo/tempo_worklogs.csv"));
    QCOMPARE(first, second);
    QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), first.size());
}

void TestTempoSource::shouldAskAboutUnknownPersonsOnce()
{
    ImportSettings settings;
    settings.mappings.setRole(QStringLiteral("anna  BERG"), Domain::Role::Dev);
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv", settings);
    QCOMPARE(batch.worklogs.at(0).role, std::optional<Domain::Role>(Domain::Role::Dev));
    QVERIFY(!batch.worklogs.at(2).role);
    QCOMPARE(batch.unknownPersons, (QStringList{QStringLiteral("Bo Ek"), QStringLiteral("cia")}));
}

void TestTempoSource::shouldRejectOverflowingAndImplausibleHours()
{
    // Issue 14: 71582789.2667 h wrapped through an int to 60 minutes, exit 0; 20 digits came out
    // as "Negative duration"; 25 h in one worklog is a typing slip. Each is a row error naming
    // its line and the Hours column.
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_overflow.csv");
    QVERIFY(batch.fileError.isNull());
    QCOMPARE(where(batch.rejected), (QStringList{QStringLiteral("2:3:Hours"), QStringLiteral("3:3:Hours"),
                                                 QStringLiteral("4:3:Hours")}));
    QVERIFY(!batch.rejected.at(1).reason.contains(QStringLiteral("Negative")));
    QVERIFY2(batch.rejected.at(2).reason.contains(QStringLiteral("24")),
             qPrintable(batch.rejected.at(2).reason));
    QCOMPARE(batch.worklogs.size(), 1);
    QCOMPARE(batch.worklogs.at(0).seconds, qint64(900));

    // The bound is configurable: with 30 hours allowed the 25-hour entry is read.
    ImportSettings settings;
    settings.maxWorklogHours = 30;
    const ImportBatch relaxed = importFile<TempoSource>("tempo/tempo_overflow.csv", settings);
    QCOMPARE(relaxed.worklogs.size(), 2);
    QCOMPARE(relaxed.worklogs.at(0).seconds, qint64(25 * 3600));
}

void TestTempoSource::shouldKeepTheFileTotal()
{
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv");
    QVERIFY(batch.worklogCount > 0);
    QVERIFY(qAbs(batch.fileSeconds - double(batch.worklogSeconds)) < 1.0);
    qint64 sum = 0;
    for (const Domain::Worklog &w : batch.worklogs)
        sum += w.seconds;
    QCOMPARE(sum, batch.worklogSeconds);
}

QTEST_GUILESS_MAIN(TestTempoSource)
#include "tst_temposource.moc"

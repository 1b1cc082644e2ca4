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
};

void TestTempoSource::shouldReadWorklogsWithDecimalComma()
{
    const ImportBatch batch = importFile<TempoSource>("tempo/tempo_worklogs.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rowsRead, qint64(9));
    QCOMPARE(batch.worklogs.size(), 7);
    const Domain::Worklog &w = batch.worklogs.at(0);
    QCOMPARE(w.minutes, 90);
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
    QCOMPARE(last.minutes, 75);
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

QTEST_GUILESS_MAIN(TestTempoSource)
#include "tst_temposource.moc"

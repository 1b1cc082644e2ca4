#include "models/domain/sla/slapolicyhistory.h"

#include <QDateTime>
#include <QtTest>

using namespace Domain;

namespace {
SlaPolicy version(const QDate &from, int sev1ResolutionMinutes)
{
    SlaPolicy p;
    p.effectiveFrom = from;
    p.target(1).resolutionMinutes = sev1ResolutionMinutes;
    return p;
}

SlaPolicyHistory twoVersions()
{
    SlaPolicyHistory h;
    // Added out of order on purpose: the history keeps them by date.
    h.addVersion(version(QDate(2026, 2, 15), 120));
    h.addVersion(version(QDate(2026, 1, 1), 240));
    return h;
}

qint64 utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

class TestSlaPolicyHistory : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepVersionsOrderedByEffectiveDate();
    void shouldRefuseRewritingAVersion();
    void shouldPickTheVersionInForceOnADate_data();
    void shouldPickTheVersionInForceOnADate();
    void shouldTakeTheCreationDateInTheEngagementZone_data();
    void shouldTakeTheCreationDateInTheEngagementZone();
};

void TestSlaPolicyHistory::shouldKeepVersionsOrderedByEffectiveDate()
{
    const SlaPolicyHistory h = twoVersions();
    QCOMPARE(h.versions().size(), 2);
    QCOMPARE(h.versions().at(0).effectiveFrom, QDate(2026, 1, 1));
    QCOMPARE(h.versions().at(1).effectiveFrom, QDate(2026, 2, 15));
}

void TestSlaPolicyHistory::shouldRefuseRewritingAVersion()
{
    SlaPolicyHistory h = twoVersions();
    const SlaPolicyHistory before = h;
    QVERIFY(!h.addVersion(version(QDate(2026, 1, 1), 999)));
    QVERIFY(!h.addVersion(version(QDate(), 999)));
    QCOMPARE(h, before);
}

void TestSlaPolicyHistory::shouldPickTheVersionInForceOnADate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("expectedResolution"); // 0: no version
    QTest::newRow("before the first version") << QDate(2025, 12, 31) << 0;
    QTest::newRow("on the first effective date") << QDate(2026, 1, 1) << 240;
    QTest::newRow("the day before a change") << QDate(2026, 2, 14) << 240;
    QTest::newRow("on the change") << QDate(2026, 2, 15) << 120;
    QTest::newRow("long after") << QDate(2030, 6, 1) << 120;
    QTest::newRow("invalid date") << QDate() << 0;
}

void TestSlaPolicyHistory::shouldPickTheVersionInForceOnADate()
{
    QFETCH(QDate, date);
    QFETCH(int, expectedResolution);
    const SlaPolicyHistory h = twoVersions();
    const SlaPolicy *p = h.versionAt(date);
    QCOMPARE(p ? p->target(1).resolutionMinutes : 0, expectedResolution);
    QVERIFY(SlaPolicyHistory().versionAt(date) == nullptr);
}

void TestSlaPolicyHistory::shouldTakeTheCreationDateInTheEngagementZone_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("expectedResolution");
    // 23:30 UTC on the 14th is already the 15th in Stockholm (UTC+1 in February).
    QTest::newRow("utc: still the old version")
        << QStringLiteral("2026-02-14T23:30:00Z") << QByteArray("UTC") << 240;
    QTest::newRow("stockholm: already the new version")
        << QStringLiteral("2026-02-14T23:30:00Z") << QByteArray("Europe/Stockholm") << 120;
    QTest::newRow("new york: still the 14th")
        << QStringLiteral("2026-02-15T04:59:59Z") << QByteArray("America/New_York") << 240;
}

void TestSlaPolicyHistory::shouldTakeTheCreationDateInTheEngagementZone()
{
    QFETCH(QString, created);
    QFETCH(QByteArray, zone);
    QFETCH(int, expectedResolution);
    const SlaPolicyHistory h = twoVersions();
    const SlaPolicy *p = h.versionFor(utc(created), QTimeZone(zone));
    QVERIFY(p);
    QCOMPARE(p->target(1).resolutionMinutes, expectedResolution);
}

QTEST_GUILESS_MAIN(TestSlaPolicyHistory)
#include "tst_slapolicyhistory.moc"

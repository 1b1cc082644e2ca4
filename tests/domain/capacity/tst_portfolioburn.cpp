#include "models/domain/capacity/portfolioburn.h"

#include <QTest>

using namespace Domain;

class TestPortfolioBurn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRateTheMonth_data();
    void shouldRateTheMonth();
    void shouldBuildARowFromABurnDown();
    void shouldRateAnEmptyMonthAsNoBudget();
};

void TestPortfolioBurn::shouldRateTheMonth_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("used");
    QTest::addColumn<double>("elapsedPercent");
    QTest::addColumn<double>("forecast");
    QTest::addColumn<BurnStatus>("status");

    QTest::newRow("on pace") << qint64(6000) << qint64(3000) << 50.0 << 0.0 << BurnStatus::OnTrack;
    QTest::newRow("slightly ahead, within tolerance")
        << qint64(6000) << qint64(3600) << 50.0 << 10.0 << BurnStatus::OnTrack;
    QTest::newRow("ahead beyond tolerance")
        << qint64(6000) << qint64(3660) << 50.0 << 10.0 << BurnStatus::AtRisk;
    QTest::newRow("forecast overrun") << qint64(6000) << qint64(3000) << 50.0 << -0.5 << BurnStatus::AtRisk;
    QTest::newRow("everything used exactly")
        << qint64(6000) << qint64(6000) << 100.0 << 0.0 << BurnStatus::OnTrack;
    QTest::newRow("already overrun") << qint64(6000) << qint64(6001) << 60.0 << -1.0 << BurnStatus::Overrun;
    QTest::newRow("no budget") << qint64(0) << qint64(600) << 60.0 << -600.0 << BurnStatus::NoBudget;
    QTest::newRow("deducted below zero") << qint64(-60) << qint64(0) << 10.0 << -60.0 << BurnStatus::NoBudget;
}

void TestPortfolioBurn::shouldRateTheMonth()
{
    QFETCH(qint64, budget);
    QFETCH(qint64, used);
    QFETCH(double, elapsedPercent);
    QFETCH(double, forecast);
    QTEST(PortfolioBurn::status(budget, used, elapsedPercent, forecast), "status");
}

void TestPortfolioBurn::shouldBuildARowFromABurnDown()
{
    BurnDownInput in;
    in.month = QDate(2026, 6, 1);
    in.committed = 100 * 60;
    in.today = QDate(2026, 6, 12); // 10 of 22 working days
    in.isWorkingDay = WorkingDays::weekdays();
    for (QDate d(2026, 5, 1); d <= in.today; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5) {
            Worklog w;
            w.date = d;
            w.seconds = 330 * 60;
            in.worklogs.append(w);
        }
    }
    const PortfolioBurnRow row = PortfolioBurn::row(QStringLiteral("NORD"), BurnDown::compute(in));
    QCOMPARE(row.engagementKey, QStringLiteral("NORD"));
    QCOMPARE(row.committed, 6000);
    QCOMPARE(row.used, 3300);
    QCOMPARE(row.elapsedPercent, 100.0 * 10 / 22);
    QCOMPARE(row.usedPercent, 55.0);
    QCOMPARE(row.forecastAtMonthEnd, 6000.0 - 22 * 330);
    QCOMPARE(row.status, BurnStatus::AtRisk);
}

void TestPortfolioBurn::shouldRateAnEmptyMonthAsNoBudget()
{
    const PortfolioBurnRow row = PortfolioBurn::row(QStringLiteral("X"), BurnDown());
    QCOMPARE(row.status, BurnStatus::NoBudget);
    QCOMPARE(row.usedPercent, 0.0);
    QCOMPARE(row.elapsedPercent, 0.0);
}

QTEST_GUILESS_MAIN(TestPortfolioBurn)
#include "tst_portfolioburn.moc"

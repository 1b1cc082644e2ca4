#include "models/domain/sla/slacompliance.h"

#include <QDateTime>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace Domain;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
}

/// A resolved, evaluable result; `met` decides both clocks.
SlaResult resolvedResult(int severity, qint64 resolvedAt, qint64 responseSeconds, qint64 resolutionSeconds,
                         bool responseMet = true, bool resolutionMet = true)
{
    SlaResult r;
    r.severity = severity;
    r.response.outcome = responseMet ? SlaClockOutcome::Met : SlaClockOutcome::Breached;
    r.response.businessSeconds = responseSeconds;
    r.resolution.outcome = resolutionMet ? SlaClockOutcome::Met : SlaClockOutcome::Breached;
    r.resolution.businessSeconds = resolutionSeconds;
    r.resolution.stoppedAt = resolvedAt;
    r.state = responseMet && resolutionMet ? SlaState::Met : SlaState::Breached;
    return r;
}

SlaPolicyHistory policyHistory()
{
    SlaPolicyHistory h;
    SlaPolicy p;
    p.effectiveFrom = QDate(2026, 1, 1);
    for (int s = 1; s <= 4; ++s)
        p.target(s).targetPercent = 90.0;
    h.addVersion(p);
    // Effective mid-February: February keeps 90 %, March gets 99 %.
    p.effectiveFrom = QDate(2026, 2, 15);
    for (int s = 1; s <= 4; ++s)
        p.target(s).targetPercent = 99.0;
    h.addVersion(p);
    return h;
}

const MonthlyCompliance *row(const QVector<MonthlyCompliance> &rows, const QDate &month, int severity)
{
    for (const MonthlyCompliance &r : rows) {
        if (r.month == month && r.severity == severity)
            return &r;
    }
    return nullptr;
}
} // namespace

class TestSlaCompliance : public QObject
{
    Q_OBJECT

private slots:
    void shouldComputeMedianOnKnownSets_data();
    void shouldComputeMedianOnKnownSets();
    void shouldComputeNearestRankPercentile_data();
    void shouldComputeNearestRankPercentile();
    void shouldAggregateOneMonthAndSeverity();
    void shouldPlaceTicketsInTheResolutionMonthOfTheEngagementZone();
    void shouldListEmptyMonthsInARange();
    void shouldLeaveOpenInvalidAndUnplacedTicketsOutOfTheFigures();
    void shouldTakeTheTargetInForceOnTheFirstOfTheMonth();
    void shouldMissTheTargetWhenTooFewMet();
    void shouldReturnNothingWithoutResults();
    void shouldMatchAFullSortOnRandomGroups();
};

void TestSlaCompliance::shouldComputeMedianOnKnownSets_data()
{
    QTest::addColumn<QVector<qint64>>("values");
    QTest::addColumn<qint64>("median");
    QTest::newRow("empty") << QVector<qint64>{} << qint64(0);
    QTest::newRow("one") << QVector<qint64>{42} << qint64(42);
    QTest::newRow("odd, unsorted") << QVector<qint64>{9, 1, 5} << qint64(5);
    QTest::newRow("even: mean of the middles") << QVector<qint64>{4, 1, 3, 2} << qint64(2); // 2.5 down
    QTest::newRow("even, exact mean") << QVector<qint64>{10, 30, 20, 40} << qint64(25);
    QTest::newRow("duplicates") << QVector<qint64>{7, 7, 7, 1, 100} << qint64(7);
    QTest::newRow("two") << QVector<qint64>{3600, 7200} << qint64(5400);
}

void TestSlaCompliance::shouldComputeMedianOnKnownSets()
{
    QFETCH(QVector<qint64>, values);
    QFETCH(qint64, median);
    QCOMPARE(SlaCompliance::median(values.data(), values.data() + values.size()), median);
}

void TestSlaCompliance::shouldComputeNearestRankPercentile_data()
{
    QTest::addColumn<QVector<qint64>>("values");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");
    QVector<qint64> hundred;
    for (int i = 100; i >= 1; --i)
        hundred.append(i);
    QTest::newRow("empty") << QVector<qint64>{} << 90 << qint64(0);
    QTest::newRow("one value") << QVector<qint64>{5} << 90 << qint64(5);
    QTest::newRow("1..100 p90") << hundred << 90 << qint64(90);
    QTest::newRow("1..100 p50") << hundred << 50 << qint64(50);
    QTest::newRow("ten values p90 is the 9th")
        << QVector<qint64>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 90 << qint64(90);
    QTest::newRow("eleven values p90 is the 10th")
        << QVector<qint64>{11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 90 << qint64(10);
    QTest::newRow("p0 is the minimum") << QVector<qint64>{3, 1, 2} << 0 << qint64(1);
    QTest::newRow("p100 is the maximum") << QVector<qint64>{3, 1, 2} << 100 << qint64(3);
}

void TestSlaCompliance::shouldComputeNearestRankPercentile()
{
    QFETCH(QVector<qint64>, values);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    QCOMPARE(SlaCompliance::percentile(values.data(), values.data() + values.size(), percent), expected);
}

void TestSlaCompliance::shouldAggregateOneMonthAndSeverity()
{
    SlaCompliance c;
    const Ticket t;
    const qint64 march = utc("2026-03-10T12:00:00Z");
    // Response times 60..600, resolution 1000..10000; ticket 10 breaches both, 9 the resolution.
    for (int i = 1; i <= 10; ++i)
        c.add(t, resolvedResult(2, march + i, 60 * i, 1000 * i, i < 10, i < 9));
    const QVector<MonthlyCompliance> rows = c.months(policyHistory());
    QCOMPARE(rows.size(), 4);
    const MonthlyCompliance *r = row(rows, QDate(2026, 3, 1), 2);
    QVERIFY(r);
    QCOMPARE(r->tickets, 10);
    QCOMPARE(r->responseMeasured, 10);
    QCOMPARE(r->responseMet, 9);
    QCOMPARE(r->resolutionMet, 8);
    QCOMPARE(r->breaches, 2);
    QCOMPARE(r->responseMedianSeconds, qint64(330));
    QCOMPARE(r->responseP90Seconds, qint64(540));
    QCOMPARE(r->resolutionMedianSeconds, qint64(5500));
    QCOMPARE(r->resolutionP90Seconds, qint64(9000));
    QCOMPARE(*r->responseMetPercent(), 90.0);
    QCOMPARE(*r->resolutionMetPercent(), 80.0);
    const MonthlyCompliance *other = row(rows, QDate(2026, 3, 1), 1);
    QVERIFY(other);
    QCOMPARE(other->tickets, 0);
    QVERIFY(!other->responseMetPercent());
}

void TestSlaCompliance::shouldPlaceTicketsInTheResolutionMonthOfTheEngagementZone()
{
    SlaCompliance stockholm(QTimeZone("Europe/Stockholm"));
    SlaCompliance utcZone(QTimeZone::utc());
    const Ticket t;
    // 23:30 UTC on 31 January is 00:30 on 1 February in Stockholm.
    const SlaResult r = resolvedResult(3, utc("2026-01-31T23:30:00Z"), 10, 20);
    stockholm.add(t, r);
    utcZone.add(t, r);
    QCOMPARE(stockholm.months(policyHistory()).constFirst().month, QDate(2026, 2, 1));
    QCOMPARE(utcZone.months(policyHistory()).constFirst().month, QDate(2026, 1, 1));
}

void TestSlaCompliance::shouldListEmptyMonthsInARange()
{
    SlaCompliance c;
    const Ticket t;
    c.add(t, resolvedResult(1, utc("2026-01-15T10:00:00Z"), 10, 20));
    c.add(t, resolvedResult(1, utc("2026-03-15T10:00:00Z"), 30, 40));
    c.add(t, resolvedResult(1, utc("2026-06-15T10:00:00Z"), 30, 40)); // outside the range
    const QVector<MonthlyCompliance> rows = c.months(policyHistory(), QDate(2026, 1, 20), QDate(2026, 4, 3));
    QCOMPARE(rows.size(), 4 * 4);
    const MonthlyCompliance *feb = row(rows, QDate(2026, 2, 1), 1);
    QVERIFY(feb);
    QCOMPARE(feb->tickets, 0);
    QCOMPARE(feb->responseMedianSeconds, qint64(0));
    QVERIFY(feb->targetMet());
    QCOMPARE(row(rows, QDate(2026, 3, 1), 1)->tickets, 1);
    QCOMPARE(row(rows, QDate(2026, 4, 1), 1)->tickets, 0);
    QVERIFY(!row(rows, QDate(2026, 6, 1), 1));
    QCOMPARE(rows.constFirst().month, QDate(2026, 1, 1));
    QCOMPARE(rows.constLast().month, QDate(2026, 4, 1));
    QCOMPARE(rows.constLast().severity, 4);
}

void TestSlaCompliance::shouldLeaveOpenInvalidAndUnplacedTicketsOutOfTheFigures()
{
    SlaCompliance c;
    Ticket t;
    SlaResult open;
    open.severity = 2;
    open.state = SlaState::Running;
    open.response.outcome = SlaClockOutcome::Breached;
    c.add(t, open);

    SlaResult invalid;
    invalid.severity = 2;
    invalid.state = SlaState::Invalid;
    invalid.problems = SlaDataProblem::ResolvedBeforeCreation;
    t.resolved = utc("2026-03-02T10:00:00Z");
    c.add(t, invalid);

    SlaResult unplaced = resolvedResult(7, utc("2026-03-02T10:00:00Z"), 1, 1);
    c.add(t, unplaced);

    c.add(Ticket(), resolvedResult(2, utc("2026-03-03T10:00:00Z"), 100, 200));

    QCOMPARE(c.openTickets(), qint64(1));
    QCOMPARE(c.unplaced(), qint64(1));
    const QVector<MonthlyCompliance> months = c.months(policyHistory()); // r points into it
    const MonthlyCompliance *r = row(months, QDate(2026, 3, 1), 2);
    QVERIFY(r);
    QCOMPARE(r->tickets, 1);
    QCOMPARE(r->excluded, 1);
    QCOMPARE(r->breaches, 0);
    QCOMPARE(r->responseMedianSeconds, qint64(100));
}

void TestSlaCompliance::shouldTakeTheTargetInForceOnTheFirstOfTheMonth()
{
    SlaCompliance c;
    c.add(Ticket(), resolvedResult(4, utc("2025-12-10T10:00:00Z"), 1, 1));
    c.add(Ticket(), resolvedResult(4, utc("2026-03-10T10:00:00Z"), 1, 1));
    const QVector<MonthlyCompliance> rows = c.months(policyHistory());
    QCOMPARE(row(rows, QDate(2025, 12, 1), 4)->targetPercent, 90.0); // before the first version
    QCOMPARE(row(rows, QDate(2026, 2, 1), 4)->targetPercent, 90.0);  // change on the 15th
    QCOMPARE(row(rows, QDate(2026, 3, 1), 4)->targetPercent, 99.0);
}

void TestSlaCompliance::shouldMissTheTargetWhenTooFewMet()
{
    SlaCompliance c;
    const qint64 at = utc("2026-01-10T10:00:00Z");
    for (int i = 0; i < 9; ++i)
        c.add(Ticket(), resolvedResult(1, at, 1, 1));
    c.add(Ticket(), resolvedResult(1, at, 1, 1, true, false));
    MonthlyCompliance r = *row(c.months(policyHistory()), QDate(2026, 1, 1), 1);
    QCOMPARE(*r.resolutionMetPercent(), 90.0);
    QVERIFY(r.targetMet()); // 90 % against 90 %
    c.add(Ticket(), resolvedResult(1, at, 1, 1, false, true));
    r = *row(c.months(policyHistory()), QDate(2026, 1, 1), 1);
    QVERIFY(r.targetMet()); // response 10/11 = 90.9 %, resolution 10/11
    c.add(Ticket(), resolvedResult(1, at, 1, 1, false, true));
    r = *row(c.months(policyHistory()), QDate(2026, 1, 1), 1);
    QVERIFY(!r.targetMet()); // response 10/12 = 83.3 %
    QCOMPARE(r.targetKept(), std::optional<bool>(false));
    // A month that measured no clock kept nothing and missed nothing: undecided
    MonthlyCompliance nothing;
    nothing.targetPercent = 95.0;
    nothing.tickets = 3; // evaluable, but without a target
    QVERIFY(nothing.targetMet());
    QCOMPARE(nothing.targetKept(), std::optional<bool>());
    nothing.resolutionMeasured = 1;
    nothing.resolutionMet = 1;
    QCOMPARE(nothing.targetKept(), std::optional<bool>(true));
}

void TestSlaCompliance::shouldReturnNothingWithoutResults()
{
    const SlaCompliance c;
    QVERIFY(c.months(policyHistory()).isEmpty());
    QCOMPARE(c.months(policyHistory(), QDate(2026, 1, 1), QDate(2026, 1, 31)).size(), 4);
}

void TestSlaCompliance::shouldMatchAFullSortOnRandomGroups()
{
    // Selection must give what sorting gives, for every month × severity of a random year.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> when(utc("2026-01-01T00:00:00Z"), utc("2026-12-31T23:59:59Z"));
    std::uniform_int_distribution<qint64> seconds(0, 200000);
    std::uniform_int_distribution<int> severity(1, 4);
    SlaCompliance c;
    QMap<QPair<QDate, int>, QVector<qint64>> responses, resolutions;
    for (int i = 0; i < 20000; ++i) {
        const SlaResult r = resolvedResult(severity(rng), when(rng), seconds(rng), seconds(rng));
        c.add(Ticket(), r);
        const QDate d = QDateTime::fromSecsSinceEpoch(*r.resolution.stoppedAt, QTimeZone::utc()).date();
        const QPair<QDate, int> key{QDate(d.year(), d.month(), 1), r.severity};
        responses[key].append(r.response.businessSeconds);
        resolutions[key].append(r.resolution.businessSeconds);
    }
    const auto sortedMedian = [](QVector<qint64> v) {
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    };
    const auto sortedP90 = [](QVector<qint64> v) {
        std::sort(v.begin(), v.end());
        return v[qsizetype(std::ceil(0.9 * double(v.size()))) - 1];
    };
    const QVector<MonthlyCompliance> rows = c.months(policyHistory());
    QCOMPARE(rows.size(), 12 * 4);
    for (const MonthlyCompliance &row : rows) {
        const QPair<QDate, int> key{row.month, row.severity};
        QCOMPARE(row.tickets, int(responses.value(key).size()));
        QCOMPARE(row.responseMedianSeconds, sortedMedian(responses.value(key)));
        QCOMPARE(row.responseP90Seconds, sortedP90(responses.value(key)));
        QCOMPARE(row.resolutionMedianSeconds, sortedMedian(resolutions.value(key)));
        QCOMPARE(row.resolutionP90Seconds, sortedP90(resolutions.value(key)));
    }
}

QTEST_GUILESS_MAIN(TestSlaCompliance)
#include "tst_slacompliance.moc"

#include "models/domain/capacity/budgetledger.h"
#include "models/domain/engagement.h"

#include <algorithm>

#include <QTest>

using namespace Domain;

using Hours = QVector<int>;

namespace {
const QDate s_first(2026, 1, 1);

QMap<QDate, qint64> usedFromHours(const Hours &hours)
{
    QMap<QDate, qint64> used;
    for (int i = 0; i < hours.size(); ++i)
        used.insert(s_first.addMonths(i), qint64(hours.at(i)) * 60);
    return used;
}

/// The expected hours padded to 12 months with the last value repeated.
Hours pad(Hours hours)
{
    while (hours.size() < 12)
        hours.append(hours.last());
    return hours;
}

Hours toHours(const BudgetLedger &ledger, qint64 LedgerMonth::*field)
{
    Hours out;
    for (const LedgerMonth &m : ledger.months())
        out.append(int((m.*field) / 60));
    return out;
}

RolloverRule rule(RolloverRule::Carry carry, int cap, int expiry, bool deduct)
{
    RolloverRule r;
    r.carry = carry;
    r.capMinutes = carry == RolloverRule::Carry::UpToMinutes ? cap * 60 : 0;
    r.capPercent = carry == RolloverRule::Carry::UpToPercent ? cap : 0;
    r.expiryMonths = expiry;
    r.deductOverrun = deduct;
    return r;
}

Worklog log(const QDate &date, int minutes, ServiceLevel level, const QString &activity = {})
{
    Worklog w;
    w.date = date;
    w.person = QStringLiteral("Anna");
    w.seconds = qint64(minutes) * 60;
    w.serviceLevel = level;
    w.activity = activity;
    return w;
}
} // namespace

class TestBudgetLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBalanceTwelveMonthsUnderTheRolloverRule_data();
    void shouldBalanceTwelveMonthsUnderTheRolloverRule();
    void shouldExplainCarriedAndExpiredHoursByOriginMonth();
    void shouldExplainAnOverrunDeductedFromTheNextMonth();
    void shouldCountOnlyTheLevelsAndActivitiesThePolicyCounts();
    void shouldCommitNothingBeforeTheStartMonth();
    void shouldReturnNoMonthsForAnEmptyOrReversedRange();
    void shouldKeepTheFullCommitmentWithoutWorklogs();
    void shouldCapPercentCarryRoundingDown();
    void shouldFindAMonthByAnyOfItsDays();
    void shouldTreatANegativeCommitmentAsNone();
    void shouldCountOnlyWhatWasKnownOnTheAsOfDateAndProjectTheRest();
    void shouldCloseTheLedgerAtTheEngagementsEnd();
    void shouldCountExpiryFromTheOriginMonth();
};

void TestBudgetLedger::shouldBalanceTwelveMonthsUnderTheRolloverRule_data()
{
    QTest::addColumn<RolloverRule>("rule");
    QTest::addColumn<int>("februaryCommitted");
    QTest::addColumn<Hours>("used");
    QTest::addColumn<Hours>("carriedIn");
    QTest::addColumn<Hours>("expired");
    QTest::addColumn<Hours>("deducted");
    QTest::addColumn<Hours>("remaining");
    QTest::addColumn<Hours>("overrun");
    QTest::addColumn<Hours>("carriedOut");

    // Hours per month from January 2026; pad() repeats the last value up to December.
    //            used / carriedIn / expired / deducted / remaining / overrun / carriedOut
    using C = RolloverRule::Carry;
    // clang-format off
    QTest::newRow("no rollover forfeits unused and bills the overrun")
        << rule(C::None, 0, 0, false) << 100
        << Hours{80, 120, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0}
        << pad({0}) << pad({0}) << pad({0})
        << Hours{20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100}
        << pad({0, 20, 0}) << pad({0});
    QTest::newRow("carry up to 10 h keeps at most the cap per month")
        << rule(C::UpToMinutes, 10, 0, false) << 100
        << pad({80, 90, 125, 100})
        << pad({0, 10, 10, 0}) << pad({0}) << pad({0})
        << pad({20, 20, -15, 0})
        << pad({0, 0, 15, 0}) << pad({10, 10, 0});
    QTest::newRow("carry up to 25 % of each origin month's commitment")
        << rule(C::UpToPercent, 25, 0, false) << 40
        << pad({50, 0, 100})
        << pad({0, 25, 35, 25}) << pad({0}) << pad({0})
        << pad({50, 65, 35, 25})
        << pad({0}) << pad({25, 35, 25});
    QTest::newRow("carried hours expire oldest first after two months")
        << rule(C::UpToMinutes, 30, 2, false) << 100
        << pad({70, 0, 0, 0, 100})
        << pad({0, 30, 60, 60, 60, 30}) << pad({0, 0, 0, 30, 30, 0}) << pad({0})
        << pad({30, 130, 160, 160, 60, 30})
        << pad({0}) << pad({30, 60, 90, 90, 30});
    QTest::newRow("an overrun is deducted from the next month and may cascade")
        << rule(C::None, 0, 0, true) << 100
        << pad({120, 100, 90, 130, 40, 100})
        << pad({0}) << pad({0}) << pad({0, 20, 20, 10, 40, 0})
        << pad({-20, -20, -10, -40, 20, 0})
        << pad({20, 20, 10, 40, 0}) << pad({0});
    QTest::newRow("carry, expiry and deduction together")
        << rule(C::UpToMinutes, 20, 1, true) << 100
        << pad({60, 150, 50, 0, 100})
        << pad({0, 20, 0, 20, 20}) << pad({0, 0, 0, 0, 20, 0}) << pad({0, 0, 30, 0})
        << pad({40, -30, 20, 120, 20})
        << pad({0, 30, 0}) << pad({20, 0, 20, 40, 20});
    // clang-format on
}

void TestBudgetLedger::shouldBalanceTwelveMonthsUnderTheRolloverRule()
{
    QFETCH(RolloverRule, rule);
    QFETCH(int, februaryCommitted);
    QFETCH(Hours, used);

    BudgetPolicy policy(100 * 60, rule);
    policy.setMonthlyBudget({QDate(2026, 2, 14), februaryCommitted * 60});
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 12, 31), usedFromHours(used));

    QCOMPARE(ledger.months().size(), 12);
    QTEST(toHours(ledger, &LedgerMonth::carriedIn), "carriedIn");
    QTEST(toHours(ledger, &LedgerMonth::expired), "expired");
    QTEST(toHours(ledger, &LedgerMonth::overrunDeducted), "deducted");
    QTEST(toHours(ledger, &LedgerMonth::remaining), "remaining");
    QTEST(toHours(ledger, &LedgerMonth::overrun), "overrun");
    QTEST(toHours(ledger, &LedgerMonth::carriedOut), "carriedOut");
    QCOMPARE(toHours(ledger, &LedgerMonth::used), used);

    qint64 previousOut = 0;
    for (const LedgerMonth &m : ledger.months()) {
        QCOMPARE(m.available, m.committed + m.carriedIn - m.overrunDeducted);
        QCOMPARE(m.remaining, m.available - m.used);
        QCOMPARE(m.overrun, std::max<qint64>(0, -m.remaining));
        QCOMPARE(m.carriedIn, previousOut - m.expired);
        previousOut = m.carriedOut;
    }
}

void TestBudgetLedger::shouldExplainCarriedAndExpiredHoursByOriginMonth()
{
    BudgetPolicy policy(100 * 60, rule(RolloverRule::Carry::UpToMinutes, 30, 2, false));
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 4, 1), usedFromHours({70, 0, 0, 0}));
    using K = LedgerEntry::Kind;
    const QVector<LedgerEntry> expected = {
        {K::Committed, 6000, QDate(2026, 4, 1)},  {K::Expired, 1800, QDate(2026, 1, 1)},
        {K::CarriedIn, 1800, QDate(2026, 2, 1)},  {K::CarriedIn, 1800, QDate(2026, 3, 1)},
        {K::Used, 0, QDate(2026, 4, 1)},          {K::CarriedOut, 1800, QDate(2026, 2, 1)},
        {K::CarriedOut, 1800, QDate(2026, 3, 1)}, {K::CarriedOut, 1800, QDate(2026, 4, 1)},
        {K::Forfeited, 4200, QDate(2026, 4, 1)},
    };
    QCOMPARE(ledger.months().last().explanation, expected);
    const QVector<CarryLot> lots = {{QDate(2026, 2, 1), 1800}, {QDate(2026, 3, 1), 1800}};
    QCOMPARE(ledger.months().last().carriedInLots, lots);
}

void TestBudgetLedger::shouldExplainAnOverrunDeductedFromTheNextMonth()
{
    BudgetPolicy policy(100 * 60, rule(RolloverRule::Carry::None, 0, 0, true));
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 2, 1), usedFromHours({112, 50}));
    using K = LedgerEntry::Kind;
    const QVector<LedgerEntry> january = {
        {K::Committed, 6000, s_first}, {K::Used, 6720, s_first}, {K::Overrun, 720, s_first}};
    const QVector<LedgerEntry> february = {{K::Committed, 6000, QDate(2026, 2, 1)},
                                           {K::OverrunDeducted, 720, s_first},
                                           {K::Used, 3000, QDate(2026, 2, 1)},
                                           {K::Forfeited, 2280, QDate(2026, 2, 1)}};
    QCOMPARE(ledger.months().at(0).explanation, january);
    QCOMPARE(ledger.months().at(1).explanation, february);
}

void TestBudgetLedger::shouldCountOnlyTheLevelsAndActivitiesThePolicyCounts()
{
    BudgetPolicy policy(100 * 60);
    policy.setCountsActivity(QStringLiteral("platform-upgrades"), true);
    policy.setCountsActivity(QStringLiteral("peak-support"), false);
    const QVector<Worklog> logs = {
        log(QDate(2026, 1, 5), 60, ServiceLevel::L1),
        log(QDate(2026, 1, 6), 120, ServiceLevel::L2),
        log(QDate(2026, 1, 7), 240, ServiceLevel::L3),
        log(QDate(2026, 1, 8), 480, ServiceLevel::OptionalL3),
        log(QDate(2026, 1, 9), 30, ServiceLevel::OptionalL3, QStringLiteral("platform-upgrades")),
        log(QDate(2026, 1, 12), 15, ServiceLevel::L2, QStringLiteral("peak-support")),
        log(QDate(2026, 2, 2), 45, ServiceLevel::L1),
        log(QDate(), 999, ServiceLevel::L1),
    };
    QMap<QDate, qint64> expected;
    expected.insert(s_first, 60 + 120 + 240 + 30);
    expected.insert(QDate(2026, 2, 1), 45);
    QCOMPARE(BudgetLedger::usedByMonth(policy, logs), expected);

    policy.setCountsLevel(ServiceLevel::OptionalL3, true);
    policy.setCountsLevel(ServiceLevel::L1, false);
    expected[s_first] = 120 + 240 + 480 + 30;
    expected.remove(QDate(2026, 2, 1));
    QCOMPARE(BudgetLedger::usedByMonth(policy, logs), expected);
}

void TestBudgetLedger::shouldCommitNothingBeforeTheStartMonth()
{
    BudgetPolicy policy(100 * 60);
    policy.setStartMonth(QDate(2026, 3, 17));
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 4, 1), usedFromHours({0, 10, 0, 0}));
    QCOMPARE(toHours(ledger, &LedgerMonth::committed), (Hours{0, 0, 100, 100}));
    QCOMPARE(toHours(ledger, &LedgerMonth::overrun), (Hours{0, 10, 0, 0}));
}

void TestBudgetLedger::shouldReturnNoMonthsForAnEmptyOrReversedRange()
{
    const BudgetPolicy policy(100 * 60);
    QVERIFY(
        BudgetLedger::compute(policy, QDate(2026, 5, 1), QDate(2026, 4, 30), QVector<Worklog>()).isEmpty());
    QVERIFY(BudgetLedger::compute(policy, QDate(), QDate(2026, 4, 30), QVector<Worklog>()).isEmpty());
    QCOMPARE(BudgetLedger::compute(policy, QDate(2026, 4, 30), QDate(2026, 4, 1), QVector<Worklog>())
                 .months()
                 .size(),
             1);
}

void TestBudgetLedger::shouldKeepTheFullCommitmentWithoutWorklogs()
{
    const BudgetPolicy policy(90 * 60, rule(RolloverRule::Carry::None, 0, 0, true));
    const BudgetLedger ledger = BudgetLedger::compute(policy, s_first, QDate(2026, 3, 1), QVector<Worklog>());
    QCOMPARE(toHours(ledger, &LedgerMonth::remaining), (Hours{90, 90, 90}));
    QCOMPARE(toHours(ledger, &LedgerMonth::used), (Hours{0, 0, 0}));
    QCOMPARE(toHours(ledger, &LedgerMonth::forfeited), (Hours{90, 90, 90}));
}

void TestBudgetLedger::shouldCapPercentCarryRoundingDown()
{
    // 33 % of 61 minutes is 20.13 minutes: 20 may be carried, never 21.
    const BudgetPolicy policy(61, rule(RolloverRule::Carry::UpToPercent, 33, 0, false));
    QMap<QDate, qint64> used;
    const BudgetLedger ledger = BudgetLedger::compute(policy, s_first, s_first, used);
    QCOMPARE(ledger.months().first().carriedOut, 20);
    QCOMPARE(ledger.months().first().forfeited, 41);
}

void TestBudgetLedger::shouldFindAMonthByAnyOfItsDays()
{
    const BudgetLedger ledger =
        BudgetLedger::compute(BudgetPolicy(60), s_first, QDate(2026, 3, 1), QVector<Worklog>());
    QVERIFY(ledger.month(QDate(2026, 2, 28)));
    QCOMPARE(ledger.month(QDate(2026, 2, 28))->month, QDate(2026, 2, 1));
    QVERIFY(!ledger.month(QDate(2026, 4, 1)));
}

void TestBudgetLedger::shouldTreatANegativeCommitmentAsNone()
{
    const BudgetPolicy policy(-600, rule(RolloverRule::Carry::UpToMinutes, 10, 0, true));
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 2, 1), usedFromHours({1, 0}));
    QCOMPARE(toHours(ledger, &LedgerMonth::committed), (Hours{0, 0}));
    QCOMPARE(toHours(ledger, &LedgerMonth::overrun), (Hours{1, 1})); // deducted again in February
    QCOMPARE(toHours(ledger, &LedgerMonth::remaining), (Hours{-1, -1}));
    QCOMPARE(toHours(ledger, &LedgerMonth::carriedOut), (Hours{0, 0}));
}

void TestBudgetLedger::shouldCountOnlyWhatWasKnownOnTheAsOfDateAndProjectTheRest()
{
    // GIVEN 100 h a month, up to 10 h carried, overruns deducted; January used 90 h; February has
    // 20 h on the 3rd and 30 h stored for the 20th; seen on 10 February with a forecast of 120 h.
    const BudgetPolicy policy(6000, rule(RolloverRule::Carry::UpToMinutes, 10, 0, true));
    const QVector<Worklog> logs = {log(QDate(2026, 1, 5), 5400, ServiceLevel::L1),
                                   log(QDate(2026, 2, 3), 1200, ServiceLevel::L3),
                                   log(QDate(2026, 2, 20), 1800, ServiceLevel::L3)};
    const QDate asOf(2026, 2, 10);
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 3, 1), logs, asOf, {{QDate(2026, 2, 1), 7200}});
    using E = LedgerEntry;
    using K = LedgerEntry::Kind;
    // THEN January is closed and final
    const LedgerMonth &jan = ledger.months().at(0);
    QCOMPARE(jan.state, LedgerMonth::State::Closed);
    QCOMPARE(jan.carriedOut, 600);
    QVERIFY(std::none_of(jan.explanation.cbegin(), jan.explanation.cend(),
                         [](const E &e) { return e.projected; }));
    // February counts only the 20 h dated up to the 10th; its month end is projected at 120 h
    const LedgerMonth &feb = ledger.months().at(1);
    QCOMPARE(feb.state, LedgerMonth::State::Open);
    QCOMPARE(feb.used, 1200);
    QCOMPARE(feb.remaining, 6600 - 1200);
    QCOMPARE(feb.overrun, 0);
    QCOMPARE(feb.projectedUsed, 7200);
    QCOMPARE(feb.projectedOverrun, 600);
    QCOMPARE(feb.explanation, (QVector<E>{{K::Committed, 6000, QDate(2026, 2, 1)},
                                          {K::CarriedIn, 600, s_first},
                                          {K::Used, 1200, QDate(2026, 2, 1)},
                                          {K::Overrun, 600, QDate(2026, 2, 1), true}}));
    // March has not started: the deduction and its own month end are provisional
    const LedgerMonth &mar = ledger.months().at(2);
    QCOMPARE(mar.state, LedgerMonth::State::NotStarted);
    QCOMPARE(mar.explanation, (QVector<E>{{K::Committed, 6000, QDate(2026, 3, 1)},
                                          {K::OverrunDeducted, 600, QDate(2026, 2, 1), true},
                                          {K::Used, 0, QDate(2026, 3, 1)},
                                          {K::CarriedOut, 600, QDate(2026, 3, 1), true},
                                          {K::Forfeited, 4800, QDate(2026, 3, 1), true}}));
    // AND seen after the end of February, everything stored counts and February is final
    const BudgetLedger later =
        BudgetLedger::compute(policy, s_first, QDate(2026, 3, 1), logs, QDate(2026, 3, 1));
    QCOMPARE(later.months().at(1).state, LedgerMonth::State::Closed);
    QCOMPARE(later.months().at(1).used, 3000);
    QCOMPARE(later.months().at(1).carriedOut, 600);
    QCOMPARE(later.months().at(1).forfeited, 3000);
    QCOMPARE(later.months().at(2).state, LedgerMonth::State::Open);
    // AND without an as-of date every month is closed, as before
    QCOMPARE(BudgetLedger::compute(policy, s_first, QDate(2026, 3, 1), logs, QDate()),
             BudgetLedger::compute(policy, s_first, QDate(2026, 3, 1), logs));
}

void TestBudgetLedger::shouldCloseTheLedgerAtTheEngagementsEnd()
{
    // GIVEN a contract ending on 28 February: 100 h a month, up to 10 h carried, no expiry
    Engagement e;
    e.start = QDate(2026, 1, 1);
    e.end = QDate(2026, 2, 28);
    e.committedMinutesPerMonth = 6000;
    BudgetPolicy policy(6000, rule(RolloverRule::Carry::UpToMinutes, 10, 0, true));
    policy.setContract(e);
    const QVector<Worklog> logs = {log(QDate(2026, 1, 15), 4800, ServiceLevel::L1),
                                   log(QDate(2026, 2, 2), 300, ServiceLevel::L1),
                                   log(QDate(2026, 3, 2), 180, ServiceLevel::L1)};
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 4, 1), logs, QDate(2026, 4, 20));
    using E = LedgerEntry;
    using K = LedgerEntry::Kind;
    // THEN February spends 5 h of January's 10 h; nothing carries past the end: the 5 h left expire
    // and February's own 100 h are forfeited (not paid out)
    const LedgerMonth &feb = ledger.months().at(1);
    QCOMPARE(feb.carriedIn, 600);
    QCOMPARE(feb.carriedOut, 0);
    QCOMPARE(feb.forfeited, 6000);
    QCOMPARE(feb.expiredAtEnd, 300);
    QCOMPARE(feb.explanation.constLast(), (E{K::ExpiredAtEnd, 300, s_first}));
    // AND March and April commit nothing, count nothing (the 3 h of March are outside the period)
    // and show the closing balance of February
    for (int i : {2, 3}) {
        const LedgerMonth &after = ledger.months().at(i);
        QCOMPARE(after.state, LedgerMonth::State::Ended);
        QCOMPARE(after.committed, 0);
        QCOMPARE(after.carriedIn, 0);
        QCOMPARE(after.overrunDeducted, 0);
        QCOMPARE(after.used, 0);
        QCOMPARE(after.explanation, (QVector<E>{{K::Ended, 0, QDate(2026, 2, 1)},
                                                {K::Used, 300, QDate(2026, 2, 1)},
                                                {K::Forfeited, 6000, QDate(2026, 2, 1)},
                                                {K::ExpiredAtEnd, 300, s_first}}));
    }
}

void TestBudgetLedger::shouldCountExpiryFromTheOriginMonth()
{
    // GIVEN 10 h a month unused and carried, expiring 2 months after the month they come from
    const BudgetPolicy policy(600, rule(RolloverRule::Carry::UpToMinutes, 10, 2, false));
    const BudgetLedger ledger =
        BudgetLedger::compute(policy, s_first, QDate(2026, 4, 1), QMap<QDate, qint64>());
    // THEN January's hours are usable in February and March and expire at the start of April,
    // although they were carried through March
    QCOMPARE(ledger.month(QDate(2026, 3, 1))->carriedIn, 1200);
    QCOMPARE(ledger.month(QDate(2026, 4, 1))->expired, 600);
    QCOMPARE(ledger.month(QDate(2026, 4, 1))->explanation.at(1),
             (LedgerEntry{LedgerEntry::Kind::Expired, 600, s_first}));
}

QTEST_GUILESS_MAIN(TestBudgetLedger)
#include "tst_budgetledger.moc"

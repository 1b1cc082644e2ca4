#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/engagement.h"

#include <QTest>

Q_DECLARE_METATYPE(Domain::Worklog)

using namespace Domain;

using Issues = QVector<BudgetIssue>;

namespace {
RolloverRule carry(RolloverRule::Carry kind, int minutes, int percent)
{
    RolloverRule r;
    r.carry = kind;
    r.capMinutes = minutes;
    r.capPercent = percent;
    return r;
}

Worklog log(ServiceLevel level, const QString &activity = {})
{
    Worklog w;
    w.serviceLevel = level;
    w.activity = activity;
    w.seconds = 3600;
    return w;
}
} // namespace

class TestBudgetPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCapWhatMayBeCarried_data();
    void shouldCapWhatMayBeCarried();
    void shouldOverrideTheCommitmentPerMonth();
    void shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault_data();
    void shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault();
    void shouldLetAnActivityRuleWinOverItsLevel();
    void shouldReportProblems_data();
    void shouldReportProblems();
    void shouldCompareByValue();
    void shouldCommitAPartialFirstAndLastMonthProRataByCalendarDays_data();
    void shouldCommitAPartialFirstAndLastMonthProRataByCalendarDays();
    void shouldTellWhereAWorklogStandsAgainstTheContract_data();
    void shouldTellWhereAWorklogStandsAgainstTheContract();
};

namespace {
/// A hand-made contract: 80 h a month from Saturday 10 January to 17 June 2026, Dev/QA/PM covered,
/// one optional service contracted.
Engagement contract(SupportModel model = SupportModel::FixedCapacity)
{
    Engagement e;
    e.key = QStringLiteral("MIDMONTH");
    e.model = model;
    e.start = QDate(2026, 1, 10);
    e.end = QDate(2026, 6, 17);
    e.committedMinutesPerMonth = 80 * 60;
    e.rolesCovered = {Role::Dev, Role::QA, Role::PM};
    e.optionalServices = {QStringLiteral("architecture-review")};
    return e;
}

Worklog dated(const QDate &date, std::optional<Role> role, ServiceLevel level, const QString &activity = {})
{
    Worklog w = log(level, activity);
    w.date = date;
    w.role = role;
    return w;
}
} // namespace

void TestBudgetPolicy::shouldCommitAPartialFirstAndLastMonthProRataByCalendarDays_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("override");
    QTest::addColumn<int>("committed");
    // 4800 × 22/31 = 3406.45 → 3406; 4800 × 17/30 = 2720 exactly.
    QTest::newRow("before the start month") << QDate(2025, 12, 1) << -1 << 0;
    QTest::newRow("start on the 10th: 22 of 31 days") << QDate(2026, 1, 20) << -1 << 3406;
    QTest::newRow("a whole month") << QDate(2026, 2, 1) << -1 << 4800;
    QTest::newRow("end on the 17th: 17 of 30 days") << QDate(2026, 6, 1) << -1 << 2720;
    QTest::newRow("after the end month") << QDate(2026, 7, 1) << -1 << 0;
    QTest::newRow("an override is taken as it is") << QDate(2026, 1, 1) << 3000 << 3000;
    QTest::newRow("no override after the end") << QDate(2026, 9, 1) << 3000 << 0;
}

void TestBudgetPolicy::shouldCommitAPartialFirstAndLastMonthProRataByCalendarDays()
{
    QFETCH(QDate, month);
    QFETCH(int, override);
    QFETCH(int, committed);
    BudgetPolicy policy(80 * 60);
    policy.setContract(contract());
    if (override >= 0)
        policy.setMonthlyBudget({month, override});
    QCOMPARE(policy.committedMinutes(month), committed);
    QCOMPARE(policy.endMonth(), QDate(2026, 6, 1));
}

void TestBudgetPolicy::shouldTellWhereAWorklogStandsAgainstTheContract_data()
{
    QTest::addColumn<Worklog>("worklog");
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("expected");
    const QDate inside(2026, 2, 3);
    const int fixed = int(SupportModel::FixedCapacity);
    QTest::newRow("the day before the start")
        << dated(QDate(2026, 1, 9), Role::Dev, ServiceLevel::L3) << fixed << int(BudgetClass::OutsidePeriod);
    QTest::newRow("the start date") << dated(QDate(2026, 1, 10), Role::Dev, ServiceLevel::L3) << fixed
                                    << int(BudgetClass::Counted);
    QTest::newRow("the end date") << dated(QDate(2026, 6, 17), Role::QA, ServiceLevel::L1) << fixed
                                  << int(BudgetClass::Counted);
    QTest::newRow("the day after the end")
        << dated(QDate(2026, 6, 18), Role::QA, ServiceLevel::L1) << fixed << int(BudgetClass::OutsidePeriod);
    QTest::newRow("Ops is not covered")
        << dated(inside, Role::Ops, ServiceLevel::L1) << fixed << int(BudgetClass::RoleNotCovered);
    QTest::newRow("a model covering all roles covers Ops")
        << dated(inside, Role::Ops, ServiceLevel::L1) << int(SupportModel::ManagedService)
        << int(BudgetClass::Counted);
    QTest::newRow("no role given counts")
        << dated(inside, std::nullopt, ServiceLevel::L2) << fixed << int(BudgetClass::Counted);
    QTest::newRow("an optional service not contracted")
        << dated(inside, Role::Dev, ServiceLevel::OptionalL3, QStringLiteral("strategic-advisory")) << fixed
        << int(BudgetClass::ServiceNotContracted);
    QTest::newRow("a contracted optional service counts")
        << dated(inside, Role::Dev, ServiceLevel::OptionalL3, QStringLiteral("architecture-review")) << fixed
        << int(BudgetClass::Counted);
    QTest::newRow("an activity rule bills it outside")
        << dated(inside, Role::Dev, ServiceLevel::L3, QStringLiteral("design-development")) << fixed
        << int(BudgetClass::BilledOutside);
}

void TestBudgetPolicy::shouldTellWhereAWorklogStandsAgainstTheContract()
{
    QFETCH(Worklog, worklog);
    QFETCH(int, model);
    QFETCH(int, expected);
    BudgetPolicy policy(80 * 60);
    policy.setContract(contract(SupportModel(model)));
    policy.setCountsActivity(QStringLiteral("design-development"), false);
    QCOMPARE(int(policy.classify(worklog)), expected);
    QCOMPARE(policy.counts(worklog), expected == int(BudgetClass::Counted));
    // Without the contract only the level and activity rules speak, as before.
    BudgetPolicy plain(80 * 60);
    QCOMPARE(plain.counts(worklog), worklog.serviceLevel != ServiceLevel::OptionalL3);
}

void TestBudgetPolicy::shouldCapWhatMayBeCarried_data()
{
    QTest::addColumn<RolloverRule>("rule");
    QTest::addColumn<int>("unused");
    QTest::addColumn<int>("committed");
    QTest::addColumn<int>("carryable");
    using C = RolloverRule::Carry;
    QTest::newRow("none") << carry(C::None, 600, 50) << 300 << 6000 << 0;
    QTest::newRow("below the minutes cap") << carry(C::UpToMinutes, 600, 0) << 300 << 6000 << 300;
    QTest::newRow("above the minutes cap") << carry(C::UpToMinutes, 600, 0) << 900 << 6000 << 600;
    QTest::newRow("percent of the commitment") << carry(C::UpToPercent, 0, 10) << 900 << 6000 << 600;
    QTest::newRow("percent above what is unused") << carry(C::UpToPercent, 0, 50) << 900 << 6000 << 900;
    QTest::newRow("percent rounds down") << carry(C::UpToPercent, 0, 10) << 900 << 6009 << 600;
    QTest::newRow("nothing unused") << carry(C::UpToMinutes, 600, 0) << 0 << 6000 << 0;
    QTest::newRow("an overrun carries nothing") << carry(C::UpToMinutes, 600, 0) << -60 << 6000 << 0;
    QTest::newRow("a negative cap carries nothing") << carry(C::UpToMinutes, -600, 0) << 900 << 6000 << 0;
    QTest::newRow("percent over 100 is held at 100") << carry(C::UpToPercent, 0, 150) << 9000 << 6000 << 6000;
}

void TestBudgetPolicy::shouldCapWhatMayBeCarried()
{
    QFETCH(RolloverRule, rule);
    QFETCH(int, unused);
    QFETCH(int, committed);
    QTEST(rule.carryableMinutes(unused, committed), "carryable");
}

void TestBudgetPolicy::shouldOverrideTheCommitmentPerMonth()
{
    BudgetPolicy policy(6000);
    policy.setStartMonth(QDate(2026, 2, 20));
    policy.setMonthlyBudget({QDate(2026, 4, 30), 9000});
    QCOMPARE(policy.committedMinutes(QDate(2026, 1, 31)), 0);
    QCOMPARE(policy.committedMinutes(QDate(2026, 2, 1)), 6000);
    QCOMPARE(policy.committedMinutes(QDate(2026, 4, 1)), 9000);
    QCOMPARE(policy.committedMinutes(QDate(2026, 5, 1)), 6000);
    QCOMPARE(policy.monthlyBudgets(), (QVector<MonthlyBudget>{{QDate(2026, 4, 1), 9000}}));
    policy.clearMonthlyBudget(QDate(2026, 4, 15));
    QCOMPARE(policy.committedMinutes(QDate(2026, 4, 1)), 6000);
    QCOMPARE(policy.committedMinutes(QDate()), 0);
}

void TestBudgetPolicy::shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("counts");
    QTest::newRow("L1") << int(ServiceLevel::L1) << true;
    QTest::newRow("L2") << int(ServiceLevel::L2) << true;
    QTest::newRow("L3") << int(ServiceLevel::L3) << true;
    QTest::newRow("optional services") << int(ServiceLevel::OptionalL3) << false;
}

void TestBudgetPolicy::shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault()
{
    QFETCH(int, level);
    QTEST(BudgetPolicy().counts(log(ServiceLevel(level))), "counts");
    QTEST(BudgetPolicy().countsLevel(ServiceLevel(level)), "counts");
}

void TestBudgetPolicy::shouldLetAnActivityRuleWinOverItsLevel()
{
    BudgetPolicy policy;
    policy.setCountsActivity(QStringLiteral("content-production"), true);
    policy.setCountsActivity(QStringLiteral("peak-support"), false);
    QVERIFY(policy.counts(log(ServiceLevel::OptionalL3, QStringLiteral("content-production"))));
    QVERIFY(!policy.counts(log(ServiceLevel::OptionalL3, QStringLiteral("strategic-advisory"))));
    QVERIFY(!policy.counts(log(ServiceLevel::L2, QStringLiteral("peak-support"))));
    QVERIFY(policy.counts(log(ServiceLevel::L2, QStringLiteral("problem-management"))));
    policy.clearActivityRule(QStringLiteral("peak-support"));
    QVERIFY(policy.counts(log(ServiceLevel::L2, QStringLiteral("peak-support"))));
    policy.setCountsLevel(ServiceLevel::L2, false);
    QVERIFY(!policy.counts(log(ServiceLevel::L2, QStringLiteral("peak-support"))));
}

void TestBudgetPolicy::shouldReportProblems_data()
{
    QTest::addColumn<BudgetPolicy>("policy");
    QTest::addColumn<Issues>("issues");

    QTest::newRow("valid") << BudgetPolicy(6000, carry(RolloverRule::Carry::UpToPercent, 0, 100)) << Issues{};
    QTest::newRow("negative default")
        << BudgetPolicy(-1) << Issues{{BudgetProblem::NegativeCommitted, QDate()}};
    QTest::newRow("absurd default") << BudgetPolicy(10 * 184 * 60 + 1)
                                    << Issues{{BudgetProblem::AbsurdCommitted, QDate()}};
    BudgetPolicy month(6000);
    month.setMonthlyBudget({QDate(2026, 3, 3), -60});
    QTest::newRow("negative month") << month << Issues{{BudgetProblem::NegativeCommitted, QDate(2026, 3, 1)}};
    BudgetPolicy early(6000);
    early.setStartMonth(QDate(2026, 3, 15));
    early.setMonthlyBudget({QDate(2026, 2, 3), 60});
    QTest::newRow("a month before the engagement started")
        << early << Issues{{BudgetProblem::MonthBeforeStart, QDate(2026, 2, 1)}};
    Engagement period;
    period.start = QDate(2026, 1, 10);
    period.end = QDate(2026, 6, 15);
    BudgetPolicy late(6000);
    late.setContract(period);
    late.setMonthlyBudget({QDate(2026, 6, 1), 60}); // the end's own month commits
    late.setMonthlyBudget({QDate(2026, 7, 1), 60});
    QTest::newRow("a month after the contract's end")
        << late << Issues{{BudgetProblem::MonthAfterEnd, QDate(2026, 7, 1)}};
    BudgetPolicy openEnded(6000);
    period.end = QDate();
    openEnded.setContract(period);
    openEnded.setMonthlyBudget({QDate(2030, 7, 1), 60});
    QTest::newRow("open-ended: any later month") << openEnded << Issues{};
    BudgetPolicy undated(6000);
    undated.setMonthlyBudget({QDate(), 60});
    QTest::newRow("an override without a month") << undated << Issues{{BudgetProblem::InvalidMonth, QDate()}};
    RolloverRule negative;
    negative.expiryMonths = -1;
    QTest::newRow("negative expiry") << BudgetPolicy(6000, negative)
                                     << Issues{{BudgetProblem::NegativeCap, QDate()}};
    QTest::newRow("carry over 100 %") << BudgetPolicy(6000, carry(RolloverRule::Carry::UpToPercent, 0, 101))
                                      << Issues{{BudgetProblem::CapPercentOver100, QDate()}};
}

void TestBudgetPolicy::shouldReportProblems()
{
    QFETCH(BudgetPolicy, policy);
    QTEST(policy.validate(), "issues");
}

void TestBudgetPolicy::shouldCompareByValue()
{
    BudgetPolicy a(6000);
    BudgetPolicy b(6000);
    QCOMPARE(a, b);
    b.setCountsLevel(ServiceLevel::OptionalL3, true);
    QVERIFY(a != b);
    b = a;
    b.setMonthlyBudget({QDate(2026, 1, 1), 6000});
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestBudgetPolicy)
#include "tst_budgetpolicy.moc"

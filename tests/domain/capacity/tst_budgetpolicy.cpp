#include "models/domain/capacity/budgetpolicy.h"

#include <QTest>

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

class tst_BudgetPolicy : public QObject
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
};

void tst_BudgetPolicy::shouldCapWhatMayBeCarried_data()
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

void tst_BudgetPolicy::shouldCapWhatMayBeCarried()
{
    QFETCH(RolloverRule, rule);
    QFETCH(int, unused);
    QFETCH(int, committed);
    QTEST(rule.carryableMinutes(unused, committed), "carryable");
}

void tst_BudgetPolicy::shouldOverrideTheCommitmentPerMonth()
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

void tst_BudgetPolicy::shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("counts");
    QTest::newRow("L1") << int(ServiceLevel::L1) << true;
    QTest::newRow("L2") << int(ServiceLevel::L2) << true;
    QTest::newRow("L3") << int(ServiceLevel::L3) << true;
    QTest::newRow("optional services") << int(ServiceLevel::OptionalL3) << false;
}

void tst_BudgetPolicy::shouldCountOperationsAndEnhancementsButNotOptionalServicesByDefault()
{
    QFETCH(int, level);
    QTEST(BudgetPolicy().counts(log(ServiceLevel(level))), "counts");
    QTEST(BudgetPolicy().countsLevel(ServiceLevel(level)), "counts");
}

void tst_BudgetPolicy::shouldLetAnActivityRuleWinOverItsLevel()
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

void tst_BudgetPolicy::shouldReportProblems_data()
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

void tst_BudgetPolicy::shouldReportProblems()
{
    QFETCH(BudgetPolicy, policy);
    QTEST(policy.validate(), "issues");
}

void tst_BudgetPolicy::shouldCompareByValue()
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

QTEST_GUILESS_MAIN(tst_BudgetPolicy)
#include "tst_budgetpolicy.moc"

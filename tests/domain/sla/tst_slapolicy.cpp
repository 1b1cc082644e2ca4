#include "models/domain/sla/slapolicy.h"

#include <QtTest>

using namespace Domain;

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldMatchPauseStatusesCaseInsensitively_data();
    void shouldMatchPauseStatusesCaseInsensitively();
    void shouldReportEveryProblem_data();
    void shouldReportEveryProblem();
    void shouldCompareByValue();
};

void TestSlaPolicy::shouldMatchPauseStatusesCaseInsensitively_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("pauses");
    QTest::addColumn<bool>("resolves");
    QTest::newRow("exact") << QStringLiteral("Waiting for customer") << true << false;
    QTest::newRow("other case") << QStringLiteral("WAITING FOR CUSTOMER") << true << false;
    QTest::newRow("surrounding blanks") << QStringLiteral("  awaiting user info ") << true << false;
    QTest::newRow("prefix only") << QStringLiteral("Waiting") << false << false;
    QTest::newRow("open status") << QStringLiteral("Active") << false << false;
    QTest::newRow("resolved") << QStringLiteral("resolved") << false << true;
    QTest::newRow("closed") << QStringLiteral("Closed") << false << true;
    QTest::newRow("empty") << QString() << false << false;
}

void TestSlaPolicy::shouldMatchPauseStatusesCaseInsensitively()
{
    QFETCH(QString, status);
    QFETCH(bool, pauses);
    QFETCH(bool, resolves);
    const SlaPolicy policy;
    QCOMPARE(policy.isPauseStatus(status), pauses);
    QCOMPARE(policy.isResolvedStatus(status), resolves);
}

void TestSlaPolicy::shouldReportEveryProblem_data()
{
    QTest::addColumn<SlaPolicy>("policy");
    QTest::addColumn<QVector<SlaPolicyProblem>>("problems");

    SlaPolicy valid;
    valid.effectiveFrom = QDate(2026, 1, 1);
    valid.target(1) = {30, 240, true, true, 0.8, 99.0};
    QTest::newRow("valid") << valid << QVector<SlaPolicyProblem>{};

    SlaPolicy p = valid;
    p.effectiveFrom = QDate();
    QTest::newRow("no effective date")
        << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::MissingEffectiveDate};
    p = valid;
    p.target(3).resolutionMinutes = -1;
    QTest::newRow("negative target") << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::NegativeTarget};
    p = valid;
    p.target(2).warningFraction = 0.0;
    QTest::newRow("warning zero") << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::WarningOutOfRange};
    p = valid;
    p.target(2).warningFraction = 1.01;
    QTest::newRow("warning above one") << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::WarningOutOfRange};
    p = valid;
    p.target(4).targetPercent = 100.5;
    QTest::newRow("percent above 100")
        << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::TargetPercentOutOfRange};
    p = valid;
    p.pauseStatuses.append(QStringLiteral("  "));
    QTest::newRow("blank status") << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::EmptyStatus};
    p = valid;
    p.pauseStatuses.append(QStringLiteral("closed"));
    QTest::newRow("pause and resolve")
        << p << QVector<SlaPolicyProblem>{SlaPolicyProblem::StatusPausesAndResolves};
    p.effectiveFrom = QDate();
    p.target(1).responseMinutes = -5;
    QTest::newRow("several in field order")
        << p
        << QVector<SlaPolicyProblem>{SlaPolicyProblem::MissingEffectiveDate, SlaPolicyProblem::NegativeTarget,
                                     SlaPolicyProblem::StatusPausesAndResolves};
}

void TestSlaPolicy::shouldReportEveryProblem()
{
    QFETCH(SlaPolicy, policy);
    QFETCH(QVector<SlaPolicyProblem>, problems);
    QCOMPARE(policy.validate(), problems);
    QCOMPARE(policy.isValid(), problems.isEmpty());
}

void TestSlaPolicy::shouldCompareByValue()
{
    SlaPolicy a;
    a.effectiveFrom = QDate(2026, 3, 1);
    SlaPolicy b = a;
    QCOMPARE(a, b);
    b.target(2).resolution24x7 = true;
    QVERIFY(a != b);
    b = a;
    b.resolvedStatuses.removeLast();
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"

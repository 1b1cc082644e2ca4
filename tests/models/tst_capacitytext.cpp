#include "models/capacitytext.h"
#include "models/domaintext.h"

#include <QSet>
#include <QtTest>

using Domain::LedgerEntry;
using Models::CapacityText;

class TestCapacityText : public QObject
{
    Q_OBJECT

    template<typename Enum, typename Text> void verifyDistinctText(int count, Text text)
    {
        QSet<QString> seen;
        for (int i = 0; i < count; ++i) {
            const QString words = text(static_cast<Enum>(i));
            QVERIFY2(!words.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(words), qPrintable(words));
            seen.insert(words);
        }
    }

private slots:
    void shouldNameEveryEnumValueDistinctly()
    {
        verifyDistinctText<LedgerEntry::Kind>(10, &CapacityText::ledgerEntryKind);
        verifyDistinctText<Domain::LedgerMonth::State>(4, &CapacityText::ledgerMonthState);
        verifyDistinctText<Domain::BudgetClass>(Domain::BudgetClassCount, &CapacityText::budgetClass);
        verifyDistinctText<Domain::BurnStatus>(4, &CapacityText::burnStatus);
        verifyDistinctText<Domain::AllocationWarning::Kind>(15, &CapacityText::allocationWarningKind);
        verifyDistinctText<Domain::AbsenceKind>(Domain::AbsenceKindCount, &CapacityText::absenceKind);
        verifyDistinctText<Domain::PersonProblem>(8, &CapacityText::personProblem);
        verifyDistinctText<Domain::BudgetProblem>(6, &CapacityText::budgetProblem);
        verifyDistinctText<Domain::WorklogProblem>(6, &CapacityText::worklogProblem);
    }

    void shouldExplainALedgerEntry_data()
    {
        QTest::addColumn<LedgerEntry>("entry");
        QTest::addColumn<QString>("text");
        QTest::newRow("carried in") << LedgerEntry{LedgerEntry::Kind::CarriedIn, 12 * 60, QDate(2026, 10, 1)}
                                    << QStringLiteral("+12 h carried from October 2026");
        QTest::newRow("expired") << LedgerEntry{LedgerEntry::Kind::Expired, 3 * 60, QDate(2026, 7, 1)}
                                 << QStringLiteral("3 h expired (from July 2026)");
        QTest::newRow("committed") << LedgerEntry{LedgerEntry::Kind::Committed, 80 * 60, QDate(2026, 11, 1)}
                                   << QStringLiteral("80 h committed for November 2026");
        QTest::newRow("deducted") << LedgerEntry{LedgerEntry::Kind::OverrunDeducted, 90, QDate(2026, 10, 1)}
                                  << QStringLiteral("−1.5 h deducted for the overrun in October 2026");
        QTest::newRow("used") << LedgerEntry{LedgerEntry::Kind::Used, 61 * 60, QDate(2026, 11, 1)}
                              << QStringLiteral("61 h used");
        QTest::newRow("forfeited") << LedgerEntry{LedgerEntry::Kind::Forfeited, 5 * 60, QDate(2026, 11, 1)}
                                   << QStringLiteral("5 h unused and forfeited");
    }

    void shouldExplainALedgerEntry()
    {
        QFETCH(LedgerEntry, entry);
        QFETCH(QString, text);
        QCOMPARE(CapacityText::ledgerEntry(entry), text);
    }

    void shouldLeaveEmptyCarryLinesOutOfAnExplanation()
    {
        Domain::LedgerMonth month;
        month.explanation = {{LedgerEntry::Kind::Committed, 4800, QDate(2026, 11, 1)},
                             {LedgerEntry::Kind::Used, 0, QDate(2026, 11, 1)},
                             {LedgerEntry::Kind::CarriedOut, 0, QDate(2026, 11, 1)},
                             {LedgerEntry::Kind::Forfeited, 600, QDate(2026, 11, 1)}};
        QCOMPARE(CapacityText::ledgerExplanation(month),
                 (QStringList{QStringLiteral("80 h committed for November 2026"), QStringLiteral("0 h used"),
                              QStringLiteral("10 h unused and forfeited")}));
    }

    void shouldSayWhatIsProjectedBeforeAMonthHasClosed()
    {
        // GIVEN November seen on the 4th: 20 h used so far, the forecast ends it with 10 h carried
        // and 30 h forfeited
        Domain::LedgerMonth month;
        month.month = QDate(2026, 11, 1);
        month.state = Domain::LedgerMonth::State::Open;
        month.explanation = {{LedgerEntry::Kind::Committed, 4800, QDate(2026, 11, 1)},
                             {LedgerEntry::Kind::Used, 1200, QDate(2026, 11, 1)},
                             {LedgerEntry::Kind::CarriedOut, 600, QDate(2026, 11, 1), true},
                             {LedgerEntry::Kind::Forfeited, 1800, QDate(2026, 11, 1), true}};
        // THEN the window says it is projected, in one line, and keeps final words out
        QCOMPARE(
            CapacityText::ledgerExplanation(month),
            (QStringList{
                QStringLiteral("80 h committed for November 2026"), QStringLiteral("20 h used so far"),
                QStringLiteral("If the forecast holds: 10 h (from November 2026) carried, 30 h forfeited")}));
        QCOMPARE(CapacityText::ledgerEntry(month.explanation.at(3)),
                 QStringLiteral("if the forecast holds: 30 h unused and forfeited"));
        // AND once closed, the same figures are final
        month.state = Domain::LedgerMonth::State::Closed;
        for (LedgerEntry &entry : month.explanation)
            entry.projected = false;
        QCOMPARE(CapacityText::ledgerExplanation(month).constLast(),
                 QStringLiteral("30 h unused and forfeited"));
    }

    void shouldNameWorkOutsideTheContract()
    {
        Domain::BudgetSplit split;
        split.minutes[size_t(Domain::BudgetClass::RoleNotCovered)] = 180;
        split.minutes[size_t(Domain::BudgetClass::ServiceNotContracted)] = 90;
        split.minutes[size_t(Domain::BudgetClass::BilledOutside)] = 30;
        split.byRole.insert(Domain::Role::Ops, 180);
        split.byService.insert(QStringLiteral("strategic-advisory"), 90);
        const QStringList lines = CapacityText::budgetSplit(split);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Outside the contract: 4.5 h (")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(QStringLiteral("3 h by ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(QStringLiteral("1.5 h on ")), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), QStringLiteral("Billed outside the budget by the contract's rules: 0.5 h"));
        QVERIFY(CapacityText::budgetSplit(Domain::BudgetSplit()).isEmpty());
    }

    void shouldRoundHoursHalfUpToATenth_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("9 min is a tie: 0.15 h") << 9 << QStringLiteral("0.2 h");
        QTest::newRow("3 min is a tie: 0.05 h") << 3 << QStringLiteral("0.1 h");
        QTest::newRow("2 min") << 2 << QStringLiteral("0.0 h");
        QTest::newRow("87 min is a tie: 1.45 h") << 87 << QStringLiteral("1.5 h");
        QTest::newRow("a whole hour") << 120 << QStringLiteral("2 h");
    }

    void shouldRoundHoursHalfUpToATenth()
    {
        QFETCH(int, minutes);
        QFETCH(QString, text);
        QCOMPARE(Models::DomainText::hours(minutes), text);
    }

    void shouldPutTheFiguresIntoAWarning()
    {
        Domain::AllocationWarning over{Domain::AllocationWarning::Kind::PersonOverbooked,
                                       QStringLiteral("Anna"),
                                       {},
                                       QDate(2026, 12, 1),
                                       190 * 60,
                                       152 * 60,
                                       Domain::Role::Dev};
        QCOMPARE(CapacityText::allocationWarning(over),
                 QStringLiteral("Anna is allocated 190 h of 152 h capacity in December 2026"));
        Domain::AllocationWarning role{Domain::AllocationWarning::Kind::RequiredRoleMissing,
                                       {},
                                       QStringLiteral("NORD"),
                                       QDate(2026, 12, 1),
                                       0,
                                       0,
                                       Domain::Role::QA};
        const QString text = CapacityText::allocationWarning(role);
        // "needs a Operations" read wrong for the roles that are not a person's title
        QVERIFY2(text.startsWith(QStringLiteral("NORD needs the role ")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" but nobody in that role is allocated in December 2026")),
                 qPrintable(text));
    }

    void shouldWriteEveryWarningKindWithItsSubject()
    {
        for (int i = 0; i < 14; ++i) {
            Domain::AllocationWarning w{static_cast<Domain::AllocationWarning::Kind>(i),
                                        QStringLiteral("Bo"),
                                        QStringLiteral("NORD"),
                                        QDate(2026, 3, 1),
                                        60,
                                        120,
                                        Domain::Role::Ops};
            const QString text = CapacityText::allocationWarning(w);
            QVERIFY2(text.contains(QStringLiteral("Bo")) || text.contains(QStringLiteral("NORD")),
                     qPrintable(text));
        }
    }

    void shouldNameTheAbsenceAndTheEntry()
    {
        QCOMPARE(CapacityText::personIssue({Domain::PersonProblem::OverlappingAbsences, 1}),
                 QStringLiteral("Absence 2: The absence overlaps another absence"));
        QCOMPARE(CapacityText::personIssue({Domain::PersonProblem::MissingName, -1}),
                 QStringLiteral("Enter a name"));
        const Domain::WorklogIssue issue{Domain::WorklogProblem::PersonDayOverADay,
                                         4,
                                         QStringLiteral("Bo"),
                                         QDate(2026, 3, 2),
                                         30 * 60,
                                         24 * 60};
        QCOMPARE(CapacityText::worklogIssue(issue),
                 QStringLiteral(
                     "Entry 5, Bo, 2026-03-02, 30 h: More than 24 hours logged by one person on one day"));
        QCOMPARE(CapacityText::budgetIssue({Domain::BudgetProblem::MonthBeforeStart, QDate(2025, 12, 1)}),
                 QStringLiteral("December 2025: A monthly budget lies before the engagement started"));
        QCOMPARE(CapacityText::budgetIssue({Domain::BudgetProblem::MonthAfterEnd, QDate(2027, 1, 1)}),
                 QStringLiteral("January 2027: A monthly budget lies after the engagement's end"));
    }

    void shouldSayWhatCountsAsThePolicySaysIt()
    {
        // The library's rules: one sentence, as before.
        Domain::BudgetPolicy policy(4800);
        const QStringList standard = CapacityText::countingRules(policy);
        QCOMPARE(standard.size(), 1);
        QVERIFY(standard.at(0).startsWith(
            QLatin1String("Counts against the budget: worklogs dated up to today in "
                          "the contract period, L1, L2 and L3 work and the "
                          "contracted optional services.")));
        QCOMPARE(CapacityText::budgetRules(policy).first(), standard.first());

        policy.setCountsLevel(Domain::ServiceLevel::L3, false);
        policy.setCountsActivity(QStringLiteral("platform-upgrades"), false);
        policy.setCountsActivity(QStringLiteral("incident-management"), true);
        policy.setCountsActivity(QStringLiteral("zz-custom"), false);
        QCOMPARE(CapacityText::countingRules(policy),
                 QStringList(
                     {QStringLiteral("Counts against the budget: worklogs dated up to today in the contract "
                                     "period, L1 and L2 work and the contracted optional services."),
                      QStringLiteral("L3 work is billed outside the budget."),
                      QStringLiteral("Optional services not contracted, roles the contract does not cover "
                                     "and work before the start or after the end are outside the contract "
                                     "and shown apart."),
                      QStringLiteral("Incident management counts against the budget, whatever its level."),
                      QStringLiteral("Platform upgrades is billed outside the budget."),
                      QStringLiteral("zz-custom is billed outside the budget.")}));

        for (const Domain::ServiceLevel level : {Domain::ServiceLevel::L1, Domain::ServiceLevel::L2})
            policy.setCountsLevel(level, false);
        QCOMPARE(
            CapacityText::countingRules(policy).at(0),
            QStringLiteral("Counts against the budget: worklogs dated up to today in the contract period on "
                           "the contracted optional services."));
        QCOMPARE(CapacityText::countingRules(policy).at(1),
                 QStringLiteral("L1, L2 and L3 work is billed outside the budget."));
    }
};

QTEST_GUILESS_MAIN(TestCapacityText)
#include "tst_capacitytext.moc"

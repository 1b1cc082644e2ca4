#include "models/domain/capacity/allocationplan.h"

#include <QTest>

using namespace Domain;

using Allocations = QVector<Allocation>;
using Engagements = QVector<Engagement>;
using Warnings = QVector<AllocationWarning>;
using K = AllocationWarning::Kind;

namespace {
const QDate s_june(2026, 6, 1);
const qint64 s_fullJune = 22 * 480; // 22 weekdays × 8 h

Person person(const QString &name, Role role)
{
    Person p;
    p.name = name;
    p.role = role;
    return p;
}

QVector<Person> people()
{
    Person flagged = person(QStringLiteral("Fia"), Role::Dev);
    flagged.onCall = true;
    Person leaver = person(QStringLiteral("Dan"), Role::SA);
    leaver.end = QDate(2026, 5, 31);
    Person starter = person(QStringLiteral("Ivo"), Role::Dev);
    starter.start = QDate(2026, 7, 1);
    return {person(QStringLiteral("Anna"), Role::Dev),
            person(QStringLiteral("Bo"), Role::QA),
            person(QStringLiteral("Cia"), Role::Ops),
            leaver,
            person(QStringLiteral("Eva"), Role::PM),
            flagged,
            person(QStringLiteral("Gus"), Role::SA),
            person(QStringLiteral("Hal"), Role::RM),
            starter};
}

Engagement engagement(const QString &key, SupportModel model, int committedHours = 0, bool sev1 = false,
                      const QDate &start = QDate(2025, 1, 1))
{
    Engagement e;
    e.key = key;
    e.client = key;
    e.model = model;
    e.committedMinutesPerMonth = committedHours * 60;
    e.severity1Cover24x7 = sev1;
    e.start = start;
    return e;
}

Allocation alloc(const QString &person, const QString &key, int minutes, const QDate &month = s_june)
{
    return {person, key, month, minutes};
}

AllocationWarning warn(K kind, const QString &person, const QString &key, qint64 value = 0, qint64 limit = 0,
                       std::optional<Role> role = std::nullopt)
{
    return {kind, person, key, s_june, value, limit, role};
}
} // namespace

class TestAllocationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWarnAboutThePlan_data();
    void shouldWarnAboutThePlan();
    void shouldSumLoadsPerPersonAndEngagement();
    void shouldUseEachPersonsOwnCalendar();
    void shouldTakeCommittedHoursFromTheBudgetPolicy();
    void shouldRequireTheRolesTheModelCovers_data();
    void shouldRequireTheRolesTheModelCovers();
    void shouldComparePlannedWithActual();
    void shouldFlagDuplicatesAndErrorsInAnyMonth();
    void shouldCopyTheMonthBeforeLeavingOutWhatCannotBeAllocated();
    void shouldFillRightOnlyWhileThePairCanBeAllocated_data();
    void shouldFillRightOnlyWhileThePairCanBeAllocated();
};

void TestAllocationPlan::shouldWarnAboutThePlan_data()
{
    QTest::addColumn<Engagements>("engagements");
    QTest::addColumn<Allocations>("allocations");
    QTest::addColumn<Warnings>("expected");

    const QString nord = QStringLiteral("NORD");
    const QString south = QStringLiteral("SOUTH");
    const QString anna = QStringLiteral("Anna");
    const Engagement fixed = engagement(nord, SupportModel::FixedCapacity, 100);

    QTest::newRow("empty plan") << Engagements{} << Allocations{} << Warnings{};
    QTest::newRow("a well-allocated fixed-capacity engagement")
        << Engagements{fixed} << Allocations{alloc(anna, nord, 6000)} << Warnings{};
    QTest::newRow("a person over 100 %")
        << Engagements{fixed, engagement(south, SupportModel::FixedCapacity, 100)}
        << Allocations{alloc(anna, nord, 6000), alloc(anna, south, 6000)}
        << Warnings{warn(K::PersonOverbooked, anna, {}, 12000, s_fullJune, Role::Dev)};
    QTest::newRow("exactly 100 % is fine") << Engagements{engagement(nord, SupportModel::FixedCapacity, 176)}
                                           << Allocations{alloc(anna, nord, 10560)} << Warnings{};
    QTest::newRow("an engagement below its committed hours")
        << Engagements{fixed} << Allocations{alloc(anna, nord, 3000), alloc(QStringLiteral("Bo"), nord, 2999)}
        << Warnings{warn(K::EngagementUnderAllocated, {}, nord, 5999, 6000)};
    QTest::newRow("an engagement with no allocation at all")
        << Engagements{fixed} << Allocations{}
        << Warnings{warn(K::EngagementUnderAllocated, {}, nord, 0, 6000)};
    QTest::newRow("24x7 severity 1 without anyone on call")
        << Engagements{engagement(nord, SupportModel::SlaHotfix, 0, true)}
        << Allocations{alloc(anna, nord, 3000)} << Warnings{warn(K::NoOnCallCover, {}, nord)};
    QTest::newRow("24x7 severity 1 covered by Ops")
        << Engagements{engagement(nord, SupportModel::SlaHotfix, 0, true)}
        << Allocations{alloc(anna, nord, 3000), alloc(QStringLiteral("Cia"), nord, 600)} << Warnings{};
    QTest::newRow("24x7 severity 1 covered by someone flagged on call")
        << Engagements{engagement(nord, SupportModel::SlaHotfix, 0, true)}
        << Allocations{alloc(QStringLiteral("Fia"), nord, 600)} << Warnings{};
    QTest::newRow("an on-call person allocated zero minutes does not cover")
        << Engagements{engagement(nord, SupportModel::SlaHotfix, 0, true)}
        << Allocations{alloc(anna, nord, 600), alloc(QStringLiteral("Cia"), nord, 0)}
        << Warnings{warn(K::NoOnCallCover, {}, nord)};
    QTest::newRow("roles the dedicated model requires")
        << Engagements{engagement(nord, SupportModel::SlaCriticalDedicated)}
        << Allocations{alloc(anna, nord, 600), alloc(QStringLiteral("Bo"), nord, 600),
                       alloc(QStringLiteral("Cia"), nord, 600), alloc(QStringLiteral("Eva"), nord, 600)}
        << Warnings{warn(K::RequiredRoleMissing, {}, nord, 0, 0, Role::SA),
                    warn(K::RequiredRoleMissing, {}, nord, 0, 0, Role::RM)};
    QTest::newRow("a managed service needs on-call cover by its model")
        << Engagements{engagement(nord, SupportModel::ManagedService)}
        << Allocations{alloc(anna, nord, 600), alloc(QStringLiteral("Bo"), nord, 600),
                       alloc(QStringLiteral("Gus"), nord, 600), alloc(QStringLiteral("Eva"), nord, 600),
                       alloc(QStringLiteral("Hal"), nord, 600)}
        << Warnings{warn(K::NoOnCallCover, {}, nord),
                    warn(K::RequiredRoleMissing, {}, nord, 0, 0, Role::Ops)};
    Engagement devAndOps = engagement(nord, SupportModel::SlaHotfix, 0, true);
    devAndOps.rolesCovered = {Role::Dev};
    QTest::newRow("an Ops allocation on a contract that covers only Dev is outside the contract")
        << Engagements{devAndOps}
        << Allocations{alloc(anna, nord, 600), alloc(QStringLiteral("Cia"), nord, 300)}
        << Warnings{warn(K::RoleNotCovered, QStringLiteral("Cia"), nord, 300, 0, Role::Ops)};
    QTest::newRow("someone who has left")
        << Engagements{engagement(nord, SupportModel::SlaHotfix)}
        << Allocations{alloc(QStringLiteral("Dan"), nord, 600)}
        << Warnings{warn(K::PersonHasLeft, QStringLiteral("Dan"), nord, 0),
                    warn(K::PersonOverbooked, QStringLiteral("Dan"), {}, 600, 0, Role::SA)};
    QTest::newRow("someone who has not started")
        << Engagements{engagement(nord, SupportModel::SlaHotfix)}
        << Allocations{alloc(QStringLiteral("Ivo"), nord, 600)}
        << Warnings{warn(K::PersonNotStarted, QStringLiteral("Ivo"), nord, 0),
                    warn(K::PersonOverbooked, QStringLiteral("Ivo"), {}, 600, 0, Role::Dev)};
    QTest::newRow("a month before the engagement started")
        << Engagements{engagement(nord, SupportModel::FixedCapacity, 100, false, QDate(2026, 7, 15))}
        << Allocations{alloc(anna, nord, 600)} << Warnings{warn(K::EngagementNotStarted, anna, nord)};
    Engagement ended = fixed;
    ended.end = QDate(2026, 5, 31);
    QTest::newRow("a month after the engagement ended")
        << Engagements{ended} << Allocations{alloc(anna, nord, 600)}
        << Warnings{warn(K::EngagementEnded, anna, nord)};
    QTest::newRow("negative minutes")
        << Engagements{engagement(nord, SupportModel::SlaHotfix)} << Allocations{alloc(anna, nord, -60)}
        << Warnings{warn(K::NegativeMinutes, anna, nord, -60)};
    QTest::newRow("more than 24 hours a day")
        << Engagements{engagement(nord, SupportModel::SlaHotfix)}
        << Allocations{alloc(anna, nord, 30 * 30 * 60)}
        << Warnings{warn(K::AbsurdMinutes, anna, nord, 54000, 43200),
                    warn(K::PersonOverbooked, anna, {}, 54000, s_fullJune, Role::Dev)};
    QTest::newRow("an unknown person and engagement")
        << Engagements{} << Allocations{alloc(QStringLiteral("Zed"), QStringLiteral("NOPE"), 60)}
        << Warnings{warn(K::UnknownPerson, QStringLiteral("Zed"), QStringLiteral("NOPE"), 0),
                    warn(K::UnknownEngagement, QStringLiteral("Zed"), QStringLiteral("NOPE"), 0)};
    QTest::newRow("other months do not count")
        << Engagements{engagement(nord, SupportModel::SlaHotfix, 0, true)}
        << Allocations{alloc(QStringLiteral("Cia"), nord, 600, QDate(2026, 5, 1)),
                       alloc(anna, nord, 60000, QDate(2026, 7, 1)), alloc(anna, nord, 60)}
        << Warnings{warn(K::NoOnCallCover, {}, nord)};
}

void TestAllocationPlan::shouldWarnAboutThePlan()
{
    QFETCH(Engagements, engagements);
    QFETCH(Allocations, allocations);
    QFETCH(Warnings, expected);

    const AllocationPlan plan(people(), engagements, allocations);
    const Warnings warnings = plan.check(QDate(2026, 6, 17));
    QCOMPARE(warnings, expected);
    for (const AllocationWarning &w : warnings)
        QCOMPARE(w.isError(), w.kind > K::RequiredRoleMissing);
}

void TestAllocationPlan::shouldSumLoadsPerPersonAndEngagement()
{
    const AllocationPlan plan(
        {person(QStringLiteral("Anna"), Role::Dev), person(QStringLiteral("Bo"), Role::QA)},
        {engagement(QStringLiteral("A"), SupportModel::SlaHotfix),
         engagement(QStringLiteral("B"), SupportModel::SlaHotfix)},
        {alloc(QStringLiteral("Anna"), QStringLiteral("A"), 2640),
         alloc(QStringLiteral("Anna"), QStringLiteral("B"), 2640),
         alloc(QStringLiteral("Anna"), QStringLiteral("B"), 60, QDate(2026, 7, 1))});
    const QVector<PersonMonthLoad> loads = plan.loads(s_june);
    QCOMPARE(loads.size(), 2);
    QCOMPARE(loads.at(0).allocated, 5280);
    QCOMPARE(loads.at(0).byEngagement.value(QStringLiteral("B")), 2640);
    QCOMPARE(loads.at(0).loadPercent(), 50.0);
    QCOMPARE(loads.at(1).allocated, 0);
    QCOMPARE(loads.at(1).loadPercent(), 0.0);
    QCOMPARE(loads.at(1).capacity.capacityMinutes, s_fullJune);
}

void TestAllocationPlan::shouldUseEachPersonsOwnCalendar()
{
    AllocationPlan plan({person(QStringLiteral("Anna"), Role::Dev), person(QStringLiteral("Ola"), Role::Dev)},
                        {}, {});
    plan.setWorkingDaysFor(QStringLiteral("Ola"), WorkingDays::weekdaysExcept({QDate(2026, 6, 19)}));
    QCOMPARE(plan.capacity(QStringLiteral("Anna"), s_june).capacityMinutes, s_fullJune);
    QCOMPARE(plan.capacity(QStringLiteral("Ola"), s_june).capacityMinutes, s_fullJune - 480);
    QCOMPARE(plan.capacity(QStringLiteral("Nobody"), s_june).capacityMinutes, 0);
}

void TestAllocationPlan::shouldTakeCommittedHoursFromTheBudgetPolicy()
{
    AllocationPlan plan(people(), {engagement(QStringLiteral("NORD"), SupportModel::FixedCapacity, 100)},
                        {alloc(QStringLiteral("Anna"), QStringLiteral("NORD"), 6000)});
    QVERIFY(plan.check(s_june).isEmpty());
    BudgetPolicy policy(100 * 60);
    policy.setMonthlyBudget({s_june, 120 * 60});
    plan.setBudgetPolicy(QStringLiteral("NORD"), policy);
    QCOMPARE(plan.committedMinutes(QStringLiteral("NORD"), s_june), 7200);
    QCOMPARE(plan.check(s_june),
             (Warnings{warn(K::EngagementUnderAllocated, {}, QStringLiteral("NORD"), 6000, 7200)}));
}

void TestAllocationPlan::shouldRequireTheRolesTheModelCovers_data()
{
    QTest::addColumn<Engagement>("engagement");
    QTest::addColumn<QVector<Role>>("roles");
    QTest::addColumn<bool>("onCall");

    Engagement fixed = engagement(QStringLiteral("A"), SupportModel::FixedCapacity);
    QTest::newRow("fixed capacity requires none") << fixed << QVector<Role>{} << false;
    fixed.rolesCovered = {Role::QA, Role::Dev};
    QTest::newRow("fixed capacity requires what it covers")
        << fixed << QVector<Role>{Role::Dev, Role::QA} << false;
    QTest::newRow("sla hotfix with 24x7")
        << engagement(QStringLiteral("A"), SupportModel::SlaHotfix, 0, true) << QVector<Role>{} << true;
    QTest::newRow("dedicated requires all roles")
        << engagement(QStringLiteral("A"), SupportModel::SlaCriticalDedicated) << allRoles() << false;
    QTest::newRow("managed service requires all roles and on-call")
        << engagement(QStringLiteral("A"), SupportModel::ManagedService) << allRoles() << true;
}

void TestAllocationPlan::shouldRequireTheRolesTheModelCovers()
{
    QFETCH(Engagement, engagement);
    QTEST(AllocationPlan::requiredRoles(engagement), "roles");
    QTEST(AllocationPlan::needsOnCall(engagement), "onCall");
}

void TestAllocationPlan::shouldComparePlannedWithActual()
{
    const AllocationPlan plan(people(), {},
                              {alloc(QStringLiteral("Bo"), QStringLiteral("B"), 600),
                               alloc(QStringLiteral("Anna"), QStringLiteral("A"), 1200),
                               alloc(QStringLiteral("Anna"), QStringLiteral("A"), 999, QDate(2026, 5, 1))});
    auto log = [](const QString &who, const QDate &date, int minutes) {
        Worklog w;
        w.person = who;
        w.date = date;
        w.seconds = qint64(minutes) * 60;
        return w;
    };
    QHash<QString, QVector<Worklog>> logs;
    logs.insert(QStringLiteral("A"), {log(QStringLiteral("Anna"), QDate(2026, 6, 2), 300),
                                      log(QStringLiteral("Anna"), QDate(2026, 6, 30), 400),
                                      log(QStringLiteral("Anna"), QDate(2026, 7, 1), 999),
                                      log(QStringLiteral("Cia"), QDate(2026, 6, 3), 90)});
    const QVector<PlannedVsActual> expected = {
        {QStringLiteral("Anna"), QStringLiteral("A"), s_june, 1200, 700},
        {QStringLiteral("Bo"), QStringLiteral("B"), s_june, 600, 0},
        {QStringLiteral("Cia"), QStringLiteral("A"), s_june, 0, 90},
    };
    QCOMPARE(plan.plannedVsActual(s_june, logs), expected);
    QVERIFY(AllocationPlan().plannedVsActual(s_june, {}).isEmpty());
}

void TestAllocationPlan::shouldFlagDuplicatesAndErrorsInAnyMonth()
{
    const AllocationPlan plan(people(), {engagement(QStringLiteral("A"), SupportModel::SlaHotfix)},
                              {alloc(QStringLiteral("Anna"), QStringLiteral("A"), 60, QDate(2026, 3, 1)),
                               alloc(QStringLiteral("Anna"), QStringLiteral("A"), 90, QDate(2026, 3, 31)),
                               alloc(QStringLiteral("Bo"), QStringLiteral("A"), -1, QDate(2027, 1, 1)),
                               alloc(QStringLiteral("Bo"), QStringLiteral("A"), 10, QDate())});
    const Warnings expected = {
        {K::DuplicateAllocation, QStringLiteral("Anna"), QStringLiteral("A"), QDate(2026, 3, 1), 90, 0,
         std::nullopt},
        {K::NegativeMinutes, QStringLiteral("Bo"), QStringLiteral("A"), QDate(2027, 1, 1), -1, 0,
         std::nullopt},
        {K::InvalidMonth, QStringLiteral("Bo"), QStringLiteral("A"), QDate(), 0, 0, std::nullopt},
    };
    QCOMPARE(plan.validate(), expected);
    QVERIFY(plan.check(QDate()).isEmpty());
}

void TestAllocationPlan::shouldCopyTheMonthBeforeLeavingOutWhatCannotBeAllocated()
{
    Engagement ending = engagement(QStringLiteral("END"), SupportModel::SlaHotfix);
    ending.end = QDate(2026, 6, 30);
    const QDate may(2026, 5, 1);
    const AllocationPlan plan(people(), {engagement(QStringLiteral("A"), SupportModel::SlaHotfix), ending},
                              {alloc(QStringLiteral("Anna"), QStringLiteral("A"), 600, may),
                               alloc(QStringLiteral("Bo"), QStringLiteral("A"), 700, may),
                               alloc(QStringLiteral("Dan"), QStringLiteral("A"), 800, may), // left end of May
                               alloc(QStringLiteral("Cia"), QStringLiteral("END"), 900, may),
                               alloc(QStringLiteral("Bo"), QStringLiteral("A"), 60)}); // June already planned
    QCOMPARE(plan.copyMonth(may, s_june),
             (Allocations{alloc(QStringLiteral("Anna"), QStringLiteral("A"), 600),
                          alloc(QStringLiteral("Cia"), QStringLiteral("END"), 900)}));
    QCOMPARE(plan.copyMonth(may, QDate(2026, 7, 1)),
             (Allocations{alloc(QStringLiteral("Anna"), QStringLiteral("A"), 600, QDate(2026, 7, 1)),
                          alloc(QStringLiteral("Bo"), QStringLiteral("A"), 700, QDate(2026, 7, 1))}));
    QVERIFY(plan.copyMonth(QDate(2026, 1, 1), s_june).isEmpty());
}

void TestAllocationPlan::shouldFillRightOnlyWhileThePairCanBeAllocated_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("months");
    QTest::addColumn<QVector<QDate>>("filled");
    QTest::newRow("three months") << QStringLiteral("Anna") << 3
                                  << QVector<QDate>{QDate(2026, 7, 1), QDate(2026, 8, 1), QDate(2026, 9, 1)};
    QTest::newRow("stops when the engagement ends")
        << QStringLiteral("Anna") << 6
        << QVector<QDate>{QDate(2026, 7, 1), QDate(2026, 8, 1), QDate(2026, 9, 1)};
    QTest::newRow("nobody who has left") << QStringLiteral("Dan") << 3 << QVector<QDate>{};
    QTest::newRow("zero months") << QStringLiteral("Anna") << 0 << QVector<QDate>{};
}

void TestAllocationPlan::shouldFillRightOnlyWhileThePairCanBeAllocated()
{
    QFETCH(QString, person);
    QFETCH(int, months);
    QFETCH(QVector<QDate>, filled);
    Engagement e = engagement(QStringLiteral("A"), SupportModel::SlaHotfix);
    e.end = QDate(2026, 9, 15);
    const AllocationPlan plan(people(), {e}, {});
    Allocations expected;
    for (const QDate &m : filled)
        expected.append(alloc(person, QStringLiteral("A"), 480, m));
    QCOMPARE(plan.fillRight(alloc(person, QStringLiteral("A"), 480), months), expected);
}

QTEST_GUILESS_MAIN(TestAllocationPlan)
#include "tst_allocationplan.moc"

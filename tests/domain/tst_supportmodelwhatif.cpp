#include "models/domain/supportmodelwhatif.h"

#include <QDateTime>
#include <QtTest>

using namespace Domain;

// A hand-made engagement of two months (January and February 2026, UTC, Monday–Friday 09–17,
// 10 h committed per month) whose answers under each model are worked out by hand in the comments.
namespace {

qint64 utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

Worklog worklog(const char *date, std::optional<Role> role, ServiceLevel level, double hours,
                const char *ticket = "")
{
    Worklog w;
    w.sourceKey = QLatin1String(date) + QString::number(hours);
    w.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    w.person = QStringLiteral("someone");
    w.role = role;
    w.serviceLevel = level;
    w.seconds = qint64(hours * 3600);
    w.ticketKey = QLatin1String(ticket);
    return w;
}

Ticket ticket(const char *key, TicketKind kind, int severity, const char *created, const char *response,
              const char *resolved)
{
    Ticket t;
    t.key = QLatin1String(key);
    t.kind = kind;
    t.severity = severity;
    t.created = utc(created);
    if (*response)
        t.firstResponse = utc(response);
    if (*resolved) {
        t.resolved = utc(resolved);
        t.status = QStringLiteral("Resolved");
    } else {
        t.status = QStringLiteral("In Progress");
    }
    return t;
}

SlaPolicyHistory policy()
{
    SlaPolicy p;
    p.effectiveFrom = QDate(2025, 1, 1);
    p.target(1) = {30, 240, false, false, 0.75, 95.0};
    p.target(2) = {60, 480, false, false, 0.75, 95.0};
    p.target(3) = {240, 2400, false, false, 0.75, 95.0};
    p.target(4) = {0, 0, false, false, 0.75, 95.0};
    SlaPolicyHistory h;
    h.addVersion(p);
    return h;
}

WhatIfInput input(bool cover24x7)
{
    WhatIfInput in;
    in.engagement.key = QStringLiteral("HAND");
    in.engagement.timeZone = "UTC";
    in.engagement.rolesCovered = {Role::Dev, Role::Ops};
    in.engagement.severity1Cover24x7 = cover24x7;
    in.firstMonth = QDate(2026, 1, 1);
    in.lastMonth = QDate(2026, 2, 1);
    in.calendar.setTimeZone("UTC");
    for (Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        in.calendar.setWeekHours(day, {WorkInterval{9 * 60, 17 * 60}});
    in.budget = BudgetPolicy(10 * 60);
    in.allocatedMinutes.insert(QDate(2026, 1, 1), 99 * 60); // ignored: the budget commits hours
    for (auto &p : in.policies)
        p = policy();
    in.worklogs = {
        worklog("2026-01-12", Role::Dev, ServiceLevel::L1, 2, "T1"),
        worklog("2026-01-10", Role::Ops, ServiceLevel::L1, 3, "T1"), // a Saturday, on the severity-1 ticket
        worklog("2026-01-12", Role::Dev, ServiceLevel::L3, 8),
        worklog("2026-01-13", Role::QA, ServiceLevel::L3, 2),
        worklog("2026-01-14", Role::SA, ServiceLevel::OptionalL3, 4), // optional service: billed separately
        worklog("2026-02-02", Role::Dev, ServiceLevel::L2, 1),
        worklog("2026-02-03", std::nullopt, ServiceLevel::L3, 1.5),
        worklog("2026-03-02", Role::Dev, ServiceLevel::L3, 5), // after the period
    };
    in.tickets = {
        // Friday 20:00 → Monday 10:00: 62 h open, 1 business hour, so 61 h out of hours.
        ticket("T1", TicketKind::Incident, 1, "2026-01-09 20:00", "2026-01-09 20:20", "2026-01-12 10:00"),
        ticket("T2", TicketKind::Incident, 2, "2026-01-14 10:00", "2026-01-14 10:30", "2026-01-14 15:00"),
        // Response after 16 business hours (48 h around the clock): breaches the 4 h target either way.
        ticket("T3", TicketKind::ServiceRequest, 3, "2026-02-03 09:00", "2026-02-05 09:00",
               "2026-02-06 09:00"),
        ticket("T4", TicketKind::Incident, 4, "2026-02-10 10:00", "", ""), // severity 4 has no target
        ticket("T5", TicketKind::Incident, 1, "2026-03-05 10:00", "", ""), // after the period
    };
    in.now = utc("2026-03-10 00:00");
    return in;
}

} // namespace

class TestSupportModelWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountHoursAgainstTheCapacityAsEachModelDoes_data()
    {
        QTest::addColumn<SupportModel>("model");
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<qint64>("over");
        QTest::addColumn<qint64>("carried");
        // January: L1 2+3 h, L3 8+2 h; February: L2 1 h, L3 1.5 h; optional 4 h outside the budget.
        // Fixed capacity and SLA + hotfix draw all in-scope work: 15 h in January (5 h over 10 h), 2.5 h in
        // February.
        QTest::newRow("fixed capacity")
            << SupportModel::FixedCapacity << qint64(1050) << qint64(300) << qint64(0);
        QTest::newRow("SLA with hotfix")
            << SupportModel::SlaHotfix << qint64(1050) << qint64(300) << qint64(0);
        // Unlimited operational support: L1/L2 (6 h) carried, only L3 drawn: 10 h in January (not over), 1.5
        // h in February.
        QTest::newRow("critical + dedicated")
            << SupportModel::SlaCriticalDedicated << qint64(690) << qint64(0) << qint64(360);
        QTest::newRow("managed service")
            << SupportModel::ManagedService << qint64(690) << qint64(0) << qint64(360);
    }

    void shouldCountHoursAgainstTheCapacityAsEachModelDoes()
    {
        QFETCH(SupportModel, model);
        const WhatIfModelResult r = SupportModelWhatIf::replay(input(true), model);
        QCOMPARE(r.capacityMinutes, qint64(1200));
        QTEST(r.countedMinutes, "counted");
        QTEST(r.overCapacityMinutes, "over");
        QTEST(r.carriedMinutes, "carried");
        QCOMPARE(r.billedSeparatelyMinutes, qint64(240));
    }

    void shouldCountTicketsUnderEachModelsSla_data()
    {
        QTest::addColumn<SupportModel>("model");
        QTest::addColumn<bool>("cover");
        QTest::addColumn<int>("underSla");
        QTest::addColumn<int>("breached");
        QTest::addColumn<int>("noTarget");
        QTest::newRow("fixed capacity: no SLA") << SupportModel::FixedCapacity << true << 0 << 0 << 0;
        // T1 resolves after 62 h around the clock (> 4 h), T3 responds after 16 business hours (> 4 h).
        QTest::newRow("hotfix, 24x7 chosen") << SupportModel::SlaHotfix << true << 4 << 2 << 1;
        // Without 24×7, T1 counts 1 business hour to resolution (met) and 0 to its response.
        QTest::newRow("hotfix, no 24x7") << SupportModel::SlaHotfix << false << 4 << 1 << 1;
        // Critical incidents: incidents of severity 1–2 (T1, T2).
        QTest::newRow("critical, 24x7 chosen") << SupportModel::SlaCriticalDedicated << true << 2 << 1 << 0;
        QTest::newRow("critical, no 24x7") << SupportModel::SlaCriticalDedicated << false << 2 << 0 << 0;
        // 24×7 response and severity 1 included whatever the engagement chose.
        QTest::newRow("managed, no 24x7 chosen") << SupportModel::ManagedService << false << 4 << 2 << 1;
    }

    void shouldCountTicketsUnderEachModelsSla()
    {
        QFETCH(SupportModel, model);
        QFETCH(bool, cover);
        const WhatIfModelResult r = SupportModelWhatIf::replay(input(cover), model);
        QCOMPARE(r.tickets, 4);
        QTEST(r.underSla, "underSla");
        QTEST(r.breached, "breached");
        QTEST(r.noTarget, "noTarget");
        QCOMPARE(r.notEvaluable, 0);
    }

    void shouldMeasureSeverity1WorkOutsideBusinessHours_data()
    {
        QTest::addColumn<SupportModel>("model");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<Severity1Cover>("cover");
        QTest::addColumn<qint64>("carried");
        const qint64 hours61 = 61 * 3600;
        QTest::newRow("fixed") << SupportModel::FixedCapacity << true << Severity1Cover::None << qint64(0);
        QTest::newRow("hotfix chosen")
            << SupportModel::SlaHotfix << true << Severity1Cover::OptionalChosen << hours61;
        QTest::newRow("hotfix not chosen")
            << SupportModel::SlaHotfix << false << Severity1Cover::OptionalNotChosen << qint64(0);
        QTest::newRow("critical chosen")
            << SupportModel::SlaCriticalDedicated << true << Severity1Cover::OptionalChosen << hours61;
        QTest::newRow("managed") << SupportModel::ManagedService << false << Severity1Cover::Included
                                 << hours61;
    }

    void shouldMeasureSeverity1WorkOutsideBusinessHours()
    {
        QFETCH(SupportModel, model);
        QFETCH(bool, chosen);
        const WhatIfModelResult r = SupportModelWhatIf::replay(input(chosen), model);
        QTEST(r.cover, "cover");
        QCOMPARE(r.severity1OutOfHoursSeconds, qint64(61 * 3600));
        QCOMPARE(r.severity1CreatedOutOfHours, 1);
        QCOMPARE(r.severity1NonWorkingDayMinutes, qint64(180)); // the Saturday's 3 h on T1
        QTEST(r.carriedBy24x7Seconds(), "carried");
    }

    void shouldCountNoOutOfHoursWorkOnARoundTheClockCalendar()
    {
        WhatIfInput in = input(true);
        in.calendar.setAlwaysOpen(true);
        const WhatIfModelResult r = SupportModelWhatIf::replay(in, SupportModel::ManagedService);
        QCOMPARE(r.severity1OutOfHoursSeconds, qint64(0));
        QCOMPARE(r.severity1CreatedOutOfHours, 0);
        QCOMPARE(r.severity1NonWorkingDayMinutes, qint64(0));
    }

    void shouldListTheRolesTheWorkNeededAndThoseNotCovered()
    {
        const WhatIfModelResult fixed = SupportModelWhatIf::replay(input(true), SupportModel::FixedCapacity);
        const QMap<Role, qint64> roles{{Role::Dev, 660}, {Role::QA, 120}, {Role::SA, 240}, {Role::Ops, 180}};
        QCOMPARE(fixed.roleMinutes, roles);
        QCOMPARE(fixed.unknownRoleMinutes, qint64(90));
        QCOMPARE(fixed.rolesNotCovered, (QVector<Role>{Role::QA, Role::SA}));
        // Dedicated capacity and managed service cover every role.
        QVERIFY(
            SupportModelWhatIf::replay(input(true), SupportModel::ManagedService).rolesNotCovered.isEmpty());
    }

    void shouldUseTheAllocationWhenNoHoursAreCommitted()
    {
        WhatIfInput in = input(true);
        in.budget = BudgetPolicy(0);
        QCOMPARE(SupportModelWhatIf::capacityOf(in, QDate(2026, 1, 1)), qint64(99 * 60));
        QCOMPARE(SupportModelWhatIf::capacityOf(in, QDate(2026, 2, 1)), qint64(0));
        const WhatIfModelResult r = SupportModelWhatIf::replay(in, SupportModel::SlaHotfix);
        QCOMPARE(r.capacityMinutes, qint64(99 * 60));
        QCOMPARE(r.overCapacityMinutes, qint64(150)); // February: 2.5 h against nothing allocated
    }

    void shouldGiveNothingForAnEmptyOrReversedPeriod()
    {
        WhatIfInput in = input(true);
        in.lastMonth = QDate(2025, 12, 1);
        const WhatIfModelResult r = SupportModelWhatIf::replay(in, SupportModel::SlaHotfix);
        QCOMPARE(r.tickets, 0);
        QCOMPARE(r.countedMinutes, qint64(0));
        QCOMPARE(SupportModelWhatIf::replayAll(input(true)).size(), SupportModelCount);
    }

    void shouldGiveTheSameFiguresWhateverTheChunksTheTicketsComeIn()
    {
        // The severity-1 ticket T1 that the Saturday's worklog names comes in the last chunk, after
        // the worklogs were read: its 3 h still count.
        const WhatIfInput in = input(true);
        const QVector<WhatIfModelResult> whole = SupportModelWhatIf::replayAll(in);
        QCOMPARE(whole.value(0).severity1NonWorkingDayMinutes, qint64(180));
        for (int size = 1; size <= in.tickets.size(); ++size) {
            WhatIfReplay replay(in);
            for (int first = in.tickets.size(); first > 0; first -= size) // last tickets first
                replay.addTickets(in.tickets.mid(qMax(0, first - size), first - qMax(0, first - size)));
            QCOMPARE(replay.results(), whole);
        }
        // A ticket fed twice is counted twice: the caller feeds each ticket once.
        WhatIfReplay twice(in);
        twice.addTickets(in.tickets);
        twice.addTickets(in.tickets.mid(1, 1));
        QCOMPARE(twice.results().value(0).tickets, whole.value(0).tickets + 1);
    }
};

QTEST_GUILESS_MAIN(TestSupportModelWhatIf)
#include "tst_supportmodelwhatif.moc"

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/capacity/budgetledger.h"
#include "models/domain/capacity/burndown.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Domain;

using Dates = QVector<QDate>;

namespace {
Worklog log(const QDate &date, int minutes, ServiceLevel level = ServiceLevel::L1,
            std::optional<Role> role = Role::Dev)
{
    Worklog w;
    w.date = date;
    w.person = QStringLiteral("Erik");
    w.role = role;
    w.seconds = qint64(minutes) * 60;
    w.serviceLevel = level;
    return w;
}

/// `minutes` on every weekday from `from` to `to`.
QVector<Worklog> steady(const QDate &from, const QDate &to, int minutes)
{
    QVector<Worklog> logs;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            logs.append(log(d, minutes));
    }
    return logs;
}

BurnDownInput input(const QDate &month, int budgetHours, const QDate &today, const QVector<Worklog> &logs)
{
    BurnDownInput in;
    in.month = month;
    in.committed = budgetHours * 60;
    in.today = today;
    in.worklogs = logs;
    in.isWorkingDay = WorkingDays::weekdays();
    return in;
}

const BurnDownDay &day(const BurnDown &b, const QDate &date)
{
    return b.days.at(date.day() - 1);
}
} // namespace

class TestBurnDown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSpreadTheIdealLineOverWorkingDaysOnly_data();
    void shouldSpreadTheIdealLineOverWorkingDaysOnly();
    void shouldForecastAConstantPaceExactly_data();
    void shouldForecastAConstantPaceExactly();
    void shouldKeepANoisyMonthEndInsideTheForecastRange_data();
    void shouldKeepANoisyMonthEndInsideTheForecastRange();
    void shouldTakeTheRangeFromPercentilesOfDailyBurn();
    void shouldWidenTheRangeToContainAnUnusualRecentPace();
    void shouldShowActualOnlyUpToTodayAndForecastOnlyFromToday_data();
    void shouldShowActualOnlyUpToTodayAndForecastOnlyFromToday();
    void shouldReportTheDayTheBudgetActuallyRanOut();
    void shouldBuildTheBudgetFromTheLedgerMonth();
    void shouldSplitTheMonthByServiceLevelAndRoleButCountOnlyCountedLevels();
    void shouldIgnoreHistoryBeforeHistoryStart();
    void shouldTakeThePaceAcrossTheMonthStart();
    void shouldForecastTheWholeMonthBeforeItStarts();
    void shouldBurnDownTheLedgerBalanceOnASwedishCalendar();
    void shouldHaveNoRangeWithoutASpreadWindow();
    void shouldHandleEmptyInput();
    void shouldForecastAMonthNotStartedAtTodaysPace();
    void shouldNotCountAWorklogDatedAfterToday();
};

void TestBurnDown::shouldSpreadTheIdealLineOverWorkingDaysOnly_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<Dates>("holidays");
    QTest::addColumn<int>("budgetHours");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("idealRemaining");

    // Sweden, December 2026: Christmas Eve (Thu), Christmas Day (Fri), Boxing Day (Sat), New Year's Eve
    // (Thu).
    const Dates christmas = {QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26),
                             QDate(2026, 12, 31)};
    const QDate dec(2026, 12, 1);
    QTest::newRow("december: first working day burns 1/20")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 1) << 5700.0;
    QTest::newRow("december: saturday is flat")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 5) << 4800.0;
    QTest::newRow("december: sunday is flat")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 6) << 4800.0;
    QTest::newRow("december: 23rd after 17 working days")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 23) << 900.0;
    QTest::newRow("december: christmas eve is flat")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 24) << 900.0;
    QTest::newRow("december: christmas day is flat")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 25) << 900.0;
    QTest::newRow("december: boxing day is flat")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 27) << 900.0;
    QTest::newRow("december: 28th burns again")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 28) << 600.0;
    QTest::newRow("december: 30th is the last working day")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 30) << 0.0;
    QTest::newRow("december: new year's eve stays at zero")
        << dec << christmas << 100 << 20 << QDate(2026, 12, 31) << 0.0;
    QTest::newRow("december without holidays has 23 working days")
        << dec << Dates{} << 23 << 23 << QDate(2026, 12, 24) << 300.0;

    // April 2026: Good Friday the 3rd, Easter Monday the 6th.
    const Dates easter = {QDate(2026, 4, 3), QDate(2026, 4, 6)};
    const QDate apr(2026, 4, 1);
    QTest::newRow("easter: thursday before good friday")
        << apr << easter << 80 << 20 << QDate(2026, 4, 2) << 4320.0;
    QTest::newRow("easter: good friday is flat") << apr << easter << 80 << 20 << QDate(2026, 4, 3) << 4320.0;
    QTest::newRow("easter: easter monday is flat")
        << apr << easter << 80 << 20 << QDate(2026, 4, 6) << 4320.0;
    QTest::newRow("easter: tuesday after easter") << apr << easter << 80 << 20 << QDate(2026, 4, 7) << 4080.0;
    QTest::newRow("easter: month end reaches zero") << apr << easter << 80 << 20 << QDate(2026, 4, 30) << 0.0;
    QTest::newRow("a zero budget stays at zero") << apr << easter << 0 << 20 << QDate(2026, 4, 15) << 0.0;
}

void TestBurnDown::shouldSpreadTheIdealLineOverWorkingDaysOnly()
{
    QFETCH(QDate, month);
    QFETCH(Dates, holidays);
    QFETCH(int, budgetHours);
    QFETCH(QDate, date);

    BurnDownInput in = input(month, budgetHours, month, {});
    in.isWorkingDay = WorkingDays::weekdaysExcept(QSet<QDate>(holidays.cbegin(), holidays.cend()));
    const BurnDown b = BurnDown::compute(in);

    QCOMPARE(b.days.size(), month.daysInMonth());
    QTEST(b.workingDays, "workingDays");
    QTEST(day(b, date).idealRemaining, "idealRemaining");
    QCOMPARE(day(b, date).idealUsed, double(b.budget) - day(b, date).idealRemaining);
    QCOMPARE(day(b, date).workingDay, date.dayOfWeek() <= 5 && !holidays.contains(date));
}

void TestBurnDown::shouldForecastAConstantPaceExactly_data()
{
    QTest::addColumn<int>("budgetHours");
    QTest::addColumn<double>("forecastAtMonthEnd");
    QTest::addColumn<qint64>("overrun");
    QTest::addColumn<QDate>("runOut");

    // 4 h every weekday since March; June 2026 has 22 working days, 8 up to Wednesday 10 June.
    QTest::newRow("budget lasts") << 100 << 720.0 << qint64(0) << QDate();
    QTest::newRow("budget runs out on the 26th") << 80 << -480.0 << qint64(480) << QDate(2026, 6, 26);
    QTest::newRow("budget runs out exactly on the last day") << 88 << 0.0 << qint64(0) << QDate(2026, 6, 30);
}

void TestBurnDown::shouldForecastAConstantPaceExactly()
{
    QFETCH(int, budgetHours);
    QFETCH(QDate, runOut);

    const QDate today(2026, 6, 10);
    const BurnDown b = BurnDown::compute(
        input(QDate(2026, 6, 1), budgetHours, today, steady(QDate(2026, 3, 1), QDate(2026, 6, 30), 240)));

    QCOMPARE(b.used, 8 * 240);
    QCOMPARE(b.pace, 240.0);
    QCOMPARE(b.paceSlow, 240.0);
    QCOMPARE(b.paceFast, 240.0);
    QTEST(b.forecastAtMonthEnd, "forecastAtMonthEnd");
    QCOMPARE(b.forecastLowAtMonthEnd, b.forecastAtMonthEnd);
    QCOMPARE(b.forecastHighAtMonthEnd, b.forecastAtMonthEnd);
    QTEST(b.overrunAtMonthEnd, "overrun");
    QCOMPARE(b.runOutDate.value_or(QDate()), runOut);
    QCOMPARE(b.earliestRunOutDate.value_or(QDate()), runOut);
    QCOMPARE(day(b, today).forecast, std::optional<double>(double(b.remaining)));
    QCOMPARE(*day(b, QDate(2026, 6, 11)).forecast, double(b.remaining - 240));
    QCOMPARE(*day(b, QDate(2026, 6, 13)).forecast, *day(b, QDate(2026, 6, 12)).forecast);
}

void TestBurnDown::shouldKeepANoisyMonthEndInsideTheForecastRange_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
    QTest::newRow("seed 42") << 42u;
    QTest::newRow("seed 2026") << 2026u;
}

void TestBurnDown::shouldKeepANoisyMonthEndInsideTheForecastRange()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QVector<Worklog> logs;
    for (QDate d(2026, 2, 1); d <= QDate(2026, 6, 30); d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            logs.append(log(d, 120 + int(random.bounded(241))));
    }
    const BurnDown forecast = BurnDown::compute(input(QDate(2026, 6, 1), 100, QDate(2026, 6, 12), logs));
    const BurnDown outcome = BurnDown::compute(input(QDate(2026, 6, 1), 100, QDate(2026, 6, 30), logs));

    QVERIFY(forecast.paceSlow < forecast.pace);
    QVERIFY(forecast.pace < forecast.paceFast);
    QVERIFY(forecast.forecastLowAtMonthEnd < forecast.forecastAtMonthEnd);
    QVERIFY(forecast.forecastAtMonthEnd < forecast.forecastHighAtMonthEnd);
    const double actual = double(outcome.remaining);
    QVERIFY2(forecast.forecastLowAtMonthEnd <= actual && actual <= forecast.forecastHighAtMonthEnd,
             qPrintable(QStringLiteral("%1 not in [%2, %3]")
                            .arg(actual)
                            .arg(forecast.forecastLowAtMonthEnd)
                            .arg(forecast.forecastHighAtMonthEnd)));
    QCOMPARE(outcome.forecastAtMonthEnd, actual);
}

void TestBurnDown::shouldTakeTheRangeFromPercentilesOfDailyBurn()
{
    // Ten working days burning 10, 20, … 100 minutes: p10 = 19, p90 = 91 (linear between ranks).
    QVector<Worklog> logs;
    QDate d(2026, 6, 1);
    for (int i = 1; i <= 10; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            logs.append(log(d, 10 * i++));
    }
    BurnDownInput in = input(QDate(2026, 6, 1), 10, QDate(2026, 6, 12), logs);
    in.historyStart = QDate(2026, 6, 1);
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.pace, 55.0);
    QCOMPARE(b.paceSlow, 19.0);
    QCOMPARE(b.paceFast, 91.0);
    QCOMPARE(b.forecastHighAtMonthEnd, 600.0 - 550.0 - 12 * 19.0);
}

void TestBurnDown::shouldWidenTheRangeToContainAnUnusualRecentPace()
{
    QVector<Worklog> logs = steady(QDate(2026, 3, 1), QDate(2026, 6, 5), 60);
    logs += steady(QDate(2026, 6, 8), QDate(2026, 6, 12), 600);
    BurnDownInput in = input(QDate(2026, 6, 1), 100, QDate(2026, 6, 12), logs);
    in.paceWorkingDays = 5;
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.pace, 600.0);
    QCOMPARE(b.paceFast, 600.0);
    QCOMPARE(b.paceSlow, 60.0);
}

void TestBurnDown::shouldShowActualOnlyUpToTodayAndForecastOnlyFromToday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("actualDays");
    QTest::addColumn<int>("forecastDays");
    QTest::addColumn<int>("elapsedWorkingDays");

    QTest::newRow("before the month") << QDate(2026, 5, 20) << 0 << 30 << 0;
    QTest::newRow("on the first day") << QDate(2026, 6, 1) << 1 << 30 << 1;
    QTest::newRow("mid month") << QDate(2026, 6, 15) << 15 << 16 << 11;
    QTest::newRow("on the last day") << QDate(2026, 6, 30) << 30 << 1 << 22;
    QTest::newRow("after the month") << QDate(2026, 8, 2) << 30 << 0 << 22;
}

void TestBurnDown::shouldShowActualOnlyUpToTodayAndForecastOnlyFromToday()
{
    QFETCH(QDate, today);
    const BurnDown b = BurnDown::compute(
        input(QDate(2026, 6, 1), 100, today, steady(QDate(2026, 5, 1), QDate(2026, 7, 31), 60)));
    int actual = 0;
    int forecast = 0;
    for (const BurnDownDay &d : b.days) {
        actual += d.actualRemaining.has_value();
        forecast += d.forecast.has_value();
        QCOMPARE(d.actualRemaining.has_value(), d.date <= today);
        QCOMPARE(d.forecastLow.has_value(), d.forecast.has_value());
        if (d.actualUsed)
            QCOMPARE(*d.actualUsed + *d.actualRemaining, b.budget);
    }
    QTEST(actual, "actualDays");
    QTEST(forecast, "forecastDays");
    QTEST(b.workingDaysElapsed, "elapsedWorkingDays");
    QCOMPARE(b.used, qint64(b.workingDaysElapsed) * 60);
}

void TestBurnDown::shouldReportTheDayTheBudgetActuallyRanOut()
{
    // 10 h budget, 4 h a day: gone on the third working day (Wednesday 3 June).
    BurnDownInput in =
        input(QDate(2026, 6, 1), 10, QDate(2026, 6, 5), steady(QDate(2026, 6, 1), QDate(2026, 6, 5), 240));
    in.historyStart = QDate(2026, 6, 1); // the pace is then 4 h a day, not diluted by May
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.runOutDate, std::optional<QDate>(QDate(2026, 6, 3)));
    QCOMPARE(b.remaining, qint64(600 - 5 * 240));
    QCOMPARE(b.overrunAtMonthEnd, qint64(-(600 - 5 * 240) + 17 * 240));
}

void TestBurnDown::shouldBuildTheBudgetFromTheLedgerMonth()
{
    LedgerMonth m;
    m.month = QDate(2026, 6, 1);
    m.committed = 6000;
    m.carriedIn = 720;
    m.overrunDeducted = 120;
    BurnDownInput in = input(QDate(2020, 1, 1), 0, QDate(2026, 6, 30), {});
    in.setBudget(m);
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.month, QDate(2026, 6, 1));
    QCOMPARE(b.budget, 6600);
    QCOMPARE(b.carriedIn, 720);
    QCOMPARE(b.days.first().idealRemaining, 6600.0 * 21 / 22);
}

void TestBurnDown::shouldSplitTheMonthByServiceLevelAndRoleButCountOnlyCountedLevels()
{
    const QVector<Worklog> logs = {
        log(QDate(2026, 6, 2), 60, ServiceLevel::L1, Role::Ops),
        log(QDate(2026, 6, 3), 120, ServiceLevel::L3, Role::Dev),
        log(QDate(2026, 6, 3), 30, ServiceLevel::L3, Role::QA),
        log(QDate(2026, 6, 4), 240, ServiceLevel::OptionalL3, Role::SA),
        log(QDate(2026, 6, 4), 15, ServiceLevel::L2, std::nullopt),
        log(QDate(2026, 5, 29), 999, ServiceLevel::L1, Role::Dev),
        log(QDate(2026, 6, 20), 999, ServiceLevel::L1, Role::Dev),
    };
    const BurnDown b = BurnDown::compute(input(QDate(2026, 6, 1), 10, QDate(2026, 6, 10), logs));
    QCOMPARE(b.used, 60 + 120 + 30 + 15);
    const std::array<qint64, ServiceLevelCount> levels = {60, 15, 150, 240};
    QCOMPARE(b.minutesByLevel, levels);
    const std::array<qint64, RoleCount> roles = {120, 30, 240, 0, 0, 60};
    QCOMPARE(b.minutesByRole, roles);
    QCOMPARE(b.minutesWithoutRole, 15);
}

void TestBurnDown::shouldIgnoreHistoryBeforeHistoryStart()
{
    QVector<Worklog> logs = steady(QDate(2026, 3, 1), QDate(2026, 5, 31), 480);
    logs += steady(QDate(2026, 6, 1), QDate(2026, 6, 12), 60);
    BurnDownInput in = input(QDate(2026, 6, 1), 100, QDate(2026, 6, 12), logs);
    in.historyStart = QDate(2026, 6, 1);
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.pace, 60.0);
    QCOMPARE(b.paceFast, 60.0);
    in.historyStart = QDate();
    QCOMPARE(BurnDown::compute(in).paceFast, 480.0);
}

void TestBurnDown::shouldTakeThePaceAcrossTheMonthStart()
{
    // Ten working days back from Tuesday 2 June: 1–2 June at 8 h, eight May days at 4 h.
    QVector<Worklog> logs = steady(QDate(2026, 3, 1), QDate(2026, 5, 31), 240);
    logs += steady(QDate(2026, 6, 1), QDate(2026, 6, 2), 480);
    const BurnDown b = BurnDown::compute(input(QDate(2026, 6, 1), 100, QDate(2026, 6, 2), logs));
    QCOMPARE(b.pace, 288.0);
    QCOMPARE(b.used, 960);
    QCOMPARE(b.forecastAtMonthEnd, 6000.0 - 960 - 20 * 288.0);
}

void TestBurnDown::shouldForecastTheWholeMonthBeforeItStarts()
{
    const BurnDown b = BurnDown::compute(input(QDate(2026, 6, 1), 100, QDate(2026, 5, 31),
                                               steady(QDate(2026, 3, 1), QDate(2026, 5, 31), 240)));
    QCOMPARE(b.used, 0);
    QCOMPARE(b.pace, 240.0);
    QCOMPARE(*b.days.first().forecast, 6000.0 - 240);
    QCOMPARE(b.forecastAtMonthEnd, 6000.0 - 22 * 240);
    QCOMPARE(b.elapsedShare(), 0.0);
}

void TestBurnDown::shouldBurnDownTheLedgerBalanceOnASwedishCalendar()
{
    BusinessCalendar sweden;
    sweden.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        sweden.setWeekHours(Qt::DayOfWeek(d), {{8 * 60, 17 * 60}});
    sweden.addHolidayRule(QStringLiteral("SE"));
    RolloverRule rule;
    rule.carry = RolloverRule::Carry::UpToMinutes;
    rule.capMinutes = 12 * 60;
    BudgetPolicy policy(100 * 60, rule);
    // 80 h in November leave 20 h unused: 12 h are carried into December.
    const QVector<Worklog> logs = {log(QDate(2026, 11, 10), 80 * 60), log(QDate(2026, 12, 1), 300),
                                   log(QDate(2026, 12, 2), 300, ServiceLevel::OptionalL3)};
    const BudgetLedger ledger = BudgetLedger::compute(policy, QDate(2026, 11, 1), QDate(2026, 12, 1), logs);

    BurnDownInput in;
    in.setBudget(ledger.months().last());
    in.policy = policy;
    in.worklogs = logs;
    in.isWorkingDay = WorkingDays::of(sweden);
    in.today = QDate(2026, 12, 31);
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.carriedIn, 12 * 60);
    QCOMPARE(b.budget, ledger.months().last().available);
    QCOMPARE(b.used, ledger.months().last().used);
    QCOMPARE(b.remaining, ledger.months().last().remaining);
    QCOMPARE(b.workingDays, 20);
    QCOMPARE(day(b, QDate(2026, 12, 24)).idealRemaining, day(b, QDate(2026, 12, 23)).idealRemaining);
    QCOMPARE(day(b, QDate(2026, 12, 30)).idealRemaining, 0.0);
}

void TestBurnDown::shouldHaveNoRangeWithoutASpreadWindow()
{
    QVector<Worklog> logs = steady(QDate(2026, 5, 1), QDate(2026, 6, 5), 60);
    logs += steady(QDate(2026, 6, 8), QDate(2026, 6, 10), 600);
    BurnDownInput in = input(QDate(2026, 6, 1), 100, QDate(2026, 6, 10), logs);
    in.spreadMonths = 0;
    const BurnDown b = BurnDown::compute(in);
    QCOMPARE(b.pace, (7 * 60 + 3 * 600) / 10.0);
    QCOMPARE(b.paceSlow, b.pace);
    QCOMPARE(b.paceFast, b.pace);
}

void TestBurnDown::shouldHandleEmptyInput()
{
    const BurnDown b = BurnDown::compute(input(QDate(2026, 2, 1), 0, QDate(2026, 2, 10), {}));
    QCOMPARE(b.days.size(), 28);
    QCOMPARE(b.used, 0);
    QCOMPARE(b.pace, 0.0);
    QCOMPARE(b.forecastAtMonthEnd, 0.0);
    QVERIFY(!b.runOutDate);
    QCOMPARE(b.usedShare(), 0.0);
    QVERIFY(BurnDown::compute(BurnDownInput()).days.isEmpty());
}

void TestBurnDown::shouldForecastAMonthNotStartedAtTodaysPace()
{
    // GIVEN 4 h every working day up to Friday 4 December 2026, and a worklog stored for 30 December
    QVector<Worklog> logs = steady(QDate(2026, 9, 1), QDate(2026, 12, 4), 240);
    logs.append(log(QDate(2026, 12, 30), 8 * 60));
    // WHEN January 2027 is seen on 4 December
    const BurnDown b = BurnDown::compute(input(QDate(2027, 1, 1), 100, QDate(2026, 12, 4), logs));
    // THEN the pace is today's (the window ends on 4 December, not on 31 December after days with
    // nothing logged yet) and the forecast covers all 21 working days of January
    QCOMPARE(b.used, 0);
    QCOMPARE(b.pace, 240.0);
    const int days = int(WorkingDays::inMonth(QDate(2027, 1, 1), WorkingDays::weekdays()).size());
    QCOMPARE(days, 21);
    QCOMPARE(b.forecastAtMonthEnd, 6000.0 - days * 240);
    QVERIFY(!b.days.first().actualUsed.has_value());
}

void TestBurnDown::shouldNotCountAWorklogDatedAfterToday()
{
    // GIVEN 2 h on 1 December and 8 h stored for 20 December, seen on 4 December
    const QVector<Worklog> logs = {log(QDate(2026, 12, 1), 120), log(QDate(2026, 12, 20), 480)};
    const BurnDown b = BurnDown::compute(input(QDate(2026, 12, 1), 100, QDate(2026, 12, 4), logs));
    // THEN only what was known on the 4th counts: no actual after today, none of the 8 h anywhere
    QCOMPARE(b.used, 120);
    QVERIFY(!day(b, QDate(2026, 12, 20)).actualUsed.has_value());
    QCOMPARE(b.minutesByLevel[int(ServiceLevel::L1)], 120);
}

QTEST_GUILESS_MAIN(TestBurnDown)
#include "tst_burndown.moc"

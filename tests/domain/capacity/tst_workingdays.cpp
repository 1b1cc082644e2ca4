#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/capacity/workingdays.h"

#include <QTest>

using namespace Domain;

namespace {
BusinessCalendar swedishOfficeCalendar()
{
    BusinessCalendar c;
    c.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), {{8 * 60, 17 * 60}});
    c.addHolidayRule(QStringLiteral("SE"));
    return c;
}
} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNormaliseMonths_data();
    void shouldNormaliseMonths();
    void shouldCountMonthsBetween_data();
    void shouldCountMonthsBetween();
    void shouldListWorkingDaysOfAMonth_data();
    void shouldListWorkingDaysOfAMonth();
    void shouldFollowABusinessCalendar_data();
    void shouldFollowABusinessCalendar();
    void shouldReturnNothingWithoutAPredicateOrDates();
};

void TestWorkingDays::shouldNormaliseMonths_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("mid month") << QDate(2026, 6, 17) << QDate(2026, 6, 1) << QDate(2026, 6, 30);
    QTest::newRow("leap february") << QDate(2028, 2, 29) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("plain february") << QDate(2026, 2, 1) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("december") << QDate(2026, 12, 31) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("null") << QDate() << QDate() << QDate();
}

void TestWorkingDays::shouldNormaliseMonths()
{
    QFETCH(QDate, date);
    QTEST(WorkingDays::monthStart(date), "start");
    QTEST(WorkingDays::monthEnd(date), "end");
}

void TestWorkingDays::shouldCountMonthsBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("months");
    QTest::newRow("same month") << QDate(2026, 6, 1) << QDate(2026, 6, 30) << 0;
    QTest::newRow("across a year") << QDate(2025, 11, 30) << QDate(2026, 2, 1) << 3;
    QTest::newRow("backwards") << QDate(2026, 3, 1) << QDate(2026, 1, 31) << -2;
}

void TestWorkingDays::shouldCountMonthsBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QTEST(WorkingDays::monthsBetween(from, to), "months");
}

void TestWorkingDays::shouldListWorkingDaysOfAMonth_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QVector<QDate>>("holidays");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("june 2026") << QDate(2026, 6, 9) << QVector<QDate>{} << 22 << QDate(2026, 6, 1)
                               << QDate(2026, 6, 30);
    QTest::newRow("month starting on a sunday")
        << QDate(2026, 2, 1) << QVector<QDate>{} << 20 << QDate(2026, 2, 2) << QDate(2026, 2, 27);
    QTest::newRow("swedish december")
        << QDate(2026, 12, 1)
        << QVector<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2026, 12, 31)}
        << 20 << QDate(2026, 12, 1) << QDate(2026, 12, 30);
    QTest::newRow("january starting on a holiday")
        << QDate(2026, 1, 1) << QVector<QDate>{QDate(2026, 1, 1), QDate(2026, 1, 6)} << 20
        << QDate(2026, 1, 2) << QDate(2026, 1, 30);
}

void TestWorkingDays::shouldListWorkingDaysOfAMonth()
{
    QFETCH(QDate, month);
    QFETCH(QVector<QDate>, holidays);
    const QVector<QDate> days = WorkingDays::inMonth(
        month, WorkingDays::weekdaysExcept(QSet<QDate>(holidays.cbegin(), holidays.cend())));
    QTEST(int(days.size()), "count");
    QTEST(days.first(), "first");
    QTEST(days.last(), "last");
}

void TestWorkingDays::shouldFollowABusinessCalendar_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("count");
    QTest::newRow("december 2026 in Sweden") << QDate(2026, 12, 1) << 20;
    QTest::newRow("april 2026 with Easter") << QDate(2026, 4, 1) << 20;
    QTest::newRow("june 2026 with midsummer eve") << QDate(2026, 6, 1) << 21;
}

void TestWorkingDays::shouldFollowABusinessCalendar()
{
    QFETCH(QDate, month);
    QTEST(int(WorkingDays::inMonth(month, WorkingDays::of(swedishOfficeCalendar())).size()), "count");
}

void TestWorkingDays::shouldReturnNothingWithoutAPredicateOrDates()
{
    QVERIFY(WorkingDays::inMonth(QDate(2026, 6, 1), WorkingDayPredicate()).isEmpty());
    QVERIFY(WorkingDays::inRange(QDate(), QDate(2026, 6, 1), WorkingDays::weekdays()).isEmpty());
    QVERIFY(WorkingDays::inRange(QDate(2026, 6, 5), QDate(2026, 6, 1), WorkingDays::weekdays()).isEmpty());
    QVERIFY(!WorkingDays::weekdays()(QDate()));
    QVERIFY(WorkingDays::inMonth(QDate(2026, 6, 1), WorkingDays::of(BusinessCalendar())).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"

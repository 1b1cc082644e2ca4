#include "models/domain/capacity/person.h"

#include <QTest>

using namespace Domain;

using Absences = QVector<Absence>;
using Issues = QVector<PersonIssue>;
using Dates = QVector<QDate>;

namespace {
Person person(int weekMinutes = 40 * 60, int partTime = 100)
{
    Person p;
    p.name = QStringLiteral("Anna");
    p.contractedMinutesPerWeek = weekMinutes;
    p.partTimePercent = partTime;
    return p;
}

Absence absence(const QDate &from, const QDate &to, AbsenceKind kind = AbsenceKind::Vacation)
{
    return Absence{from, to, kind};
}
} // namespace

class TestPerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputeMonthlyCapacity_data();
    void shouldComputeMonthlyCapacity();
    void shouldCountAbsenceDaysByKind();
    void shouldReportProblems_data();
    void shouldReportProblems();
    void shouldTellWhetherEmployedInAMonth_data();
    void shouldTellWhetherEmployedInAMonth();
    void shouldCoverOnCallAsOpsOrWhenFlagged();
};

void TestPerson::shouldComputeMonthlyCapacity_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<Dates>("holidays");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<int>("absenceDays");
    QTest::addColumn<qint64>("capacity");

    const QDate june(2026, 6, 1); // 22 weekdays
    QTest::newRow("full time, no absence") << person() << june << Dates{} << 22 << 0 << qint64(22 * 480);
    QTest::newRow("part-time 80 %") << person(2400, 80) << june << Dates{} << 22 << 0 << qint64(22 * 384);
    Person vacation = person();
    vacation.absences = {absence(QDate(2026, 6, 8), QDate(2026, 6, 12))};
    QTest::newRow("a week of vacation") << vacation << june << Dates{} << 22 << 5 << qint64(17 * 480);
    Person weekend = person();
    weekend.absences = {absence(QDate(2026, 6, 5), QDate(2026, 6, 8), AbsenceKind::SickLeave)};
    QTest::newRow("an absence over a weekend counts working days only")
        << weekend << june << Dates{} << 22 << 2 << qint64(20 * 480);
    Person midsummer = person();
    midsummer.absences = {absence(QDate(2026, 6, 15), QDate(2026, 6, 19))};
    QTest::newRow("a holiday inside a vacation is not an absence day")
        << midsummer << june << Dates{QDate(2026, 6, 19)} << 21 << 4 << qint64(17 * 480);
    Person starter = person();
    starter.start = QDate(2026, 6, 15);
    QTest::newRow("starts mid-month") << starter << june << Dates{} << 22 << 0 << qint64(12 * 480);
    Person leaver = person();
    leaver.end = QDate(2026, 6, 10);
    QTest::newRow("leaves mid-month") << leaver << june << Dates{} << 22 << 0 << qint64(8 * 480);
    Person gone = person();
    gone.end = QDate(2026, 5, 31);
    QTest::newRow("left before the month") << gone << june << Dates{} << 22 << 0 << qint64(0);
    Person december = person(2400, 75);
    december.absences = {absence(QDate(2026, 12, 14), QDate(2026, 12, 16), AbsenceKind::SickLeave)};
    QTest::newRow("part-time with sick leave in a Swedish December")
        << december << QDate(2026, 12, 1)
        << Dates{QDate(2026, 12, 24), QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2026, 12, 31)} << 20
        << 3 << qint64(17 * 360);
    QTest::newRow("fractional daily minutes round down once")
        << person(2251, 33) << june << Dates{} << 22 << 0 << qint64(3268);
    Person parental = person();
    parental.absences = {absence(QDate(2026, 5, 1), QDate(2026, 8, 31), AbsenceKind::ParentalLeave)};
    QTest::newRow("parental leave over the whole month")
        << parental << june << Dates{} << 22 << 22 << qint64(0);
    QTest::newRow("february of a leap year")
        << person() << QDate(2028, 2, 10) << Dates{} << 21 << 0 << qint64(21 * 480);
    QTest::newRow("no contract") << person(0) << june << Dates{} << 22 << 0 << qint64(0);
}

void TestPerson::shouldComputeMonthlyCapacity()
{
    QFETCH(Person, person);
    QFETCH(QDate, month);
    QFETCH(Dates, holidays);

    const MonthCapacity c =
        person.capacity(month, WorkingDays::weekdaysExcept(QSet<QDate>(holidays.cbegin(), holidays.cend())));
    QCOMPARE(c.month, WorkingDays::monthStart(month));
    QTEST(c.workingDays, "workingDays");
    QTEST(c.absenceDays, "absenceDays");
    QTEST(c.capacityMinutes, "capacity");
}

void TestPerson::shouldCountAbsenceDaysByKind()
{
    Person p = person();
    p.absences = {absence(QDate(2026, 6, 1), QDate(2026, 6, 2), AbsenceKind::SickLeave),
                  absence(QDate(2026, 6, 22), QDate(2026, 6, 26)),
                  absence(QDate(2026, 6, 30), QDate(2026, 7, 3), AbsenceKind::Other)};
    const MonthCapacity c = p.capacity(QDate(2026, 6, 1), WorkingDays::weekdays());
    const std::array<int, AbsenceKindCount> expected = {5, 2, 0, 1};
    QCOMPARE(c.absenceDaysByKind, expected);
    QCOMPARE(c.absenceDays, 8);
    QCOMPARE(c.employedWorkingDays, 22);
}

void TestPerson::shouldReportProblems_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<Issues>("issues");

    QTest::newRow("valid") << person() << Issues{};
    Person unnamed = person();
    unnamed.name = QStringLiteral("  ");
    QTest::newRow("missing name") << unnamed << Issues{{PersonProblem::MissingName}};
    QTest::newRow("negative contract") << person(-60) << Issues{{PersonProblem::NegativeContract}};
    QTest::newRow("a 30-hour day contract") << person(5 * 30 * 60) << Issues{{PersonProblem::AbsurdContract}};
    QTest::newRow("part-time 0 %") << person(2400, 0) << Issues{{PersonProblem::PartTimeOutOfRange}};
    QTest::newRow("part-time 101 %") << person(2400, 101) << Issues{{PersonProblem::PartTimeOutOfRange}};
    Person reversed = person();
    reversed.start = QDate(2026, 6, 1);
    reversed.end = QDate(2026, 5, 31);
    QTest::newRow("end before start") << reversed << Issues{{PersonProblem::EndBeforeStart}};
    Person undated = person();
    undated.absences = {absence(QDate(2026, 6, 1), QDate())};
    QTest::newRow("absence without end") << undated << Issues{{PersonProblem::AbsenceWithoutDates, 0}};
    Person backwards = person();
    backwards.absences = {absence(QDate(2026, 6, 5), QDate(2026, 6, 1))};
    QTest::newRow("absence ending before it starts")
        << backwards << Issues{{PersonProblem::AbsenceEndsBeforeStart, 0}};
    Person overlap = person();
    overlap.absences = {absence(QDate(2026, 6, 1), QDate(2026, 6, 10)),
                        absence(QDate(2026, 7, 1), QDate(2026, 7, 2)),
                        absence(QDate(2026, 6, 10), QDate(2026, 6, 12), AbsenceKind::SickLeave)};
    QTest::newRow("overlapping absences sharing one day")
        << overlap << Issues{{PersonProblem::OverlappingAbsences, 2}};
    Person adjacent = person();
    adjacent.absences = {absence(QDate(2026, 6, 1), QDate(2026, 6, 10)),
                         absence(QDate(2026, 6, 11), QDate(2026, 6, 12))};
    QTest::newRow("adjacent absences are fine") << adjacent << Issues{};
}

void TestPerson::shouldReportProblems()
{
    QFETCH(Person, person);
    QTEST(person.validate(), "issues");
}

void TestPerson::shouldTellWhetherEmployedInAMonth_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("employed");

    QTest::newRow("open-ended") << QDate() << QDate() << true;
    QTest::newRow("starts on the last day") << QDate(2026, 6, 30) << QDate() << true;
    QTest::newRow("starts next month") << QDate(2026, 7, 1) << QDate() << false;
    QTest::newRow("leaves on the first day") << QDate() << QDate(2026, 6, 1) << true;
    QTest::newRow("left last month") << QDate() << QDate(2026, 5, 31) << false;
}

void TestPerson::shouldTellWhetherEmployedInAMonth()
{
    Person p = person();
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    p.start = start;
    p.end = end;
    QTEST(p.isEmployedIn(QDate(2026, 6, 15)), "employed");
}

void TestPerson::shouldCoverOnCallAsOpsOrWhenFlagged()
{
    Person p = person();
    QVERIFY(!p.coversOnCall());
    p.onCall = true;
    QVERIFY(p.coversOnCall());
    p.onCall = false;
    p.role = Role::Ops;
    QVERIFY(p.coversOnCall());
}

QTEST_GUILESS_MAIN(TestPerson)
#include "tst_person.moc"

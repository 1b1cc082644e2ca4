#include "models/domain/calendar/businesscalendar.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <thread>
#include <vector>

using Domain::BusinessCalendar;
using Domain::DayHours;
using Domain::WorkInterval;

namespace {

qint64 at(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (!dt.isValid())
        qFatal("bad instant in test table: %s", qPrintable(iso));
    return dt.toSecsSinceEpoch();
}

WorkInterval hm(int openH, int closeH, int openM = 0, int closeM = 0)
{
    return WorkInterval{openH * 60 + openM, closeH * 60 + closeM};
}

void setDays(BusinessCalendar &c, int from, int to, const DayHours &hours)
{
    for (int d = from; d <= to; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), hours);
}

/// The calendars the table rows name.
BusinessCalendar calendarNamed(const QString &name)
{
    BusinessCalendar c;
    if (name == QLatin1String("office")) { // Mon-Fri 08-17 Stockholm, no holidays
        c.setTimeZone("Europe/Stockholm");
        setDays(c, Qt::Monday, Qt::Friday, {hm(8, 17)});
    } else if (name == QLatin1String("lunch") || name == QLatin1String("lunchNoEves")) {
        c.setTimeZone("Europe/Stockholm");
        setDays(c, Qt::Monday, Qt::Friday, {hm(8, 12), hm(13, 17)});
        c.addHolidayRule(QStringLiteral("SE"));
        c.setObservesDeFactoHolidays(name == QLatin1String("lunch"));
        c.setOverride(QDate(2026, 6, 18), {hm(8, 13)});
    } else if (name == QLatin1String("newyork")) {
        c.setTimeZone("America/New_York");
        setDays(c, Qt::Monday, Qt::Friday, {hm(9, 17)});
    } else if (name == QLatin1String("nyEarly")) { // every day 00-03, over the DST change hour
        c.setTimeZone("America/New_York");
        setDays(c, Qt::Monday, Qt::Sunday, {hm(0, 3)});
    } else if (name == QLatin1String("allDay")) { // every day 00-24 Stockholm, not "always open"
        c.setTimeZone("Europe/Stockholm");
        setDays(c, Qt::Monday, Qt::Sunday, {hm(0, 24)});
    } else if (name == QLatin1String("overSkipped")) { // every day 01-05 Stockholm
        c.setTimeZone("Europe/Stockholm");
        setDays(c, Qt::Monday, Qt::Sunday, {hm(1, 5)});
    } else if (name == QLatin1String("night")) { // Mon-Thu 22-24, Tue-Fri 00-06 UTC
        setDays(c, Qt::Monday, Qt::Monday, {hm(22, 24)});
        setDays(c, Qt::Tuesday, Qt::Thursday, {hm(0, 6), hm(22, 24)});
        setDays(c, Qt::Friday, Qt::Friday, {hm(0, 6)});
    } else if (name == QLatin1String("late")) { // every day 16-24 UTC
        setDays(c, Qt::Monday, Qt::Sunday, {hm(16, 24)});
    } else if (name == QLatin1String("always")) {
        c = BusinessCalendar::alwaysOpen();
        c.addHolidayRule(QStringLiteral("SE")); // ignored when always open
    } else if (name == QLatin1String("onlyOverride")) {
        c.setOverride(QDate(2026, 5, 5), {hm(10, 11)});
    } else if (name != QLatin1String("empty")) {
        qFatal("unknown calendar in test table: %s", qPrintable(name));
    }
    return c;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private slots:
    void shouldCountBusinessSecondsBetweenInstants_data();
    void shouldCountBusinessSecondsBetweenInstants();
    void shouldAddBusinessSecondsToTheEarliestInstant_data();
    void shouldAddBusinessSecondsToTheEarliestInstant();
    void shouldSubtractBusinessSecondsToTheLatestInstant_data();
    void shouldSubtractBusinessSecondsToTheLatestInstant();
    void shouldTellWhetherAnInstantIsWorking_data();
    void shouldTellWhetherAnInstantIsWorking();
    void shouldFindNextOpeningAndClosing_data();
    void shouldFindNextOpeningAndClosing();
    void shouldResolveHoursOfADate_data();
    void shouldResolveHoursOfADate();
    void shouldReturnSentinelsWhenNeverReached();
    void shouldConvertToLocalDatesLikeQTimeZone_data();
    void shouldConvertToLocalDatesLikeQTimeZone();
    void shouldRefuseUnknownTimeZonesAndRules();
    void shouldNormalizeDayHours();
    void shouldKeepCopiesIndependent();
    void shouldShareCompiledHoursOnlyBetweenEqualDefinitions();
    void shouldGiveSameAnswersFromSeveralThreads();
};

void TestBusinessCalendar::shouldCountBusinessSecondsBetweenInstants_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<qint64>("expected");

    auto row = [](const char *name, const char *cal, const char *s, const char *e, qint64 expected) {
        QTest::newRow(name) << QString::fromLatin1(cal) << QString::fromLatin1(s) << QString::fromLatin1(e)
                            << expected;
    };
    row("issue example over weekend and DST", "office", "2026-03-27T16:00:00+01:00",
        "2026-03-30T09:00:00+02:00", 7200);
    row("start before opening", "office", "2026-03-23T06:00:00+01:00", "2026-03-23T10:00:00+01:00", 7200);
    row("end after closing", "office", "2026-03-23T15:00:00+01:00", "2026-03-23T20:00:00+01:00", 7200);
    row("whole weekend", "office", "2026-03-21T00:00:00+01:00", "2026-03-23T00:00:00+01:00", 0);
    row("full week", "office", "2026-03-02T00:00:00+01:00", "2026-03-09T00:00:00+01:00", 5 * 9 * 3600);
    row("end before start", "office", "2026-03-23T12:00:00+01:00", "2026-03-23T10:00:00+01:00", 0);
    row("same instant", "office", "2026-03-23T10:00:00+01:00", "2026-03-23T10:00:00+01:00", 0);
    row("one second at opening", "office", "2026-03-23T08:00:00+01:00", "2026-03-23T08:00:01+01:00", 1);
    row("one second before closing", "office", "2026-03-23T16:59:59+01:00", "2026-03-23T17:00:00+01:00", 1);
    row("lunch break skipped", "lunch", "2026-03-23T11:00:00+01:00", "2026-03-23T14:00:00+01:00", 7200);
    row("Good Friday and Easter Monday 2026", "lunch", "2026-04-02T16:00:00+02:00",
        "2026-04-07T09:00:00+02:00", 7200);
    row("Ascension Day 2026", "lunch", "2026-05-13T16:00:00+02:00", "2026-05-15T09:00:00+02:00", 7200);
    row("National Day 2025 on a Friday", "lunch", "2025-06-05T16:00:00+02:00", "2025-06-09T09:00:00+02:00",
        7200);
    row("Midsummer Eve 2026 off", "lunch", "2026-06-18T12:00:00+02:00", "2026-06-22T09:00:00+02:00",
        3600 + 3600);
    row("Midsummer Eve 2026 worked when eves are not observed", "lunchNoEves", "2026-06-18T12:00:00+02:00",
        "2026-06-22T09:00:00+02:00", 3600 + 8 * 3600 + 3600);
    row("year end: New Year's Eve, New Year's Day", "lunch", "2025-12-30T16:00:00+01:00",
        "2026-01-05T09:00:00+01:00", 3600 + 8 * 3600 + 3600);
    row("Christmas week 2025: Eve, Day and Boxing Day on Wed-Fri", "lunch", "2025-12-23T16:00:00+01:00",
        "2025-12-29T09:00:00+01:00", 7200);
    row("Epiphany 2026 on a Tuesday", "lunch", "2026-01-05T16:00:00+01:00", "2026-01-07T09:00:00+01:00",
        7200);
    row("Stockholm spring-forward day has 23 h", "allDay", "2026-03-29T00:00:00+01:00",
        "2026-03-30T00:00:00+02:00", 23 * 3600);
    row("Stockholm fall-back day has 25 h", "allDay", "2026-10-25T00:00:00+02:00",
        "2026-10-26T00:00:00+01:00", 25 * 3600);
    row("Stockholm interval over the skipped hour", "overSkipped", "2026-03-29T00:00:00+01:00",
        "2026-03-29T12:00:00+02:00", 3 * 3600);
    row("Stockholm interval over the repeated hour", "overSkipped", "2026-10-25T00:00:00+02:00",
        "2026-10-25T12:00:00+01:00", 5 * 3600);
    row("New York spring forward shortens 00-03", "nyEarly", "2026-03-08T00:00:00-05:00",
        "2026-03-08T12:00:00-04:00", 2 * 3600);
    row("New York fall back lengthens 00-03", "nyEarly", "2026-11-01T00:00:00-04:00",
        "2026-11-01T12:00:00-05:00", 4 * 3600);
    row("New York weekend over DST start", "newyork", "2026-03-06T16:00:00-05:00",
        "2026-03-09T10:00:00-04:00", 7200);
    row("leap day is a working Tuesday", "office", "2028-02-28T16:00:00+01:00", "2028-03-01T09:00:00+01:00",
        3600 + 9 * 3600 + 3600);
    row("night shift across midnight", "night", "2026-03-23T23:00:00Z", "2026-03-24T01:00:00Z", 7200);
    row("interval to 24:00", "late", "2026-03-23T23:30:00Z", "2026-03-24T16:30:00Z", 3600);
    row("two years of office hours", "office", "2026-01-01T00:00:00+01:00", "2028-01-01T00:00:00+01:00",
        522 * 9 * 3600);
    row("always open ignores holidays", "always", "2026-12-24T00:00:00Z", "2026-12-26T00:00:00Z", 2 * 86400);
    row("empty calendar", "empty", "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", 0);
    row("half-day override", "lunch", "2026-06-18T00:00:00+02:00", "2026-06-19T00:00:00+02:00",
        4 * 3600 + 3600);
}

void TestBusinessCalendar::shouldCountBusinessSecondsBetweenInstants()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(qint64, expected);
    QCOMPARE(calendarNamed(calendar).elapsed(at(start), at(end)), expected);
}

void TestBusinessCalendar::shouldAddBusinessSecondsToTheEarliestInstant_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *cal, const char *s, qint64 seconds, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(cal) << QString::fromLatin1(s) << seconds
                            << QString::fromLatin1(expected);
    };
    row("issue example", "office", "2026-03-27T16:00:00+01:00", 28800, "2026-03-30T13:00:00Z");
    row("zero outside hours gives start", "office", "2026-03-21T12:00:00Z", 0, "2026-03-21T12:00:00Z");
    row("landing on closing gives closing", "office", "2026-03-23T08:00:00+01:00", 9 * 3600,
        "2026-03-23T17:00:00+01:00");
    row("start on a weekend", "office", "2026-03-21T12:00:00+01:00", 60, "2026-03-23T08:01:00+01:00");
    row("skips lunch", "lunch", "2026-03-23T11:30:00+01:00", 3600, "2026-03-23T13:30:00+01:00");
    row("landing on lunch gives 12:00", "lunch", "2026-03-23T11:00:00+01:00", 3600,
        "2026-03-23T12:00:00+01:00");
    row("over Easter 2026", "lunch", "2026-04-02T16:00:00+02:00", 7200, "2026-04-07T09:00:00+02:00");
    row("over New York DST start", "newyork", "2026-03-06T16:00:00-05:00", 7200, "2026-03-09T10:00:00-04:00");
    row("night shift over midnight", "night", "2026-03-23T23:00:00Z", 7200, "2026-03-24T01:00:00Z");
    row("night shift over weekend", "night", "2026-03-27T05:00:00Z", 7200, "2026-03-30T23:00:00Z");
    row("over New York DST end", "newyork", "2026-10-30T16:00:00-04:00", 7200, "2026-11-02T10:00:00-05:00");
    row("over Stockholm DST end", "office", "2026-10-23T16:00:00+02:00", 7200, "2026-10-26T09:00:00+01:00");
    row("into leap day", "office", "2028-02-28T16:00:00+01:00", 7200, "2028-02-29T09:00:00+01:00");
    row("two years of office hours", "office", "2026-01-01T00:00:00+01:00", 522 * 9 * 3600,
        "2027-12-31T17:00:00+01:00");
    row("always open", "always", "2026-12-24T10:00:00Z", 10 * 86400, "2027-01-03T10:00:00Z");
    row("negative seconds subtract", "office", "2026-03-30T09:00:00+02:00", -7200,
        "2026-03-27T16:00:00+01:00");
}

void TestBusinessCalendar::shouldAddBusinessSecondsToTheEarliestInstant()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const BusinessCalendar c = calendarNamed(calendar);
    const qint64 t = c.add(at(start), seconds);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(t, Qt::UTC), QDateTime::fromSecsSinceEpoch(at(expected), Qt::UTC));
    if (seconds >= 0)
        QCOMPARE(c.elapsed(at(start), t), seconds);
}

void TestBusinessCalendar::shouldSubtractBusinessSecondsToTheLatestInstant_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("end");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *cal, const char *e, qint64 seconds, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(cal) << QString::fromLatin1(e) << seconds
                            << QString::fromLatin1(expected);
    };
    row("latest is the opening, not Friday's close", "office", "2026-03-30T09:00:00+02:00", 3600,
        "2026-03-30T08:00:00+02:00");
    row("back over weekend and DST", "office", "2026-03-30T09:00:00+02:00", 7200,
        "2026-03-27T16:00:00+01:00");
    row("zero gives end", "office", "2026-03-22T09:00:00Z", 0, "2026-03-22T09:00:00Z");
    row("latest after lunch is 13:00", "lunch", "2026-03-23T14:00:00+01:00", 3600,
        "2026-03-23T13:00:00+01:00");
    row("back over lunch", "lunch", "2026-03-23T13:30:00+01:00", 3600, "2026-03-23T11:30:00+01:00");
    row("back over Easter 2026", "lunch", "2026-04-07T09:00:00+02:00", 7200, "2026-04-02T16:00:00+02:00");
    row("back over night-shift midnight", "night", "2026-03-24T01:00:00Z", 7200, "2026-03-23T23:00:00Z");
    row("always open", "always", "2026-03-01T00:00:00Z", 86400, "2026-02-28T00:00:00Z");
    row("negative seconds add", "office", "2026-03-27T16:00:00+01:00", -28800, "2026-03-30T13:00:00Z");
}

void TestBusinessCalendar::shouldSubtractBusinessSecondsToTheLatestInstant()
{
    QFETCH(QString, calendar);
    QFETCH(QString, end);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const BusinessCalendar c = calendarNamed(calendar);
    const qint64 t = c.subtract(at(end), seconds);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(t, Qt::UTC), QDateTime::fromSecsSinceEpoch(at(expected), Qt::UTC));
    if (seconds >= 0)
        QCOMPARE(c.elapsed(t, at(end)), seconds);
}

void TestBusinessCalendar::shouldTellWhetherAnInstantIsWorking_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("working");

    auto row = [](const char *name, const char *cal, const char *t, bool working) {
        QTest::newRow(name) << QString::fromLatin1(cal) << QString::fromLatin1(t) << working;
    };
    row("at opening", "office", "2026-03-23T08:00:00+01:00", true);
    row("second before opening", "office", "2026-03-23T07:59:59+01:00", false);
    row("at closing", "office", "2026-03-23T17:00:00+01:00", false);
    row("in lunch", "lunch", "2026-03-23T12:30:00+01:00", false);
    row("on Good Friday", "lunch", "2026-04-03T10:00:00+02:00", false);
    row("in the half-day override", "lunch", "2026-06-18T12:30:00+02:00", true);
    row("after the half-day override", "lunch", "2026-06-18T13:30:00+02:00", false);
    row("night shift at midnight", "night", "2026-03-24T00:00:00Z", true);
    row("Saturday", "office", "2026-03-28T10:00:00+01:00", false);
    row("always open on Christmas", "always", "2026-12-25T03:00:00Z", true);
    row("empty calendar", "empty", "2026-03-23T10:00:00Z", false);
}

void TestBusinessCalendar::shouldTellWhetherAnInstantIsWorking()
{
    QFETCH(QString, calendar);
    QFETCH(QString, instant);
    QFETCH(bool, working);
    const BusinessCalendar c = calendarNamed(calendar);
    QCOMPARE(c.isWorking(at(instant)), working);
    QCOMPARE(c.elapsed(at(instant), at(instant) + 1), working ? 1 : 0);
}

void TestBusinessCalendar::shouldFindNextOpeningAndClosing_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("closing");

    auto row = [](const char *name, const char *cal, const char *t, const char *open, const char *close) {
        QTest::newRow(name) << QString::fromLatin1(cal) << QString::fromLatin1(t) << QString::fromLatin1(open)
                            << QString::fromLatin1(close);
    };
    row("before opening", "office", "2026-03-23T07:00:00+01:00", "2026-03-23T08:00:00+01:00",
        "2026-03-23T17:00:00+01:00");
    row("exactly at opening", "office", "2026-03-23T08:00:00+01:00", "2026-03-23T08:00:00+01:00",
        "2026-03-23T17:00:00+01:00");
    row("inside an interval", "office", "2026-03-23T10:00:00+01:00", "2026-03-24T08:00:00+01:00",
        "2026-03-23T17:00:00+01:00");
    row("exactly at closing", "office", "2026-03-23T17:00:00+01:00", "2026-03-24T08:00:00+01:00",
        "2026-03-24T17:00:00+01:00");
    row("in lunch", "lunch", "2026-03-23T12:00:00+01:00", "2026-03-23T13:00:00+01:00",
        "2026-03-23T17:00:00+01:00");
    row("over Easter", "lunch", "2026-04-02T17:00:00+02:00", "2026-04-07T08:00:00+02:00",
        "2026-04-07T12:00:00+02:00");
    row("night shift is one stretch", "night", "2026-03-23T23:00:00Z", "2026-03-24T22:00:00Z",
        "2026-03-24T06:00:00Z");
}

void TestBusinessCalendar::shouldFindNextOpeningAndClosing()
{
    QFETCH(QString, calendar);
    QFETCH(QString, instant);
    QFETCH(QString, opening);
    QFETCH(QString, closing);
    const BusinessCalendar c = calendarNamed(calendar);
    QCOMPARE(c.nextOpening(at(instant)), at(opening));
    QCOMPARE(c.nextClosing(at(instant)), at(closing));
}

void TestBusinessCalendar::shouldResolveHoursOfADate_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayHours>("hours");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("holiday");

    auto row = [](const char *name, const char *cal, QDate date, DayHours hours, qint64 seconds,
                  bool holiday) {
        QTest::newRow(name) << QString::fromLatin1(cal) << date << hours << seconds << holiday;
    };
    row("plain Monday", "lunch", QDate(2026, 3, 23), {hm(8, 12), hm(13, 17)}, 8 * 3600, false);
    row("Sunday", "lunch", QDate(2026, 3, 22), {}, 0, false);
    row("Good Friday", "lunch", QDate(2026, 4, 3), {}, 0, true);
    row("override half-day", "lunch", QDate(2026, 6, 18), {hm(8, 13)}, 5 * 3600, false);
    row("Christmas Eve observed", "lunch", QDate(2026, 12, 24), {}, 0, true);
    row("Christmas Eve not observed", "lunchNoEves", QDate(2026, 12, 24), {hm(8, 12), hm(13, 17)}, 8 * 3600,
        false);
    row("spring-forward day", "allDay", QDate(2026, 3, 29), {hm(0, 24)}, 23 * 3600, false);
    row("fall-back day", "allDay", QDate(2026, 10, 25), {hm(0, 24)}, 25 * 3600, false);
    row("skipped hour inside interval", "overSkipped", QDate(2026, 3, 29), {hm(1, 5)}, 3 * 3600, false);
    row("always open", "always", QDate(2026, 12, 25), {hm(0, 24)}, 86400, true);
}

void TestBusinessCalendar::shouldResolveHoursOfADate()
{
    QFETCH(QString, calendar);
    QFETCH(QDate, date);
    QFETCH(DayHours, hours);
    QFETCH(qint64, seconds);
    QFETCH(bool, holiday);
    const BusinessCalendar c = calendarNamed(calendar);
    QCOMPARE(c.hoursOn(date), hours);
    QCOMPARE(c.isWorkingDay(date), !hours.isEmpty());
    QCOMPARE(c.workingSecondsOn(date), seconds);
    QCOMPARE(c.isHoliday(date), holiday);
}

void TestBusinessCalendar::shouldReturnSentinelsWhenNeverReached()
{
    const BusinessCalendar empty;
    const qint64 t = at(QStringLiteral("2026-03-23T10:00:00Z"));
    QCOMPARE(empty.add(t, 1), BusinessCalendar::NeverAfter);
    QCOMPARE(empty.subtract(t, 1), BusinessCalendar::NeverBefore);
    QCOMPARE(empty.nextOpening(t), BusinessCalendar::NeverAfter);
    QCOMPARE(empty.nextClosing(t), BusinessCalendar::NeverAfter);

    // One hour of working time in the whole calendar: the second hour is never reached.
    const BusinessCalendar once = calendarNamed(QStringLiteral("onlyOverride"));
    const qint64 open = at(QStringLiteral("2026-05-05T10:00:00Z"));
    QCOMPARE(once.add(t, 3600), open + 3600);
    QCOMPARE(once.add(t, 3601), BusinessCalendar::NeverAfter);
    QCOMPARE(once.subtract(open + 7200, 3600), open);
    QCOMPARE(once.subtract(open + 7200, 3601), BusinessCalendar::NeverBefore);

    // Past the supported range of local dates.
    const BusinessCalendar office = calendarNamed(QStringLiteral("office"));
    QCOMPARE(office.add(at(QStringLiteral("2100-01-04T10:00:00Z")), 60), BusinessCalendar::NeverAfter);
    QCOMPARE(BusinessCalendar::alwaysOpen().add(BusinessCalendar::NeverAfter - 10, 60),
             BusinessCalendar::NeverAfter);
}

void TestBusinessCalendar::shouldConvertToLocalDatesLikeQTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("offset");
    QTest::newRow("Stockholm winter") << QByteArray("Europe/Stockholm")
                                      << QStringLiteral("2026-01-01T23:30:00Z") << QDate(2026, 1, 2) << 3600;
    QTest::newRow("Stockholm summer") << QByteArray("Europe/Stockholm")
                                      << QStringLiteral("2026-07-01T21:59:59Z") << QDate(2026, 7, 1) << 7200;
    QTest::newRow("New York evening")
        << QByteArray("America/New_York") << QStringLiteral("2026-03-09T03:59:59Z") << QDate(2026, 3, 8)
        << -4 * 3600;
    QTest::newRow("before 1970") << QByteArray("America/New_York") << QStringLiteral("1969-12-31T12:00:00Z")
                                 << QDate(1969, 12, 31) << -5 * 3600;
    QTest::newRow("Lord Howe 2038 half-hour DST")
        << QByteArray("Australia/Lord_Howe") << QStringLiteral("2038-09-27T13:45:00Z") << QDate(2038, 9, 28)
        << 37800;
}

void TestBusinessCalendar::shouldConvertToLocalDatesLikeQTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, instant);
    QFETCH(QDate, date);
    QFETCH(int, offset);
    BusinessCalendar c;
    QVERIFY(c.setTimeZone(zone));
    QCOMPARE(c.offsetFromUtc(at(instant)), offset);
    QCOMPARE(c.localDate(at(instant)), date);
    QCOMPARE(c.offsetFromUtc(at(instant)),
             QTimeZone(zone).offsetFromUtc(QDateTime::fromSecsSinceEpoch(at(instant), Qt::UTC)));
    QCOMPARE(c.startOfDay(date), date.startOfDay(QTimeZone(zone)).toSecsSinceEpoch());
}

void TestBusinessCalendar::shouldRefuseUnknownTimeZonesAndRules()
{
    BusinessCalendar c;
    QVERIFY(!c.setTimeZone("Mars/Olympus_Mons"));
    QVERIFY(!c.setTimeZone(""));
    QCOMPARE(c.timeZoneId(), QByteArray("UTC"));
    QVERIFY(c.setTimeZone("America/New_York"));
    QCOMPARE(c.timeZoneId(), QByteArray("America/New_York"));
    QVERIFY(!c.addHolidayRule(QStringLiteral("XX")));
    QVERIFY(c.holidayRules().isEmpty());
    QVERIFY(c.addHolidayRule(QStringLiteral("SE")));
    QVERIFY(c.addHolidayRule(QStringLiteral("SE")));
    QCOMPARE(c.holidayRules(), QStringList{QStringLiteral("SE")});
}

void TestBusinessCalendar::shouldNormalizeDayHours()
{
    BusinessCalendar c;
    c.setWeekHours(Qt::Monday,
                   {hm(13, 17), hm(8, 12), hm(11, 14), WorkInterval{600, 600}, WorkInterval{0, 1500}});
    QCOMPARE(c.weekHours(Qt::Monday), (DayHours{hm(8, 17)}));
    c.addRecurringHoliday(2, 30);
    c.addRecurringHoliday(12, 24);
    c.addRecurringHoliday(2, 29);
    QCOMPARE(c.recurringHolidays(), (QVector<QPair<int, int>>{{2, 29}, {12, 24}}));
    QVERIFY(c.isHoliday(QDate(2028, 2, 29)));
    c.addHoliday(QDate(2026, 12, 28));
    c.addHoliday(QDate(2026, 1, 2));
    c.addHoliday(QDate(2026, 12, 28));
    QCOMPARE(c.holidays(), (QVector<QDate>{QDate(2026, 1, 2), QDate(2026, 12, 28)}));
}

void TestBusinessCalendar::shouldKeepCopiesIndependent()
{
    BusinessCalendar a = calendarNamed(QStringLiteral("office"));
    const qint64 mon = at(QStringLiteral("2026-03-23T00:00:00+01:00"));
    QCOMPARE(a.elapsed(mon, mon + 86400), 9 * 3600); // compiles a's table
    BusinessCalendar b = a;
    QCOMPARE(a, b);
    b.addHoliday(QDate(2026, 3, 23));
    QVERIFY(a != b);
    QCOMPARE(a.elapsed(mon, mon + 86400), 9 * 3600);
    QCOMPARE(b.elapsed(mon, mon + 86400), 0);
    b.removeHoliday(QDate(2026, 3, 23));
    QCOMPARE(a, b);
    QCOMPARE(b.elapsed(mon, mon + 86400), 9 * 3600);
}

void TestBusinessCalendar::shouldShareCompiledHoursOnlyBetweenEqualDefinitions()
{
    const qint64 mon = at(QStringLiteral("2026-03-23T00:00:00+01:00"));
    BusinessCalendar first = calendarNamed(QStringLiteral("office"));
    first.setName(QStringLiteral("first"));
    QCOMPARE(first.elapsed(mon, mon + 86400), 9 * 3600);
    BusinessCalendar second = calendarNamed(QStringLiteral("office"));
    second.setName(QStringLiteral("second"));
    QVERIFY(first != second); // names differ, hours are the same
    QCOMPARE(second.elapsed(mon, mon + 86400), 9 * 3600);
    BusinessCalendar third = calendarNamed(QStringLiteral("office"));
    third.setWeekHours(Qt::Monday, {hm(8, 12)});
    QCOMPARE(third.elapsed(mon, mon + 86400), 4 * 3600);
    BusinessCalendar fourth = calendarNamed(QStringLiteral("office"));
    fourth.setTimeZone("America/New_York");
    QCOMPARE(fourth.nextOpening(mon), at(QStringLiteral("2026-03-23T08:00:00-04:00")));
}

void TestBusinessCalendar::shouldGiveSameAnswersFromSeveralThreads()
{
    const BusinessCalendar c = calendarNamed(QStringLiteral("lunch")); // not compiled yet
    const qint64 base = at(QStringLiteral("2026-01-01T00:00:00Z"));
    std::vector<qint64> results(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&c, &results, i, base] {
            const BusinessCalendar copy = c;
            qint64 sum = 0;
            for (qint64 k = 0; k < 2000; ++k)
                sum += copy.elapsed(base + k * 3607, base + k * 3607 + 5 * 86400);
            results[i] = sum;
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY(results[0] > 0);
    for (qint64 r : results)
        QCOMPARE(r, results[0]);
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"

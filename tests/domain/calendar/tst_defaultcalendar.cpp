// The calendars assumed where none is stored: an engagement's default office calendar (hours,
// holidays by zone, an unknown zone in UTC) and the team's zone when the portfolio sets none.
#include "models/domain/calendar/defaultcalendar.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using Domain::BusinessCalendar;
using Domain::DefaultCalendar;

namespace {
qint64 at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
}
} // namespace

class TestDefaultCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shouldPickHolidayRulesByZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("rule");
        QTest::newRow("Stockholm is SE") << QByteArray("Europe/Stockholm") << QStringLiteral("SE");
        QTest::newRow("Helsinki is FI") << QByteArray("Europe/Helsinki") << QStringLiteral("FI");
        QTest::newRow("Oslo is NO") << QByteArray("Europe/Oslo") << QStringLiteral("NO");
        QTest::newRow("Copenhagen is DK") << QByteArray("Europe/Copenhagen") << QStringLiteral("DK");
        QTest::newRow("Berlin is DE") << QByteArray("Europe/Berlin") << QStringLiteral("DE");
        QTest::newRow("London is GB") << QByteArray("Europe/London") << QStringLiteral("GB");
        QTest::newRow("New York is US") << QByteArray("America/New_York") << QStringLiteral("US");
        QTest::newRow("Los Angeles is US") << QByteArray("America/Los_Angeles") << QStringLiteral("US");
        QTest::newRow("Amsterdam has none") << QByteArray("Europe/Amsterdam") << QString();
        QTest::newRow("UTC has none") << QByteArray("UTC") << QString();
        QTest::newRow("unknown zone has none") << QByteArray("Mars/Olympus") << QString();
    }

    void shouldPickHolidayRulesByZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, rule);
        const BusinessCalendar calendar = DefaultCalendar::forZone(zone);
        QCOMPARE(calendar.holidayRules(), rule.isEmpty() ? QStringList() : QStringList{rule});
        QCOMPARE(calendar.timeZoneId(), QTimeZone(zone).isValid() ? zone : QByteArray("UTC"));
        QVERIFY(!calendar.isAlwaysOpen());
        QVERIFY(!calendar.name().isEmpty());
    }

    void shouldOpenTheDefaultCalendarMondayToFridayEightToFive_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("instant");
        QTest::addColumn<bool>("working");
        QTest::newRow("Stockholm Monday 08:00 opens")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-03-02T08:00:00+01:00") << true;
        QTest::newRow("Stockholm Monday 07:59 closed")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-03-02T07:59:00+01:00") << false;
        QTest::newRow("Stockholm Friday 16:59 open")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-03-06T16:59:00+01:00") << true;
        QTest::newRow("Stockholm Friday 17:00 closed")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-03-06T17:00:00+01:00") << false;
        QTest::newRow("Stockholm Saturday closed")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-03-07T10:00:00+01:00") << false;
        QTest::newRow("Stockholm Friday before National Day open")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-06-05T10:00:00+02:00") << true;
        QTest::newRow("Stockholm Midsummer Eve closed")
            << QByteArray("Europe/Stockholm") << QStringLiteral("2026-06-19T10:00:00+02:00") << false;
        QTest::newRow("Helsinki Friday before Independence Day open")
            << QByteArray("Europe/Helsinki") << QStringLiteral("2025-12-05T10:00:00+02:00") << true;
        QTest::newRow("Helsinki Independence Day 2024 closed")
            << QByteArray("Europe/Helsinki") << QStringLiteral("2024-12-06T10:00:00+02:00") << false;
        QTest::newRow("New York Thanksgiving closed")
            << QByteArray("America/New_York") << QStringLiteral("2026-11-26T10:00:00-05:00") << false;
        QTest::newRow("New York local 08:30 open")
            << QByteArray("America/New_York") << QStringLiteral("2026-11-25T08:30:00-05:00") << true;
        QTest::newRow("Amsterdam King's Day open")
            << QByteArray("Europe/Amsterdam") << QStringLiteral("2026-04-27T10:00:00+02:00") << true;
    }

    void shouldOpenTheDefaultCalendarMondayToFridayEightToFive()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, instant);
        QFETCH(bool, working);
        QCOMPARE(DefaultCalendar::forZone(zone).isWorking(at(instant)), working);
    }

    void shouldPickTheTeamsZone_data()
    {
        QTest::addColumn<QList<QByteArray>>("engagements");
        QTest::addColumn<QByteArray>("team");
        QTest::newRow("no engagements: Stockholm") << QList<QByteArray>{} << QByteArray("Europe/Stockholm");
        QTest::newRow("one engagement")
            << QList<QByteArray>{"America/New_York"} << QByteArray("America/New_York");
        QTest::newRow("the most common")
            << QList<QByteArray>{"Europe/Helsinki", "Europe/Oslo", "Europe/Oslo", "America/New_York"}
            << QByteArray("Europe/Oslo");
        QTest::newRow("a tie: the first listed")
            << QList<QByteArray>{"Europe/Helsinki", "Europe/Oslo", "Europe/Oslo", "Europe/Helsinki"}
            << QByteArray("Europe/Helsinki");
    }

    void shouldPickTheTeamsZone()
    {
        QFETCH(QList<QByteArray>, engagements);
        QFETCH(QByteArray, team);
        QCOMPARE(DefaultCalendar::teamZone(engagements), team);
    }
};

QTEST_GUILESS_MAIN(TestDefaultCalendar)
#include "tst_defaultcalendar.moc"

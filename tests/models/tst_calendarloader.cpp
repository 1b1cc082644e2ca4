// The loader behind `calendar export`, `calendar import` and the Calendar dialog: an engagement
// without a calendar of its own reads its zone's default; a saved calendar is shared by name, and
// save() names every engagement counting on it; the dialog's save is refused over a version someone
// else saved since; the days of a year off the weekly hours. On both dialects (issue 15): a new
// database per test function.
#include "models/calendarloader.h"
#include "models/domain/calendar/holidayrules.h"
#include "models/holidaytext.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using Models::CalendarLoader;

namespace {
Domain::Engagement engagement(const QString &key, const QByteArray &zone)
{
    Domain::Engagement e;
    e.key = key;
    e.client = key + QStringLiteral(" AB");
    e.model = Domain::SupportModel::SlaHotfix;
    e.start = QDate(2026, 1, 1);
    e.timeZone = zone;
    return e;
}

Domain::BusinessCalendar shared()
{
    Domain::BusinessCalendar calendar;
    calendar.setName(QStringLiteral("Shared hours"));
    calendar.setTimeZone("Europe/Helsinki");
    return calendar;
}
} // namespace

class TestCalendarLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_first = engagement(QStringLiteral("FIRST"), "Europe/Stockholm");
    Domain::Engagement m_second = engagement(QStringLiteral("SECOND"), "Europe/London");

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        m_first.id = 0;
        m_second.id = 0;
        DD_OPEN_FRESH_DATABASE(m_db, m_dir.path());
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_first).isNull());
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_second).isNull());
    }

    void shouldReadTheZonesDefaultWhenNoneIsStored()
    {
        Domain::BusinessCalendar calendar;
        bool stored = true;
        QVERIFY(CalendarLoader(m_db).load(m_second.id, &calendar, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(calendar.timeZoneId(), QByteArray("Europe/London"));
    }

    void shouldShareASavedCalendarByName()
    {
        QStringList users;
        QVERIFY(CalendarLoader(m_db).save(m_first.id, shared(), &users).isNull());
        QCOMPARE(users, QStringList{QStringLiteral("FIRST")});
        QVERIFY(CalendarLoader(m_db).save(m_second.id, shared(), &users).isNull());
        QCOMPARE(users, (QStringList{QStringLiteral("FIRST"), QStringLiteral("SECOND")}));

        Domain::BusinessCalendar calendar;
        bool stored = false;
        QVERIFY(CalendarLoader(m_db).load(m_second.id, &calendar, &stored).isNull());
        QVERIFY(stored);
        QCOMPARE(calendar.name(), QStringLiteral("Shared hours"));
        QCOMPARE(calendar.timeZoneId(), QByteArray("Europe/Helsinki"));
    }

    void shouldFailForAnEngagementThatIsNotThere()
    {
        Domain::BusinessCalendar calendar;
        QVERIFY(!CalendarLoader(m_db).load(m_second.id + 1000, &calendar).isNull());
        Models::CalendarView view;
        QVERIFY(!CalendarLoader(m_db).view(m_second.id + 1000, &view).isNull());
    }

    void shouldSayWhoSavedTheCalendarAndWhoSharesIt()
    {
        Models::CalendarView view;
        QVERIFY(CalendarLoader(m_db).view(m_first.id, &view).isNull());
        QVERIFY(!view.stored);
        QVERIFY(view.users.isEmpty());
        QVERIFY(!view.stamp.isStored());
        QStringList users;
        QVERIFY(CalendarLoader(m_db).save(m_first.id, shared(), &users).isNull());
        QVERIFY(CalendarLoader(m_db).save(m_second.id, shared(), &users).isNull());
        QVERIFY(CalendarLoader(m_db).view(m_second.id, &view).isNull());
        QVERIFY(view.stored);
        QCOMPARE(view.calendar, shared());
        QCOMPARE(view.users, (QStringList{QStringLiteral("FIRST"), QStringLiteral("SECOND")}));
        QVERIFY(!m_db.userName().isEmpty());
        QCOMPARE(view.stamp.updatedBy, m_db.userName()); // the file's user, or the server's role
        QVERIFY(CalendarLoader(m_db).usersOf(QStringLiteral(" Shared hours "), &users).isNull());
        QCOMPARE(users, view.users);
        QVERIFY(CalendarLoader(m_db).usersOf(QStringLiteral("Nobody's"), &users).isNull());
        QVERIFY(users.isEmpty());
    }

    void shouldRefuseToSaveOverACalendarSomeoneElseChanged()
    {
        QStringList users;
        QVERIFY(CalendarLoader(m_db).save(m_first.id, shared(), &users).isNull());
        Models::CalendarView read;
        QVERIFY(CalendarLoader(m_db).view(m_first.id, &read).isNull());
        // Someone else saves the calendar of that name meanwhile (a `calendar import`).
        Domain::BusinessCalendar theirs = shared();
        theirs.addHoliday(QDate(2026, 12, 28));
        QVERIFY(CalendarLoader(m_db).save(m_second.id, theirs, &users).isNull());
        Domain::BusinessCalendar mine = shared();
        mine.setWeekHours(Qt::Monday, {{8 * 60, 16 * 60}});
        const Storage::StorageError error = CalendarLoader(m_db).save(m_first.id, mine, read, &users);
        QCOMPARE(error.kind, Storage::StorageError::Kind::Conflict);
        Models::CalendarView now;
        QVERIFY(CalendarLoader(m_db).view(m_first.id, &now).isNull());
        QCOMPARE(now.calendar, theirs);
        // Read again, the same save lands; a calendar of another name is a calendar of its own.
        QVERIFY(CalendarLoader(m_db).save(m_first.id, mine, now, &users).isNull());
        QCOMPARE(users, (QStringList{QStringLiteral("FIRST"), QStringLiteral("SECOND")}));
        Domain::BusinessCalendar own = mine;
        own.setName(QStringLiteral("FIRST hours"));
        QVERIFY(CalendarLoader(m_db).save(m_first.id, own, now, &users).isNull());
        QCOMPARE(users, QStringList{QStringLiteral("FIRST")});
        QVERIFY(CalendarLoader(m_db).view(m_second.id, &now).isNull());
        QCOMPARE(now.calendar, mine);
    }

    void shouldListTheDaysOfAYearOffTheWeeklyHours()
    {
        using Kind = Models::CalendarDay::Kind;
        Domain::BusinessCalendar calendar = shared();
        QVERIFY(calendar.addHolidayRule(QStringLiteral("SE")));
        calendar.setObservesDeFactoHolidays(false);
        calendar.addRecurringHoliday(12, 27);
        calendar.addHoliday(QDate(2026, 12, 28));
        calendar.addHoliday(QDate(2027, 1, 4));
        calendar.setOverride(QDate(2026, 6, 18), {{8 * 60, 13 * 60}});
        calendar.setOverride(QDate(2026, 12, 25), {}); // wins over the holiday of that date
        const QVector<Models::CalendarDay> days = CalendarLoader::daysOff(calendar, 2026);
        QVector<QDate> dates;
        for (const Models::CalendarDay &day : days)
            dates << day.date;
        // Sweden's public holidays of 2026 without its de-facto days, then the calendar's own.
        const QVector<QDate> expected = {
            QDate(2026, 1, 1),   QDate(2026, 1, 6),   QDate(2026, 4, 3),   QDate(2026, 4, 5),
            QDate(2026, 4, 6),   QDate(2026, 5, 1),   QDate(2026, 5, 14),  QDate(2026, 5, 24),
            QDate(2026, 6, 6),   QDate(2026, 6, 18),  QDate(2026, 6, 20),  QDate(2026, 10, 31),
            QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2026, 12, 27), QDate(2026, 12, 28)};
        QCOMPARE(dates, expected);
        QCOMPARE(days.at(2), (Models::CalendarDay{QDate(2026, 4, 3),
                                                  Kind::PublicHoliday,
                                                  QStringLiteral("SE"),
                                                  {},
                                                  QStringLiteral("good-friday")}));
        QCOMPARE(days.at(9),
                 (Models::CalendarDay{QDate(2026, 6, 18), Kind::OwnHours, {}, {{8 * 60, 13 * 60}}}));
        QCOMPARE(days.at(12).kind, Kind::OwnHours);
        QVERIFY(days.at(12).hours.isEmpty());
        QCOMPARE(days.at(14).kind, Kind::YearlyHoliday);
        QCOMPARE(days.at(15).kind, Kind::SingleHoliday);
        // Observed, the de-facto days come in as such.
        calendar.setObservesDeFactoHolidays(true);
        const QVector<Models::CalendarDay> observed = CalendarLoader::daysOff(calendar, 2026);
        QCOMPARE(observed.size(), days.size() + 3);
        QCOMPARE(observed.at(10), (Models::CalendarDay{QDate(2026, 6, 19),
                                                       Kind::DeFactoDayOff,
                                                       QStringLiteral("SE"),
                                                       {},
                                                       QStringLiteral("midsummer-eve")}));
        // A substitute day keeps the id of the day it stands in for: England's Boxing Day of
        // 2026 is a Saturday, observed on Monday the 28th.
        Domain::BusinessCalendar london;
        QVERIFY(london.addHolidayRule(QStringLiteral("GB")));
        const QVector<Models::CalendarDay> gb = CalendarLoader::daysOff(london, 2026);
        QCOMPARE(gb.constLast(), (Models::CalendarDay{QDate(2026, 12, 28),
                                                      Kind::SubstituteDay,
                                                      QStringLiteral("GB"),
                                                      {},
                                                      QStringLiteral("boxing-day")}));
        // Another year: its own holidays and the yearly date, not 2026's single dates.
        const QVector<Models::CalendarDay> next = CalendarLoader::daysOff(calendar, 2027);
        QCOMPARE(next.first().date, QDate(2027, 1, 1));
        QVERIFY(std::any_of(next.cbegin(), next.cend(),
                            [](const Models::CalendarDay &d) { return d.date == QDate(2027, 1, 4); }));
        QVERIFY(std::none_of(next.cbegin(), next.cend(),
                             [](const Models::CalendarDay &d) { return d.date.year() != 2027; }));
    }

    void shouldNameEveryDayOfEveryRuleSet()
    {
        // Every id a rule set gives, in the years a calendar may show, has a name of its own: a
        // day added to a rule set without one would show its id ("christmas-day") in the window.
        QSet<QString> ids;
        for (const QString &code : Domain::HolidayRules::supportedCodes()) {
            for (int year = 1990; year <= 2060; ++year) {
                for (const Domain::Holiday &holiday : Domain::HolidayRules::holidays(code, year))
                    ids.insert(holiday.id);
            }
        }
        QCOMPARE(ids.size(), 44);
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(Models::HolidayText::isNamed(id), qPrintable(id));
            QVERIFY2(Models::HolidayText::name(id) != id, qPrintable(id));
        }
        QCOMPARE(Models::HolidayText::name(QStringLiteral("christmas-day")), QStringLiteral("Christmas Day"));
        QCOMPARE(Models::HolidayText::name(QStringLiteral("no-such-day")), QStringLiteral("no-such-day"));
        QVERIFY(!Models::HolidayText::isNamed(QStringLiteral("no-such-day")));
    }
};

QTEST_GUILESS_MAIN(TestCalendarLoader)
#include "tst_calendarloader.moc"

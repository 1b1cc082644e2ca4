// The loader behind `calendar export` and `calendar import`: an engagement without a calendar of
// its own reads its zone's default; a saved calendar is shared by name, and save() names every
// engagement counting on it. On both dialects (issue 15): a new database per test function.
#include "models/calendarloader.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

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
    }
};

QTEST_GUILESS_MAIN(TestCalendarLoader)
#include "tst_calendarloader.moc"

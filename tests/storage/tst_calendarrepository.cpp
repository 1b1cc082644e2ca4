// Calendars in the database: round trip, upsert by name, an engagement's calendar and its default.
#include "models/domain/calendar/defaultcalendar.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Domain::BusinessCalendar;
using Storage::CalendarRepository;
using Storage::StorageError;

namespace {

Domain::Engagement engagementIn(const QString &key, const QByteArray &zone)
{
    Domain::Engagement e;
    e.key = key;
    e.client = QStringLiteral("Client of %1").arg(key);
    e.start = QDate(2026, 1, 1);
    e.timeZone = zone;
    e.committedMinutesPerMonth = 60 * 60;
    return e;
}

BusinessCalendar stockholmOffice()
{
    BusinessCalendar c;
    c.setName(QStringLiteral("Stockholm office"));
    c.setTimeZone("Europe/Stockholm");
    c.setWeekHours(Qt::Monday, {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    c.setWeekHours(Qt::Tuesday, {{8 * 60, 17 * 60}});
    c.addHoliday(QDate(2026, 12, 28));
    c.addRecurringHoliday(12, 24);
    c.addHolidayRule(QStringLiteral("SE"));
    c.setOverride(QDate(2026, 6, 18), {{8 * 60, 13 * 60}});
    return c;
}

} // namespace

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QString m_path;

    qint64 addEngagement(const QString &key, const QByteArray &zone)
    {
        Domain::Engagement e = engagementIn(key, zone);
        const StorageError error = Storage::EngagementRepository(*m_db).insert(&e);
        if (error)
            qWarning() << error.toString();
        return e.id;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        m_path = path;
        {
            const auto openError = m_db->open(path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
    }
    void cleanup() { m_db.reset(); }

    void shouldRoundTripACalendarByIdAndByName()
    {
        const CalendarRepository repo(*m_db);
        qint64 id = 0;
        Domain::ChangeStamp stamp;
        QVERIFY(repo.upsert(stockholmOffice(), &id, &stamp).isNull());
        QVERIFY(id > 0);
        QCOMPARE(stamp.version, qint64(1));
        std::optional<Storage::StoredCalendar> byId;
        QVERIFY(repo.findById(id, &byId).isNull());
        QVERIFY(byId);
        QCOMPARE(byId->calendar, stockholmOffice());
        std::optional<Storage::StoredCalendar> byName;
        QVERIFY(repo.findByName(QStringLiteral("Stockholm office"), &byName).isNull());
        QVERIFY(byName);
        QCOMPARE(byName->id, id);
        QCOMPARE(byName->stamp, stamp);
        QCOMPARE(byName->stamp.createdBy, m_db->userName());
        QCOMPARE(byName->calendar.name(), QStringLiteral("Stockholm office"));
    }

    void shouldFindNothingForAnUnknownIdOrName()
    {
        const CalendarRepository repo(*m_db);
        std::optional<Storage::StoredCalendar> found = Storage::StoredCalendar{};
        QVERIFY(repo.findById(42, &found).isNull());
        QVERIFY(!found);
        found = Storage::StoredCalendar{};
        QVERIFY(repo.findByName(QStringLiteral("nope"), &found).isNull());
        QVERIFY(!found);
    }

    void shouldReplaceTheDefinitionWhenUpsertingAnExistingName()
    {
        const CalendarRepository repo(*m_db);
        qint64 first = 0;
        Domain::ChangeStamp stamp;
        QVERIFY(repo.upsert(stockholmOffice(), &first, &stamp).isNull());
        BusinessCalendar changed = stockholmOffice();
        changed.setWeekHours(Qt::Saturday, {{10 * 60, 14 * 60}});
        qint64 second = 0;
        QVERIFY(repo.upsert(changed, &second, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(2));
        QCOMPARE(second, first);
        QVector<Storage::StoredCalendar> all;
        QVERIFY(repo.list(&all).isNull());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().calendar, changed);
    }

    void shouldListCalendarsByName()
    {
        const CalendarRepository repo(*m_db);
        BusinessCalendar b = BusinessCalendar::alwaysOpen();
        b.setName(QStringLiteral("b 24x7"));
        BusinessCalendar a = stockholmOffice();
        a.setName(QStringLiteral("a office"));
        Domain::ChangeStamp ofA;
        Domain::ChangeStamp ofB;
        QVERIFY(repo.upsert(b, nullptr, &ofB).isNull());
        QVERIFY(repo.upsert(a, nullptr, &ofA).isNull());
        QVector<Storage::StoredCalendar> all;
        QVERIFY(repo.list(&all).isNull());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).calendar, a);
        QCOMPARE(all.at(1).calendar, b);
        QVERIFY(all.at(1).calendar.isAlwaysOpen());
    }

    void shouldRefuseACalendarWithoutName()
    {
        const CalendarRepository repo(*m_db);
        BusinessCalendar unnamed = stockholmOffice();
        unnamed.setName(QStringLiteral("  "));
        Domain::ChangeStamp stamp;
        const StorageError error = repo.upsert(unnamed, nullptr, &stamp);
        QVERIFY(!error.isNull());
        QVector<Storage::StoredCalendar> all;
        QVERIFY(repo.list(&all).isNull());
        QVERIFY(all.isEmpty());
    }

    void shouldReportADamagedStoredDefinition()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO calendars (name, definition) VALUES (:n, :d)")));
        q.bindValue(QStringLiteral(":n"), QStringLiteral("broken"));
        q.bindValue(QStringLiteral(":d"), QStringLiteral("{\"week\": {\"mon\": [\"25:00-26:00\"]}}"));
        QVERIFY(q.exec());
        std::optional<Storage::StoredCalendar> found;
        const StorageError error = CalendarRepository(*m_db).findByName(QStringLiteral("broken"), &found);
        QVERIFY(!error.isNull());
        QCOMPARE(error.record, QStringLiteral("broken"));
        QVERIFY2(error.detail.contains(QStringLiteral("25:00-26:00")), qPrintable(error.detail));
    }

    void shouldSetAndClearAnEngagementsCalendar()
    {
        const CalendarRepository repo(*m_db);
        const qint64 engagement = addEngagement(QStringLiteral("NORDSHOP"), "Europe/Stockholm");
        QVERIFY(engagement > 0);
        qint64 id = 0;
        QVERIFY(repo.saveCalendarFor(engagement, stockholmOffice(), &id).isNull());
        BusinessCalendar calendar;
        bool stored = false;
        QVERIFY(repo.calendarFor(engagement, &calendar, &stored).isNull());
        QVERIFY(stored);
        QCOMPARE(calendar, stockholmOffice());
        QVERIFY(repo.setCalendar(engagement, 0).isNull());
        QVERIFY(repo.calendarFor(engagement, &calendar, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(calendar, Domain::DefaultCalendar::forZone("Europe/Stockholm"));
    }

    void shouldFallBackToTheDefaultWhenTheCalendarIsRemoved()
    {
        const CalendarRepository repo(*m_db);
        const qint64 engagement = addEngagement(QStringLiteral("NORDSHOP"), "Europe/Helsinki");
        qint64 id = 0;
        QVERIFY(repo.saveCalendarFor(engagement, stockholmOffice(), &id).isNull());
        std::optional<Storage::StoredCalendar> read;
        QVERIFY(repo.findById(id, &read).isNull());
        QVERIFY(repo.remove(id, read->stamp).isNull());
        BusinessCalendar calendar;
        bool stored = true;
        QVERIFY(repo.calendarFor(engagement, &calendar, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(calendar.timeZoneId(), QByteArray("Europe/Helsinki"));
        QCOMPARE(repo.remove(id, read->stamp).kind, StorageError::Kind::NotFound);
    }

    void shouldShareACalendarBetweenEngagementsByName()
    {
        const CalendarRepository repo(*m_db);
        const qint64 a = addEngagement(QStringLiteral("A"), "Europe/Stockholm");
        const qint64 b = addEngagement(QStringLiteral("B"), "Europe/Stockholm");
        QVERIFY(repo.saveCalendarFor(a, stockholmOffice()).isNull());
        BusinessCalendar changed = stockholmOffice();
        changed.addHoliday(QDate(2026, 4, 30));
        QVERIFY(repo.saveCalendarFor(b, changed).isNull());
        BusinessCalendar ofA;
        QVERIFY(repo.calendarFor(a, &ofA).isNull());
        QCOMPARE(ofA, changed);
        std::optional<Storage::StoredCalendar> stored;
        QVERIFY(repo.findByName(QStringLiteral("Stockholm office"), &stored).isNull());
        QStringList users;
        QVERIFY(repo.engagementsUsing(stored->id, &users).isNull());
        QCOMPARE(users, QStringList({QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(repo.setCalendar(a, 0).isNull());
        QVERIFY(repo.engagementsUsing(stored->id, &users).isNull());
        QCOMPARE(users, QStringList{QStringLiteral("B")});
    }

    void shouldRefuseTheSecondOfTwoSavesOfACalendarNamingWhoSavedFirst()
    {
        Domain::ChangeStamp first;
        QVERIFY(CalendarRepository(*m_db).upsert(stockholmOffice(), nullptr, &first).isNull());
        Storage::Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        std::optional<Storage::StoredCalendar> byAlice;
        std::optional<Storage::StoredCalendar> byBob;
        QVERIFY(CalendarRepository(alice).findByName(QStringLiteral("Stockholm office"), &byAlice).isNull());
        QVERIFY(CalendarRepository(bob).findByName(QStringLiteral("Stockholm office"), &byBob).isNull());
        // WHEN alice adds a holiday, then bob Saturday hours, each over the version read
        BusinessCalendar aliceChange = byAlice->calendar;
        aliceChange.addHoliday(QDate(2026, 4, 30));
        QVERIFY(CalendarRepository(alice).upsert(aliceChange, nullptr, &byAlice->stamp).isNull());
        BusinessCalendar bobChange = byBob->calendar;
        bobChange.setWeekHours(Qt::Saturday, {{10 * 60, 14 * 60}});
        const Domain::ChangeStamp bobRead = byBob->stamp;
        StorageError error = CalendarRepository(bob).upsert(bobChange, nullptr, &byBob->stamp);
        // THEN bob's is refused naming alice and the calendar; alice's stays
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::Calendar);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, byAlice->stamp.updatedAt);
        QCOMPARE(error.rowName, QStringLiteral("Stockholm office"));
        QCOMPARE(byBob->stamp, bobRead);
        std::optional<Storage::StoredCalendar> stored;
        QVERIFY(CalendarRepository(*m_db).findByName(QStringLiteral("Stockholm office"), &stored).isNull());
        QCOMPARE(stored->calendar, aliceChange);
        QCOMPARE(stored->stamp, byAlice->stamp);
        // AND a removal over bob's old read is refused too; alice's removal goes through, after
        // which bob's save is refused as deleted
        QCOMPARE(CalendarRepository(bob).remove(stored->id, bobRead).kind, StorageError::Kind::Conflict);
        QVERIFY(CalendarRepository(alice).remove(stored->id, byAlice->stamp).isNull());
        error = CalendarRepository(bob).upsert(bobChange, nullptr, &byBob->stamp);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        // AND adding a calendar of a name someone else added since (read as absent) is refused
        Domain::ChangeStamp none;
        QVERIFY(CalendarRepository(alice).upsert(stockholmOffice(), nullptr, &none).isNull());
        Domain::ChangeStamp bobNone;
        QCOMPARE(CalendarRepository(bob).upsert(bobChange, nullptr, &bobNone).kind,
                 StorageError::Kind::Conflict);
        QVERIFY(CalendarRepository(*m_db).findByName(QStringLiteral("Stockholm office"), &stored).isNull());
        QCOMPARE(stored->calendar, stockholmOffice());
    }

    void shouldReplaceByImportOverWhateverVersionIsStoredEvenADamagedOne()
    {
        const CalendarRepository repo(*m_db);
        const qint64 engagement = addEngagement(QStringLiteral("NORDSHOP"), "Europe/Stockholm");
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO calendars (name, definition) VALUES ('Stockholm office', "
                                      "'{\"week\": {\"mon\": [\"25:00-26:00\"]}}')")));
        q.finish();
        qint64 id = 0;
        QVERIFY(repo.saveCalendarFor(engagement, stockholmOffice(), &id).isNull());
        QVERIFY(repo.saveCalendarFor(engagement, stockholmOffice(), &id).isNull());
        std::optional<Storage::StoredCalendar> stored;
        QVERIFY(repo.findById(id, &stored).isNull());
        QCOMPARE(stored->calendar, stockholmOffice());
        QCOMPARE(stored->stamp.version, qint64(3));
        QCOMPARE(stored->stamp.createdBy, QString());
        QCOMPARE(stored->stamp.updatedBy, m_db->userName());
    }

    void shouldRefuseAnUnknownEngagement()
    {
        const CalendarRepository repo(*m_db);
        BusinessCalendar calendar;
        QCOMPARE(repo.calendarFor(99, &calendar).kind, StorageError::Kind::NotFound);
        QCOMPARE(repo.setCalendar(99, 0).kind, StorageError::Kind::NotFound);
        // Nothing half-written: the calendar of a failed saveCalendarFor() is not kept.
        QCOMPARE(repo.saveCalendarFor(99, stockholmOffice()).kind, StorageError::Kind::NotFound);
        QVector<Storage::StoredCalendar> all;
        QVERIFY(repo.list(&all).isNull());
        QVERIFY(all.isEmpty());
    }

    void shouldGiveAnEngagementWithoutCalendarTheDefaultOfItsZone()
    {
        const CalendarRepository repo(*m_db);
        const qint64 engagement = addEngagement(QStringLiteral("ATLANTIC"), "America/New_York");
        BusinessCalendar calendar;
        bool stored = true;
        QVERIFY(repo.calendarFor(engagement, &calendar, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(calendar.timeZoneId(), QByteArray("America/New_York"));
        QCOMPARE(calendar.holidayRules(), QStringList{QStringLiteral("US")});
        // The default is not written: the database stays as it was.
        QVector<Storage::StoredCalendar> all;
        QVERIFY(repo.list(&all).isNull());
        QVERIFY(all.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"

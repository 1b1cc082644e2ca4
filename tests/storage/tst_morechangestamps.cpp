// Migration 008 (more_change_stamps, issue 15): a database of the schema before it, with rows in
// the tables it stamps, migrates on both dialects to version 1, nobody and 0 (unknown) as who and
// when, keeps every value, and the rows can be saved over that version afterwards. The migration
// is found by its name, not its number: another branch may number its own migration 008 as well.
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/portfoliosettingsrepository.h"
#include "models/storage/reviewnoterepository.h"
#include "testdatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString s_name = QStringLiteral("more_change_stamps");

/// The stamp of a row written before its table had one.
Domain::ChangeStamp unknownVersionOne()
{
    Domain::ChangeStamp stamp;
    stamp.version = 1;
    return stamp;
}

} // namespace

class TestMoreChangeStamps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void shouldBeBundledAfterTheFirstChangeStamps()
    {
        const QVector<Storage::Migrator::Migration> all = Storage::Migrator::bundledMigrations();
        const QVector<Storage::Migrator::Migration> before = StorageTest::migrationsBefore(s_name);
        QVERIFY2(before.size() < all.size(), "migration more_change_stamps is not bundled");
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const Storage::Migrator::Migration &m) {
            return m.name == QLatin1String("change_stamps");
        }));
    }

    void shouldStampTheRowsOfAnOlderSchemaAsUnknownVersionOne()
    {
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        {
            // A database as the previous release left it: every migration before 008, and rows.
            QSqlDatabase db = StorageTest::plainConnection(path, QStringLiteral("old-schema"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            Storage::Migrator migrator(db, path, StorageTest::migrationsBefore(s_name));
            QVERIFY(migrator.migrate().isNull());
            QSqlQuery q(db);
            for (const char *sql : {
                     "INSERT INTO engagements (engagement_key, client, support_model, start_date, time_zone, "
                     "committed_minutes) VALUES ('OLD', 'Old AB', 'fixed-capacity', '2026-01-01', "
                     "'Europe/Stockholm', 6000)",
                     "INSERT INTO tickets (engagement_id, source, source_key, kind, severity, service_level, "
                     "created_at) VALUES (1, 'jira', 'SUP-1', 'incident', 2, 'L1', 1767225600)",
                     "INSERT INTO root_cause_notes (engagement_id, ticket_id, note, updated_at) "
                     "VALUES (1, 1, 'Old cause', 1767300000)",
                     "INSERT INTO people (name, role, minutes_per_week) VALUES ('Anna', 'Dev', 2400)",
                     "INSERT INTO absences (person_id, kind, start_date, end_date) "
                     "VALUES (1, 'vacation', '2026-07-06', '2026-07-24')",
                     "INSERT INTO portfolio_settings (setting_key, setting_value) "
                     "VALUES ('team.time_zone', 'Europe/Helsinki')",
                     "INSERT INTO calendars (name, definition) VALUES ('Office', '{\"timezone\": "
                     "\"Europe/Oslo\"}')",
                 })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-schema"));

        Storage::Database database;
        const Storage::StorageError opened =
            database.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist);
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        QCOMPARE(database.schemaVersion(), Storage::Migrator::latestVersion());

        // Root-cause notes: version 1, nobody, and the updated_at the note had.
        const Storage::ReviewNoteRepository notes(database);
        Storage::ReviewNoteRepository::RootCause cause;
        QVERIFY(notes.rootCause(QStringLiteral("OLD"), 1, &cause).isNull());
        QCOMPARE(cause.note, QStringLiteral("Old cause"));
        QCOMPARE(cause.stamp.version, qint64(1));
        QCOMPARE(cause.stamp.createdBy, QString());
        QCOMPARE(cause.stamp.createdAt, qint64(0));
        QCOMPARE(cause.stamp.updatedBy, QString());
        QCOMPARE(cause.stamp.updatedAt, qint64(1767300000));
        QVERIFY(
            notes
                .setRootCause(QStringLiteral("OLD"), 1, QStringLiteral("New cause"), 1767400000, &cause.stamp)
                .isNull());
        QCOMPARE(cause.stamp.version, qint64(2));
        QCOMPARE(cause.stamp.updatedBy, database.userName());

        // People (their absences kept): version 1, nobody, never.
        const Storage::PeopleRepository people(database);
        QVector<Domain::Person> everybody;
        QVERIFY(people.all(&everybody).isNull());
        QCOMPARE(everybody.size(), 1);
        Domain::Person anna = everybody.first();
        QCOMPARE(anna.absences.size(), 1);
        QCOMPARE(anna.stamp, unknownVersionOne());
        anna.partTimePercent = 80;
        QVERIFY(people.save(anna, &anna.stamp).isNull());
        QCOMPARE(anna.stamp.version, qint64(2));
        QCOMPARE(anna.stamp.createdBy, QString());

        // The team's zone.
        const Storage::PortfolioSettingsRepository settings(database);
        QByteArray zone;
        Domain::ChangeStamp zoneStamp;
        QVERIFY(settings.teamTimeZone(&zone, &zoneStamp).isNull());
        QCOMPARE(zone, QByteArray("Europe/Helsinki"));
        QCOMPARE(zoneStamp, unknownVersionOne());
        QVERIFY(settings.setTeamTimeZone("Europe/Oslo", &zoneStamp).isNull());
        QCOMPARE(zoneStamp.version, qint64(2));

        // Calendars.
        const Storage::CalendarRepository calendars(database);
        std::optional<Storage::StoredCalendar> office;
        const Storage::StorageError read = calendars.findByName(QStringLiteral("Office"), &office);
        QVERIFY2(read.isNull(), qPrintable(read.toString()));
        QVERIFY(office);
        QCOMPARE(office->stamp, unknownVersionOne());
        QVERIFY(calendars.upsert(office->calendar, nullptr, &office->stamp).isNull());
        QCOMPARE(office->stamp.version, qint64(2));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestMoreChangeStamps)
#include "tst_morechangestamps.moc"

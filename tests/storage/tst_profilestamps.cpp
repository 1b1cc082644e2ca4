// Migration 010 (profile_stamps, issue 15): a database of the schema before it, with column
// profiles saved, migrates on both dialects to version 1, nobody and 0 (unknown) as who and when,
// keeps every profile as it was, and a profile can be replaced over that version afterwards (an
// older version is refused). On PostgreSQL import_profiles keeps its change-notify trigger. The
// migration is found by its name, not its number: another branch may number its own 010 as well.
#include "models/storage/database.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/migrator.h"
#include "testdatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString s_name = QStringLiteral("profile_stamps");

} // namespace

class TestProfileStamps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void shouldBeBundledAfterTheChangeTriggers()
    {
        const QVector<Storage::Migrator::Migration> all = Storage::Migrator::bundledMigrations();
        const QVector<Storage::Migrator::Migration> before = StorageTest::migrationsBefore(s_name);
        QVERIFY2(before.size() < all.size(), "migration profile_stamps is not bundled");
        for (const char *earlier : {"change_stamps", "more_change_stamps", "change_notify"})
            QVERIFY2(std::any_of(before.cbegin(), before.cend(),
                                 [earlier](const Storage::Migrator::Migration &m) {
                                     return m.name == QLatin1String(earlier);
                                 }),
                     earlier);
    }

    void shouldStampTheProfilesOfAnOlderSchemaAsUnknownVersionOne()
    {
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        const QString definition = QStringLiteral(
            "{\"version\":1,\"rows\":\"tickets\",\"columns\":{\"key\":\"Ärendenummer\",\"created\":"
            "\"Skapad\"},\"dateFormat\":\"dmy\",\"durationUnit\":\"hours\"}");
        {
            // A database as the previous release left it: every migration before 010, and profiles.
            QSqlDatabase db = StorageTest::plainConnection(path, QStringLiteral("old-schema"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            Storage::Migrator migrator(db, path, StorageTest::migrationsBefore(s_name));
            QVERIFY(migrator.migrate().isNull());
            QSqlQuery q(db);
            QVERIFY(
                q.prepare(QStringLiteral("INSERT INTO import_profiles (name, definition) VALUES (:n, :d)")));
            for (const QString &name : {QStringLiteral("Kassan"), QStringLiteral("Tidrapporter")}) {
                q.bindValue(QStringLiteral(":n"), name);
                q.bindValue(QStringLiteral(":d"), definition);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-schema"));

        Storage::Database database;
        const Storage::StorageError opened =
            database.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist);
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        QCOMPARE(database.schemaVersion(), Storage::Migrator::latestVersion());

        // Both profiles kept, word for word, as version 1 of nobody known, never.
        const Storage::MappingRepository profiles(database);
        QVector<Storage::MappingRepository::StoredProfile> listed;
        QVERIFY(profiles.profiles(&listed).isNull());
        QCOMPARE(listed.size(), 2);
        Domain::ChangeStamp unknown;
        unknown.version = 1;
        for (const Storage::MappingRepository::StoredProfile &profile : qAsConst(listed))
            QCOMPARE(profile.stamp, unknown);
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT definition FROM import_profiles WHERE name = 'Kassan'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), definition);
        Exchange::ColumnMapping kassan;
        Domain::ChangeStamp read;
        const Storage::StorageError loaded = profiles.loadProfile(QStringLiteral("Kassan"), &kassan, &read);
        QVERIFY2(loaded.isNull(), qPrintable(loaded.toString()));
        QCOMPARE(kassan.header(Exchange::ColumnMapping::Field::Key), QStringLiteral("Ärendenummer"));
        QCOMPARE(read, unknown);

        // A new profile of a stored name is refused, naming nobody and no time (not known).
        kassan.name = QStringLiteral("Kassan");
        const Storage::StorageError refused = profiles.saveProfile(kassan, {});
        QCOMPARE(refused.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(refused.changedBy, QString());
        QCOMPARE(refused.changedAt, qint64(0));
        // Replacing version 1 lands, stamped; an older read is refused afterwards.
        kassan.dateFormat = Exchange::DateTimeParser::Format::Iso8601;
        Domain::ChangeStamp written;
        QVERIFY(profiles.saveProfile(kassan, read, &written).isNull());
        QCOMPARE(written.version, qint64(2));
        QCOMPARE(written.createdBy, QString());
        QCOMPARE(written.updatedBy, database.userName());
        QCOMPARE(profiles.saveProfile(kassan, read).kind, Storage::StorageError::Kind::Conflict);

        if (database.isServer()) {
            // Every writer of a profile is seen by the other windows: the trigger is still there.
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                        "'import_profiles'::regclass AND tgname = 'deliverydesk_notify_change'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestProfileStamps)
#include "tst_profilestamps.moc"

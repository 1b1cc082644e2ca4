#include "models/storage/database.h"
#include "models/storage/importsettingsrepository.h"
#include "models/storage/mappingrepository.h"
#include "testdatabases.h"
#include "tests/storage/importtestdatabase.h"

#include <atomic>

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using Exchange::ImportMappings;

Q_DECLARE_METATYPE(Exchange::ImportMappings)

class TestMappingRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QString m_location;

    static Exchange::ColumnMapping profile(const QString &name)
    {
        Exchange::ColumnMapping mapping =
            Exchange::ColumnMapping::suggest({QStringLiteral("Datum"), QStringLiteral("Konsult"),
                                              QStringLiteral("Timmar"), QStringLiteral("Aktivitet")});
        mapping.name = name;
        return mapping;
    }

    ImportMappings roundTrip(const ImportMappings &mappings)
    {
        const Storage::MappingRepository repository(*m_db);
        ImportMappings loaded;
        if (!repository.save(mappings).isNull() || !repository.load(&loaded).isNull())
            return {};
        return loaded;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        m_location = path;
        {
            const auto openError = m_db->open(path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
    }
    void cleanup() { m_db.reset(); }

    void shouldLoadTheDefaultsWhenNothingIsStored()
    {
        ImportMappings loaded;
        QVERIFY(Storage::MappingRepository(*m_db).load(&loaded).isNull());
        QCOMPARE(loaded, ImportMappings::defaults());
    }

    void shouldStoreOnlyTheDifferencesFromTheDefaults()
    {
        QCOMPARE(roundTrip(ImportMappings::defaults()), ImportMappings::defaults());
        QCOMPARE(ImportTest::count(*m_db, QStringLiteral("value_mappings")), qint64(0));
    }

    void shouldRoundTripChangedMappings_data()
    {
        QTest::addColumn<ImportMappings>("mappings");
        ImportMappings severity = ImportMappings::defaults();
        severity.setSeverity(QStringLiteral("Sev Zero"), 1);
        severity.setSeverity(QStringLiteral("P3"), 2);
        QTest::newRow("severity added and changed") << severity;
        ImportMappings removed = ImportMappings::defaults();
        removed.removeSeverity(QStringLiteral("Blocker"));
        removed.removeWorkClass(QStringLiteral("Epic"));
        QTest::newRow("defaults removed") << removed;
        ImportMappings classes = ImportMappings::defaults();
        classes.setWorkClass(QStringLiteral("Hotfix"), {Domain::TicketKind::Change, Domain::ServiceLevel::L2,
                                                        QStringLiteral("change-management")});
        classes.setWorkClass(QStringLiteral("Odd"),
                             {Domain::TicketKind::Incident, Domain::ServiceLevel::L3, QString()});
        QTest::newRow("work classes with and without activity") << classes;
        ImportMappings roles = ImportMappings::defaults();
        roles.setRole(QStringLiteral("Anna Berg"), Domain::Role::Dev);
        roles.setRole(QStringLiteral("Bo Ek"), Domain::Role::QA);
        QTest::newRow("persons") << roles;
        ImportMappings pauses = ImportMappings::defaults();
        pauses.setPauseStatuses({QStringLiteral("Parked"), QStringLiteral("Awaiting*")});
        QTest::newRow("pause statuses") << pauses;
        ImportMappings noPauses = ImportMappings::defaults();
        noPauses.setPauseStatuses({});
        QTest::newRow("no pause statuses") << noPauses;
    }
    void shouldRoundTripChangedMappings()
    {
        QFETCH(ImportMappings, mappings);
        QVERIFY(mappings != ImportMappings::defaults());
        QCOMPARE(roundTrip(mappings), mappings);
    }

    void shouldReplaceEarlierDifferences()
    {
        ImportMappings first = ImportMappings::defaults();
        first.setRole(QStringLiteral("Anna Berg"), Domain::Role::Dev);
        QCOMPARE(roundTrip(first), first);
        QCOMPARE(roundTrip(ImportMappings::defaults()), ImportMappings::defaults());
    }

    void shouldSkipRowsThisBuildCannotRead()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO value_mappings VALUES ('priority', 'x', 'seven'), "
                                      "('person-role', 'y', 'astronaut'), ('future-kind', 'z', '1')")));
        ImportMappings loaded;
        QVERIFY(Storage::MappingRepository(*m_db).load(&loaded).isNull());
        QCOMPARE(loaded, ImportMappings::defaults());
    }

    void shouldSaveLoadAndRemoveProfiles()
    {
        const Storage::MappingRepository repository(*m_db);
        Exchange::ColumnMapping mapping = profile(QStringLiteral("Acme månadsrapport"));
        Domain::ChangeStamp stamp;
        QVERIFY(repository.profileStamp(mapping.name, &stamp).isNull());
        QVERIFY(!stamp.isStored()); // no such profile: version 0
        QVERIFY(repository.saveProfile(mapping, stamp, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(1));
        QCOMPARE(stamp.createdBy, m_db->userName());
        mapping.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
        QVERIFY(repository.saveProfile(mapping, stamp, &stamp).isNull()); // replaces the version read
        QCOMPARE(stamp.version, qint64(2));
        QStringList names;
        QVERIFY(repository.profileNames(&names).isNull());
        QCOMPARE(names, QStringList{mapping.name});
        QVector<Storage::MappingRepository::StoredProfile> listed;
        QVERIFY(repository.profiles(&listed).isNull());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, mapping.name);
        QCOMPARE(listed.first().stamp, stamp);
        Exchange::ColumnMapping loaded;
        Domain::ChangeStamp loadedStamp;
        QVERIFY(repository.loadProfile(mapping.name, &loaded, &loadedStamp).isNull());
        QCOMPARE(loaded, mapping);
        QCOMPARE(loadedStamp, stamp);
        // A removal names the version too: an older one is refused, the one read removes it.
        Domain::ChangeStamp older = stamp;
        older.version = 1;
        QCOMPARE(repository.removeProfile(mapping.name, older).kind, Storage::StorageError::Kind::Conflict);
        QVERIFY(repository.loadProfile(mapping.name, &loaded).isNull());
        QVERIFY(repository.removeProfile(mapping.name, stamp).isNull());
        QCOMPARE(repository.loadProfile(mapping.name, &loaded).kind, Storage::StorageError::Kind::NotFound);
        QCOMPARE(repository.removeProfile(mapping.name, stamp).kind, Storage::StorageError::Kind::NotFound);
        QCOMPARE(repository.saveProfile(profile(QStringLiteral("  ")), {}).kind,
                 Storage::StorageError::Kind::Query);
    }

    void shouldRefuseAReplaceOverAVersionSomeoneElseSavedMeanwhile()
    {
        // GIVEN a profile alice added, and alice and bob both read it
        Storage::Database alice, bob;
        QVERIFY(StorageTest::openAs(&alice, m_location, QStringLiteral("alice")).isNull());
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        const QString name = QStringLiteral("Kassan");
        Domain::ChangeStamp first;
        QVERIFY(Storage::MappingRepository(alice).saveProfile(profile(name), {}, &first).isNull());
        Domain::ChangeStamp alicesRead, bobsRead;
        QVERIFY(Storage::MappingRepository(alice).profileStamp(name, &alicesRead).isNull());
        QVERIFY(Storage::MappingRepository(bob).profileStamp(name, &bobsRead).isNull());
        QCOMPARE(bobsRead, first);
        // WHEN alice replaces it, then bob replaces what he read
        Exchange::ColumnMapping alices = profile(name);
        alices.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
        Domain::ChangeStamp alicesSave;
        QVERIFY(Storage::MappingRepository(alice).saveProfile(alices, alicesRead, &alicesSave).isNull());
        Exchange::ColumnMapping bobs = profile(name);
        bobs.dateFormat = Exchange::DateTimeParser::Format::MonthDayYear;
        const Exchange::ColumnMapping bobsBefore = bobs;
        Domain::ChangeStamp bobsSave = bobsRead;
        const Storage::StorageError refused =
            Storage::MappingRepository(bob).saveProfile(bobs, bobsRead, &bobsSave);
        // THEN bob's save is refused naming alice and when; his profile is as it was, alice's is stored
        QCOMPARE(refused.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(refused.row, Storage::StorageError::Row::ImportProfile);
        QCOMPARE(refused.rowName, name);
        QCOMPARE(refused.changedBy, QStringLiteral("alice"));
        QCOMPARE(refused.changedAt, alicesSave.updatedAt);
        QVERIFY(!refused.rowDeleted);
        QCOMPARE(bobs, bobsBefore);
        QCOMPARE(bobsSave, bobsRead); // nothing written, so no new stamp
        Exchange::ColumnMapping stored;
        Domain::ChangeStamp storedStamp;
        QVERIFY(Storage::MappingRepository(bob).loadProfile(name, &stored, &storedStamp).isNull());
        QCOMPARE(stored, alices);
        QCOMPARE(storedStamp, alicesSave);
        QCOMPARE(storedStamp.version, qint64(2));
        QCOMPARE(storedStamp.createdBy, QStringLiteral("alice"));
        QCOMPARE(storedStamp.updatedBy, QStringLiteral("alice"));

        // AND once bob agreed to replace the version he is now shown, his lands and is stamped his
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QVERIFY(Storage::MappingRepository(bob).saveProfile(bobs, storedStamp, &bobsSave).isNull());
        QVERIFY(Storage::MappingRepository(alice).loadProfile(name, &stored, &storedStamp).isNull());
        QCOMPARE(stored, bobs);
        QCOMPARE(storedStamp, bobsSave);
        QCOMPARE(storedStamp.version, qint64(3));
        QCOMPARE(storedStamp.createdBy, QStringLiteral("alice"));
        QCOMPARE(storedStamp.createdAt, first.createdAt);
        QCOMPARE(storedStamp.updatedBy, QStringLiteral("bob"));
        QVERIFY(storedStamp.updatedAt >= before &&
                storedStamp.updatedAt <= QDateTime::currentSecsSinceEpoch());

        // AND a replace of a profile someone removed meanwhile says so, and stores nothing
        QVERIFY(Storage::MappingRepository(alice).removeProfile(name, storedStamp).isNull());
        const Storage::StorageError gone = Storage::MappingRepository(bob).saveProfile(bobs, storedStamp);
        QCOMPARE(gone.kind, Storage::StorageError::Kind::Conflict);
        QVERIFY(gone.rowDeleted);
        QCOMPARE(Storage::MappingRepository(bob).loadProfile(name, &stored).kind,
                 Storage::StorageError::Kind::NotFound);
    }

    void shouldRefuseANewProfileOfANameSomeoneElseAddedMeanwhile()
    {
        // GIVEN alice and bob both found the name free
        Storage::Database alice, bob;
        QVERIFY(StorageTest::openAs(&alice, m_location, QStringLiteral("alice")).isNull());
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        const QString name = QStringLiteral("Månadsfil");
        Domain::ChangeStamp alicesRead, bobsRead;
        QVERIFY(Storage::MappingRepository(alice).profileStamp(name, &alicesRead).isNull());
        QVERIFY(Storage::MappingRepository(bob).profileStamp(name, &bobsRead).isNull());
        QVERIFY(!alicesRead.isStored() && !bobsRead.isStored());
        // WHEN alice adds hers, and bob his
        Exchange::ColumnMapping alices = profile(name);
        alices.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
        Domain::ChangeStamp alicesSave;
        QVERIFY(Storage::MappingRepository(alice).saveProfile(alices, alicesRead, &alicesSave).isNull());
        const Storage::StorageError refused =
            Storage::MappingRepository(bob).saveProfile(profile(name), bobsRead);
        // THEN bob's is refused naming alice and when, and hers is not replaced
        QCOMPARE(refused.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(refused.changedBy, QStringLiteral("alice"));
        QCOMPARE(refused.changedAt, alicesSave.updatedAt);
        Exchange::ColumnMapping stored;
        Domain::ChangeStamp storedStamp;
        QVERIFY(Storage::MappingRepository(bob).loadProfile(name, &stored, &storedStamp).isNull());
        QCOMPARE(stored, alices);
        QCOMPARE(storedStamp.version, qint64(1));
        QCOMPARE(storedStamp.createdBy, QStringLiteral("alice"));
    }

    void shouldRefuseTheSecondOfTwoNewProfilesOfOneNameSavedAtOnce()
    {
        // GIVEN alice's new profile written in a transaction still open
        Storage::Database alice, bob;
        QVERIFY(StorageTest::openAs(&alice, m_location, QStringLiteral("alice")).isNull());
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        const QString name = QStringLiteral("Samtidigt");
        QSqlDatabase alicesConnection = alice.connection();
        QVERIFY(alicesConnection.transaction());
        Exchange::ColumnMapping alices = profile(name);
        alices.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
        Domain::ChangeStamp alicesSave;
        QVERIFY(Storage::MappingRepository(alice).saveProfile(alices, {}, &alicesSave).isNull());
        // WHEN bob saves a new profile of the same name meanwhile (his insert waits for her lock)
        Storage::StorageError bobs;
        std::atomic<bool> bobDone{false};
        std::unique_ptr<QThread> worker(QThread::create([&] {
            bobs = Storage::MappingRepository(bob).saveProfile(profile(name), {});
            bob.releaseThreadConnection();
            bobDone = true;
        }));
        worker->start();
        QTest::qWait(300);
        const bool waited = !bobDone;
        QVERIFY(alicesConnection.commit());
        QVERIFY(worker->wait(30000));
        // THEN bob waited for her, and then was refused naming her: hers stays
        QVERIFY(waited);
        QCOMPARE(bobs.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(bobs.changedBy, QStringLiteral("alice"));
        QCOMPARE(bobs.changedAt, alicesSave.updatedAt);
        Exchange::ColumnMapping stored;
        QVERIFY(Storage::MappingRepository(bob).loadProfile(name, &stored).isNull());
        QCOMPARE(stored, alices);
    }

    void shouldRememberOneZonePerEngagementAndSource()
    {
        Domain::Engagement a = ImportTest::engagement(QStringLiteral("A"));
        Domain::Engagement b = ImportTest::engagement(QStringLiteral("B"));
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&a).isNull());
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&b).isNull());
        const Storage::ImportSettingsRepository settings(*m_db);
        QByteArray zone = "unset";
        QVERIFY(settings.zone(a.id, QStringLiteral("jira"), &zone).isNull());
        QVERIFY(zone.isEmpty());
        QVERIFY(settings.setZone(a.id, QStringLiteral("jira"), "Asia/Tokyo").isNull());
        QVERIFY(settings.setZone(a.id, QStringLiteral("jira"), "Europe/London").isNull());
        QVERIFY(settings.setZone(b.id, QStringLiteral("jira"), "America/Denver").isNull());
        QVERIFY(settings.zone(a.id, QStringLiteral("jira"), &zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/London"));
        QVERIFY(settings.zone(a.id, QStringLiteral("tempo"), &zone).isNull());
        QVERIFY(zone.isEmpty());
        QVERIFY(settings.zone(b.id, QStringLiteral("jira"), &zone).isNull());
        QCOMPARE(zone, QByteArray("America/Denver"));
    }

    void shouldKeepWhatAnotherUserStoredMeanwhile()
    {
        // GIVEN two users of one database, and this one read the mappings before bob stored his
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        ImportMappings read;
        QVERIFY(Storage::MappingRepository(*m_db).load(&read).isNull());
        QVERIFY(Storage::MappingRepository(bob)
                    .update([](ImportMappings *m) {
                        m->setSeverity(QStringLiteral("Bob's P1"), 1);
                        return true;
                    })
                    .isNull());
        // WHEN this user remembers one of his own through update()
        QVERIFY(Storage::MappingRepository(*m_db)
                    .update([](ImportMappings *m) {
                        m->setSeverity(QStringLiteral("Anna's P2"), 2);
                        return true;
                    })
                    .isNull());
        // THEN both are stored: a save() of what was read would have dropped bob's
        ImportMappings stored;
        QVERIFY(Storage::MappingRepository(*m_db).load(&stored).isNull());
        QCOMPARE(stored.severity(QStringLiteral("Bob's P1")).value_or(0), 1);
        QCOMPARE(stored.severity(QStringLiteral("Anna's P2")).value_or(0), 2);
        // AND a change that declines stores nothing
        QVERIFY(Storage::MappingRepository(*m_db)
                    .update([](ImportMappings *m) {
                        m->setSeverity(QStringLiteral("Never"), 3);
                        return false;
                    })
                    .isNull());
        QVERIFY(Storage::MappingRepository(bob).load(&stored).isNull());
        QVERIFY(!stored.severity(QStringLiteral("Never")).has_value());
        QCOMPARE(stored.severity(QStringLiteral("Anna's P2")).value_or(0), 2);
    }

    void shouldMakeTheNextWriterWaitForAnUpdate()
    {
        // A wait of one second (read when a connection opens, and by SQLite's BEGIN each time).
        qputenv("DELIVERYDESK_WAIT_SECONDS", "1");
        const auto unset = qScopeGuard([] { qunsetenv("DELIVERYDESK_WAIT_SECONDS"); });
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        // WHILE this user's update holds the mappings, bob's waits, and past his wait fails as
        // Busy with nothing written
        Storage::StorageError bobs;
        QVERIFY(Storage::MappingRepository(*m_db)
                    .update([&](ImportMappings *m) {
                        bobs = Storage::MappingRepository(bob).update([](ImportMappings *b) {
                            b->setSeverity(QStringLiteral("Bob"), 1);
                            return true;
                        });
                        m->setSeverity(QStringLiteral("Anna"), 2);
                        return true;
                    })
                    .isNull());
        QCOMPARE(bobs.kind, Storage::StorageError::Kind::Busy);
        // AFTER it, bob's goes through and keeps this user's
        QVERIFY(Storage::MappingRepository(bob)
                    .update([](ImportMappings *b) {
                        b->setSeverity(QStringLiteral("Bob"), 1);
                        return true;
                    })
                    .isNull());
        ImportMappings stored;
        QVERIFY(Storage::MappingRepository(*m_db).load(&stored).isNull());
        QCOMPARE(stored.severity(QStringLiteral("Anna")).value_or(0), 2);
        QCOMPARE(stored.severity(QStringLiteral("Bob")).value_or(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestMappingRepository)
#include "tst_mappingrepository.moc"

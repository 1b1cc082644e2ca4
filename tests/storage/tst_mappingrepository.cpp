#include "models/storage/database.h"
#include "models/storage/importsettingsrepository.h"
#include "models/storage/mappingrepository.h"
#include "testdatabases.h"
#include "tests/storage/importtestdatabase.h"

#include <QScopeGuard>
#include <QTemporaryDir>
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
        Exchange::ColumnMapping mapping =
            Exchange::ColumnMapping::suggest({QStringLiteral("Datum"), QStringLiteral("Konsult"),
                                              QStringLiteral("Timmar"), QStringLiteral("Aktivitet")});
        mapping.name = QStringLiteral("Acme månadsrapport");
        QVERIFY(repository.saveProfile(mapping).isNull());
        mapping.dateFormat = Exchange::DateTimeParser::Format::DayMonthYear;
        QVERIFY(repository.saveProfile(mapping).isNull()); // replaces
        QStringList names;
        QVERIFY(repository.profileNames(&names).isNull());
        QCOMPARE(names, QStringList{mapping.name});
        Exchange::ColumnMapping loaded;
        QVERIFY(repository.loadProfile(mapping.name, &loaded).isNull());
        QCOMPARE(loaded, mapping);
        QVERIFY(repository.removeProfile(mapping.name).isNull());
        QCOMPARE(repository.loadProfile(mapping.name, &loaded).kind, Storage::StorageError::Kind::NotFound);
        QCOMPARE(repository.removeProfile(mapping.name).kind, Storage::StorageError::Kind::NotFound);
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

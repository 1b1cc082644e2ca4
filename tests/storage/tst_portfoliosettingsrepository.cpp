// Settings of the portfolio in the database: the team's time zone is absent on a new database,
// set, replaced and removed; a read-only database refuses the write.
#include "models/storage/database.h"
#include "models/storage/portfoliosettingsrepository.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using Storage::PortfolioSettingsRepository;
using Storage::StorageError;

class TestPortfolioSettingsRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        DD_FRESH_DATABASE(m_path, m_dir.path());
        const StorageError error = m_db->open(m_path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    void cleanup() { m_db.reset(); }

    void shouldHaveNoTeamZoneOnANewDatabase()
    {
        QByteArray zone = "stale";
        QVERIFY(PortfolioSettingsRepository(*m_db).teamTimeZone(&zone).isNull());
        QVERIFY(zone.isEmpty());
    }

    void shouldSetReplaceAndRemoveTheTeamZone()
    {
        const PortfolioSettingsRepository repo(*m_db);
        QByteArray zone;
        Domain::ChangeStamp stamp;
        QVERIFY(repo.setTeamTimeZone("Europe/Helsinki", &stamp).isNull());
        QCOMPARE(stamp.version, qint64(1));
        Domain::ChangeStamp read;
        QVERIFY(repo.teamTimeZone(&zone, &read).isNull());
        QCOMPARE(zone, QByteArray("Europe/Helsinki"));
        QCOMPARE(read, stamp);
        QCOMPARE(read.updatedBy, m_db->userName());
        QVERIFY(repo.setTeamTimeZone("America/New_York", &stamp).isNull());
        QCOMPARE(stamp.version, qint64(2));
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("America/New_York"));
        QVERIFY(repo.setTeamTimeZone({}, &stamp).isNull());
        QCOMPARE(stamp, Domain::ChangeStamp());
        QVERIFY(repo.teamTimeZone(&zone, &read).isNull());
        QVERIFY(zone.isEmpty());
        QCOMPARE(read.version, qint64(0));
        // Removing what is not there is no error either.
        QVERIFY(repo.setTeamTimeZone({}, &stamp).isNull());
        // The command line's replace saves over whatever version it finds.
        QVERIFY(repo.replaceTeamTimeZone("Europe/Oslo").isNull());
        QVERIFY(repo.replaceTeamTimeZone("Europe/Riga").isNull());
        QVERIFY(repo.teamTimeZone(&zone, &read).isNull());
        QCOMPARE(zone, QByteArray("Europe/Riga"));
        QCOMPARE(read.version, qint64(2));
        QVERIFY(repo.replaceTeamTimeZone({}).isNull());
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QVERIFY(zone.isEmpty());
    }

    void shouldRefuseTheSecondOfTwoChangesOfTheTeamZoneNamingWhoChangedFirst()
    {
        Domain::ChangeStamp first;
        QVERIFY(PortfolioSettingsRepository(*m_db).setTeamTimeZone("Europe/Oslo", &first).isNull());
        Storage::Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        QByteArray zone;
        Domain::ChangeStamp byAlice;
        Domain::ChangeStamp byBob;
        QVERIFY(PortfolioSettingsRepository(alice).teamTimeZone(&zone, &byAlice).isNull());
        QVERIFY(PortfolioSettingsRepository(bob).teamTimeZone(&zone, &byBob).isNull());
        QVERIFY(PortfolioSettingsRepository(alice).setTeamTimeZone("Europe/Helsinki", &byAlice).isNull());
        const Domain::ChangeStamp bobRead = byBob;
        StorageError error = PortfolioSettingsRepository(bob).setTeamTimeZone("Europe/Berlin", &byBob);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::PortfolioSetting);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, byAlice.updatedAt);
        QCOMPARE(byBob, bobRead);
        QVERIFY(PortfolioSettingsRepository(*m_db).teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/Helsinki"));
        // A removal racing a change: alice goes back to the default, bob's change of his read fails
        QVERIFY(PortfolioSettingsRepository(alice).setTeamTimeZone({}, &byAlice).isNull());
        Domain::ChangeStamp stale = byAlice;
        stale.version = 2;
        error = PortfolioSettingsRepository(bob).setTeamTimeZone("Europe/Berlin", &stale);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        // ... and setting one read as unset fails when alice set one meanwhile
        Domain::ChangeStamp unset;
        QVERIFY(PortfolioSettingsRepository(alice).setTeamTimeZone("Europe/Riga", &byAlice).isNull());
        error = PortfolioSettingsRepository(bob).setTeamTimeZone("Europe/Berlin", &unset);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QVERIFY(PortfolioSettingsRepository(*m_db).teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/Riga"));
    }

    void shouldRefuseToWriteAReadOnlyDatabase()
    {
        if (m_db->isServer())
            QSKIP("read-only opening is a SQLite file's (offline bundles)");
        Domain::ChangeStamp stamp;
        QVERIFY(PortfolioSettingsRepository(*m_db).setTeamTimeZone("Europe/Oslo", &stamp).isNull());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(
            m_db->open(m_path, Storage::Database::Access::ReadOnly, Storage::Database::Creation::MustExist)
                .isNull());
        const PortfolioSettingsRepository repo(*m_db);
        QCOMPARE(repo.setTeamTimeZone("Europe/Berlin", &stamp).kind, StorageError::Kind::ReadOnly);
        QCOMPARE(repo.replaceTeamTimeZone("Europe/Berlin").kind, StorageError::Kind::ReadOnly);
        QByteArray zone;
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/Oslo"));
    }
};

QTEST_GUILESS_MAIN(TestPortfolioSettingsRepository)
#include "tst_portfoliosettingsrepository.moc"

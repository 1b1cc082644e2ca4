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
        QVERIFY(repo.setTeamTimeZone("Europe/Helsinki").isNull());
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/Helsinki"));
        QVERIFY(repo.setTeamTimeZone("America/New_York").isNull());
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("America/New_York"));
        QVERIFY(repo.setTeamTimeZone({}).isNull());
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QVERIFY(zone.isEmpty());
        // Removing what is not there is no error either.
        QVERIFY(repo.setTeamTimeZone({}).isNull());
    }

    void shouldRefuseToWriteAReadOnlyDatabase()
    {
        if (m_db->isServer())
            QSKIP("read-only opening is a SQLite file's (offline bundles)");
        QVERIFY(PortfolioSettingsRepository(*m_db).setTeamTimeZone("Europe/Oslo").isNull());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(
            m_db->open(m_path, Storage::Database::Access::ReadOnly, Storage::Database::Creation::MustExist)
                .isNull());
        const PortfolioSettingsRepository repo(*m_db);
        QCOMPARE(repo.setTeamTimeZone("Europe/Berlin").kind, StorageError::Kind::ReadOnly);
        QByteArray zone;
        QVERIFY(repo.teamTimeZone(&zone).isNull());
        QCOMPARE(zone, QByteArray("Europe/Oslo"));
    }
};

QTEST_GUILESS_MAIN(TestPortfolioSettingsRepository)
#include "tst_portfoliosettingsrepository.moc"

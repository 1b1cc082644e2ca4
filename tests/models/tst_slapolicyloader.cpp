// The loader behind `sla policy export` and `sla policy import`: an engagement without a stored
// policy reads its support model's default; versions are added, counted, and never rewritten.
// On both dialects (issue 15): a new database per test function.
#include "models/slapolicyloader.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using Models::SlaPolicyLoader;

class TestSlaPolicyLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_engagement;

    /// The first version of `history` from June 2026, pausing also while waiting for a release.
    static Domain::SlaPolicy later(const Domain::SlaPolicyHistory &history)
    {
        Domain::SlaPolicy policy = history.versions().constFirst();
        policy.effectiveFrom = QDate(2026, 6, 1);
        policy.pauseStatuses.append(QStringLiteral("Waiting for release"));
        return policy;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        m_engagement = {};
        DD_OPEN_FRESH_DATABASE(m_db, m_dir.path());
        m_engagement.key = QStringLiteral("POLICY");
        m_engagement.client = QStringLiteral("Policy AB");
        m_engagement.model = Domain::SupportModel::ManagedService;
        m_engagement.start = QDate(2026, 2, 1);
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_engagement).isNull());
    }

    void shouldAddNewVersionsAndCountTheRest()
    {
        // GIVEN the default policy, not stored
        Domain::SlaPolicyHistory history;
        bool stored = true;
        QVERIFY(SlaPolicyLoader(m_db).load(m_engagement.id, &history, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(history.versions().size(), 1);
        QCOMPARE(history.versions().constFirst().effectiveFrom, QDate(2026, 2, 1));

        // WHEN it is saved with a later version, twice
        QVERIFY(history.addVersion(later(history)));
        SlaPolicyLoader::SaveCounts counts;
        QVERIFY(SlaPolicyLoader(m_db).save(m_engagement.id, history, &counts).isNull());
        QCOMPARE(counts.added, 2);
        QCOMPARE(counts.unchanged, 0);
        QVERIFY(SlaPolicyLoader(m_db).save(m_engagement.id, history, &counts).isNull());
        QCOMPARE(counts.added, 0);
        QCOMPARE(counts.unchanged, 2);

        // THEN both versions are the engagement's own
        Domain::SlaPolicyHistory read;
        QVERIFY(SlaPolicyLoader(m_db).load(m_engagement.id, &read, &stored).isNull());
        QVERIFY(stored);
        QCOMPARE(read.versions(), history.versions());
    }

    void shouldRefuseToRewriteAStoredVersion()
    {
        // GIVEN the default policy and a later version, stored
        Domain::SlaPolicyHistory history;
        QVERIFY(SlaPolicyLoader(m_db).load(m_engagement.id, &history).isNull());
        QVERIFY(history.addVersion(later(history)));
        SlaPolicyLoader::SaveCounts saved;
        QVERIFY(SlaPolicyLoader(m_db).save(m_engagement.id, history, &saved).isNull());
        QCOMPARE(saved.added, 2);

        // WHEN the later version is saved again with other pause statuses, THEN it is refused
        Domain::SlaPolicy changed = history.versions().constLast();
        changed.pauseStatuses = {QStringLiteral("On Hold")};
        Domain::SlaPolicyHistory rewrite;
        QVERIFY(rewrite.addVersion(changed));
        SlaPolicyLoader::SaveCounts counts;
        QVERIFY(!SlaPolicyLoader(m_db).save(m_engagement.id, rewrite, &counts).isNull());
        QCOMPARE(counts.added, 0);
        Domain::SlaPolicyHistory read;
        QVERIFY(SlaPolicyLoader(m_db).load(m_engagement.id, &read).isNull());
        QCOMPARE(read.versions(), history.versions());
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicyLoader)
#include "tst_slapolicyloader.moc"

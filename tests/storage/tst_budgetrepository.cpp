#include "models/storage/budgetrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Domain::BudgetPolicy;
using Domain::RolloverRule;
using Storage::StorageError;

namespace {
const QDate s_start(2026, 1, 15);
const int s_committed = 80 * 60;

/// A policy using every field, for the engagement init() stores (start s_start, s_committed).
BudgetPolicy richPolicy()
{
    RolloverRule rule;
    rule.carry = RolloverRule::Carry::UpToPercent;
    rule.capPercent = 25;
    rule.expiryMonths = 3;
    rule.deductOverrun = true;
    BudgetPolicy policy(s_committed, rule);
    policy.setStartMonth(s_start);
    policy.setMonthlyBudget({QDate(2026, 2, 1), 40 * 60});
    policy.setMonthlyBudget({QDate(2026, 12, 1), 100 * 60});
    policy.setCountsLevel(Domain::ServiceLevel::OptionalL3, true);
    policy.setCountsLevel(Domain::ServiceLevel::L2, false);
    policy.setCountsActivity(QStringLiteral("platform-upgrades"), false);
    policy.setCountsActivity(QStringLiteral("problem-management"), true);
    return policy;
}
} // namespace

class TestBudgetRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    int m_files = 0;
    QString m_location;
    Domain::Engagement m_engagement;

    BudgetPolicy stored() const
    {
        BudgetPolicy out;
        const StorageError error = Storage::BudgetRepository(*m_db).policyFor(m_engagement, &out);
        [&] { QVERIFY2(error.isNull(), qPrintable(error.toString())); }();
        return out;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        // One file per test row: rows of a data-driven test must not see each other's writes.
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        m_location = path;
        {
            const auto openError = m_db->open(path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
        m_engagement = {};
        m_engagement.key = QStringLiteral("NORD");
        m_engagement.client = QStringLiteral("Nordshop");
        m_engagement.start = s_start;
        m_engagement.committedMinutesPerMonth = s_committed;
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&m_engagement).isNull());
    }
    void cleanup() { m_db.reset(); }

    void shouldDefaultToTheEngagementsCommitmentFromItsStartMonth()
    {
        const BudgetPolicy policy = stored();
        BudgetPolicy expected(80 * 60);
        expected.setStartMonth(QDate(2026, 1, 1));
        QCOMPARE(policy, expected);
        QCOMPARE(policy.committedMinutes(QDate(2025, 12, 1)), 0);
        QCOMPARE(policy.committedMinutes(QDate(2026, 1, 1)), 80 * 60);
    }

    void shouldRoundTripOverridesAndRules()
    {
        const BudgetPolicy policy = richPolicy();
        QVERIFY(Storage::BudgetRepository(*m_db).savePolicy(m_engagement.id, policy).isNull());
        QCOMPARE(stored(), policy);
        QCOMPARE(stored().committedMinutes(QDate(2026, 2, 10)), 40 * 60);
    }

    void shouldReplaceOverridesOnSave()
    {
        Storage::BudgetRepository repo(*m_db);
        Domain::ChangeStamp stamp;
        QVERIFY(repo.savePolicy(m_engagement.id, richPolicy(), &stamp).isNull());
        BudgetPolicy fewer = richPolicy();
        fewer.clearMonthlyBudget(QDate(2026, 2, 1));
        fewer.clearActivityRule(QStringLiteral("platform-upgrades"));
        fewer.setRolloverRule({});
        QVERIFY(repo.savePolicy(m_engagement.id, fewer, &stamp).isNull());
        QCOMPARE(stored(), fewer);
        QCOMPARE(stored().monthlyBudgets().size(), 1);
    }

    void shouldKeepWhoSetAnUnchangedMonthAndStampTheBudget()
    {
        Storage::Database anna;
        QVERIFY(StorageTest::openAs(&anna, m_location, QStringLiteral("anna")).isNull());
        Storage::Database bo;
        QVERIFY(StorageTest::openAs(&bo, m_location, QStringLiteral("bo")).isNull());
        Domain::ChangeStamp stamp;
        QVERIFY(Storage::BudgetRepository(anna).savePolicy(m_engagement.id, richPolicy(), &stamp).isNull());
        BudgetPolicy changed = richPolicy();
        changed.setMonthlyBudget({QDate(2026, 12, 1), 90 * 60});
        QVERIFY(Storage::BudgetRepository(bo).savePolicy(m_engagement.id, changed, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(2));
        QCOMPARE(stamp.createdBy, QStringLiteral("anna"));
        QCOMPARE(stamp.updatedBy, QStringLiteral("bo"));
        Domain::ChangeStamp read;
        BudgetPolicy policy;
        QVERIFY(Storage::BudgetRepository(*m_db).policyFor(m_engagement, &policy, &read).isNull());
        QCOMPARE(read, stamp);
        QCOMPARE(policy, changed);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT month, row_version, updated_by FROM monthly_budgets ORDER BY month")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-02"));
        QCOMPARE(q.value(1).toLongLong(), qint64(1));
        QCOMPARE(q.value(2).toString(), QStringLiteral("anna"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-12"));
        QCOMPARE(q.value(1).toLongLong(), qint64(2));
        QCOMPARE(q.value(2).toString(), QStringLiteral("bo"));
    }

    void shouldRefuseTheSecondOfTwoSavesOfABudgetNamingWhoSavedFirst()
    {
        QVERIFY(Storage::BudgetRepository(*m_db).savePolicy(m_engagement.id, richPolicy()).isNull());
        Storage::Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_location, QStringLiteral("alice")).isNull());
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_location, QStringLiteral("bob")).isNull());
        BudgetPolicy byAlice;
        BudgetPolicy byBob;
        Domain::ChangeStamp aliceRead;
        Domain::ChangeStamp bobRead;
        QVERIFY(Storage::BudgetRepository(alice).policyFor(m_engagement, &byAlice, &aliceRead).isNull());
        QVERIFY(Storage::BudgetRepository(bob).policyFor(m_engagement, &byBob, &bobRead).isNull());

        byAlice.setMonthlyBudget({QDate(2026, 3, 1), 50 * 60});
        QVERIFY(Storage::BudgetRepository(alice).savePolicy(m_engagement.id, byAlice, &aliceRead).isNull());
        byBob.setMonthlyBudget({QDate(2026, 3, 1), 70 * 60});
        const Domain::ChangeStamp bobBefore = bobRead;
        const StorageError error =
            Storage::BudgetRepository(bob).savePolicy(m_engagement.id, byBob, &bobRead);

        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::Budget);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, aliceRead.updatedAt);
        QCOMPARE(bobRead, bobBefore);
        QCOMPARE(stored(), byAlice);
    }

    void shouldRoundTripEveryCarryKind_data()
    {
        QTest::addColumn<int>("carry");
        QTest::newRow("none") << int(RolloverRule::Carry::None);
        QTest::newRow("up to minutes") << int(RolloverRule::Carry::UpToMinutes);
        QTest::newRow("up to percent") << int(RolloverRule::Carry::UpToPercent);
    }

    void shouldRoundTripEveryCarryKind()
    {
        QFETCH(int, carry);
        RolloverRule rule;
        rule.carry = static_cast<RolloverRule::Carry>(carry);
        rule.capMinutes = 600;
        rule.capPercent = 10;
        BudgetPolicy policy(80 * 60, rule);
        policy.setStartMonth(m_engagement.start);
        QVERIFY(Storage::BudgetRepository(*m_db).savePolicy(m_engagement.id, policy).isNull());
        QCOMPARE(stored().rolloverRule(), rule);
    }

    void shouldRefuseAnInvalidPolicy_data()
    {
        QTest::addColumn<BudgetPolicy>("policy");
        BudgetPolicy negative = richPolicy();
        negative.setMonthlyBudget({QDate(2026, 5, 1), -60});
        QTest::newRow("negative month") << negative;
        BudgetPolicy absurd = richPolicy();
        absurd.setMonthlyBudget({QDate(2026, 5, 1), Domain::Engagement::MaxCommittedMinutesPerMonth + 1});
        QTest::newRow("more than a team can work") << absurd;
        BudgetPolicy early = richPolicy();
        early.setStartMonth({}); // the repository checks against the stored engagement's start anyway
        early.setMonthlyBudget({QDate(2025, 12, 1), 60});
        QTest::newRow("a month before the engagement started") << early;
        BudgetPolicy cap = richPolicy();
        RolloverRule rule = cap.rolloverRule();
        rule.capPercent = 101;
        cap.setRolloverRule(rule);
        QTest::newRow("cap over 100 %") << cap;
        BudgetPolicy expiry = richPolicy();
        rule = expiry.rolloverRule();
        rule.expiryMonths = -1;
        expiry.setRolloverRule(rule);
        QTest::newRow("negative expiry") << expiry;
    }

    void shouldRefuseAnInvalidPolicy()
    {
        QFETCH(BudgetPolicy, policy);
        Storage::BudgetRepository repo(*m_db);
        const BudgetPolicy kept = richPolicy();
        QVERIFY(repo.savePolicy(m_engagement.id, kept).isNull());
        const StorageError error = repo.savePolicy(m_engagement.id, policy);
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(stored(), kept);
    }

    void shouldReportAnUnknownEngagement()
    {
        const StorageError error =
            Storage::BudgetRepository(*m_db).savePolicy(m_engagement.id + 100, BudgetPolicy(60));
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
    }

    void shouldReportDamagedStoredRules()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO budget_policies (engagement_id, definition) VALUES (:e, :d)")));
        q.bindValue(QStringLiteral(":e"), m_engagement.id);
        q.bindValue(QStringLiteral(":d"), QStringLiteral("{\"rollover\": {\"carry\": \"sometimes\"}}"));
        QVERIFY(q.exec());
        BudgetPolicy out;
        const StorageError error = Storage::BudgetRepository(*m_db).policyFor(m_engagement, &out);
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QCOMPARE(error.record, QStringLiteral("NORD"));
    }

    void shouldRejectMalformedRulesJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("rollover=none");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("unknown carry") << QByteArray(R"({"rollover":{"carry":"all"}})");
        QTest::newRow("unknown level") << QByteArray(R"({"counts_levels":{"L9":true}})");
        QTest::newRow("level not a bool") << QByteArray(R"({"counts_levels":{"L1":"yes"}})");
        QTest::newRow("activity not a bool") << QByteArray(R"({"counts_activities":{"x":1}})");
    }

    void shouldRejectMalformedRulesJson()
    {
        QFETCH(QByteArray, json);
        BudgetPolicy policy = richPolicy();
        QVERIFY(!Storage::BudgetRepository::rulesFromJson(json, &policy));
        QCOMPARE(policy, richPolicy());
    }
};

QTEST_GUILESS_MAIN(TestBudgetRepository)
#include "tst_budgetrepository.moc"

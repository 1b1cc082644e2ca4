// An engagement's budget as the Budget dialog and `deliverydesk budget` edit it: read with who saved
// it, saved over the version read (a budget someone else saved since is refused, nothing written),
// counted by the burn-down as saved, and its problems in words.
#include "models/budgetloader.h"
#include "models/burndownloader.h"
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Domain::RolloverRule;

class TestBudgetLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    QString m_location;
    Domain::Engagement m_engagement;

    static Domain::BudgetPolicy edited(Domain::BudgetPolicy policy)
    {
        policy.setRolloverRule({RolloverRule::Carry::UpToPercent, 0, 25, 3, true});
        policy.setCountsLevel(Domain::ServiceLevel::L3, false);
        policy.setCountsActivity(QStringLiteral("platform-upgrades"), false);
        policy.setCountsActivity(QStringLiteral("problem-management"), true);
        policy.setMonthlyBudget({QDate(2026, 3, 1), 3406}); // 56 h 46 min: not a whole hour
        policy.setMonthlyBudget({QDate(2026, 12, 1), 0});
        return policy;
    }

private slots:
    // On both dialects (issue 15): a new SQLite file, or a new database on the test server, per test.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        m_location = location;
        QVERIFY(m_db.open(location, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        m_engagement = {};
        m_engagement.key = QStringLiteral("NORD");
        m_engagement.client = QStringLiteral("Nordshop AB");
        m_engagement.start = QDate(2026, 1, 10);
        m_engagement.end = QDate(2026, 12, 31);
        m_engagement.committedMinutesPerMonth = 80 * 60;
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_engagement).isNull());
    }

    void shouldReadTheDefaultRulesOfABudgetNobodySaved()
    {
        Domain::BudgetPolicy policy;
        Domain::ChangeStamp stamp;
        QVERIFY(Models::BudgetLoader(m_db).load(m_engagement, &policy, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(0));
        QVERIFY(!stamp.isStored());
        QCOMPARE(policy.rolloverRule(), RolloverRule());
        QVERIFY(policy.monthlyBudgets().isEmpty());
        // With the contract, as every page counts it: pro rata in January, nothing after December.
        QVERIFY(policy.hasContract());
        QCOMPARE(policy.committedMinutes(QDate(2026, 1, 1)), qRound(80 * 60 * 22 / 31.0));
        QCOMPARE(policy.committedMinutes(QDate(2027, 1, 1)), 0);
    }

    void shouldReadBackWhatWasSavedWithWhoSavedIt()
    {
        const Models::BudgetLoader loader(m_db);
        Domain::BudgetPolicy policy;
        Domain::ChangeStamp stamp;
        QVERIFY(loader.load(m_engagement, &policy, &stamp).isNull());
        const Domain::BudgetPolicy wanted = edited(policy);
        QVERIFY(Models::BudgetLoader::problems(wanted).isEmpty());
        QVERIFY(loader.save(m_engagement, wanted, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(1));

        Domain::BudgetPolicy read;
        Domain::ChangeStamp readStamp;
        QVERIFY(loader.load(m_engagement, &read, &readStamp).isNull());
        QCOMPARE(read, wanted);
        QCOMPARE(readStamp, stamp);
        // Who: this connection's user (SQLite: DELIVERYDESK_USER or the account; a server: the role).
        QCOMPARE(readStamp.updatedBy, m_db.userName());
        QVERIFY(readStamp.updatedAt > 0);
        QCOMPARE(read.committedMinutes(QDate(2026, 3, 1)), 3406);
        QCOMPARE(read.committedMinutes(QDate(2026, 12, 1)), 0);
        QMap<QDate, Domain::ChangeStamp> months;
        QVERIFY(loader.monthStamps(m_engagement, &months).isNull());
        QCOMPARE(months.keys(), (QList<QDate>{QDate(2026, 3, 1), QDate(2026, 12, 1)}));
        QCOMPARE(months.value(QDate(2026, 3, 1)).updatedBy, m_db.userName());
        QCOMPARE(months.value(QDate(2026, 3, 1)).version, qint64(1));

        // A month a later save leaves alone keeps who set it; a changed one moves on.
        Domain::BudgetPolicy again = wanted;
        again.setMonthlyBudget({QDate(2026, 12, 1), 600});
        QVERIFY(loader.save(m_engagement, again, &stamp).isNull());
        QMap<QDate, Domain::ChangeStamp> later;
        QVERIFY(loader.monthStamps(m_engagement, &later).isNull());
        QCOMPARE(later.value(QDate(2026, 3, 1)), months.value(QDate(2026, 3, 1)));
        QCOMPARE(later.value(QDate(2026, 12, 1)).version, qint64(2));

        // The burn-down counts what was saved and knows who saved it.
        Models::LedgerData ledger;
        QVERIFY(!Models::BurnDownLoader(m_db).loadLedger(
            m_engagement, QDate(2026, 3, 1), QDateTime(QDate(2026, 3, 15), QTime(12, 0), Qt::UTC), &ledger));
        QCOMPARE(ledger.policy, again);
        QCOMPARE(ledger.budgetStamp, stamp);
    }

    void shouldRefuseASaveOverABudgetSomeoneElseSavedSince()
    {
        const Models::BudgetLoader loader(m_db);
        Domain::BudgetPolicy mine;
        Domain::ChangeStamp myStamp;
        QVERIFY(loader.load(m_engagement, &mine, &myStamp).isNull());

        // Another user reads the same version and saves first.
        Domain::BudgetPolicy theirs = mine;
        Domain::ChangeStamp theirStamp = myStamp;
        theirs.setRolloverRule({RolloverRule::Carry::UpToMinutes, 600, 0, 0, false});
        QVERIFY(loader.save(m_engagement, theirs, &theirStamp).isNull());

        const Domain::ChangeStamp before = myStamp;
        const Storage::StorageError refused = loader.save(m_engagement, edited(mine), &myStamp);
        QCOMPARE(refused.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(refused.changedBy, theirStamp.updatedBy);
        QCOMPARE(refused.changedAt, theirStamp.updatedAt);
        QCOMPARE(refused.row, Storage::StorageError::Row::Budget);
        QCOMPARE(myStamp, before);
        Domain::BudgetPolicy stored;
        QVERIFY(loader.load(m_engagement, &stored, nullptr).isNull());
        QCOMPARE(stored, theirs); // nothing of the refused save, months included
        QVERIFY(stored.monthlyBudgets().isEmpty());
    }

    void shouldNameWhatIsWrongBeforeSaving()
    {
        Domain::BudgetPolicy policy;
        QVERIFY(Models::BudgetLoader(m_db).load(m_engagement, &policy, nullptr).isNull());
        policy.setRolloverRule({RolloverRule::Carry::UpToPercent, 0, 120, -1, false});
        policy.setMonthlyBudget({QDate(2025, 12, 1), 600});
        policy.setMonthlyBudget({QDate(2027, 2, 1), 600});
        const QStringList problems = Models::BudgetLoader::problems(policy);
        QCOMPARE(
            problems,
            QStringList({QStringLiteral("December 2025: A monthly budget lies before the engagement started"),
                         QStringLiteral("February 2027: A monthly budget lies after the engagement's end"),
                         QStringLiteral("Rollover caps and expiry cannot be negative"),
                         QStringLiteral("A rollover cap cannot exceed 100 %")}));
        // Storage refuses the same, with nothing written.
        Domain::ChangeStamp stamp;
        QVERIFY(!Models::BudgetLoader(m_db).save(m_engagement, policy, &stamp).isNull());
        Domain::BudgetPolicy stored;
        QVERIFY(Models::BudgetLoader(m_db).load(m_engagement, &stored, &stamp).isNull());
        QCOMPARE(stamp.version, qint64(0));
        QVERIFY(stored.monthlyBudgets().isEmpty());
    }

    void shouldTellThePagesWhenThePortfolioSavesABudget()
    {
        m_db.close();
        Models::Portfolio portfolio;
        QVERIFY(portfolio.open(m_location).isNull());
        QSignalSpy changed(&portfolio, &Models::Portfolio::engagementChanged);
        QSignalSpy errors(&portfolio, &Models::Portfolio::errorOccurred);
        Domain::BudgetPolicy policy;
        Domain::ChangeStamp stamp;
        QVERIFY(portfolio.budget(m_engagement.id, &policy, &stamp).isNull());
        const Domain::ChangeStamp read = stamp;
        QVERIFY(portfolio.saveBudget(m_engagement.id, edited(policy), &stamp).isNull());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), m_engagement.id);
        QCOMPARE(errors.count(), 0);

        // A second save over the old version: refused in words, and the pages read again.
        Domain::ChangeStamp stale = read;
        QCOMPARE(portfolio.saveBudget(m_engagement.id, policy, &stale).kind,
                 Storage::StorageError::Kind::Conflict);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("changed this budget")),
                 qPrintable(errors.at(0).at(0).toString()));
        // An engagement the portfolio does not hold.
        QCOMPARE(portfolio.budget(m_engagement.id + 100, &policy, &stamp).kind,
                 Storage::StorageError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBudgetLoader)
#include "tst_budgetloader.moc"

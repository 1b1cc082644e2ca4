// The loader behind `worklogs list`: the worklogs of a date range (either end open) by date, and
// the budget policy every page reads, so a worklog counts as it does on the Burn-down page.
#include "models/burndownloader.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/worklogloader.h"
#include "tests/storage/testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using Models::WorklogList;
using Models::WorklogLoader;

namespace {
Domain::Worklog worklog(const QString &key, const QDate &date, Domain::Role role)
{
    Domain::Worklog w;
    w.sourceKey = key;
    w.date = date;
    w.person = QStringLiteral("Person %1").arg(key);
    w.role = role;
    w.seconds = 3600;
    w.serviceLevel = Domain::ServiceLevel::L3;
    return w;
}

QStringList keys(const WorklogList &list)
{
    QStringList out;
    for (const Domain::Worklog &w : list.worklogs)
        out.append(w.sourceKey);
    return out;
}
} // namespace

class TestWorklogLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_engagement;

private slots:
    // On both dialects (issue 15): a new SQLite file, or a new database on the test server, per test.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        m_engagement = {};
        DD_OPEN_FRESH_DATABASE(m_db, m_dir.path());
        m_engagement.key = QStringLiteral("WORK");
        m_engagement.client = QStringLiteral("Work AB");
        m_engagement.model = Domain::SupportModel::FixedCapacity;
        m_engagement.start = QDate(2026, 9, 1);
        m_engagement.committedMinutesPerMonth = 40 * 60;
        m_engagement.rolesCovered = {Domain::Role::Dev};
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_engagement).isNull());
        Storage::UpsertCounts counts;
        const QVector<Domain::Worklog> worklogs = {
            worklog(QStringLiteral("W3"), QDate(2026, 10, 20), Domain::Role::Dev),
            worklog(QStringLiteral("W1"), QDate(2026, 8, 31), Domain::Role::Dev),
            worklog(QStringLiteral("W2"), QDate(2026, 10, 5), Domain::Role::QA)};
        QVERIFY(Storage::WorklogRepository(m_db)
                    .upsert(m_engagement.id, QStringLiteral("test"), worklogs, &counts)
                    .isNull());
    }

    void shouldReadTheRangeByDate_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("open at both ends")
            << QDate() << QDate()
            << QStringList{QStringLiteral("W1"), QStringLiteral("W2"), QStringLiteral("W3")};
        QTest::newRow("from the start")
            << QDate(2026, 9, 1) << QDate() << QStringList{QStringLiteral("W2"), QStringLiteral("W3")};
        QTest::newRow("up to a day, inclusive")
            << QDate() << QDate(2026, 10, 5) << QStringList{QStringLiteral("W1"), QStringLiteral("W2")};
        QTest::newRow("an empty range") << QDate(2026, 11, 1) << QDate(2026, 11, 30) << QStringList{};
    }

    void shouldReadTheRangeByDate()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        WorklogList list;
        const Storage::StorageError error = WorklogLoader(m_db).load(m_engagement, from, to, &list);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(keys(list), expected);
    }

    void shouldClassifyAsTheBurnDownDoes()
    {
        WorklogList list;
        QVERIFY(WorklogLoader(m_db).load(m_engagement, {}, {}, &list).isNull());
        Domain::BudgetPolicy policy;
        QVERIFY(Models::BurnDownLoader(m_db).policyFor(m_engagement, &policy).isNull());
        QCOMPARE(list.worklogs.size(), 3);
        // before the start, a role not covered, counted
        QCOMPARE(list.policy.classify(list.worklogs.at(0)), Domain::BudgetClass::OutsidePeriod);
        QCOMPARE(list.policy.classify(list.worklogs.at(1)), Domain::BudgetClass::RoleNotCovered);
        QCOMPARE(list.policy.classify(list.worklogs.at(2)), Domain::BudgetClass::Counted);
        for (const Domain::Worklog &w : std::as_const(list.worklogs))
            QCOMPARE(list.policy.classify(w), policy.classify(w));
    }
};

QTEST_GUILESS_MAIN(TestWorklogLoader)
#include "tst_worklogloader.moc"

#include "models/burndownloader.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/worklogrepository.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::BurnDownData;
using Models::BurnDownLoader;

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(s_asOf, QTime(12, 0), QTimeZone::utc());
} // namespace

class TestBurnDownLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    QVector<Domain::Engagement> m_engagements;

    Domain::Engagement engagement(const QString &key) const
    {
        for (const Domain::Engagement &e : m_engagements) {
            if (e.key == key)
                return e;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite")), Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        const Storage::StorageError error = Storage::DemoDataWriter(m_db).write(Domain::DemoPortfolio::generate(s_asOf));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(Storage::EngagementRepository(m_db).all(&m_engagements).isNull());
        QVERIFY(m_engagements.size() >= 4);
    }

    void shouldMatchTheWorklogsOfTheMonth_data()
    {
        QTest::addColumn<QString>("key");
        for (const Domain::Engagement &e : qAsConst(m_engagements))
            QTest::newRow(qPrintable(e.key)) << e.key;
    }

    void shouldMatchTheWorklogsOfTheMonth()
    {
        QFETCH(QString, key);
        const Domain::Engagement e = engagement(key);
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_db).load(e, QDate(2026, 11, 14), s_now, &data));
        QCOMPARE(data.month, QDate(2026, 11, 1));
        QCOMPARE(data.today, BurnDownLoader::todayIn(e, s_now));
        QCOMPARE(data.burnDown.days.size(), 30);
        // Independently: counted minutes of November up to today, from the repositories.
        QVector<Domain::Worklog> worklogs;
        QVERIFY(Storage::WorklogRepository(m_db).list(e.id, QDate(2026, 11, 1), data.today, &worklogs).isNull());
        Domain::BudgetPolicy policy;
        QVERIFY(Storage::BudgetRepository(m_db).policyFor(e, &policy).isNull());
        qint64 counted = 0;
        for (const Domain::Worklog &w : worklogs)
            counted += policy.counts(w) ? w.seconds : 0;
        QVERIFY(counted > 0);
        QCOMPARE(data.burnDown.used, Domain::Worklog::roundedMinutes(counted));
        QCOMPARE(data.policy, policy);
        QCOMPARE(data.ledgerMonth.month, QDate(2026, 11, 1));
        QCOMPARE(data.burnDown.budget, data.ledgerMonth.committed + data.ledgerMonth.carriedIn - data.ledgerMonth.overrunDeducted);
        QCOMPARE(data.ledger.months().constFirst().month, QDate(e.start.year(), e.start.month(), 1));
        QVERIFY(data.burnDown.days.at(data.today.day() - 1).actualRemaining.has_value());
        QVERIFY(!data.burnDown.days.constLast().actualRemaining.has_value());
        QVERIFY(data.burnDown.days.constLast().forecast.has_value());
    }

    void shouldCarryUnderTheDemoRolloverRule()
    {
        // The demo gives NORDSHOP "carry up to 10 h, expiring after 3 months".
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("NORDSHOP")), QDate(2026, 11, 1), s_now, &data));
        QCOMPARE(data.policy.rolloverRule().carry, Domain::RolloverRule::Carry::UpToMinutes);
        qint64 carried = 0;
        for (const Domain::LedgerMonth &m : data.ledger.months())
            carried += m.carriedOut;
        QVERIFY(carried > 0);
    }

    void shouldFollowTheEngagementCalendar()
    {
        // December in Stockholm: Christmas Eve, Christmas and Boxing Day are no working days.
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("NORDSHOP")), QDate(2026, 12, 1), s_now, &data));
        QVERIFY(!data.isWorkingDay(QDate(2026, 12, 24)));
        QVERIFY(!data.isWorkingDay(QDate(2026, 12, 25)));
        QVERIFY(data.isWorkingDay(QDate(2026, 12, 23)));
        QCOMPARE(data.burnDown.days.at(23).idealRemaining, data.burnDown.days.at(22).idealRemaining);
        // A month ahead: nothing actual yet, the forecast starts from the budget.
        QVERIFY(!data.burnDown.days.constFirst().actualRemaining.has_value());
        QCOMPARE(data.burnDown.used, 0);
    }

    void shouldComputePreviousMonthsForTheOverlay()
    {
        BurnDownLoader loader(m_db);
        loader.setPreviousMonths(3);
        BurnDownData data;
        QVERIFY(!loader.load(engagement(QStringLiteral("NORDSHOP")), QDate(2026, 11, 1), s_now, &data));
        QCOMPARE(data.previousMonths.size(), 3);
        QCOMPARE(data.previousMonths.at(0).month, QDate(2026, 10, 1));
        QCOMPARE(data.previousMonths.at(2).month, QDate(2026, 8, 1));
        QCOMPARE(data.previousMonths.at(0).used, data.ledger.month(QDate(2026, 10, 1))->used);
    }

    void shouldStopTheOverlayAtTheEngagementStart()
    {
        const Domain::Engagement e = engagement(QStringLiteral("BALTICHOME"));
        BurnDownLoader loader(m_db);
        loader.setPreviousMonths(6);
        BurnDownData data;
        QVERIFY(!loader.load(e, e.start.addMonths(2), s_now, &data));
        QCOMPARE(data.previousMonths.size(), 2);
    }

    void shouldListTheWorklogsOfADay()
    {
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("FJALLGEAR")), QDate(2026, 11, 1), s_now, &data));
        const QDate day(2026, 11, 10);
        const QVector<Domain::Worklog> worklogs = data.worklogsOn(day);
        QVERIFY(!worklogs.isEmpty());
        qint64 minutes = 0;
        for (const Domain::Worklog &w : worklogs) {
            QCOMPARE(w.date, day);
            minutes += w.minutes();
        }
        const qint64 byLevel = std::accumulate(data.burnDown.minutesByLevel.cbegin(), data.burnDown.minutesByLevel.cend(), qint64(0));
        QVERIFY(minutes < byLevel);
        QVERIFY(data.worklogsOn(QDate(2026, 11, 8)).isEmpty()); // a Sunday
    }

    void shouldRefuseAMonthBeforeTheStart()
    {
        const Domain::Engagement e = engagement(QStringLiteral("BALTICHOME"));
        BurnDownData data;
        const BurnDownLoader::Error error = BurnDownLoader(m_db).load(e, e.start.addMonths(-1), s_now, &data);
        QCOMPARE(error.problem, BurnDownLoader::Problem::MonthBeforeStart);
        QVERIFY2(error.message(e, e.start.addMonths(-1)).contains(e.key), qPrintable(error.message(e, e.start.addMonths(-1))));
        QCOMPARE(BurnDownLoader(m_db).load(e, QDate(), s_now, &data).problem, BurnDownLoader::Problem::InvalidMonth);
    }

    void shouldReportAnEngagementThatIsGone()
    {
        Domain::Engagement ghost = engagement(QStringLiteral("NORDSHOP"));
        ghost.id = 9999;
        BurnDownData data;
        const BurnDownLoader::Error error = BurnDownLoader(m_db).load(ghost, QDate(2026, 11, 1), s_now, &data);
        QCOMPARE(error.problem, BurnDownLoader::Problem::Storage);
        QCOMPARE(error.storage.kind, Storage::StorageError::Kind::NotFound);
    }

    void shouldTakeTodayInTheEngagementsZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("today");
        QTest::newRow("Stockholm just after midnight") << QByteArray("Europe/Stockholm")
                                                       << QDateTime(QDate(2026, 11, 30), QTime(23, 30), QTimeZone::utc()) << QDate(2026, 12, 1);
        QTest::newRow("New York still the day before") << QByteArray("America/New_York")
                                                       << QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc()) << QDate(2026, 11, 30);
        QTest::newRow("unknown zone is UTC") << QByteArray("Mars/Olympus")
                                             << QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc()) << QDate(2026, 12, 1);
    }

    void shouldTakeTodayInTheEngagementsZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(QDate, today);
        Domain::Engagement e;
        e.timeZone = zone;
        QCOMPARE(BurnDownLoader::todayIn(e, now), today);
    }
};

QTEST_GUILESS_MAIN(TestBurnDownLoader)
#include "tst_burndownloader.moc"

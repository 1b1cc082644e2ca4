#include "models/burndownloader.h"
#include "models/capacitytext.h"
#include "models/portfolio.h"
#include "models/portfolioburnmodel.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "tests/storage/testdatabases.h"

#include "models/domaintext.h"
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::BurnDownData;
using Models::BurnDownLoader;

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(s_asOf, QTime(12, 0), QTimeZone::utc());

QDateTime noonOn(const QDate &date)
{
    return QDateTime(date, QTime(11, 0), QTimeZone::utc()); // 12:00 in Stockholm in winter
}

Domain::Worklog worklog(const QString &key, const QDate &date, Domain::Role role, double hours,
                        Domain::ServiceLevel level = Domain::ServiceLevel::L3, const QString &activity = {})
{
    Domain::Worklog w;
    w.sourceKey = key;
    w.date = date;
    w.person = QStringLiteral("Person %1").arg(Domain::roleId(role));
    w.role = role;
    w.seconds = qRound64(hours * 3600);
    w.serviceLevel = level;
    w.activity = activity;
    return w;
}

/// The hand-made engagement of issue 19: 80 h a month from Thursday 10 September to Thursday
/// 17 December 2026, Dev/QA/PM covered, no optional service contracted, up to 10 h carried.
/// Worklogs before the start, by Ops, on an uncontracted service, after the end, and later than the
/// instants the test looks from.
Domain::Engagement midMonthEngagement()
{
    Domain::Engagement e;
    e.key = QStringLiteral("MIDMONTH");
    e.client = QStringLiteral("Mid Month AB");
    e.model = Domain::SupportModel::FixedCapacity;
    e.start = QDate(2026, 9, 10);
    e.end = QDate(2026, 12, 17);
    e.committedMinutesPerMonth = 80 * 60;
    e.rolesCovered = {Domain::Role::Dev, Domain::Role::QA, Domain::Role::PM};
    return e;
}

QVector<Domain::Worklog> midMonthWorklogs()
{
    using Domain::Role;
    using Domain::ServiceLevel;
    return {
        worklog(QStringLiteral("M1"), QDate(2026, 9, 8), Role::Dev, 2), // before the start
        worklog(QStringLiteral("M2"), QDate(2026, 9, 15), Role::Dev, 20),
        worklog(QStringLiteral("M3"), QDate(2026, 9, 16), Role::Ops, 3, ServiceLevel::L1), // role not covered
        worklog(QStringLiteral("M4"), QDate(2026, 9, 17), Role::Dev, 1.5, ServiceLevel::OptionalL3,
                QStringLiteral("strategic-advisory")), // not contracted
        worklog(QStringLiteral("M5"), QDate(2026, 10, 5), Role::QA, 30, ServiceLevel::L1),
        worklog(QStringLiteral("M6"), QDate(2026, 10, 20), Role::Dev, 25),
        worklog(QStringLiteral("M7"), QDate(2026, 11, 3), Role::Dev, 10),
        worklog(QStringLiteral("M8"), QDate(2026, 11, 10), Role::PM, 5, ServiceLevel::L2),
        worklog(QStringLiteral("M9"), QDate(2026, 11, 20), Role::Dev, 12), // after 15 November
        worklog(QStringLiteral("M10"), QDate(2026, 12, 2), Role::Dev, 6),
        worklog(QStringLiteral("M11"), QDate(2026, 12, 10), Role::QA, 8,
                ServiceLevel::L1),                                          // after 4 December
        worklog(QStringLiteral("M12"), QDate(2026, 12, 20), Role::Dev, 4)}; // after the end
}
} // namespace

class TestBurnDownLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    QVector<Domain::Engagement> m_engagements;

    QTemporaryDir m_midDir;
    Storage::Database m_mid;
    Domain::Engagement m_midMonth;
    QString m_openDialect; ///< the dialect of the databases m_db and m_mid have open

    /// The same instant through every reader: burn-down, explanation, Portfolio burn, Overview.
    void compareEveryReader(const QDate &month, const QDateTime &now, qint64 expectedUsed)
    {
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, month, now, &data));
        QCOMPARE(data.burnDown.used, expectedUsed);
        QCOMPARE(data.ledgerMonth.used, expectedUsed);
        QCOMPARE(data.split.counted(), expectedUsed);
        const QString explanation =
            Models::CapacityText::ledgerExplanation(data.ledgerMonth).join(QLatin1Char('|'));
        if (data.ledgerMonth.state != Domain::LedgerMonth::State::Ended)
            QVERIFY2(explanation.contains(Models::DomainText::hours(expectedUsed) + QStringLiteral(" used")),
                     qPrintable(explanation));
        QVector<Models::PortfolioBurnModel::Row> rows;
        QVERIFY(!Models::PortfolioBurnModel::load(m_mid, {m_midMonth}, month, now, &rows));
        if (data.ledgerMonth.state != Domain::LedgerMonth::State::Ended) {
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.constFirst().burn.used, expectedUsed);
            QCOMPARE(rows.constFirst().split, data.split);
        } else {
            QVERIFY(rows.isEmpty()); // the portfolio stops counting it after its end
        }
        Models::Portfolio portfolio;
        QVERIFY(portfolio.open(m_mid.path()).isNull());
        Models::EngagementActivity activity;
        QVERIFY(portfolio.activity(m_midMonth.id, now, &activity).isNull());
        for (const Models::ActivityMonth &m : activity.months) {
            if (m.ledger.month == month) {
                QCOMPARE(m.ledger.used, expectedUsed);
                QCOMPARE(m.split, data.split);
            }
        }
    }

    void initMidMonth()
    {
        QVERIFY(m_mid
                    .open(m_midDir.filePath(QStringLiteral("mid.sqlite")),
                          Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        m_midMonth = midMonthEngagement();
        QVERIFY(Storage::EngagementRepository(m_mid).insert(&m_midMonth).isNull());
        Domain::RolloverRule rule;
        rule.carry = Domain::RolloverRule::Carry::UpToMinutes;
        rule.capMinutes = 600;
        QVERIFY(Storage::BudgetRepository(m_mid)
                    .savePolicy(m_midMonth.id, Domain::BudgetPolicy(4800, rule))
                    .isNull());
        Storage::UpsertCounts counts;
        QVERIFY(Storage::WorklogRepository(m_mid)
                    .upsert(m_midMonth.id, QStringLiteral("test"), midMonthWorklogs(), &counts)
                    .isNull());
    }

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
        const Storage::StorageError error =
            Storage::DemoDataWriter(m_db).write(Domain::DemoPortfolio::generate(s_asOf));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(Storage::EngagementRepository(m_db).all(&m_engagements).isNull());
        QVERIFY(m_engagements.size() >= 4);
        initMidMonth();
        m_openDialect = QStringLiteral("sqlite");
    }

    // On both dialects (issue 15): the two databases made above, and copies of them on the test
    // server (ids kept, so the engagements read above stay valid).
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect == m_openDialect)
            return;
        // Closed first: a SQLite copy is of the file, and the last close leaves no WAL beside it.
        m_db.close();
        m_mid.close();
        m_openDialect.clear(); // a skipped row below leaves none open: the next row opens its own
        QString demo;
        DD_DATABASE_COPY(demo, m_dir.filePath(QStringLiteral("demo.sqlite")), m_dir.path());
        QString mid;
        DD_DATABASE_COPY(mid, m_midDir.filePath(QStringLiteral("mid.sqlite")), m_midDir.path());
        QVERIFY(m_db.open(demo).isNull());
        QVERIFY(m_mid.open(mid).isNull());
        m_openDialect = dialect;
    }

    void shouldCommitTheFirstMonthProRataAndNameWorkOutsideTheContract()
    {
        // GIVEN the engagement starting on 10 September, seen at the end of the year
        BurnDownData data;
        QVERIFY(
            !BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 9, 1), noonOn(QDate(2026, 12, 31)), &data));
        // THEN September commits 21 of 30 days (56 h) and its used counts the 20 h inside the contract;
        // the 2 h before the start, the 3 h of Ops and the 1.5 h of strategic advisory are named apart
        QCOMPARE(data.ledgerMonth.committed, 56 * 60);
        QCOMPARE(data.ledgerMonth.state, Domain::LedgerMonth::State::Closed);
        QCOMPARE(data.split.of(Domain::BudgetClass::OutsidePeriod), 120);
        QCOMPARE(data.split.of(Domain::BudgetClass::RoleNotCovered), 180);
        QCOMPARE(data.split.of(Domain::BudgetClass::ServiceNotContracted), 90);
        QCOMPARE(data.split.logged, 120 + 1200 + 180 + 90);
        QCOMPARE(data.split.byRole.value(Domain::Role::Ops), 180);
        QCOMPARE(data.split.byService.value(QStringLiteral("strategic-advisory")), 90);
        // AND the burn-down's ideal line starts on the 10th (days before are outside the contract)
        QCOMPARE(data.burnDown.days.at(8).idealRemaining, double(56 * 60));
        QVERIFY(data.burnDown.days.at(9).idealRemaining < double(56 * 60));
        QVERIFY(!data.isWorkingDay(QDate(2026, 9, 8)));
        compareEveryReader(QDate(2026, 9, 1), noonOn(QDate(2026, 12, 31)), 1200);
    }

    void shouldCountOnlyWhatWasKnownMidMonth()
    {
        // GIVEN 15 November, with 12 h stored for the 20th
        const QDateTime now = noonOn(QDate(2026, 11, 15));
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 11, 1), now, &data));
        // THEN November has used 15 h so far, the same in every reader, and its month end is projected
        QCOMPARE(data.ledgerMonth.state, Domain::LedgerMonth::State::Open);
        compareEveryReader(QDate(2026, 11, 1), now, 15 * 60);
        QCOMPARE(data.ledgerMonth.projectedUsed,
                 qRound64(double(data.burnDown.budget) - data.burnDown.forecastAtMonthEnd));
        const QStringList lines = Models::CapacityText::ledgerExplanation(data.ledgerMonth);
        QVERIFY2(lines.contains(QStringLiteral("15 h used so far")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(lines.constLast().startsWith(QStringLiteral("If the forecast holds: ")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral("unused and forfeited")), qPrintable(line));
        QVERIFY(data.worklogsOn(QDate(2026, 11, 20)).isEmpty());
        // AND October, closed, reads the same whenever it is seen after its end
        BurnDownData october;
        BurnDownData laterOctober;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 10, 1), now, &october));
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 10, 1), noonOn(QDate(2026, 12, 31)),
                                            &laterOctober));
        QCOMPARE(october.ledgerMonth, laterOctober.ledgerMonth);
        QCOMPARE(october.ledgerMonth.used, 55 * 60);
        // AND December seen on 15 November carries provisional hours in
        BurnDownData december;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 12, 1), now, &december));
        QCOMPARE(december.ledgerMonth.state, Domain::LedgerMonth::State::NotStarted);
        QCOMPARE(december.burnDown.used, 0);
        for (const Domain::LedgerEntry &entry : december.ledgerMonth.explanation)
            QCOMPARE(entry.projected, entry.kind != Domain::LedgerEntry::Kind::Committed &&
                                          entry.kind != Domain::LedgerEntry::Kind::Used);
        QVERIFY(december.burnDown.pace > 0); // today's pace, not a window of days not yet come
    }

    void shouldLeaveOutAWorklogDatedInTheFuture()
    {
        // GIVEN 4 December, with 8 h stored for the 10th
        const QDateTime now = noonOn(QDate(2026, 12, 4));
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 12, 1), now, &data));
        // THEN December (17 of 31 days committed: 43 h 52 min) has used the 6 h of the 2nd only
        QCOMPARE(data.ledgerMonth.committed, 2632);
        compareEveryReader(QDate(2026, 12, 1), now, 6 * 60);
        QVERIFY(data.worklogsOn(QDate(2026, 12, 10)).isEmpty());
        QCOMPARE(data.split.logged, 6 * 60);
    }

    void shouldCloseTheBudgetAtTheEnd()
    {
        // GIVEN the month after the end, seen in January
        const QDateTime now = noonOn(QDate(2027, 1, 20));
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2027, 1, 1), now, &data));
        // THEN nothing is committed or carried, the closing balance of December is shown and the
        // 4 h logged after the end are outside the contract
        QCOMPARE(data.ledgerMonth.state, Domain::LedgerMonth::State::Ended);
        QCOMPARE(data.burnDown.budget, 0);
        QCOMPARE(data.ledgerMonth.explanation.constFirst().kind, Domain::LedgerEntry::Kind::Ended);
        const Domain::LedgerMonth *december = data.ledger.month(QDate(2026, 12, 1));
        QVERIFY(december);
        QCOMPARE(december->carriedOut, 0);
        QCOMPARE(december->used, 14 * 60);
        // November's 10 h carried are spent first; December's own unused hours are forfeited
        QCOMPARE(december->expiredAtEnd, 0);
        QCOMPARE(december->forfeited, 2632 - (14 * 60 - 600));
        BurnDownData decemberData;
        QVERIFY(!BurnDownLoader(m_mid).load(m_midMonth, QDate(2026, 12, 1), now, &decemberData));
        QCOMPARE(decemberData.split.of(Domain::BudgetClass::OutsidePeriod), 4 * 60);
        compareEveryReader(QDate(2027, 1, 1), now, 0);
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
        QVERIFY(
            Storage::WorklogRepository(m_db).list(e.id, QDate(2026, 11, 1), data.today, &worklogs).isNull());
        Domain::BudgetPolicy policy;
        QVERIFY(Storage::BudgetRepository(m_db).policyFor(e, &policy).isNull());
        policy.setContract(e); // the contract's period, roles and optional services decide too
        qint64 counted = 0;
        for (const Domain::Worklog &w : worklogs)
            counted += policy.counts(w) ? w.seconds : 0;
        QVERIFY(counted > 0);
        QCOMPARE(data.burnDown.used, Domain::Worklog::roundedMinutes(counted));
        QCOMPARE(data.policy, policy);
        QCOMPARE(data.ledgerMonth.month, QDate(2026, 11, 1));
        QCOMPARE(data.burnDown.budget,
                 data.ledgerMonth.committed + data.ledgerMonth.carriedIn - data.ledgerMonth.overrunDeducted);
        QCOMPARE(data.ledger.months().constFirst().month, QDate(e.start.year(), e.start.month(), 1));
        QVERIFY(data.burnDown.days.at(data.today.day() - 1).actualRemaining.has_value());
        QVERIFY(!data.burnDown.days.constLast().actualRemaining.has_value());
        QVERIFY(data.burnDown.days.constLast().forecast.has_value());
    }

    void shouldCarryUnderTheDemoRolloverRule()
    {
        // The demo gives NORDSHOP "carry up to 10 h, expiring after 3 months".
        BurnDownData data;
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("NORDSHOP")), QDate(2026, 11, 1), s_now,
                                           &data));
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
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("NORDSHOP")), QDate(2026, 12, 1), s_now,
                                           &data));
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
        QVERIFY(!BurnDownLoader(m_db).load(engagement(QStringLiteral("FJALLGEAR")), QDate(2026, 11, 1), s_now,
                                           &data));
        const QDate day(2026, 11, 10);
        const QVector<Domain::Worklog> worklogs = data.worklogsOn(day);
        QVERIFY(!worklogs.isEmpty());
        qint64 minutes = 0;
        for (const Domain::Worklog &w : worklogs) {
            QCOMPARE(w.date, day);
            minutes += w.minutes();
        }
        const qint64 byLevel = std::accumulate(data.burnDown.minutesByLevel.cbegin(),
                                               data.burnDown.minutesByLevel.cend(), qint64(0));
        QVERIFY(minutes < byLevel);
        QVERIFY(data.worklogsOn(QDate(2026, 11, 8)).isEmpty()); // a Sunday
    }

    void shouldRefuseAMonthBeforeTheStart()
    {
        const Domain::Engagement e = engagement(QStringLiteral("BALTICHOME"));
        BurnDownData data;
        const BurnDownLoader::Error error = BurnDownLoader(m_db).load(e, e.start.addMonths(-1), s_now, &data);
        QCOMPARE(error.problem, BurnDownLoader::Problem::MonthBeforeStart);
        QVERIFY2(error.message(e, e.start.addMonths(-1)).contains(e.key),
                 qPrintable(error.message(e, e.start.addMonths(-1))));
        QCOMPARE(BurnDownLoader(m_db).load(e, QDate(), s_now, &data).problem,
                 BurnDownLoader::Problem::InvalidMonth);
    }

    void shouldReportAnEngagementThatIsGone()
    {
        Domain::Engagement ghost = engagement(QStringLiteral("NORDSHOP"));
        ghost.id = 9999;
        BurnDownData data;
        const BurnDownLoader::Error error =
            BurnDownLoader(m_db).load(ghost, QDate(2026, 11, 1), s_now, &data);
        QCOMPARE(error.problem, BurnDownLoader::Problem::Storage);
        QCOMPARE(error.storage.kind, Storage::StorageError::Kind::NotFound);
    }

    void shouldTakeTodayInTheEngagementsZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("today");
        QTest::newRow("Stockholm just after midnight")
            << QByteArray("Europe/Stockholm")
            << QDateTime(QDate(2026, 11, 30), QTime(23, 30), QTimeZone::utc()) << QDate(2026, 12, 1);
        QTest::newRow("New York still the day before")
            << QByteArray("America/New_York") << QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc())
            << QDate(2026, 11, 30);
        QTest::newRow("unknown zone is UTC")
            << QByteArray("Mars/Olympus") << QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc())
            << QDate(2026, 12, 1);
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

// Stored SLA results and monthly compliance: round trips, replacement, month ranges and breaches.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Domain::MonthlyCompliance;
using Domain::SlaClock;
using Domain::SlaClockOutcome;
using Domain::SlaResult;
using Domain::SlaState;
using Storage::SlaResultRepository;
using Storage::StoredSlaResult;

namespace {

qint64 utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Domain::Ticket ticket(const QString &key, qint64 created, std::optional<qint64> resolved = {})
{
    Domain::Ticket t;
    t.key = key;
    t.severity = 2;
    t.created = created;
    t.resolved = resolved;
    t.history = {{created + 60, QStringLiteral("In Progress"), 0},
                 {created + 120, QStringLiteral("Waiting for customer"), 1}};
    return t;
}

SlaClock clock(SlaClockOutcome outcome, qint64 seconds, qint64 target, std::optional<qint64> due,
               std::optional<qint64> stopped, std::optional<qint64> breached = {})
{
    SlaClock c;
    c.outcome = outcome;
    c.businessSeconds = seconds;
    c.targetSeconds = target;
    c.due = due;
    c.stoppedAt = stopped;
    c.breachedAt = breached;
    return c;
}

SlaResult result(SlaState state, SlaClock response, SlaClock resolution)
{
    SlaResult r;
    r.severity = 2;
    r.state = state;
    r.response = response;
    r.resolution = resolution;
    return r;
}

MonthlyCompliance month(const QDate &first, int severity, int tickets)
{
    MonthlyCompliance m;
    m.month = first;
    m.severity = severity;
    m.tickets = tickets;
    m.excluded = 1;
    m.responseMeasured = tickets;
    m.responseMet = tickets - 1;
    m.resolutionMeasured = tickets - 1;
    m.resolutionMet = tickets - 2;
    m.breaches = 2;
    m.responseMedianSeconds = 600;
    m.responseP90Seconds = 3000;
    m.resolutionMedianSeconds = 7200;
    m.resolutionP90Seconds = 28800;
    m.targetPercent = 97.5;
    return m;
}

} // namespace

class TestSlaResultRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    qint64 m_engagement = 0;
    Storage::TicketsWithIds m_tickets;

    /// Four tickets: SUP-1 resolved in March, SUP-2 open, SUP-3 resolved in April, SUP-4 open.
    void addTickets()
    {
        const QVector<Domain::Ticket> tickets = {
            ticket(QStringLiteral("SUP-1"), utc(2026, 3, 2), utc(2026, 3, 4)),
            ticket(QStringLiteral("SUP-2"), utc(2026, 3, 3)),
            ticket(QStringLiteral("SUP-3"), utc(2026, 3, 30), utc(2026, 4, 2)),
            ticket(QStringLiteral("SUP-4"), utc(2026, 2, 20))};
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(*m_db)
                    .upsert(m_engagement, QStringLiteral("jira"), tickets, &counts)
                    .isNull());
        QVERIFY(SlaResultRepository(*m_db).tickets(m_engagement, &m_tickets).isNull());
        QCOMPARE(m_tickets.tickets.size(), 4);
    }

    StoredSlaResult stored(int index, const SlaResult &r, const QDate &monthOfTicket = {})
    {
        StoredSlaResult s;
        s.ticketId = m_tickets.ids.at(index);
        s.ticketKey = m_tickets.tickets.at(index).key;
        s.policyEffective = QDate(2026, 1, 1);
        s.complianceMonth = monthOfTicket;
        s.result = r;
        s.evaluatedAt = utc(2026, 4, 10);
        return s;
    }

    /// SUP-1 met in March, SUP-2 open and breached in March, SUP-3 breached in April, SUP-4 open
    /// and breached in February.
    QVector<StoredSlaResult> fourResults()
    {
        const SlaClock responseMet =
            clock(SlaClockOutcome::Met, 600, 3600, utc(2026, 3, 2, 13), utc(2026, 3, 2, 12));
        return {stored(0,
                       result(SlaState::Met, responseMet,
                              clock(SlaClockOutcome::Met, 7200, 28800, utc(2026, 3, 5), utc(2026, 3, 4))),
                       QDate(2026, 3, 1)),
                stored(1, result(SlaState::Breached,
                                 clock(SlaClockOutcome::Breached, 9000, 3600, utc(2026, 3, 3, 13), {},
                                       utc(2026, 3, 3, 13)),
                                 clock(SlaClockOutcome::Running, 9000, 28800, utc(2026, 3, 6), {}))),
                stored(2,
                       result(SlaState::Breached, responseMet,
                              clock(SlaClockOutcome::Breached, 40000, 28800, utc(2026, 4, 1), utc(2026, 4, 2),
                                    utc(2026, 4, 1))),
                       QDate(2026, 4, 1)),
                stored(3, result(SlaState::Breached,
                                 clock(SlaClockOutcome::Breached, 9000, 3600, utc(2026, 2, 20, 13), {},
                                       utc(2026, 2, 20, 13)),
                                 clock(SlaClockOutcome::Breached, 90000, 28800, utc(2026, 2, 25), {},
                                       utc(2026, 2, 25))))};
    }

    QVector<QString> keysOf(const QVector<StoredSlaResult> &results)
    {
        QVector<QString> keys;
        for (const StoredSlaResult &r : results)
            keys.append(r.ticketKey);
        return keys;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        DD_OPEN_FRESH_DATABASE(*m_db, m_dir.path());
        Domain::Engagement e;
        e.key = QStringLiteral("NORD");
        e.client = QStringLiteral("Nordshop");
        e.start = QDate(2026, 1, 1);
        e.timeZone = "Europe/Stockholm";
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&e).isNull());
        m_engagement = e.id;
        addTickets();
    }
    void cleanup() { m_db.reset(); }

    void shouldReadTicketsWithTheirIdsAndHistory()
    {
        QVector<Domain::Ticket> listed;
        QVERIFY(Storage::TicketRepository(*m_db).list(m_engagement, &listed).isNull());
        for (qsizetype i = 0; i < m_tickets.tickets.size(); ++i) {
            QVERIFY(i == 0 || m_tickets.ids.at(i - 1) < m_tickets.ids.at(i));
            QVERIFY(listed.contains(m_tickets.tickets.at(i)));
            QCOMPARE(m_tickets.tickets.at(i).history.size(), 2);
        }
    }

    void shouldRoundTripEveryFieldOfAResult()
    {
        const SlaResultRepository repo(*m_db);
        QVector<StoredSlaResult> results = fourResults();
        results[0].result.pausedSeconds = 1800;
        results[0].result.reopenCount = 2;
        results[1].result.pausedNow = true;
        results[1].result.problems =
            Domain::SlaDataProblem::HistoryOutOfOrder | Domain::SlaDataProblem::ResponseMissing;
        results[3].policyEffective = QDate();
        QVERIFY(repo.replace(m_engagement, results, {}, utc(2026, 4, 10)).isNull());
        QVector<StoredSlaResult> loaded;
        QVERIFY(repo.results(m_engagement, &loaded).isNull());
        QCOMPARE(loaded, results);
    }

    void shouldReplaceEverythingStoredBefore()
    {
        const SlaResultRepository repo(*m_db);
        QVERIFY(repo.replace(m_engagement, fourResults(), {month(QDate(2026, 3, 1), 2, 5)}, utc(2026, 4, 10))
                    .isNull());
        const QVector<StoredSlaResult> second = {fourResults().at(2)};
        const QVector<MonthlyCompliance> months = {month(QDate(2026, 4, 1), 1, 3)};
        QVERIFY(repo.replace(m_engagement, second, months, utc(2026, 4, 11)).isNull());
        QVector<StoredSlaResult> loaded;
        QVERIFY(repo.results(m_engagement, &loaded).isNull());
        QCOMPARE(loaded, second);
        QVector<MonthlyCompliance> loadedMonths;
        QVERIFY(repo.compliance(m_engagement, {}, {}, &loadedMonths).isNull());
        QCOMPARE(loadedMonths, months);
        std::optional<qint64> at;
        QVERIFY(repo.lastEvaluation(m_engagement, &at).isNull());
        QCOMPARE(at, std::optional<qint64>(utc(2026, 4, 11)));
    }

    void shouldTellNeverEvaluatedFromNothingToStore()
    {
        const SlaResultRepository repo(*m_db);
        std::optional<qint64> at;
        QVERIFY(repo.lastEvaluation(m_engagement, &at).isNull());
        QVERIFY(!at);
        QVERIFY(repo.replace(m_engagement, {}, {}, utc(2026, 4, 10)).isNull());
        QVERIFY(repo.lastEvaluation(m_engagement, &at).isNull());
        QCOMPARE(at, std::optional<qint64>(utc(2026, 4, 10)));
    }

    void shouldReadTheComplianceOfAMonthRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QVector<int>>("expectedMonths");
        QTest::newRow("open range: every month") << QDate() << QDate() << QVector<int>{1, 1, 2, 3};
        QTest::newRow("from February") << QDate(2026, 2, 1) << QDate() << QVector<int>{2, 3};
        QTest::newRow("to February, any day of it") << QDate() << QDate(2026, 2, 28) << QVector<int>{1, 1, 2};
        QTest::newRow("one month, days mid-month")
            << QDate(2026, 3, 15) << QDate(2026, 3, 20) << QVector<int>{3};
        QTest::newRow("a range without rows") << QDate(2026, 5, 1) << QDate(2026, 6, 1) << QVector<int>{};
    }

    void shouldReadTheComplianceOfAMonthRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QVector<int>, expectedMonths);
        const SlaResultRepository repo(*m_db);
        const QVector<MonthlyCompliance> months = {
            month(QDate(2026, 1, 1), 1, 4), month(QDate(2026, 1, 1), 3, 2), month(QDate(2026, 2, 1), 1, 3),
            month(QDate(2026, 3, 1), 4, 9)};
        QVERIFY(repo.replace(m_engagement, {}, months, utc(2026, 4, 10)).isNull());
        QVector<MonthlyCompliance> loaded;
        QVERIFY(repo.compliance(m_engagement, from, to, &loaded).isNull());
        QVector<int> loadedMonths;
        for (const MonthlyCompliance &m : loaded) {
            loadedMonths.append(m.month.month());
            QVERIFY(months.contains(m));
        }
        QCOMPARE(loadedMonths, expectedMonths);
    }

    void shouldListTheBreachesOfAMonth_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QVector<QString>>("keys");
        QTest::newRow("March: open breach in it, the met ticket left out")
            << QDate(2026, 3, 1) << QVector<QString>{QStringLiteral("SUP-2")};
        QTest::newRow("April: resolved and breached in it")
            << QDate(2026, 4, 1) << QVector<QString>{QStringLiteral("SUP-3")};
        QTest::newRow("February: open, first breach in it")
            << QDate(2026, 2, 1) << QVector<QString>{QStringLiteral("SUP-4")};
        QTest::newRow("May: none") << QDate(2026, 5, 1) << QVector<QString>{};
    }

    void shouldListTheBreachesOfAMonth()
    {
        QFETCH(QDate, month);
        QFETCH(QVector<QString>, keys);
        const SlaResultRepository repo(*m_db);
        QVERIFY(repo.replace(m_engagement, fourResults(), {}, utc(2026, 4, 10)).isNull());
        const qint64 start = QDateTime(month, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 end = QDateTime(month.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVector<StoredSlaResult> breaches;
        QVERIFY(repo.breaches(m_engagement, month, start, end, &breaches).isNull());
        QCOMPARE(keysOf(breaches), keys);
    }

    void shouldGiveTheEarlierBreachInstant()
    {
        const QVector<StoredSlaResult> results = fourResults();
        QCOMPARE(results.at(0).breachAt(), std::nullopt);
        QCOMPARE(results.at(1).breachAt(), std::optional<qint64>(utc(2026, 3, 3, 13)));
        QCOMPARE(results.at(2).breachAt(), std::optional<qint64>(utc(2026, 4, 1)));
        QCOMPARE(results.at(3).breachAt(), std::optional<qint64>(utc(2026, 2, 20, 13)));
    }

    void shouldRoundTripOutcomeIds()
    {
        for (int i = 0; i <= int(SlaClockOutcome::NotMeasurable); ++i) {
            SlaClockOutcome back = SlaClockOutcome::Met;
            QVERIFY(SlaResultRepository::outcomeFromId(SlaResultRepository::outcomeId(SlaClockOutcome(i)),
                                                       &back));
            QCOMPARE(int(back), i);
        }
        SlaClockOutcome unchanged = SlaClockOutcome::Running;
        QVERIFY(!SlaResultRepository::outcomeFromId(QStringLiteral("late"), &unchanged));
        QCOMPARE(unchanged, SlaClockOutcome::Running);
    }

    void shouldDropResultsWithTheirEngagement()
    {
        const SlaResultRepository repo(*m_db);
        QVERIFY(repo.replace(m_engagement, fourResults(), {month(QDate(2026, 3, 1), 2, 5)}, utc(2026, 4, 10))
                    .isNull());
        const Storage::EngagementRepository engagements(*m_db);
        QVERIFY(engagements.remove(m_engagement).isNull());
        QVERIFY(engagements.purgeDeleted().isNull());
        QVector<StoredSlaResult> loaded;
        QVERIFY(repo.results(m_engagement, &loaded).isNull());
        QVERIFY(loaded.isEmpty());
        QVector<MonthlyCompliance> months;
        QVERIFY(repo.compliance(m_engagement, {}, {}, &months).isNull());
        QVERIFY(months.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlaResultRepository)
#include "tst_slaresultrepository.moc"

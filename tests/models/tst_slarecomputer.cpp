// Recomputing an engagement's SLA results: every demo ticket stored as the evaluator sees it,
// compliance that adds up, older tickets untouched by a new policy version, the job off the GUI
// thread, cancel and errors.
#include "models/domain/demoportfolio.h"
#include "models/domain/sla/slacompliance.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/slarecomputer.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/slaresultwriter.h"
#include "models/storage/sqliteslaresults.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Domain::MonthlyCompliance;
using Domain::SlaState;
using Models::SlaRecomputer;
using Models::SlaRecomputeSummary;
using Storage::SlaResultRepository;
using Storage::StorageError;
using Storage::StoredSlaResult;

namespace {

const QDate s_asOf(2026, 11, 25);
const qint64 s_now = QDateTime(s_asOf, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

/// What a month × severity row must say, counted again from the stored per-ticket results.
MonthlyCompliance recount(const QVector<StoredSlaResult> &results, const QDate &month, int severity)
{
    MonthlyCompliance m;
    for (const StoredSlaResult &s : results) {
        if (s.complianceMonth != month || s.result.severity != severity)
            continue;
        if (s.result.state == SlaState::Invalid) {
            ++m.excluded;
            continue;
        }
        ++m.tickets;
        m.responseMeasured += s.result.response.isDecided() ? 1 : 0;
        m.responseMet += s.result.response.isMet() ? 1 : 0;
        m.resolutionMeasured += s.result.resolution.isDecided() ? 1 : 0;
        m.resolutionMet += s.result.resolution.isMet() ? 1 : 0;
        m.breaches += s.result.response.isBreached() || s.result.resolution.isBreached() ? 1 : 0;
    }
    return m;
}

/// `count` tickets created from the first day of `month` in `year` over six months (fixed seed):
/// all severities, one in seven still open, some paused and resumed, some without a response.
QVector<Domain::Ticket> generatedTickets(int count, int year, int month = 1,
                                         const QString &prefix = QStringLiteral("GEN-"))
{
    QRandomGenerator random(quint32(count * 31 + month));
    const qint64 start = QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 span = 180LL * 86400 / count;
    QVector<Domain::Ticket> out;
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = prefix + QString::number(i + 1);
        t.severity = 1 + random.bounded(4);
        t.created = start + i * span + random.bounded(int(span));
        if (random.bounded(10) < 9)
            t.firstResponse = t.created + 60 + random.bounded(4 * 3600);
        if (random.bounded(7) != 0) {
            t.resolved = t.created + 600 + random.bounded(3 * 86400);
            // resolved in the month it was created in, so that months are easy to empty
            const QDate createdOn = QDateTime::fromSecsSinceEpoch(t.created, QTimeZone::utc()).date();
            const qint64 monthEnd = QDateTime(QDate(createdOn.year(), createdOn.month(), 1).addMonths(1),
                                              QTime(0, 0), QTimeZone::utc())
                                        .toSecsSinceEpoch();
            t.resolved = qMin(*t.resolved, monthEnd - 1);
            if (t.firstResponse && *t.firstResponse > *t.resolved)
                t.firstResponse = *t.resolved;
        }
        if (t.firstResponse && t.resolved && random.bounded(3) == 0 && *t.resolved - *t.firstResponse > 600) {
            const qint64 pause = *t.firstResponse + (*t.resolved - *t.firstResponse) / 3;
            t.history = {{*t.firstResponse, QStringLiteral("Active"), t.severity},
                         {pause, QStringLiteral("Awaiting User Info"), t.severity},
                         {pause + 300, QStringLiteral("Active"), t.severity},
                         {*t.resolved, QStringLiteral("Resolved"), t.severity}};
        }
        t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("Active");
        out.append(t);
    }
    return out;
}

} // namespace

class TestSlaRecomputer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Storage::Database> m_db;
    QVector<Domain::Engagement> m_engagements;

    /// The indexes of sla_results with their definitions, and how many have one of their own.
    QStringList resultIndexes(int *own = nullptr)
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'sla_results' ORDER BY name")))
            while (q.next())
                out.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
        if (own)
            *own = int(std::count_if(out.cbegin(), out.cend(),
                                     [](const QString &i) { return !i.endsWith(QLatin1Char('|')); }));
        return out;
    }

    /// Every stored result row as written: each value with its SQLite type.
    QStringList rawResults()
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT * FROM sla_results ORDER BY ticket_id")))
            while (q.next()) {
                QString row;
                for (int i = 0; i < 24; ++i)
                    row += QLatin1String(q.value(i).typeName()) + QLatin1Char(':') + q.value(i).toString() +
                           QLatin1Char('|');
                out.append(row);
            }
        return out;
    }

    QVector<StoredSlaResult> stored(qint64 engagementId)
    {
        QVector<StoredSlaResult> results;
        const StorageError error = SlaResultRepository(*m_db).results(engagementId, &results);
        if (error)
            qWarning() << error.toString();
        return results;
    }

private slots:
    void initTestCase()
    {
        // One demo database written once, copied for every test.
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Storage::Database db;
        QVERIFY(db.open(m_demoPath, Storage::Database::Access::ReadWrite,
                        Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        QVERIFY(Storage::DemoDataWriter(db).write(Domain::DemoPortfolio::generate(s_asOf)).isNull());
    }

    // On both dialects (issue 15): a copy of the demo file, or of it on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QString path;
        DD_DATABASE_COPY(path, m_demoPath, m_dir.path());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(m_db->open(path).isNull());
        QVERIFY(Storage::EngagementRepository(*m_db).all(&m_engagements).isNull());
        QVERIFY(m_engagements.size() >= 2);
    }
    void cleanup()
    {
        m_db.reset();
        Storage::IndexSuspension::setMinimumRowsForTests(0);
        Storage::SqliteSlaResults::setEnabled(true);
        Storage::setServerBulkUpsertEnabled(true);
    }

    void shouldStoreWhatTheEvaluatorSaysForEveryDemoTicket()
    {
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            SlaRecomputeSummary summary;
            QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now, &summary).isNull());
            Storage::TicketsWithIds tickets;
            QVERIFY(SlaResultRepository(*m_db).tickets(e.id, &tickets).isNull());
            QVERIFY(!tickets.tickets.isEmpty());
            QCOMPARE(summary.tickets, qint64(tickets.tickets.size()));
            Domain::BusinessCalendar calendar;
            Domain::SlaPolicyHistory history;
            QVERIFY(Storage::CalendarRepository(*m_db).calendarFor(e.id, &calendar).isNull());
            QVERIFY(Storage::SlaPolicyRepository(*m_db).historyFor(e.id, &history).isNull());
            const Domain::SlaPolicyEvaluator evaluator(history, calendar);
            const QVector<StoredSlaResult> results = stored(e.id);
            QCOMPARE(results.size(), tickets.tickets.size());
            for (qsizetype i = 0; i < results.size(); ++i) {
                QCOMPARE(results.at(i).ticketId, tickets.ids.at(i));
                QCOMPARE(results.at(i).ticketKey, tickets.tickets.at(i).key);
                QCOMPARE(results.at(i).result, evaluator.evaluate(tickets.tickets.at(i), s_now));
                QCOMPARE(results.at(i).policyEffective,
                         evaluator.versionFor(tickets.tickets.at(i))->effectiveFrom);
                QCOMPARE(results.at(i).evaluatedAt, s_now);
            }
        }
    }

    void shouldReadEveryValueTheEvaluationUsesForTheRecompute()
    {
        // The recompute reads tickets back without the values the evaluation never reads (kind,
        // service level, activity, title, status): each evaluates and explains exactly as the
        // whole ticket does, with the same key, instants and history.
        bool someHistory = false;
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            Storage::TicketsWithIds whole;
            QVERIFY(SlaResultRepository(*m_db).tickets(e.id, &whole).isNull());
            Domain::BusinessCalendar calendar;
            Domain::SlaPolicyHistory history;
            QVERIFY(Storage::CalendarRepository(*m_db).calendarFor(e.id, &calendar).isNull());
            QVERIFY(Storage::SlaPolicyRepository(*m_db).historyFor(e.id, &history).isNull());
            const Domain::SlaPolicyEvaluator evaluator(history, calendar);
            const Storage::SlaResultWriter writer(*m_db, e.id);
            qsizetype at = 0;
            for (qint64 afterId = 0;;) {
                Storage::TicketsWithIds lean;
                QVERIFY(writer.ticketsAfter(afterId, 7, &lean).isNull()); // chunks of 7: many boundaries
                if (lean.ids.isEmpty())
                    break;
                for (qsizetype i = 0; i < lean.ids.size(); ++i, ++at) {
                    QVERIFY(at < whole.ids.size());
                    const Domain::Ticket &a = lean.tickets.at(i);
                    const Domain::Ticket &b = whole.tickets.at(at);
                    QCOMPARE(lean.ids.at(i), whole.ids.at(at));
                    QCOMPARE(a.key, b.key);
                    QCOMPARE(a.severity, b.severity);
                    QCOMPARE(a.created, b.created);
                    QCOMPARE(a.firstResponse, b.firstResponse);
                    QCOMPARE(a.resolved, b.resolved);
                    QCOMPARE(a.history, b.history);
                    someHistory = someHistory || !a.history.isEmpty();
                    QCOMPARE(evaluator.evaluate(a, s_now), evaluator.evaluate(b, s_now));
                    QCOMPARE(evaluator.explain(a, s_now), evaluator.explain(b, s_now));
                }
                afterId = lean.ids.constLast();
            }
            QCOMPARE(at, whole.ids.size());
        }
        QVERIFY(someHistory);
    }

    void shouldStoreComplianceThatAddsUpToTheResults()
    {
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
            const QVector<StoredSlaResult> results = stored(e.id);
            QVector<MonthlyCompliance> months;
            QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &months).isNull());
            QVERIFY2(months.size() >= 4 * 6, qPrintable(e.key)); // a year of demo, four severities a month
            QCOMPARE(months.size() % 4, 0);
            qint64 placed = 0;
            int breaches = 0;
            for (const MonthlyCompliance &m : std::as_const(months)) {
                const MonthlyCompliance expected = recount(results, m.month, m.severity);
                QCOMPARE(m.tickets, expected.tickets);
                QCOMPARE(m.excluded, expected.excluded);
                QCOMPARE(m.responseMeasured, expected.responseMeasured);
                QCOMPARE(m.responseMet, expected.responseMet);
                QCOMPARE(m.resolutionMeasured, expected.resolutionMeasured);
                QCOMPARE(m.resolutionMet, expected.resolutionMet);
                QCOMPARE(m.breaches, expected.breaches);
                QVERIFY(m.responseMedianSeconds <= m.responseP90Seconds);
                QVERIFY(m.resolutionMedianSeconds <= m.resolutionP90Seconds);
                QVERIFY(m.targetPercent > 0);
                placed += m.tickets + m.excluded;
                breaches += m.breaches;
            }
            qint64 open = 0;
            for (const StoredSlaResult &s : results)
                open += s.complianceMonth.isValid() ? 0 : 1;
            QCOMPARE(placed + open, qint64(results.size()));
            QVERIFY2(breaches > 0, qPrintable(e.key));
        }
    }

    void shouldStoreTheComplianceOfOneInMemoryAggregateOfEveryResult_data()
    {
        QTest::addColumn<bool>("cApi");
        QTest::newRow("SQLite C API") << true;
        QTest::newRow("QSqlQuery") << false;
    }

    void shouldStoreTheComplianceOfOneInMemoryAggregateOfEveryResult()
    {
        QFETCH(bool, cApi);
        Storage::SqliteSlaResults::setEnabled(cApi);
        // GIVEN the demo engagements, and one of generated tickets in 2025 and 2026 with months
        // without any resolved ticket between them
        {
            const Domain::Engagement &e = m_engagements.constFirst();
            QSqlQuery clear(m_db->connection());
            QVERIFY(clear.prepare(QStringLiteral("DELETE FROM tickets WHERE engagement_id = ?")));
            clear.addBindValue(e.id);
            QVERIFY(clear.exec());
            QVector<Domain::Ticket> tickets = generatedTickets(2000, 2025, 2);
            tickets += generatedTickets(2000, 2026, 1, QStringLiteral("LATER-"));
            Storage::UpsertCounts counts;
            QVERIFY(Storage::TicketRepository(*m_db)
                        .upsert(e.id, QStringLiteral("gen"), tickets, &counts)
                        .isNull());
        }
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            // WHEN it is fully recomputed (the compliance read back from the stored results a
            // month at a time)
            QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
            QVector<MonthlyCompliance> months;
            QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &months).isNull());
            // THEN its rows are those of one SlaCompliance fed every ticket's result in memory
            Storage::TicketsWithIds tickets;
            QVERIFY(SlaResultRepository(*m_db).tickets(e.id, &tickets).isNull());
            Domain::BusinessCalendar calendar;
            Domain::SlaPolicyHistory history;
            QVERIFY(Storage::CalendarRepository(*m_db).calendarFor(e.id, &calendar).isNull());
            QVERIFY(Storage::SlaPolicyRepository(*m_db).historyFor(e.id, &history).isNull());
            const QVector<StoredSlaResult> results = stored(e.id);
            QCOMPARE(results.size(), tickets.tickets.size());
            Domain::SlaCompliance all{QTimeZone(calendar.timeZoneId())};
            for (qsizetype i = 0; i < results.size(); ++i) {
                QCOMPARE(results.at(i).ticketId, tickets.ids.at(i));
                all.add(tickets.tickets.at(i), results.at(i).result);
            }
            const QVector<MonthlyCompliance> expected = all.months(history);
            QVERIFY2(expected.size() >= 4 * 6, qPrintable(e.key));
            QCOMPARE(months.size(), expected.size());
            for (qsizetype i = 0; i < months.size(); ++i)
                QVERIFY2(months.at(i) == expected.at(i),
                         qPrintable(e.key + QLatin1Char(' ') + months.at(i).month.toString(Qt::ISODate)));
        }
    }

    void shouldNotChangeOlderTicketsWhenAPolicyVersionIsAdded()
    {
        const Domain::Engagement &e = m_engagements.first();
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        const QVector<StoredSlaResult> before = stored(e.id);
        Domain::SlaPolicyHistory history;
        QVERIFY(Storage::SlaPolicyRepository(*m_db).historyFor(e.id, &history).isNull());
        const QDate change(2026, 9, 1);
        Domain::SlaPolicy tighter = history.versions().constLast();
        tighter.effectiveFrom = change;
        for (int severity = 1; severity <= Domain::SlaPolicy::SeverityCount; ++severity) {
            tighter.target(severity).responseMinutes = 1;
            tighter.target(severity).resolutionMinutes = 1;
        }
        QVERIFY(Storage::SlaPolicyRepository(*m_db).addVersion(e.id, tighter).isNull());
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        const QVector<StoredSlaResult> after = stored(e.id);
        QCOMPARE(after.size(), before.size());
        int older = 0, newer = 0, changed = 0;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).policyEffective < change) {
                ++older;
                QCOMPARE(after.at(i), before.at(i));
            } else {
                ++newer;
                QCOMPARE(after.at(i).policyEffective, change);
                changed += after.at(i).result != before.at(i).result ? 1 : 0;
            }
        }
        QVERIFY(older > 0);
        QVERIFY(newer > 0);
        QVERIFY2(changed > 0, "the new version applies to the tickets created under it");
    }

    void shouldRecomputeOffTheGuiThreadWithProgress()
    {
        const Domain::Engagement &e = m_engagements.first();
        SlaRecomputer job(*m_db, e.id);
        QSignalSpy progress(&job, &SlaRecomputer::progress);
        QSignalSpy finished(&job, &SlaRecomputer::finished);
        job.start(s_now);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).value<StorageError>().isNull());
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!progress.isEmpty());
        const qint64 total = progress.constLast().at(1).toLongLong();
        QCOMPARE(progress.constLast().at(0).toLongLong(), total);
        QCOMPARE(job.summary().tickets, total);
        QCOMPARE(qint64(stored(e.id).size()), total);
        std::optional<qint64> at;
        QVERIFY(SlaResultRepository(*m_db).lastEvaluation(e.id, &at).isNull());
        QCOMPARE(at, std::optional<qint64>(s_now));
    }

    void shouldStoreNothingWhenCancelled()
    {
        const Domain::Engagement &e = m_engagements.first();
        const std::atomic<bool> cancel{true};
        SlaRecomputeSummary summary;
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now, &summary, {}, &cancel).isNull());
        QVERIFY(summary.cancelled);
        QVERIFY(stored(e.id).isEmpty());
        std::optional<qint64> at;
        QVERIFY(SlaResultRepository(*m_db).lastEvaluation(e.id, &at).isNull());
        QVERIFY(!at);
    }

    void shouldReplaceTheResultsOfAnEarlierRun()
    {
        const Domain::Engagement &e = m_engagements.first();
        const qint64 earlier = s_now - 60 * 86400;
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, earlier).isNull());
        const QVector<StoredSlaResult> first = stored(e.id);
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        const QVector<StoredSlaResult> second = stored(e.id);
        QCOMPARE(second.size(), first.size());
        int invalidBefore = 0;
        for (qsizetype i = 0; i < second.size(); ++i) {
            QCOMPARE(second.at(i).evaluatedAt, s_now);
            invalidBefore += first.at(i).result.problems & Domain::SlaDataProblem::CreatedAfterNow ? 1 : 0;
            QVERIFY(!(second.at(i).result.problems & Domain::SlaDataProblem::CreatedAfterNow));
        }
        QVERIFY2(invalidBefore > 0, "tickets of the last two months did not exist at the earlier instant");
    }

    void shouldRecomputeEveryEngagement()
    {
        QVERIFY(SlaRecomputer::recomputeAll(*m_db, s_now).isNull());
        for (const Domain::Engagement &e : std::as_const(m_engagements))
            QVERIFY2(!stored(e.id).isEmpty(), qPrintable(e.key));
    }

    void shouldReportAnUnknownEngagement()
    {
        QCOMPARE(SlaRecomputer::recompute(*m_db, 999999, s_now).kind, StorageError::Kind::NotFound);
    }

    void shouldStoreTheSameRowsIncrementallyAsAFullRecompute_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("new tickets in a later month, one month left empty") << 0;
        QTest::newRow("the first month emptied") << 1;
        QTest::newRow("open tickets resolved, severities changed") << 2;
        QTest::newRow("nothing changed") << 3;
    }

    void shouldStoreTheSameRowsIncrementallyAsAFullRecompute()
    {
        // GIVEN an engagement of generated tickets only, fully recomputed at s_now
        QFETCH(int, change);
        const Domain::Engagement &e = m_engagements.constFirst();
        {
            QSqlQuery clear(m_db->connection());
            QVERIFY(clear.prepare(QStringLiteral("DELETE FROM tickets WHERE engagement_id = ?")));
            clear.addBindValue(e.id);
            QVERIFY(clear.exec());
        }
        QVector<Domain::Ticket> tickets = generatedTickets(3000, 2026);
        Storage::UpsertCounts counts;
        QVERIFY(
            Storage::TicketRepository(*m_db).upsert(e.id, QStringLiteral("gen"), tickets, &counts).isNull());
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());

        // WHEN the import changes some tickets and recomputes only those
        QVector<Domain::Ticket> changed;
        if (change == 0) {
            changed = generatedTickets(300, 2026, 8, QStringLiteral("NEW-"));
        } else if (change == 1) {
            for (Domain::Ticket t : std::as_const(tickets)) {
                if (t.resolved &&
                    QDateTime::fromSecsSinceEpoch(*t.resolved, QTimeZone::utc()).date().month() == 1) {
                    t.created += 59 * 86400;
                    *t.resolved += 59 * 86400;
                    if (t.firstResponse)
                        *t.firstResponse += 59 * 86400;
                    for (Domain::StatusChange &c : t.history)
                        c.at += 59 * 86400;
                    changed.append(t);
                }
            }
        } else if (change == 2) {
            for (qsizetype i = 0; i < tickets.size() && changed.size() < 400; ++i) {
                Domain::Ticket t = tickets.at(i);
                if (!t.resolved)
                    t.resolved = t.created + 5 * 86400;
                else if (i % 7 == 0)
                    t.severity = t.severity % 4 + 1;
                else
                    continue;
                changed.append(t);
            }
        } else {
            changed = tickets.mid(0, 500);
        }
        QVERIFY(!changed.isEmpty() || change == 3);
        QVector<qint64> changedIds;
        QVERIFY(Storage::TicketRepository(*m_db)
                    .upsert(e.id, QStringLiteral("gen"), changed, &counts, &changedIds)
                    .isNull());
        QCOMPARE(changedIds.isEmpty(), change == 3);
        SlaRecomputeSummary summary;
        QVERIFY(SlaRecomputer::recomputeChangedTickets(*m_db, e.id, Storage::TicketIdSet(changedIds), s_now,
                                                       &summary)
                    .isNull());
        QVERIFY2(summary.tickets < tickets.size() / 2, "evaluated the changed and open tickets, not all");
        const QVector<StoredSlaResult> incremental = stored(e.id);
        QVector<MonthlyCompliance> incrementalMonths;
        QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &incrementalMonths).isNull());

        // THEN a full recompute at the same instant stores identical rows
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        const QVector<StoredSlaResult> full = stored(e.id);
        QVector<MonthlyCompliance> fullMonths;
        QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &fullMonths).isNull());
        QCOMPARE(incremental.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i)
            QCOMPARE(incremental.at(i), full.at(i));
        QCOMPARE(incrementalMonths.size(), fullMonths.size());
        for (qsizetype i = 0; i < fullMonths.size(); ++i)
            QVERIFY2(incrementalMonths.at(i) == fullMonths.at(i),
                     qPrintable(fullMonths.at(i).month.toString(Qt::ISODate) + QLatin1Char('/') +
                                QString::number(fullMonths.at(i).severity)));
        if (change == 0) // July has no resolved ticket: a row of zeros like the full recompute's
            QVERIFY(std::any_of(fullMonths.cbegin(), fullMonths.cend(), [](const MonthlyCompliance &m) {
                return m.month == QDate(2026, 7, 1) && m.tickets == 0;
            }));
        if (change == 1)
            QVERIFY(fullMonths.constFirst().month > QDate(2026, 1, 1));
    }
    void shouldReadResultsByMonthAlongTheMonthIndexAlone()
    {
        DD_ONLY_ON("sqlite", "the query plans are SQLite's");
        // Migration 011 dropped sla_results_by_engagement, the first two columns of
        // sla_results_by_month: the month reads of the recompute and the SLA page keep an index.
        const QStringList indexes = resultIndexes();
        QVERIFY(std::none_of(indexes.cbegin(), indexes.cend(), [](const QString &i) {
            return i.startsWith(QLatin1String("sla_results_by_engagement|"));
        }));
        const QString e = QString::number(m_engagements.constFirst().id);
        const QStringList reads = {
            QStringLiteral("SELECT MIN(compliance_month), MAX(compliance_month) FROM sla_results WHERE "
                           "engagement_id = %1")
                .arg(e),
            QStringLiteral("SELECT r.compliance_month, t.resolved_at FROM sla_results r JOIN tickets t ON "
                           "t.id = r.ticket_id WHERE r.engagement_id = %1 AND r.compliance_month IS NOT NULL "
                           "ORDER BY r.compliance_month")
                .arg(e),
            QStringLiteral("SELECT r.severity FROM sla_results r JOIN tickets t ON t.id = r.ticket_id WHERE "
                           "r.engagement_id = %1 AND r.compliance_month = '2026-02-01'")
                .arg(e)};
        for (const QString &read : reads) {
            QSqlQuery plan(m_db->connection());
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + read));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(steps.contains(QLatin1String("sla_results_by_month")),
                     qPrintable(read + QLatin1Char('\n') + steps));
            QVERIFY2(!steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(steps)); // no sort
        }
    }

    void shouldStoreTheSameResultsWhenTheResultIndexesAreSuspended()
    {
        DD_ONLY_ON("sqlite", "the result indexes are dropped while writing on SQLite only");
        // GIVEN an engagement of generated tickets, recomputed with the result indexes kept
        const Domain::Engagement &e = m_engagements.constFirst();
        QVector<Domain::Ticket> tickets = generatedTickets(9000, 2026); // two chunks of the recompute
        Storage::UpsertCounts counts;
        QVERIFY(
            Storage::TicketRepository(*m_db).upsert(e.id, QStringLiteral("gen"), tickets, &counts).isNull());
        int own = 0;
        const QStringList indexes = resultIndexes(&own);
        QCOMPARE(own, 5); // six before migration 011 dropped sla_results_by_engagement
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        const QVector<StoredSlaResult> kept = stored(e.id);
        QVector<MonthlyCompliance> keptMonths;
        QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &keptMonths).isNull());
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM sla_results")));

        // WHEN a recompute that writes every result drops them while it writes, and is cancelled
        Storage::IndexSuspension::setMinimumRowsForTests(500);
        std::atomic<bool> cancel{false};
        int ownWhileWriting = -1;
        const auto watch = [&](qint64 done, qint64) {
            if (done > 0 && ownWhileWriting < 0)
                resultIndexes(&ownWhileWriting);
        };
        SlaRecomputeSummary summary;
        QVERIFY(SlaRecomputer::recompute(
                    *m_db, e.id, s_now, &summary,
                    [&](qint64 done, qint64 total) {
                        watch(done, total);
                        cancel = done > 0;
                    },
                    &cancel)
                    .isNull());
        QVERIFY(summary.cancelled);
        // THEN the rollback brings the indexes back, and nothing was stored
        QCOMPARE(ownWhileWriting, 0);
        QCOMPARE(resultIndexes(), indexes);
        QVERIFY(stored(e.id).isEmpty());

        // WHEN it runs to the end
        ownWhileWriting = -1;
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now, nullptr, watch).isNull());
        // THEN the indexes are back as defined and the rows are those written with them
        QCOMPARE(ownWhileWriting, 0);
        QCOMPARE(resultIndexes(), indexes);
        const QVector<StoredSlaResult> suspended = stored(e.id);
        QCOMPARE(suspended.size(), kept.size());
        for (qsizetype i = 0; i < kept.size(); ++i)
            QCOMPARE(suspended.at(i), kept.at(i));
        QVector<MonthlyCompliance> suspendedMonths;
        QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &suspendedMonths).isNull());
        QVERIFY(suspendedMonths == keptMonths);
    }
    // SQLite: its C API against QSqlQuery; a server: COPY and INSERT … SELECT against QSqlQuery.
    void shouldNameTheTicketOfAFailingResultInsideABatchAsRowByRow()
    {
        DD_ONLY_ON("sqlite", "the batched result writes are SQLite's C API");
        // GIVEN 150 results of a demo engagement, the 101st a second one of the 11th's ticket
        const Domain::Engagement &e = m_engagements.constFirst();
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        QVector<StoredSlaResult> results = stored(e.id).mid(0, 150);
        QCOMPARE(results.size(), 150);
        QVERIFY(Storage::SqliteSlaResults::batchRows() < 100); // the failing row is in the second batch
        results[100] = results.at(10);
        QStringList rows;
        for (const bool cApi : {false, true}) {
            Storage::SqliteSlaResults::setEnabled(cApi);
            QSqlQuery clear(m_db->connection());
            QVERIFY(clear.exec(QStringLiteral("DELETE FROM sla_results")));
            // WHEN they are inserted
            const StorageError error = Storage::SlaResultWriter(*m_db, e.id).writeResults(results, false);
            // THEN the error names that ticket, and the hundred rows before it are written
            QCOMPARE(error.kind, StorageError::Kind::Duplicate);
            QCOMPARE(error.record, QString::number(results.at(10).ticketId));
            rows << rawResults().join(QLatin1Char('\n'));
            QCOMPARE(rows.constLast().count(QLatin1Char('\n')), 99);
        }
        QCOMPARE(rows.at(1), rows.at(0));
    }

    void shouldWriteTheSameResultRowsThroughTheCApiAsThroughQSqlQuery()
    {
        // the demo engagements: open and resolved tickets, policy versions, invalid ones
        Storage::SqliteSlaResults::setEnabled(false);
        Storage::setServerBulkUpsertEnabled(false);
        QVERIFY(SlaRecomputer::recomputeAll(*m_db, s_now).isNull());
        const QStringList qtSql = rawResults();
        QVERIFY(qtSql.size() > 100);
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM sla_results")));
        Storage::SqliteSlaResults::setEnabled(true);
        Storage::setServerBulkUpsertEnabled(true);
        QVERIFY(SlaRecomputer::recomputeAll(*m_db, s_now).isNull());
        QCOMPARE(rawResults(), qtSql);
    }
};

QTEST_GUILESS_MAIN(TestSlaRecomputer)
#include "tst_slarecomputer.moc"

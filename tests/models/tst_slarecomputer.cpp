// Recomputing an engagement's SLA results: every demo ticket stored as the evaluator sees it,
// compliance that adds up, older tickets untouched by a new policy version, the job off the GUI
// thread, cancel and errors.
#include "tests/models/slarecomputefixture.h"

using namespace SlaRecomputeTest;

class TestSlaRecomputer : public QObject, private Fixture
{
    Q_OBJECT

private slots:
    void initTestCase() { writeDemo(); }
    // On both dialects (issue 15): a copy of the demo file, or of it on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init() { openCopyOfDemo(); }
    void cleanup() { closeAndRestore(); }

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
        CancelRelay cancel;
        cancel.cancel();
        SlaRecomputeSummary summary;
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now, &summary, {}, &cancel).isNull());
        QVERIFY(summary.cancelled);
        QVERIFY(stored(e.id).isEmpty());
        std::optional<qint64> at;
        QVERIFY(SlaResultRepository(*m_db).lastEvaluation(e.id, &at).isNull());
        QVERIFY(!at);
    }

    void shouldStopTheStatementRunningWhenCancelled()
    {
        // Stored results first: the recompute stamps them all in one statement, then reads the
        // tickets a chunk at a time. The Cancel comes between the two: the chunk's read is stopped
        // (on SQLite at once), which is a cancel, not an error, and the stamp is rolled back too.
        const Domain::Engagement &e = m_engagements.first();
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now - 86400).isNull());
        const QVector<StoredSlaResult> before = stored(e.id);
        QVERIFY(!before.isEmpty());
        CancelRelay cancel;
        SlaRecomputeSummary summary;
        int calls = 0;
        const StorageError error = SlaRecomputer::recompute(
            *m_db, e.id, s_now, &summary,
            [&](qint64, qint64) {
                ++calls;
                cancel.cancel();
            },
            &cancel);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(summary.cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(summary.tickets, qint64(0));
        QCOMPARE(stored(e.id), before);
        std::optional<qint64> at;
        QVERIFY(SlaResultRepository(*m_db).lastEvaluation(e.id, &at).isNull());
        QCOMPARE(at, std::optional<qint64>(s_now - 86400));
        // The connection is usable afterwards: the next recompute stores.
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        QCOMPARE(stored(e.id).size(), before.size());
        QCOMPARE(stored(e.id).constFirst().evaluatedAt, s_now);
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
};

QTEST_GUILESS_MAIN(TestSlaRecomputer)
#include "tst_slarecomputer.moc"

// How the SLA recompute writes its results: an incremental recompute stores the same rows as a
// full one, month reads walk the month index alone, suspended result indexes and the C-API writes
// store the same rows, and a failing result inside a batch is named as row by row.
#include "tests/models/slarecomputefixture.h"

using namespace SlaRecomputeTest;

class TestSlaResultWrites : public QObject, private Fixture
{
    Q_OBJECT

private slots:
    void initTestCase() { writeDemo(); }
    // On both dialects (issue 15): a copy of the demo file, or of it on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init() { openCopyOfDemo(); }
    void cleanup() { closeAndRestore(); }

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
        // (as if that full recompute had run long ago, before a change of the calendar)
        {
            QSqlQuery old(m_db->connection());
            QVERIFY(old.prepare(
                QStringLiteral("UPDATE sla_evaluations SET computed_at = 1000 WHERE engagement_id = ?")));
            old.addBindValue(e.id);
            QVERIFY(old.exec());
        }

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
        // The results it left alone count on the rules of the last full recompute: its time stays.
        std::optional<qint64> computedAt;
        QVERIFY(SlaResultRepository(*m_db).lastComputation(e.id, &computedAt).isNull());
        QCOMPARE(computedAt, std::optional<qint64>(1000));
        const QVector<StoredSlaResult> incremental = stored(e.id);
        QVector<MonthlyCompliance> incrementalMonths;
        QVERIFY(SlaResultRepository(*m_db).compliance(e.id, {}, {}, &incrementalMonths).isNull());

        // THEN a full recompute at the same instant stores identical rows
        const qint64 beforeFull = QDateTime::currentSecsSinceEpoch();
        QVERIFY(SlaRecomputer::recompute(*m_db, e.id, s_now).isNull());
        QVERIFY(SlaResultRepository(*m_db).lastComputation(e.id, &computedAt).isNull());
        QVERIFY(computedAt && *computedAt >= beforeFull); // every result of today's rules
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
        Models::CancelRelay cancel;
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
                        if (done > 0)
                            cancel.cancel();
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

QTEST_GUILESS_MAIN(TestSlaResultWrites)
#include "tst_slaresultwrites.moc"

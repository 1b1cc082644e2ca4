// The governance review pack's loader on the demo database (fixed as of 2026-11-25): periods,
// refusals, figures equal to what the pages' loaders and the stored tables give, the notes of the
// Review page, and a fingerprint that follows the data and nothing else.
#include "models/burndownloader.h"
#include "models/portfolio.h"
#include "models/reviewfingerprint.h"
#include "models/reviewnotesloader.h"
#include "models/reviewpackbreaches.h"
#include "models/reviewpackloader.h"
#include "models/slarecomputer.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "tests/models/dialectportfolio.h"
#include "tests/models/packlines.h"
#include "tests/storage/testdatabases.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <numeric>

using Models::ReviewPack;
using Models::ReviewPackLoader;
using Models::ReviewPeriod;

class TestReviewPackLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;    ///< the demo as made, a SQLite file
    QString m_openDialect; ///< the dialect of the database m_portfolio has open
    Models::Portfolio m_portfolio;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);

    ReviewPack load(const QString &key, const QString &period)
    {
        ReviewPack pack;
        const ReviewPackLoader::Error error =
            ReviewPackLoader(*m_portfolio.database()).load(key, period, m_now, &pack);
        if (error)
            qWarning() << error.message(key, period);
        return pack;
    }

    Domain::Engagement engagement(const QString &key) const
    {
        const Models::EngagementListModel *list = m_portfolio.engagements();
        const int row = list->rowOfKey(key);
        return row >= 0 ? list->engagementAt(row) : Domain::Engagement();
    }

private slots:
    void initTestCase()
    {
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, QDate(2026, 11, 25),
                               m_now.toSecsSinceEpoch());
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server that the
    // portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldParseMonthsQuartersAndRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        using K = ReviewPeriod::Kind;
        QTest::newRow("month") << "2026-10" << true << int(K::Month) << QDate(2026, 10, 1)
                               << QDate(2026, 10, 31);
        QTest::newRow("leap February")
            << "2028-02" << true << int(K::Month) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("quarter") << "2026-Q3" << true << int(K::Quarter) << QDate(2026, 7, 1)
                                 << QDate(2026, 9, 30);
        QTest::newRow("quarter in lower case")
            << "2024-q1" << true << int(K::Quarter) << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::newRow("range") << "2026-10-05..2026-10-20" << true << int(K::Range) << QDate(2026, 10, 5)
                               << QDate(2026, 10, 20);
        QTest::newRow("one day") << " 2026-10-05..2026-10-05 " << true << int(K::Range) << QDate(2026, 10, 5)
                                 << QDate(2026, 10, 5);
        QTest::newRow("month 13") << "2026-13" << false << 0 << QDate() << QDate();
        QTest::newRow("quarter 5") << "2026-Q5" << false << 0 << QDate() << QDate();
        QTest::newRow("reversed range") << "2026-10-20..2026-10-05" << false << 0 << QDate() << QDate();
        QTest::newRow("no such day") << "2026-02-30..2026-03-01" << false << 0 << QDate() << QDate();
        QTest::newRow("empty") << "" << false << 0 << QDate() << QDate();
        QTest::newRow("quarter without year") << "Q3" << false << 0 << QDate() << QDate();
    }

    void shouldParseMonthsQuartersAndRanges()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<ReviewPeriod> period = ReviewPeriod::parse(text);
        QCOMPARE(period.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, kind);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(int(period->kind), kind);
        QCOMPARE(period->start, start);
        QCOMPARE(period->end, end);
        QCOMPARE(ReviewPeriod::parse(period->id()), period); // id() reads back
    }

    void shouldTakeThePreviousPeriodOfEqualLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("March of a leap year") << "2028-03" << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("January") << "2026-01" << QDate(2025, 12, 1) << QDate(2025, 12, 31);
        QTest::newRow("first quarter") << "2026-Q1" << QDate(2025, 10, 1) << QDate(2025, 12, 31);
        QTest::newRow("ten days") << "2026-10-11..2026-10-20" << QDate(2026, 10, 1) << QDate(2026, 10, 10);
    }

    void shouldTakeThePreviousPeriodOfEqualLength()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const ReviewPeriod previous = ReviewPeriod::parse(text)->previous();
        QCOMPARE(previous.start, start);
        QCOMPARE(previous.end, end);
    }

    void shouldRefuseWithOneSentence_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("problem");
        using P = ReviewPackLoader::Problem;
        QTest::newRow("unknown engagement") << "NOPE"
                                            << "2026-10" << int(P::UnknownEngagement);
        QTest::newRow("malformed period") << "ATLANTICPET"
                                          << "2026-10-xx" << int(P::MalformedPeriod);
        QTest::newRow("starts after today") << "ATLANTICPET"
                                            << "2026-12" << int(P::InFuture);
        QTest::newRow("ends before the start") << "BALTICHOME"
                                               << "the month before the start" << int(P::BeforeStart);
    }

    void shouldRefuseWithOneSentence()
    {
        QFETCH(QString, key);
        QFETCH(QString, period);
        QFETCH(int, problem);
        if (period == QLatin1String("the month before the start")) {
            const QDate start = engagement(key).start;
            QVERIFY(start.isValid());
            period = start.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        }
        ReviewPack pack;
        const ReviewPackLoader::Error error =
            ReviewPackLoader(*m_portfolio.database()).load(key, period, m_now, &pack);
        QCOMPARE(int(error.problem), problem);
        const QString message = error.message(key, period, engagement(key));
        QVERIFY(!message.isEmpty());
        QVERIFY(message.endsWith(QLatin1Char('.')));
    }

    void shouldShowWhatThePagesLoadersGive()
    {
        const ReviewPack pack = load(QStringLiteral("ATLANTICPET"), QStringLiteral("2026-Q3"));
        QCOMPARE(pack.engagement.key, QStringLiteral("ATLANTICPET"));
        QCOMPARE(pack.burnDowns.size(), 3);
        // Budget: the ledger the Overview and Burn-down pages read.
        Models::LedgerData ledger;
        QVERIFY(!Models::BurnDownLoader(*m_portfolio.database())
                     .loadLedger(pack.engagement, QDate(2026, 9, 1), m_now, &ledger));
        qint64 committed = 0;
        qint64 used = 0;
        for (const Domain::LedgerMonth &m : ledger.ledger.months()) {
            if (m.month >= QDate(2026, 7, 1) && m.month <= QDate(2026, 9, 1)) {
                committed += m.committed;
                used += m.used;
            }
        }
        QVERIFY(committed > 0);
        QCOMPARE(pack.current.committed, committed);
        QCOMPARE(pack.current.used, used);
        QCOMPARE(pack.current.carriedIn, ledger.ledger.month(QDate(2026, 7, 1))->carriedIn);
        QCOMPARE(pack.current.carriedOut, ledger.ledger.month(QDate(2026, 9, 1))->carriedOut);
        // SLA: the stored monthly compliance.
        QVector<Domain::MonthlyCompliance> rows;
        QVERIFY(!Storage::SlaResultRepository(*m_portfolio.database())
                     .compliance(pack.engagement.id, QDate(2026, 7, 1), QDate(2026, 9, 1), &rows));
        int met = 0;
        int measured = 0;
        for (const Domain::MonthlyCompliance &m : rows) {
            if (m.severity == 1) {
                met += m.responseMet;
                measured += m.responseMeasured;
            }
        }
        QVERIFY(measured > 0);
        QCOMPARE(pack.current.sla.first().severity, 1);
        QCOMPARE(pack.current.sla.first().responseMet, met);
        QCOMPARE(pack.current.sla.first().responseMeasured, measured);
        // The breaches listed are those counted, severity by severity.
        int counted = 0;
        for (const Models::ReviewFigures::Sla &s : pack.current.sla)
            counted += s.breaches;
        const QVector<Models::ReviewTicket> breaches = PackLinesTest::allBreaches(pack);
        QVERIFY(!breaches.isEmpty());
        QCOMPARE(breaches.size(), counted);
        QCOMPARE(pack.breachCount, counted);
        QCOMPARE(pack.current.breaches, counted);
        for (const Models::ReviewTicket &b : breaches)
            QVERIFY(!b.explanation.isEmpty());
        // Fewer than the most the PDF lists: it lists every one.
        QVERIFY(counted <= Models::ReviewPackLoader::MaxListedBreaches);
        QCOMPARE(pack.listedBreaches.size(), counted);
        // Tickets: counted again from the stored tickets.
        QVector<Domain::Ticket> tickets;
        QVERIFY(!Storage::TicketRepository(*m_portfolio.database()).list(pack.engagement.id, &tickets));
        const QTimeZone zone(pack.engagement.timeZone);
        const qint64 from = QDateTime(QDate(2026, 7, 1), QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 10, 1), QTime(0, 0), zone).toSecsSinceEpoch();
        int opened = 0;
        int backlog = 0;
        for (const Domain::Ticket &t : tickets) {
            opened += t.created >= from && t.created < to;
            backlog += t.created < to && (!t.resolved || *t.resolved >= to);
        }
        QCOMPARE(pack.current.opened, opened);
        QCOMPARE(pack.current.backlog, backlog);
        int byLevel = 0;
        for (int n : pack.current.openedByLevel)
            byLevel += n;
        QCOMPARE(byLevel, opened);
        // The previous period is the second quarter; next month is October.
        QCOMPARE(pack.previous.period.start, QDate(2026, 4, 1));
        QCOMPARE(pack.nextMonth, QDate(2026, 10, 1));
        QVERIFY(pack.slaRules.policy.has_value());
        QVERIFY(!pack.budgetRules.isEmpty());
    }

    void shouldFollowTheDataInTheFingerprint()
    {
        const QString key = QStringLiteral("ATLANTICPET");
        const ReviewPack first = load(key, QStringLiteral("2026-Q3"));
        QCOMPARE(first.fingerprint.size(), 64);
        QCOMPARE(load(key, QStringLiteral("2026-Q3")).fingerprint, first.fingerprint);
        // Recomputing unchanged data at another instant changes nothing.
        QVERIFY(Models::SlaRecomputer::recompute(*m_portfolio.database(), first.engagement.id,
                                                 m_now.toSecsSinceEpoch() + 60)
                    .isNull());
        QCOMPARE(load(key, QStringLiteral("2026-Q3")).fingerprint, first.fingerprint);
        // Another engagement or period has another fingerprint.
        QVERIFY(load(key, QStringLiteral("2026-Q2")).fingerprint != first.fingerprint);

        // A root-cause note on a breach of the period is in the pack and in the fingerprint ...
        const Models::ReviewNotesLoader notes(*m_portfolio.database());
        const qint64 breached = first.listedBreaches.first().id;
        Domain::ChangeStamp q3;    // the Q3 notes' stamp as this test last wrote them
        Domain::ChangeStamp cause; // the root-cause note's
        QVERIFY(notes.saveRootCause(key, breached, QStringLiteral("Cache eviction storm"),
                                    m_now.toSecsSinceEpoch(), &cause, nullptr));
        QVERIFY(notes.saveRisksAndActions(key, QDate(2026, 7, 1), QDate(2026, 9, 30),
                                          QStringLiteral("Peak season"), QStringLiteral("Add a QA"),
                                          m_now.toSecsSinceEpoch(), &q3, nullptr));
        const ReviewPack noted = load(key, QStringLiteral("2026-Q3"));
        QCOMPARE(noted.listedBreaches.first().rootCause, QStringLiteral("Cache eviction storm"));
        QCOMPARE(noted.risks, QStringLiteral("Peak season"));
        QCOMPARE(noted.actions, QStringLiteral("Add a QA"));
        QVERIFY(noted.fingerprint != first.fingerprint);
        // ... and gone again when removed.
        QVERIFY(notes.saveRootCause(key, breached, QString(), m_now.toSecsSinceEpoch(), &cause, nullptr));
        QVERIFY(notes.saveRisksAndActions(key, QDate(2026, 7, 1), QDate(2026, 9, 30), QString(), QString(),
                                          m_now.toSecsSinceEpoch(), &q3, nullptr));
        QCOMPARE(load(key, QStringLiteral("2026-Q3")).fingerprint, first.fingerprint);

        // A changed ticket of the period changes it.
        QVector<Domain::Ticket> tickets;
        QVERIFY(!Storage::TicketRepository(*m_portfolio.database()).list(first.engagement.id, &tickets));
        const auto it = std::find_if(tickets.begin(), tickets.end(), [&](const Domain::Ticket &t) {
            return t.key == first.listedBreaches.first().key;
        });
        QVERIFY(it != tickets.end());
        Domain::Ticket changed = *it;
        changed.title += QStringLiteral(" (edited)");
        Storage::UpsertCounts counts;
        QVERIFY(!Storage::TicketRepository(*m_portfolio.database())
                     .upsert(first.engagement.id, QStringLiteral("demo"), {changed}, &counts));
        QCOMPARE(counts.updated, 1);
        QVERIFY(load(key, QStringLiteral("2026-Q3")).fingerprint != first.fingerprint);
    }

    void shouldListABreachWhoseTicketLeftThePeriodSinceTheResults()
    {
        // The stored results say a ticket breached in the period; the ticket was imported again
        // since with instants after it, and no recompute ran yet. The pack reads only the tickets
        // active in its periods, and still lists the breach (as the Review page does), with the
        // ticket as it is stored now.
        const QString key = QStringLiteral("ATLANTICPET");
        const ReviewPack before = load(key, QStringLiteral("2026-Q3"));
        QVERIFY(!before.listedBreaches.isEmpty());
        const Models::ReviewTicket breach = before.listedBreaches.first();
        const Storage::TicketRepository repository(*m_portfolio.database());
        QVector<Domain::Ticket> tickets;
        QVERIFY(!repository.list(before.engagement.id, &tickets));
        const auto it = std::find_if(tickets.begin(), tickets.end(),
                                     [&](const Domain::Ticket &t) { return t.key == breach.key; });
        QVERIFY(it != tickets.end());
        const Domain::Ticket original = *it;
        Domain::Ticket moved = original;
        const QTimeZone zone(before.engagement.timeZone);
        moved.created = QDateTime(QDate(2026, 11, 20), QTime(9, 0), zone).toSecsSinceEpoch();
        moved.firstResponse = moved.created + 600;
        moved.resolved = moved.created + 86400;
        moved.history = {{moved.created + 600, QStringLiteral("In Progress"), 0}};
        moved.title = QStringLiteral("Moved after the quarter");
        Storage::UpsertCounts counts;
        QVERIFY(!repository.upsert(before.engagement.id, QStringLiteral("demo"), {moved}, &counts));
        QCOMPARE(counts.updated, 1);

        const ReviewPack after = load(key, QStringLiteral("2026-Q3"));
        QCOMPARE(after.breachCount, before.breachCount);
        const QVector<Models::ReviewTicket> breaches = PackLinesTest::allBreaches(after);
        QCOMPARE(breaches.size(), before.breachCount);
        const auto listed = std::find_if(breaches.begin(), breaches.end(),
                                         [&](const Models::ReviewTicket &t) { return t.key == breach.key; });
        QVERIFY(listed != breaches.end());
        QCOMPARE(listed->title, moved.title);
        // The figures follow the tickets as stored now.
        const qint64 q3 = QDateTime(QDate(2026, 7, 1), QTime(0, 0), zone).toSecsSinceEpoch();
        QCOMPARE(after.current.opened, before.current.opened - (original.created >= q3 ? 1 : 0));

        QVERIFY(!repository.upsert(before.engagement.id, QStringLiteral("demo"), {original}, &counts));
        QCOMPARE(load(key, QStringLiteral("2026-Q3")).fingerprint, before.fingerprint);
    }

    void shouldHashRowsWhateverTheirOrder()
    {
        const QVector<QByteArray> rows = {"T|a", "W|b", "S|c"};
        QCOMPARE(Models::ReviewFingerprint::of(rows), Models::ReviewFingerprint::of({"S|c", "T|a", "W|b"}));
        QVERIFY(Models::ReviewFingerprint::of(rows) != Models::ReviewFingerprint::of({"T|a", "W|b", "S|d"}));
        // A field's separator inside text cannot make two different rows equal.
        QVERIFY(Models::ReviewFingerprint::field(QStringLiteral("a|b")) !=
                Models::ReviewFingerprint::field(QStringLiteral("a\\pb")));
    }

    void shouldListNotedThenSevereBreachesWhenThereAreTooMany()
    {
        DD_ONLY_ON("sqlite", "a rule on the pack's lines: no database");
        // GIVEN 250 breaches in the pack's order: every 50th has a note, severities 1-4 in turn
        QVector<Models::ReviewTicket> breaches;
        for (int i = 0; i < 250; ++i) {
            Models::ReviewTicket t;
            t.key = QStringLiteral("B-%1").arg(i);
            t.severity = 1 + i % 4;
            t.breachedAt = 1000 + i;
            if (i % 50 == 7)
                t.rootCause = QStringLiteral("note %1").arg(i);
            breaches.append(t);
        }
        const auto choose = [&breaches](int max) {
            // offered in another order than the pack's: the choice must not depend on it
            Models::ReviewBreachChoice choice(max);
            for (qsizetype i = breaches.size() - 1; i >= 0; --i)
                choice.offer(breaches.at((i * 7) % breaches.size()));
            QVector<int> positions;
            for (const Models::ReviewTicket &t : choice.take())
                positions.append(t.key.mid(2).toInt());
            return positions;
        };
        // WHEN at most 250 are listed THEN all of them, in order
        QVector<int> all(250);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(choose(250), all);
        // WHEN at most 70 are listed
        const QVector<int> listed = choose(70);
        // THEN the 5 with a note (severities 2 and 4), then all 63 of severity 1, then the
        // earliest 2 of severity 2 — in the pack's order
        QVector<int> expected;
        for (int i = 0; i < 250; ++i) {
            const bool noted = i % 50 == 7;
            const bool severity1 = i % 4 == 0 && i / 4 < 63;
            const bool severity2 = i % 4 == 1 && i < 9 && !noted;
            if (noted || severity1 || severity2)
                expected.append(i);
        }
        QCOMPARE(expected.size(), 70);
        QCOMPARE(listed, expected);
    }
};

QTEST_GUILESS_MAIN(TestReviewPackLoader)
#include "tst_reviewpackloader.moc"

// The tickets a view needs rather than all of an engagement's (Storage::TicketSubsets): on both
// dialects, every read must be exactly what filtering the whole engagement's tickets (read by
// SlaResultRepository::tickets, the read the review pack and the breach lists used before) gives,
// with the same history, results and order — for an engagement that is most of the table (read
// by a scan) and one that is a small part of it (read through an index).
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/ticketsubsets.h"
#include "testdatabases.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using Storage::StoredSlaResult;
using Storage::TicketsWithIds;

namespace {

constexpr qint64 s_day = 86400;
constexpr qint64 s_start = 1767225600; // 2026-01-01T00:00:00Z

/// `count` tickets over 120 days from s_start: a tenth open, a twentieth resolved before they were
/// created (data that can come from an export), some long-lived; 0 to 3 status changes each.
QVector<Domain::Ticket> generated(const QString &prefix, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QVector<Domain::Ticket> tickets;
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = QStringLiteral("%1-%2").arg(prefix).arg(i);
        t.title = QStringLiteral("Ticket %1").arg(i);
        t.severity = 1 + int(random.bounded(4));
        t.created = s_start + qint64(random.bounded(120 * 24)) * 3600;
        const int shape = int(random.bounded(20));
        if (shape == 0)
            t.resolved = t.created - qint64(random.bounded(1, 10 * 24)) * 3600;
        else if (shape > 2)
            t.resolved = t.created + qint64(random.bounded(1, shape < 18 ? 5 * 24 : 60 * 24)) * 3600;
        const int changes = int(random.bounded(4));
        for (int c = 0; c < changes; ++c)
            t.history.append({t.created + (c + 1) * 600, QStringLiteral("Status %1").arg(c), c % 2});
        tickets.append(t);
    }
    return tickets;
}

bool isActive(const Domain::Ticket &t, qint64 from, qint64 to)
{
    const bool opened = t.created >= from && t.created < to;
    const bool resolved = t.resolved && *t.resolved >= from && *t.resolved < to;
    const bool openAtEnd = t.created < to && (!t.resolved || *t.resolved >= to);
    return opened || resolved || openAtEnd;
}

/// The whole engagement's tickets keeping those `keep` says yes to.
template<typename Keep> TicketsWithIds filtered(const TicketsWithIds &all, Keep keep)
{
    TicketsWithIds out;
    for (qsizetype i = 0; i < all.ids.size(); ++i) {
        if (keep(all.ids.at(i), all.tickets.at(i))) {
            out.ids.append(all.ids.at(i));
            out.tickets.append(all.tickets.at(i));
        }
    }
    return out;
}

} // namespace

class TestTicketSubsets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    qint64 m_small = 0; ///< 40 tickets among 1,240
    qint64 m_large = 0; ///< 1,200 tickets

    qint64 addEngagement(const QString &key, int tickets, quint32 seed)
    {
        Domain::Engagement e = StorageTest::engagement(key);
        if (!Storage::EngagementRepository(*m_db).insert(&e).isNull())
            return 0;
        Storage::UpsertCounts counts;
        if (!Storage::TicketRepository(*m_db)
                 .upsert(e.id, QStringLiteral("jira"), generated(key, tickets, seed), &counts)
                 .isNull())
            return 0;
        // A stored result for every other ticket, so that the results' read has gaps to keep.
        TicketsWithIds all;
        if (!Storage::SlaResultRepository(*m_db).tickets(e.id, &all).isNull())
            return 0;
        QVector<StoredSlaResult> results;
        for (qsizetype i = 0; i < all.ids.size(); i += 2) {
            StoredSlaResult r;
            r.ticketId = all.ids.at(i);
            r.result.severity = all.tickets.at(i).severity;
            r.result.state = i % 4 == 0 ? Domain::SlaState::Met : Domain::SlaState::Breached;
            r.evaluatedAt = s_start + 200 * s_day;
            results.append(r);
        }
        if (!Storage::SlaResultRepository(*m_db).replace(e.id, results, {}, s_start + 200 * s_day).isNull())
            return 0;
        return e.id;
    }

    static void compare(const TicketsWithIds &actual, const TicketsWithIds &expected)
    {
        QCOMPARE(actual.ids, expected.ids);
        QCOMPARE(actual.tickets.size(), expected.tickets.size());
        for (qsizetype i = 0; i < actual.tickets.size(); ++i)
            QVERIFY2(actual.tickets.at(i) == expected.tickets.at(i), qPrintable(expected.tickets.at(i).key));
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(m_db->open(location, Storage::Database::Access::ReadWrite,
                           Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        m_large = addEngagement(QStringLiteral("LARGE"), 1200, 7);
        m_small = addEngagement(QStringLiteral("SMALL"), 40, 11);
        QVERIFY(m_large > 0 && m_small > 0);
    }

    void cleanup() { m_db.reset(); }

    void shouldReadTheTicketsActiveInAPeriodAsTheWholeEngagementFiltered()
    {
        // Periods before, across and after the tickets, a month, a day and an empty one.
        const QVector<QPair<qint64, qint64>> periods = {{s_start - 30 * s_day, s_start},
                                                        {s_start, s_start + 31 * s_day},
                                                        {s_start + 40 * s_day, s_start + 41 * s_day},
                                                        {s_start + 59 * s_day, s_start + 120 * s_day},
                                                        {s_start + 200 * s_day, s_start + 230 * s_day},
                                                        {s_start + 10 * s_day, s_start + 10 * s_day}};
        for (const qint64 engagement : {m_large, m_small}) {
            TicketsWithIds all;
            QVERIFY(Storage::SlaResultRepository(*m_db).tickets(engagement, &all).isNull());
            QVector<StoredSlaResult> allResults;
            QVERIFY(Storage::SlaResultRepository(*m_db).results(engagement, &allResults).isNull());
            int nonEmpty = 0;
            // Named bounds: a lambda cannot capture a structured binding in C++17 (clang).
            for (const QPair<qint64, qint64> &period : periods) {
                const qint64 from = period.first;
                const qint64 to = period.second;
                TicketsWithIds active;
                QVERIFY(Storage::TicketSubsets(*m_db).active(engagement, from, to, &active).isNull());
                const TicketsWithIds expected =
                    filtered(all, [&](qint64, const Domain::Ticket &t) { return isActive(t, from, to); });
                compare(active, expected);
                nonEmpty += active.ids.isEmpty() ? 0 : 1;

                QVector<StoredSlaResult> results;
                QVERIFY(Storage::TicketSubsets(*m_db).activeResults(engagement, from, to, &results).isNull());
                QVector<StoredSlaResult> expectedResults;
                for (const StoredSlaResult &r : std::as_const(allResults)) {
                    if (expected.ids.contains(r.ticketId))
                        expectedResults.append(r);
                }
                QCOMPARE(results, expectedResults);
            }
            QVERIFY(nonEmpty >= 4); // the periods over the tickets find some
        }
    }

    void shouldReadTheActiveTicketsInChunksAsAtOnce()
    {
        const qint64 from = s_start + 20 * s_day;
        const qint64 to = s_start + 81 * s_day;
        for (const qint64 engagement : {m_large, m_small}) {
            TicketsWithIds active;
            QVector<StoredSlaResult> results;
            QVERIFY(Storage::TicketSubsets(*m_db).active(engagement, from, to, &active).isNull());
            QVERIFY(Storage::TicketSubsets(*m_db).activeResults(engagement, from, to, &results).isNull());
            QVERIFY(active.ids.size() > 10 && results.size() > 4);
            for (const int chunkSize :
                 {1, 3, 7, int(active.ids.size()), Storage::TicketSubsets::DefaultChunkSize}) {
                Storage::TicketSubsets subsets(*m_db);
                subsets.setChunkSize(chunkSize);
                TicketsWithIds read;
                QVector<StoredSlaResult> readResults;
                int chunks = 0;
                QVERIFY(subsets
                            .forEachActive(engagement, from, to, true,
                                           [&](const Storage::TicketSubsets::ActiveChunk &chunk) {
                                               ++chunks;
                                               if (chunk.tickets.ids.size() > chunkSize)
                                                   return false;
                                               read.ids += chunk.tickets.ids;
                                               read.tickets += chunk.tickets.tickets;
                                               readResults += chunk.results;
                                               return true;
                                           })
                            .isNull());
                compare(read, active);
                QCOMPARE(readResults, results);
                QCOMPARE(chunks, int((active.ids.size() + chunkSize - 1) / chunkSize));
            }
            // Without results, and stopped after the first chunk.
            Storage::TicketSubsets subsets(*m_db);
            subsets.setChunkSize(5);
            int chunks = 0;
            TicketsWithIds first;
            bool withoutResults = true;
            QVERIFY(subsets
                        .forEachActive(engagement, from, to, false,
                                       [&](const Storage::TicketSubsets::ActiveChunk &chunk) {
                                           ++chunks;
                                           first = chunk.tickets;
                                           withoutResults = chunk.results.isEmpty();
                                           return false;
                                       })
                        .isNull());
            QVERIFY(withoutResults);
            QCOMPARE(first.ids, active.ids.mid(0, 5));
            QCOMPARE(chunks, 1);
        }
        // An engagement without tickets: no chunk.
        Domain::Engagement empty = StorageTest::engagement(QStringLiteral("EMPTY"));
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&empty).isNull());
        bool called = false;
        QVERIFY(Storage::TicketSubsets(*m_db)
                    .forEachActive(empty.id, from, to, true,
                                   [&](const Storage::TicketSubsets::ActiveChunk &) {
                                       called = true;
                                       return true;
                                   })
                    .isNull());
        QVERIFY(!called);
    }

    void shouldReadTicketsByIdInIdOrderAcrossChunks()
    {
        TicketsWithIds all;
        QVERIFY(Storage::SlaResultRepository(*m_db).tickets(m_large, &all).isNull());
        TicketsWithIds other;
        QVERIFY(Storage::SlaResultRepository(*m_db).tickets(m_small, &other).isNull());
        // More than one statement's worth (500), unordered, repeated, with ids of the other
        // engagement and of no ticket, which are left out.
        QVector<qint64> ids;
        QSet<qint64> wanted;
        for (qsizetype i = all.ids.size() - 1; i >= 0; i -= 2) {
            ids.append(all.ids.at(i));
            wanted.insert(all.ids.at(i));
        }
        ids.append(ids.mid(0, 30));
        ids.append(other.ids.mid(0, 5));
        ids.append({0, -4, all.ids.constLast() + other.ids.constLast() + 1000});
        QVERIFY(wanted.size() > 500);
        TicketsWithIds found;
        QVERIFY(Storage::TicketSubsets(*m_db).byIds(m_large, ids, &found).isNull());
        compare(found, filtered(all, [&](qint64 id, const Domain::Ticket &) { return wanted.contains(id); }));

        QVERIFY(Storage::TicketSubsets(*m_db).byIds(m_large, {}, &found).isNull());
        QVERIFY(found.ids.isEmpty() && found.tickets.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTicketSubsets)
#include "tst_ticketsubsets.moc"

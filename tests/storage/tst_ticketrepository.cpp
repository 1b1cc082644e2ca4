// Ticket upserts: a new key is inserted, a known one compared and updated only when it changed;
// after a known key the next one is looked up before an insert is tried (a re-import is all
// known keys), so runs of known and new keys in any order must count and store the same. On both
// dialects: each builds its engagements once, over the test functions in order.
#include "testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <map>

using Storage::TicketRepository;
using Storage::UpsertCounts;

namespace {

Domain::Ticket ticket(int n, const QString &title = QStringLiteral("Checkout fails"))
{
    Domain::Ticket t;
    t.key = QStringLiteral("T-%1").arg(n);
    t.title = title;
    t.severity = 1 + n % 4;
    t.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch() + n * 3600;
    t.firstResponse = t.created + 600;
    if (n % 3 != 0)
        t.resolved = t.created + 7200;
    t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    t.history = {{t.created + 600, QStringLiteral("In Progress"), 0}};
    if (n % 2 == 0)
        t.history.append({t.created + 1800, QStringLiteral("Waiting for customer"), 0});
    return t;
}

} // namespace

class TestTicketRepository : public QObject
{
    Q_OBJECT

    struct Dialect
    {
        std::unique_ptr<Storage::Database> db;
        qint64 engagement = 0;
    };
    QTemporaryDir m_dir;
    std::map<QString, Dialect> m_dialects;
    Storage::Database *m_db = nullptr; ///< the current row's dialect's, and its engagement:
    qint64 m_engagement = 0;

    /// A figure that moves with every row written (inserted, updated or deleted) by anyone: on
    /// SQLite the connection's total_changes(), on the server the tickets' and status changes'
    /// number and row versions (xmin: the transaction that wrote each row).
    qint64 totalChanges()
    {
        QSqlQuery q(m_db->connection());
        const QString sql =
            m_db->isServer()
                ? QStringLiteral(
                      "SELECT (SELECT count(*) + coalesce(sum(xmin::text::bigint), 0) FROM tickets) + "
                      "(SELECT count(*) + coalesce(sum(xmin::text::bigint), 0) FROM "
                      "ticket_status_history)")
                : QStringLiteral("SELECT total_changes()");
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        Dialect &d = m_dialects[dialect];
        if (!d.db) {
            QString location;
            DD_FRESH_DATABASE(location, m_dir.path());
            auto db = std::make_unique<Storage::Database>();
            const Storage::StorageError error = db->open(location, Storage::Database::Access::ReadWrite,
                                                         Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
            Domain::Engagement e;
            e.key = QStringLiteral("UPS");
            e.client = QStringLiteral("Upsert");
            e.model = Domain::SupportModel::SlaHotfix;
            e.start = QDate(2026, 1, 1);
            e.timeZone = "Europe/Stockholm";
            QVERIFY(Storage::EngagementRepository(*db).insert(&e).isNull());
            d = {std::move(db), e.id};
        }
        m_db = d.db.get();
        m_engagement = d.engagement;
    }

    void shouldCountAndStoreRunsOfKnownAndNewKeysInAnyOrder()
    {
        const TicketRepository repository(*m_db);
        // GIVEN tickets 1, 2 and 3
        UpsertCounts counts;
        QVector<qint64> changed;
        QVERIFY(repository
                    .upsert(m_engagement, QStringLiteral("jira"), {ticket(1), ticket(2), ticket(3)}, &counts,
                            &changed)
                    .isNull());
        QCOMPARE(counts.added, 3);
        QCOMPARE(changed.size(), 3);
        // WHEN one batch, through one repository, holds known and new keys alternating: 1 (same),
        // 4 (new), 2 (title changed), 5 (new), 6 (new), 3 (same), 2 again (same as just written)
        Domain::Ticket renamed = ticket(2, QStringLiteral("Payment fails"));
        renamed.history.removeLast();
        counts = {};
        changed.clear();
        QVERIFY(repository
                    .upsert(m_engagement, QStringLiteral("jira"),
                            {ticket(1), ticket(4), renamed, ticket(5), ticket(6), ticket(3), renamed},
                            &counts, &changed)
                    .isNull());
        // THEN three added, one updated, three unchanged, and every ticket stored as last given
        QCOMPARE(counts.added, 3);
        QCOMPARE(counts.updated, 1);
        QCOMPARE(counts.unchanged, 3);
        QCOMPARE(changed.size(), 4);
        QVector<Domain::Ticket> stored;
        QVERIFY(repository.list(m_engagement, &stored).isNull());
        const QVector<Domain::Ticket> expected = {ticket(1), renamed,   ticket(3),
                                                  ticket(4), ticket(5), ticket(6)};
        QCOMPARE(stored, expected);
        // AND the same key of another source is another ticket
        counts = {};
        QVERIFY(repository.upsert(m_engagement, QStringLiteral("servicenow"), {ticket(1)}, &counts).isNull());
        QCOMPARE(counts.added, 1);
    }

    void shouldWriteNothingWhenTheSameTicketsComeAgain()
    {
        const QVector<Domain::Ticket> batch = {ticket(11), ticket(12), ticket(13), ticket(14)};
        UpsertCounts counts;
        QVERIFY(
            TicketRepository(*m_db).upsert(m_engagement, QStringLiteral("jira"), batch, &counts).isNull());
        QCOMPARE(counts.added, 4);
        const qint64 before = totalChanges();
        QVERIFY(before > 0);
        // A new repository, a second one reusing its statements: nothing written either way
        const TicketRepository again(*m_db);
        for (int round = 0; round < 2; ++round) {
            counts = {};
            QVector<qint64> changed;
            QVERIFY(again.upsert(m_engagement, QStringLiteral("jira"), batch, &counts, &changed).isNull());
            QCOMPARE(counts.unchanged, 4);
            QCOMPARE(counts.added + counts.updated, 0);
            QVERIFY(changed.isEmpty());
            QCOMPARE(totalChanges(), before);
        }
    }

    void shouldHandEveryTicketOneAtATimeAsListReadsThem()
    {
        // GIVEN the tickets of the tests above, some with one status change, some with two, and one without
        Domain::Ticket bare = ticket(21);
        bare.history.clear();
        UpsertCounts counts;
        QVERIFY(
            TicketRepository(*m_db).upsert(m_engagement, QStringLiteral("jira"), {bare}, &counts).isNull());
        const TicketRepository repository(*m_db);
        QVector<Domain::Ticket> listed;
        QVERIFY(repository.list(m_engagement, &listed).isNull());
        QVERIFY(listed.size() > 10);
        // WHEN they are visited one by one THEN they are list()'s tickets, in its order, histories whole
        QVector<Domain::Ticket> visited;
        QVERIFY(repository
                    .forEach(m_engagement,
                             [&visited](const Domain::Ticket &t) {
                                 visited.append(t);
                                 return true;
                             })
                    .isNull());
        QCOMPARE(visited, listed);
        // AND the visit stops when asked to
        int seen = 0;
        QVERIFY(repository.forEach(m_engagement, [&seen](const Domain::Ticket &) { return ++seen < 3; })
                    .isNull());
        QCOMPARE(seen, 3);
        // AND an engagement without tickets is visited not at all
        seen = 0;
        QVERIFY(
            repository.forEach(m_engagement + 1000, [&seen](const Domain::Ticket &) { return ++seen > 0; })
                .isNull());
        QCOMPARE(seen, 0);
    }

    void shouldVisitByCreationThenKeyWhetherTheEngagementIsScannedOrLookedUp()
    {
        // GIVEN a second engagement with far more tickets than the first: its tickets are read by
        // walking the tables and sorting, the first one's through the creation index. They come in
        // shuffled order, many on the same instant, with 0 to 3 status changes.
        Domain::Engagement big;
        big.key = QStringLiteral("BIG");
        big.client = QStringLiteral("Big");
        big.model = Domain::SupportModel::SlaHotfix;
        big.start = QDate(2026, 1, 1);
        big.timeZone = "Europe/Stockholm";
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&big).isNull());
        QVector<Domain::Ticket> tickets;
        for (int i = 0; i < 400; ++i) {
            Domain::Ticket t = ticket(i);
            t.key = QStringLiteral("B-%1").arg((i * 7919) % 400, 3, 10, QLatin1Char('0'));
            t.created = 1767225600 + 60 * ((i * 31) % 50);
            t.history.resize(i % 4, {t.created + 60, QStringLiteral("In Progress"), 0});
            tickets.append(t);
        }
        UpsertCounts counts;
        const TicketRepository repository(*m_db);
        QVERIFY(repository.upsert(big.id, QStringLiteral("jira"), tickets, &counts).isNull());
        std::sort(tickets.begin(), tickets.end(), [](const Domain::Ticket &a, const Domain::Ticket &b) {
            return a.created != b.created ? a.created < b.created : a.key < b.key;
        });
        // WHEN each engagement is visited THEN in creation then key order, with whole histories
        for (const qint64 engagement : {big.id, m_engagement}) {
            QVector<Domain::Ticket> listed;
            QVERIFY(repository.list(engagement, &listed).isNull());
            QVector<Domain::Ticket> visited;
            QVector<Domain::Ticket> withResults;
            QVERIFY(repository
                        .forEach(engagement,
                                 [&visited](const Domain::Ticket &t) {
                                     visited.append(t);
                                     return true;
                                 })
                        .isNull());
            // AND with their stored results: none stored here, the same tickets
            QVERIFY(repository
                        .forEachWithResult(
                            engagement,
                            [&withResults](const Domain::Ticket &t, const Storage::StoredSlaResult *r) {
                                withResults.append(t);
                                return r == nullptr;
                            })
                        .isNull());
            QCOMPARE(visited, engagement == big.id ? tickets : listed);
            QCOMPARE(withResults, visited);
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"

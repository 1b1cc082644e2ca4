// The tickets table's windowed reads: counts and pages under every filter, every sort in both
// directions (ties by id), pages read from either end, engagements with and without a stored
// result for every ticket; and TicketRepository::find (one ticket by key). On both dialects: the
// engagements are built once per dialect, the first time a test function runs on it.
#include "testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketbrowserepository.h"
#include "models/storage/ticketbrowsesql.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <algorithm>
#include <map>
#include <variant>

Q_DECLARE_METATYPE(Storage::TicketBrowseFilter)

using Storage::TicketBrowseFilter;
using Storage::TicketBrowseRepository;
using Storage::TicketBrowseRow;
using Storage::TicketSortKey;

namespace {

qint64 utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

struct Spec
{
    const char *key;
    const char *title;
    int severity;
    Domain::TicketKind kind;
    Domain::ServiceLevel level;
    const char *status;
    qint64 created;
    std::optional<qint64> responded;
    std::optional<qint64> resolved;
    Domain::SlaState state;
    qint64 response;
    qint64 resolution;
    qint64 paused;
};

using K = Domain::TicketKind;
using L = Domain::ServiceLevel;
using S = Domain::SlaState;

// Ties on purpose (equal severities, titles, statuses, business times) so that ties by id count.
const QVector<Spec> s_specs = {
    {"FG-1", "Checkout fails", 1, K::Incident, L::L1, "Resolved", utc(2026, 3, 2), utc(2026, 3, 2, 13),
     utc(2026, 3, 4), S::Breached, 3600, 90000, 0},
    {"FG-2",
     "CHECKOUT slow",
     2,
     K::Incident,
     L::L1,
     "In Progress",
     utc(2026, 3, 3),
     utc(2026, 3, 3, 14),
     {},
     S::Running,
     600,
     7200,
     1800},
    {"FG-3", "50% off banner broken", 3, K::Change, L::L2, "Resolved", utc(2026, 3, 5), utc(2026, 3, 5, 15),
     utc(2026, 3, 20), S::Met, 600, 7200, 0},
    {"FG-4",
     "Search results empty",
     2,
     K::Problem,
     L::L2,
     "Waiting for customer",
     utc(2026, 2, 20),
     {},
     {},
     S::Paused,
     0,
     3600,
     7200},
    {"FG-5", "Add gift cards", 4, K::Enhancement, L::L3, "Resolved", utc(2026, 1, 10), utc(2026, 1, 10, 13),
     utc(2026, 4, 1), S::Met, 1200, 7200, 0},
    {"FG-6", "search_index rebuild", 3, K::ServiceRequest, L::L1, "Resolved", utc(2026, 3, 12),
     utc(2026, 3, 12, 13), utc(2026, 3, 13), S::Met, 1200, 3600, 600},
    {"fg-7",
     "Checkout fails",
     1,
     K::Incident,
     L::L1,
     "In Progress",
     utc(2026, 3, 28),
     utc(2026, 3, 28, 13),
     {},
     S::AtRisk,
     300,
     20000,
     0},
    {"FG-8", "Price rounding", 2, K::Incident, L::L1, "Resolved", utc(2026, 4, 2), utc(2026, 4, 2, 13),
     utc(2026, 4, 3), S::Breached, 9000, 90000, 0},
    {"FG-9",
     "Price rounding",
     2,
     K::Incident,
     L::L1,
     "Resolved",
     utc(2026, 4, 2),
     {},
     utc(2026, 4, 9),
     S::Invalid,
     0,
     0,
     0},
    {"FG-10",
     "Newsletter sign-up",
     4,
     K::ServiceRequest,
     L::L1,
     "New",
     utc(2026, 4, 8),
     {},
     {},
     S::Running,
     0,
     0,
     0},
    {"FG-11", "Payment provider timeout", 1, K::Incident, L::L1, "Resolved", utc(2026, 3, 30),
     utc(2026, 3, 30, 12), utc(2026, 4, 2), S::Breached, 60, 90000, 3600},
    {"FG-12", "Checkout fails", 2, K::Incident, L::L1, "Resolved", utc(2026, 3, 2), utc(2026, 3, 2, 13),
     utc(2026, 3, 4), S::Met, 3600, 7200, 0},
};

/// A value of one sort column, or empty for SQL NULL.
using SortValue = std::optional<std::variant<qint64, QString>>;

SortValue sortValue(const TicketBrowseRow &r, TicketSortKey key)
{
    const auto evaluated = [&r](qint64 v) { return r.evaluated ? SortValue(v) : SortValue(); };
    switch (key) {
    case TicketSortKey::Key:
        return Storage::TicketBrowseSql::naturalKeyOrderOf(r.key); // FG-2 before FG-10
    case TicketSortKey::Title:
        return r.title;
    case TicketSortKey::Severity:
        return qint64(r.severity);
    case TicketSortKey::Kind:
        return Domain::ticketKindId(r.kind);
    case TicketSortKey::ServiceLevel:
        return Domain::serviceLevelId(r.serviceLevel);
    case TicketSortKey::Status:
        return r.status;
    case TicketSortKey::Created:
        return r.created;
    case TicketSortKey::Responded:
        return r.responded ? SortValue(*r.responded) : SortValue();
    case TicketSortKey::Resolved:
        return r.resolved ? SortValue(*r.resolved) : SortValue();
    case TicketSortKey::ResponseTime:
        return evaluated(r.responseSeconds);
    case TicketSortKey::ResolutionTime:
        return evaluated(r.resolutionSeconds);
    case TicketSortKey::PausedTime:
        return evaluated(r.pausedSeconds);
    case TicketSortKey::State:
        return r.evaluated ? SortValue(Domain::slaStateId(r.state)) : SortValue();
    }
    return {};
}

/// SQLite's order: NULL first when ascending; text by code unit; ties by id in the same direction.
QVector<qint64> expectedOrder(QVector<TicketBrowseRow> rows, TicketSortKey key, bool descending)
{
    std::sort(rows.begin(), rows.end(), [&](const TicketBrowseRow &a, const TicketBrowseRow &b) {
        const SortValue va = sortValue(a, key), vb = sortValue(b, key);
        if (va != vb)
            return descending ? vb < va : va < vb; // std::optional: empty < any value
        return descending ? a.id > b.id : a.id < b.id;
    });
    QVector<qint64> ids;
    for (const TicketBrowseRow &r : rows)
        ids.append(r.id);
    return ids;
}

QStringList keyList(std::initializer_list<const char *> keys)
{
    QStringList out;
    for (const char *k : keys)
        out << QLatin1String(k);
    return out;
}

/// Keys in the tickets table's key order: natural (FG-2 before FG-10), then by text.
QStringList inKeyOrder(QStringList keys)
{
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return Storage::TicketBrowseSql::naturalKeyOrderOf(a) <
               Storage::TicketBrowseSql::naturalKeyOrderOf(b);
    });
    return keys;
}

QVector<qint64> idsOf(const QVector<TicketBrowseRow> &rows)
{
    QVector<qint64> ids;
    for (const TicketBrowseRow &r : rows)
        ids.append(r.id);
    return ids;
}

constexpr TicketSortKey s_allKeys[] = {
    TicketSortKey::Key,          TicketSortKey::Title,          TicketSortKey::Severity,
    TicketSortKey::Kind,         TicketSortKey::ServiceLevel,   TicketSortKey::Status,
    TicketSortKey::Created,      TicketSortKey::Responded,      TicketSortKey::Resolved,
    TicketSortKey::ResponseTime, TicketSortKey::ResolutionTime, TicketSortKey::PausedTime,
    TicketSortKey::State,
};

} // namespace

class TestTicketBrowseRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    struct Built
    {
        std::unique_ptr<Storage::Database> db;
        qint64 complete = 0;
        qint64 incomplete = 0;
    };
    std::map<QString, Built> m_built;  ///< by dialect
    Storage::Database *m_db = nullptr; ///< the current dialect's, and its two engagements:
    qint64 m_complete = 0;             ///< every ticket has a stored result
    qint64 m_incomplete = 0;           ///< FG-12 has none (imported after the last recomputation)

    qint64 addEngagement(const QString &key, bool resultForLast)
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key;
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2025, 1, 1);
        [&] { QVERIFY(Storage::EngagementRepository(*m_db).insert(&e).isNull()); }();
        QVector<Domain::Ticket> tickets;
        for (const Spec &s : s_specs) {
            Domain::Ticket t;
            t.key = QLatin1String(s.key);
            t.title = QString::fromUtf8(s.title);
            t.severity = s.severity;
            t.kind = s.kind;
            t.serviceLevel = s.level;
            t.status = QLatin1String(s.status);
            t.created = s.created;
            t.firstResponse = s.responded;
            t.resolved = s.resolved;
            tickets.append(t);
        }
        Storage::UpsertCounts counts;
        const Storage::StorageError error =
            Storage::TicketRepository(*m_db).upsert(e.id, QStringLiteral("jira"), tickets, &counts);
        [&] { QVERIFY2(error.isNull(), qPrintable(error.toString())); }();
        Storage::TicketsWithIds stored;
        [&] { QVERIFY(Storage::SlaResultRepository(*m_db).tickets(e.id, &stored).isNull()); }();
        QVector<Storage::StoredSlaResult> results;
        for (int i = 0; i < stored.ids.size(); ++i) {
            const Spec &s = s_specs.at(i);
            if (!resultForLast && i == s_specs.size() - 1)
                continue;
            Storage::StoredSlaResult r;
            r.ticketId = stored.ids.at(i);
            r.policyEffective = QDate(2025, 1, 1);
            r.complianceMonth =
                s.resolved ? QDateTime::fromSecsSinceEpoch(*s.resolved, QTimeZone::utc()).date() : QDate();
            if (r.complianceMonth.isValid())
                r.complianceMonth.setDate(r.complianceMonth.year(), r.complianceMonth.month(), 1);
            r.result.severity = s.severity;
            r.result.state = s.state;
            r.result.response.businessSeconds = s.response;
            r.result.resolution.businessSeconds = s.resolution;
            r.result.pausedSeconds = s.paused;
            r.evaluatedAt = utc(2026, 4, 10);
            results.append(r);
        }
        [&] {
            QVERIFY(
                Storage::SlaResultRepository(*m_db).replace(e.id, results, {}, utc(2026, 4, 10)).isNull());
        }();
        return e.id;
    }

    /// How all() reads the pages of a filter: walking the sort index and testing the filter on
    /// each entry, reading the filter's set of ids through its own index for every page, reading
    /// the ids once with the count (filterCounts()) and every page by id, or reading the filter's
    /// ids in the sort's order once (TicketBrowseOrder) and every page by id from there, or that
    /// for every filter and page (rowsInOrder(), an export's read; no filter included).
    enum class Read { Walk, ThroughIds, ByIds, Ordered, InOrder };

    /// Every row in pages of `limit`, read as `read` says.
    QVector<TicketBrowseRow> all(qint64 engagement, const TicketBrowseFilter &filter = {},
                                 TicketSortKey key = TicketSortKey::Created, bool descending = false,
                                 Read read = Read::Walk, int limit = 1000)
    {
        TicketBrowseRepository repository(*m_db);
        repository.setMaxIndexWalk(read == Read::ThroughIds || read == Read::Ordered ? 0 : 1000000);
        if (read == Read::InOrder)
            repository.setMaxIdSet(0); // these few tickets are as many as a large engagement's
        Storage::TicketBrowseCounts counts;
        Storage::TicketBrowseOrder order;
        QVector<TicketBrowseRow> rows;
        [&] {
            QVERIFY(repository.summary(engagement, &counts).isNull());
            if (read == Read::ByIds) {
                QVERIFY(repository.filterCounts(engagement, filter, &counts).isNull());
                QVERIFY(counts.idsKnown);
                QCOMPARE(counts.ids.size(), counts.shown);
            } else {
                QVERIFY(repository.count(engagement, filter, &counts.shown).isNull());
            }
            for (qint64 offset = 0; offset < counts.shown; offset += limit) {
                QVector<TicketBrowseRow> page;
                QVERIFY(read == Read::InOrder
                            ? repository
                                  .rowsInOrder(engagement, filter, key, descending, offset, limit, counts,
                                               &page, &order)
                                  .isNull()
                            : repository
                                  .rows(engagement, filter, key, descending, offset, limit, counts, &page,
                                        read == Read::Ordered ? &order : nullptr)
                                  .isNull());
                rows += page;
            }
            // Read once for all the pages of a filter; never without a filter (no set to read),
            // but for an export's read on a server (SQLite's OFFSET walks an index only).
            const bool ordered =
                (read == Read::Ordered && !filter.isEmpty()) || (read == Read::InOrder && m_db->isServer());
            QCOMPARE(order.reads, ordered && counts.shown > 0 ? 1 : 0);
        }();
        [&] { QCOMPARE(rows.size(), counts.shown); }();
        return rows;
    }

    static TicketBrowseFilter textFilter(const QString &text)
    {
        TicketBrowseFilter filter;
        filter.text = text;
        return filter;
    }

    /// summary() with `shown` counted for `filter`.
    static Storage::TicketBrowseCounts countsOf(const TicketBrowseRepository &repository, qint64 engagement,
                                                const TicketBrowseFilter &filter)
    {
        Storage::TicketBrowseCounts counts;
        [&] {
            QVERIFY(repository.summary(engagement, &counts).isNull());
            QVERIFY(repository.count(engagement, filter, &counts.shown).isNull());
        }();
        return counts;
    }

    QStringList keys(qint64 engagement, const TicketBrowseFilter &filter)
    {
        QStringList out;
        for (const TicketBrowseRow &r : all(engagement, filter, TicketSortKey::Key))
            out.append(r.key);
        return out;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// The tests only read: the two engagements are written once per dialect (each test function
    /// runs on every dialect in turn).
    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        Built &built = m_built[dialect];
        if (!built.db) {
            QString location;
            DD_FRESH_DATABASE(location, m_dir.path());
            auto db = std::make_unique<Storage::Database>();
            const Storage::StorageError error = db->open(location, Storage::Database::Access::ReadWrite,
                                                         Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
            m_db = db.get();
            const qint64 complete = addEngagement(QStringLiteral("COMPLETE"), true);
            const qint64 incomplete = addEngagement(QStringLiteral("INCOMPLETE"), false);
            QVERIFY(complete > 0 && incomplete > 0);
            built = {std::move(db), complete, incomplete};
        }
        m_db = built.db.get();
        m_complete = built.complete;
        m_incomplete = built.incomplete;
    }

    void shouldTellWhetherEveryTicketHasAResult()
    {
        Storage::TicketBrowseCounts counts;
        QVERIFY(TicketBrowseRepository(*m_db).summary(m_complete, &counts).isNull());
        QVERIFY(counts.complete);
        QCOMPARE(counts.tickets, s_specs.size());
        QCOMPARE(counts.shown, s_specs.size());
        QVERIFY(TicketBrowseRepository(*m_db).summary(m_incomplete, &counts).isNull());
        QVERIFY(!counts.complete);
        QCOMPARE(counts.tickets, s_specs.size());
    }

    void shouldReadEveryTicketWithItsResult()
    {
        const QVector<TicketBrowseRow> rows = all(m_incomplete);
        QCOMPARE(rows.size(), s_specs.size());
        for (const TicketBrowseRow &r : rows) {
            const auto spec = std::find_if(s_specs.begin(), s_specs.end(),
                                           [&r](const Spec &s) { return r.key == QLatin1String(s.key); });
            QVERIFY(spec != s_specs.end());
            QCOMPARE(r.title, QString::fromUtf8(spec->title));
            QCOMPARE(r.responded, spec->responded);
            QCOMPARE(r.resolved, spec->resolved);
            QCOMPARE(r.evaluated, r.key != QLatin1String("FG-12"));
            if (r.evaluated) {
                QCOMPARE(r.state, spec->state);
                QCOMPARE(r.resolutionSeconds, spec->resolution);
                QCOMPARE(r.pausedSeconds, spec->paused);
                QCOMPARE(r.evaluatedAt, utc(2026, 4, 10));
            }
        }
    }

    void shouldSortByEveryColumnBothWaysWithTiesById_data()
    {
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        for (bool complete : {true, false}) {
            for (TicketSortKey key : s_allKeys) {
                for (bool descending : {false, true}) {
                    const QByteArray name = QByteArray(complete ? "complete " : "incomplete ") + "column " +
                                            QByteArray::number(int(key)) + (descending ? " desc" : " asc");
                    QTest::newRow(name.constData()) << complete << int(key) << descending;
                }
            }
        }
    }

    void shouldSortByEveryColumnBothWaysWithTiesById()
    {
        QFETCH(bool, complete);
        QFETCH(int, key);
        QFETCH(bool, descending);
        const qint64 engagement = complete ? m_complete : m_incomplete;
        const QVector<TicketBrowseRow> unsorted = all(engagement);
        const QVector<qint64> expected = expectedOrder(unsorted, TicketSortKey(key), descending);
        QCOMPARE(idsOf(all(engagement, {}, TicketSortKey(key), descending)), expected);
        // Pages of every size from every offset give the same order, from either end of the table.
        for (int limit : {1, 5, 7})
            QCOMPARE(idsOf(all(engagement, {}, TicketSortKey(key), descending, Read::Walk, limit)), expected);
        // An export's read of every ticket, through their order on a server: the same rows.
        QCOMPARE(all(engagement, {}, TicketSortKey(key), descending, Read::InOrder, 7),
                 all(engagement, {}, TicketSortKey(key), descending));
        // Under a filter, walking the sort index and reading the filter's ids first agree.
        TicketBrowseFilter filter;
        filter.text = QStringLiteral("e");
        filter.severity = 2;
        const QVector<qint64> walked =
            idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Walk, 2));
        QVERIFY(!walked.isEmpty());
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::ThroughIds, 2)), walked);
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::ByIds, 2)), walked);
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Ordered, 2)), walked);
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Ordered, 5)), walked);
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::InOrder, 3)), walked);
        filter = {};
        filter.state = S::Met;
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::ThroughIds, 3)),
                 idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Walk, 3)));
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::ByIds, 3)),
                 idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Walk, 3)));
        QCOMPARE(idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Ordered, 3)),
                 idsOf(all(engagement, filter, TicketSortKey(key), descending, Read::Walk, 3)));
    }

    // An order read for one sort is read again for another sort or direction, not reused.
    void shouldReadTheOrderAgainForAnotherSort()
    {
        TicketBrowseRepository repository(*m_db);
        repository.setMaxIndexWalk(0); // every page through the filter's ids: through an order
        const TicketBrowseFilter filter = textFilter(QStringLiteral("e"));
        const Storage::TicketBrowseCounts counts = countsOf(repository, m_complete, filter);
        QVERIFY(counts.shown > 4);
        Storage::TicketBrowseOrder order;
        const struct
        {
            TicketSortKey key;
            bool descending;
            int reads; // the order's reads after this page
        } pages[] = {{TicketSortKey::Title, false, 1},
                     {TicketSortKey::Title, true, 2},
                     {TicketSortKey::Severity, true, 3},
                     {TicketSortKey::Severity, true, 3}};
        for (const auto &p : pages) {
            QVector<TicketBrowseRow> page;
            QVERIFY(repository.rows(m_complete, filter, p.key, p.descending, 2, 2, counts, &page, &order)
                        .isNull());
            QCOMPARE(idsOf(page), idsOf(all(m_complete, filter, p.key, p.descending)).mid(2, 2));
            QCOMPARE(order.reads, p.reads);
        }
    }

    // readsOrder() says which pages rows() reads the order for (so that a table can read it
    // elsewhere first), and order() reads the ids rows() would.
    void shouldSayWhichPagesReadTheOrderFirst()
    {
        TicketBrowseRepository repository(*m_db);
        const TicketBrowseFilter filter = textFilter(QStringLiteral("e"));
        const Storage::TicketBrowseCounts counts = countsOf(repository, m_complete, filter);
        QVERIFY(counts.shown > 8);
        // A walk of a few entries: the pages near both ends walk, those in between read the order.
        repository.setMaxIndexWalk(3 * counts.tickets / counts.shown + 1);
        int ordered = 0, walked = 0;
        for (qint64 offset = 0; offset < counts.shown; ++offset) {
            Storage::TicketBrowseOrder order;
            const bool says =
                repository.readsOrder(filter, TicketSortKey::Title, true, offset, 2, counts, order);
            QVector<TicketBrowseRow> page;
            QVERIFY(
                repository
                    .rows(m_complete, filter, TicketSortKey::Title, true, offset, 2, counts, &page, &order)
                    .isNull());
            QCOMPARE(says, order.reads == 1);
            (says ? ordered : walked) += 1;
            if (says) { // known for this sort: not again; another direction: again
                QVERIFY(!repository.readsOrder(filter, TicketSortKey::Title, true, offset, 2, counts, order));
                QVERIFY(repository.readsOrder(filter, TicketSortKey::Title, false, offset, 2, counts, order));
            }
        }
        QVERIFY(ordered > 0 && walked > 0);
        Storage::TicketBrowseOrder order;
        QVERIFY(repository.order(m_complete, filter, TicketSortKey::Title, true, counts, &order).isNull());
        QVERIFY(order.known);
        QCOMPARE(order.ids, idsOf(all(m_complete, filter, TicketSortKey::Title, true)));
        // Nothing to read: no filter, or a filter whose few ids the count kept.
        QVERIFY(!repository.readsOrder({}, TicketSortKey::Title, true, counts.tickets / 2, 2,
                                       countsOf(repository, m_complete, {}), {}));
        Storage::TicketBrowseCounts few = counts;
        QVERIFY(repository.filterCounts(m_complete, filter, &few).isNull());
        QVERIFY(few.idsKnown);
        QVERIFY(!repository.readsOrder(filter, TicketSortKey::Title, true, few.shown / 2, 2, few, {}));
    }

    // Fewer tickets pass than were counted (another user removed some since): a page past the
    // order's end is empty, not an error (PostgreSQL refuses "IN ()").
    void shouldReadNothingPastTheEndOfAnOrder()
    {
        TicketBrowseRepository repository(*m_db);
        repository.setMaxIndexWalk(0);
        const TicketBrowseFilter filter = textFilter(QStringLiteral("e"));
        Storage::TicketBrowseCounts counts = countsOf(repository, m_complete, filter);
        const qint64 passing = counts.shown;
        QVERIFY(passing >= 7); // the page below is read from the end
        counts.shown = passing + 10;
        Storage::TicketBrowseOrder order;
        QVector<TicketBrowseRow> page;
        const Storage::StorageError error = repository.rows(m_complete, filter, TicketSortKey::Title, false,
                                                            passing + 2, 3, counts, &page, &order);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(page.isEmpty());
        QCOMPARE(order.ids.size(), passing);
    }

    void shouldFilterAndCount_data()
    {
        QTest::addColumn<TicketBrowseFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto f = [](auto set) {
            TicketBrowseFilter filter;
            set(filter);
            return filter;
        };
        QTest::newRow("no filter") << TicketBrowseFilter()
                                   << keyList({"FG-1", "FG-10", "FG-11", "FG-12", "FG-2", "FG-3", "FG-4",
                                               "FG-5", "FG-6", "FG-8", "FG-9", "fg-7"});
        QTest::newRow("text in the title, any case")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("checkout"); })
            << keyList({"FG-1", "FG-12", "FG-2", "fg-7"});
        QTest::newRow("text in the key, any case")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("Fg-1"); })
            << keyList({"FG-1", "FG-10", "FG-11", "FG-12"});
        QTest::newRow("% is a character, not a wildcard")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("0%"); }) << keyList({"FG-3"});
        QTest::newRow("_ is a character")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("h_i"); }) << keyList({"FG-6"});
        QTest::newRow("_ is not a wildcard")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("h_r"); }) << QStringList();
        QTest::newRow("severity") << f([](TicketBrowseFilter &x) { x.severity = 1; })
                                  << keyList({"FG-1", "FG-11", "fg-7"});
        QTest::newRow("state") << f([](TicketBrowseFilter &x) { x.state = S::Breached; })
                               << keyList({"FG-1", "FG-11", "FG-8"});
        QTest::newRow("not evaluated")
            << f([](TicketBrowseFilter &x) { x.notEvaluated = true; }) << keyList({"FG-12"});
        QTest::newRow("kind") << f([](TicketBrowseFilter &x) { x.kind = K::ServiceRequest; })
                              << keyList({"FG-10", "FG-6"});
        QTest::newRow("month: resolved in March")
            << f([](TicketBrowseFilter &x) { x.month = QDate(2026, 3, 17); })
            << keyList({"FG-1", "FG-3", "FG-6"});
        QTest::newRow("month: resolved in April")
            << f([](TicketBrowseFilter &x) { x.month = QDate(2026, 4, 1); })
            << keyList({"FG-11", "FG-5", "FG-8", "FG-9"});
        QTest::newRow("combined: text, severity, state") << f([](TicketBrowseFilter &x) {
            x.text = QStringLiteral("checkout");
            x.severity = 1;
            x.state = S::Breached;
        }) << keyList({"FG-1"});
        QTest::newRow("combined: kind and month") << f([](TicketBrowseFilter &x) {
            x.kind = K::Incident;
            x.month = QDate(2026, 4, 1);
        }) << keyList({"FG-11", "FG-8", "FG-9"});
        QTest::newRow("nothing matches")
            << f([](TicketBrowseFilter &x) { x.text = QStringLiteral("no such words"); }) << QStringList();
    }

    void shouldFilterAndCount()
    {
        QFETCH(TicketBrowseFilter, filter);
        QFETCH(QStringList, expected);
        expected = inKeyOrder(expected); // the rows name the tickets in text order
        // The incomplete engagement: FG-12 has no result, so it passes no state or month filter.
        QCOMPARE(keys(m_incomplete, filter), expected);
        // The same through the filter's set of ids
        QStringList throughIds;
        for (const TicketBrowseRow &r :
             all(m_incomplete, filter, TicketSortKey::Key, false, Read::ThroughIds, 4))
            throughIds << r.key;
        QCOMPARE(throughIds, expected);
        // The same read by id, the ids taken with the count
        if (!filter.isEmpty()) {
            QStringList byIds;
            for (const TicketBrowseRow &r :
                 all(m_incomplete, filter, TicketSortKey::Key, false, Read::ByIds, 4))
                byIds << r.key;
            QCOMPARE(byIds, expected);
        }
        qint64 count = -1;
        QVERIFY(TicketBrowseRepository(*m_db).count(m_incomplete, filter, &count).isNull());
        QCOMPARE(count, expected.size());
        // Sorted by a result column (read from sla_results first when every ticket has one), the
        // same tickets pass.
        for (qint64 engagement : {m_complete, m_incomplete}) {
            QStringList byKey = keys(engagement, filter);
            for (TicketSortKey key :
                 {TicketSortKey::ResolutionTime, TicketSortKey::State, TicketSortKey::Title}) {
                QStringList other;
                for (const TicketBrowseRow &r : all(engagement, filter, key))
                    other << r.key;
                QCOMPARE(inKeyOrder(other), byKey);
            }
        }
    }

    void shouldKeepTheIdsOfAFilterOnlyWhenFew()
    {
        TicketBrowseRepository repository(*m_db);
        TicketBrowseFilter filter;
        filter.text = QStringLiteral("checkout"); // FG-1, FG-12, FG-2, fg-7
        QVector<qint64> expected = idsOf(all(m_complete, filter));
        std::sort(expected.begin(), expected.end());
        QCOMPARE(expected.size(), 4);
        Storage::TicketBrowseCounts counts;
        QVERIFY(repository.summary(m_complete, &counts).isNull());
        for (int cap : {4, 100}) {
            repository.setMaxIdSet(cap);
            QVERIFY(repository.filterCounts(m_complete, filter, &counts).isNull());
            QVERIFY(counts.idsKnown);
            QCOMPARE(counts.shown, 4);
            QVector<qint64> ids = counts.ids;
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, expected);
        }
        // One more than the cap: counted, no ids kept, pages read through the filter again
        for (int cap : {3, 0}) {
            repository.setMaxIdSet(cap);
            QVERIFY(repository.filterCounts(m_complete, filter, &counts).isNull());
            QVERIFY(!counts.idsKnown);
            QVERIFY(counts.ids.isEmpty());
            QCOMPARE(counts.shown, 4);
            QVector<TicketBrowseRow> page;
            QVERIFY(repository.rows(m_complete, filter, TicketSortKey::Key, false, 0, 10, counts, &page)
                        .isNull());
            QCOMPARE(page.size(), 4);
        }
        // Nothing passes: known to be no ticket at all
        repository.setMaxIdSet(100);
        filter.text = QStringLiteral("no such words");
        QVERIFY(repository.filterCounts(m_complete, filter, &counts).isNull());
        QVERIFY(counts.idsKnown);
        QCOMPARE(counts.shown, 0);
    }

    void shouldFilterAndSortTogether()
    {
        TicketBrowseFilter filter;
        filter.text = QStringLiteral("checkout");
        const QVector<TicketBrowseRow> rows = all(m_complete, filter, TicketSortKey::ResolutionTime, true);
        QStringList order;
        for (const TicketBrowseRow &r : rows)
            order << r.key;
        // 90000 (FG-1), 20000 (fg-7), then 7200 twice: FG-12 (larger id) before FG-2
        QCOMPARE(order, (keyList({"FG-1", "fg-7", "FG-12", "FG-2"})));
    }

    void shouldReturnNothingPastTheEnd()
    {
        QVector<TicketBrowseRow> rows;
        const Storage::TicketBrowseCounts counts{12, 12, true};
        QVERIFY(TicketBrowseRepository(*m_db)
                    .rows(m_complete, {}, TicketSortKey::Key, false, 12, 10, counts, &rows)
                    .isNull());
        QVERIFY(rows.isEmpty());
        QVERIFY(TicketBrowseRepository(*m_db)
                    .rows(m_complete, {}, TicketSortKey::Key, false, 0, 0, counts, &rows)
                    .isNull());
        QVERIFY(rows.isEmpty());
    }

    void shouldFindOneTicketByKey()
    {
        // TicketRepository has no test executable of its own; find() is the part this work added.
        Storage::TicketRepository repository(*m_db);
        Domain::Ticket ticket;
        qint64 id = 0;
        QVERIFY(repository.find(m_complete, QStringLiteral("FG-11"), &ticket, &id).isNull());
        QCOMPARE(ticket.key, QStringLiteral("FG-11"));
        QCOMPARE(ticket.title, QStringLiteral("Payment provider timeout"));
        QVERIFY(id > 0);
        // Another engagement's ticket of the same key has another id.
        qint64 otherId = 0;
        QVERIFY(repository.find(m_incomplete, QStringLiteral("FG-11"), &ticket, &otherId).isNull());
        QVERIFY(otherId != id);
        // The exact key wins; otherwise letter case is ignored.
        QVERIFY(repository.find(m_complete, QStringLiteral("fg-7"), &ticket).isNull());
        QCOMPARE(ticket.key, QStringLiteral("fg-7"));
        QVERIFY(repository.find(m_complete, QStringLiteral("FG-7"), &ticket).isNull());
        QCOMPARE(ticket.key, QStringLiteral("fg-7"));
        QVERIFY(repository.find(m_complete, QStringLiteral("fg-1"), &ticket).isNull());
        QCOMPARE(ticket.key, QStringLiteral("FG-1"));
        const Storage::StorageError missing = repository.find(m_complete, QStringLiteral("FG-99"), &ticket);
        QCOMPARE(missing.kind, Storage::StorageError::Kind::NotFound);
        QCOMPARE(missing.record, QStringLiteral("FG-99"));
    }

    void shouldReadTheStoredEvaluationInstant()
    {
        Domain::Ticket ticket;
        qint64 id = 0;
        QVERIFY(Storage::TicketRepository(*m_db)
                    .find(m_incomplete, QStringLiteral("FG-1"), &ticket, &id)
                    .isNull());
        std::optional<qint64> at;
        QVERIFY(TicketBrowseRepository(*m_db).evaluatedAt(id, &at).isNull());
        QCOMPARE(at, std::optional<qint64>(utc(2026, 4, 10)));
        QVERIFY(Storage::TicketRepository(*m_db)
                    .find(m_incomplete, QStringLiteral("FG-12"), &ticket, &id)
                    .isNull());
        QVERIFY(TicketBrowseRepository(*m_db).evaluatedAt(id, &at).isNull());
        QVERIFY(!at);
    }
};

QTEST_GUILESS_MAIN(TestTicketBrowseRepository)
#include "tst_ticketbrowserepository.moc"

#pragma once

#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>
#include <algorithm>
#include <optional>

namespace Storage {

class Database;

/// Which of an engagement's tickets a browse query returns. Every set criterion must hold.
struct TicketBrowseFilter
{
    /// Part of the key or the title, the case of every letter ignored; empty = any.
    QString text;
    int severity = 0;                       ///< 1–4; 0 = any
    std::optional<Domain::SlaState> state;  ///< the stored SLA state; empty = any
    bool notEvaluated = false;              ///< only tickets without a stored SLA result (state ignored)
    std::optional<Domain::TicketKind> kind; ///< empty = any
    /// The month the ticket counts in for SLA compliance (its resolution month as stored in
    /// sla_results.compliance_month); any day of it. Invalid = any month. Open tickets count in
    /// no month yet, so a month filter leaves them out.
    QDate month;

    bool isEmpty() const;
    bool operator==(const TicketBrowseFilter &o) const;
    bool operator!=(const TicketBrowseFilter &o) const { return !(*this == o); }
};

/// The column a browse query sorts by; ties are broken by ticket id in the same direction.
enum class TicketSortKey {
    Key,
    Title,
    Severity,
    Kind,
    ServiceLevel,
    Status,
    Created,
    Responded,
    Resolved,
    ResponseTime,
    ResolutionTime,
    PausedTime,
    State,
};

/// One row of the tickets table: the ticket and its stored SLA figures.
struct TicketBrowseRow
{
    qint64 id = 0;
    QString key;
    QString title;
    int severity = 0;
    Domain::TicketKind kind = Domain::TicketKind::Incident;
    Domain::ServiceLevel serviceLevel = Domain::ServiceLevel::L1;
    QString status;
    qint64 created = 0;
    std::optional<qint64> responded;
    std::optional<qint64> resolved;
    bool evaluated = false; ///< a stored SLA result exists; the fields below hold it
    Domain::SlaState state = Domain::SlaState::Invalid;
    qint64 responseSeconds = 0;   ///< business seconds to first response
    qint64 resolutionSeconds = 0; ///< business seconds to resolution
    qint64 pausedSeconds = 0;     ///< business seconds paused
    qint64 evaluatedAt = 0;       ///< the `now` of the stored evaluation

    bool operator==(const TicketBrowseRow &o) const;
    bool operator!=(const TicketBrowseRow &o) const { return !(*this == o); }
};

/// What rows() needs to know of the engagement and the filter (see summary() and count()).
struct TicketBrowseCounts
{
    qint64 tickets = 0;   ///< every ticket of the engagement
    qint64 shown = 0;     ///< the tickets that pass the filter (count())
    bool complete = true; ///< every ticket has a stored SLA result
    /// Set by filterCounts() when few tickets pass the filter: then `ids` holds every one of them
    /// and rows() reads a page by id, without passing over the filter's index a second time.
    bool idsKnown = false;
    QVector<qint64> ids;
};

/// The ids of the tickets that pass a filter in one sort order, read once by rows() for a page far
/// from the ends of a large filter: the later pages of that filter and order are read by id from
/// here, instead of reading the filter's set and walking the sort index again for every page
/// (seconds at a million tickets while a scroll bar is dragged). Whoever keeps it drops it when
/// the filter, the counts or the data change.
struct TicketBrowseOrder
{
    TicketSortKey sort = TicketSortKey::Created;
    bool descending = false;
    bool known = false;
    QVector<qint64> ids;
    int reads = 0; ///< how often the ids were read (tests)
};

/// Windowed reads of one engagement's tickets joined with their stored SLA results, for a table
/// that never loads every ticket: the count under a filter, and rows [offset, offset + limit)
/// under a filter and a sort. Each sortable column has an index (migration 003), so a page is
/// read by walking an index; a page past the middle is read from the other end in reverse.
class TicketBrowseRepository
{
public:
    explicit TicketBrowseRepository(const Database &database);

    /// The engagement's ticket count and whether every ticket has a stored SLA result (the usual
    /// case: results are recomputed after every import). When so, sorting and filtering by an SLA
    /// column reads sla_results alone; otherwise tickets are joined with their results.
    /// `shown` is set to the ticket count (no filter).
    StorageError summary(qint64 engagementId, TicketBrowseCounts *out) const;
    /// Tickets of the engagement that pass `filter`.
    StorageError count(qint64 engagementId, const TicketBrowseFilter &filter, qint64 *out) const;
    /// Sets `shown` of `counts` to count() of `filter` and, when at most maxIdSet() tickets pass
    /// it, their ids (`idsKnown`): the ids are read first, up to one more than that, and only a
    /// larger set is counted. A rare text filter then costs one pass over the title index
    /// instead of one for the count and one for every page.
    StorageError filterCounts(qint64 engagementId, const TicketBrowseFilter &filter,
                              TicketBrowseCounts *counts) const;
    /// Rows [offset, offset + limit) of the engagement's tickets that pass `filter`, sorted by
    /// `sort` (ascending unless `descending`), ties by ticket id. `counts` is summary() with
    /// `shown` = count() of the same filter: it decides from which end the page is read and
    /// whether the filter is read as a set of ids first (a rare filter, a page far from the ends).
    /// With `order`, such a page of a filter of at most maxOrderedIds() tickets is read by id from
    /// `order`, which is filled on the first such page of this sort.
    StorageError rows(qint64 engagementId, const TicketBrowseFilter &filter, TicketSortKey sort,
                      bool descending, qint64 offset, int limit, const TicketBrowseCounts &counts,
                      QVector<TicketBrowseRow> *out, TicketBrowseOrder *order = nullptr) const;

    /// rows(), but on a server a page of a filter of more than maxIdSet() and at most
    /// maxOrderedIds() tickets (every ticket included) is always read by id from `order`, filled
    /// on the first page: for a reader of every row in turn (an export). A server's OFFSET visits
    /// every skipped row (the export of a million tickets took 243 s, 23 s this way); SQLite's
    /// walks an index only, which is 15-20 % quicker there than the lookups by id, so SQLite and
    /// a larger filter are read as rows() reads them.
    StorageError rowsInOrder(qint64 engagementId, const TicketBrowseFilter &filter, TicketSortKey sort,
                             bool descending, qint64 offset, int limit, const TicketBrowseCounts &counts,
                             QVector<TicketBrowseRow> *out, TicketBrowseOrder *order) const;

    /// Whether rows() of this page, given `order`, reads the filter's order first: a page far from
    /// the ends of a filter of more than maxIdSet() and at most maxOrderedIds() tickets, whose order
    /// in this sort is not in `order` yet. A table reads it off the GUI thread first (order()).
    bool readsOrder(const TicketBrowseFilter &filter, TicketSortKey sort, bool descending, qint64 offset,
                    int limit, const TicketBrowseCounts &counts, const TicketBrowseOrder &order) const;
    /// The ids of the tickets that pass `filter` in `sort`'s order (ties by id), as rows() reads
    /// them for readsOrder(): `counts` is as for rows().
    StorageError order(qint64 engagementId, const TicketBrowseFilter &filter, TicketSortKey sort,
                       bool descending, const TicketBrowseCounts &counts, TicketBrowseOrder *out) const;

    /// The instant the ticket's stored SLA result was evaluated at; empty when it has none.
    StorageError evaluatedAt(qint64 ticketId, std::optional<qint64> *out) const;

    /// How many index entries a page may walk testing the filter row by row before the filter is
    /// read as a set of ids first (default 20,000; 0 = always a set of ids, for tests). A month
    /// filter is always read as a set of ids.
    void setMaxIndexWalk(qint64 rows) { m_maxWalk = rows; }
    /// The most ids filterCounts() keeps (default 2,000: 16 KB; 0 = never, for tests).
    void setMaxIdSet(int ids) { m_maxIds = std::max(0, ids); }
    int maxIdSet() const { return m_maxIds; }
    /// The most ids a TicketBrowseOrder holds (2,000,000: 16 MB); a larger filter reads every page
    /// through its set of ids. Tables read the order off the GUI thread (TicketTableModel), so a
    /// filter most of a million tickets pass is ordered too: 500,000 before, when "SLA met" at
    /// 571,023 of a million held the window's thread 0.4-1.2 s for every jump.
    static constexpr qint64 maxOrderedIds() { return 2000000; }

private:
    /// How rows() reads a page: [offset, offset + limit) from the end when `reverse` (a page past
    /// the middle), through the filter's set of ids when `throughIds`.
    struct PagePlan
    {
        qint64 offset = 0;
        int limit = 0;
        bool reverse = false;
        bool throughIds = false;
    };
    PagePlan plan(const TicketBrowseFilter &filter, qint64 offset, int limit,
                  const TicketBrowseCounts &counts) const;
    StorageError rowsByIds(TicketSortKey sort, bool descending, qint64 offset, int limit,
                           const QVector<qint64> &ids, QVector<TicketBrowseRow> *out) const;
    /// Rows [offset, offset + limit) of `order`, read first when it is not of this sort.
    StorageError rowsOfOrder(qint64 engagementId, const TicketBrowseFilter &filter, TicketSortKey sort,
                             bool descending, qint64 offset, int limit, const TicketBrowseCounts &counts,
                             QVector<TicketBrowseRow> *out, TicketBrowseOrder *order) const;

    const Database &m_database;
    qint64 m_maxWalk = 20000;
    int m_maxIds = 2000;
};

} // namespace Storage

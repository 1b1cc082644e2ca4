#pragma once

#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace Storage {

class Database;

/// Which of an engagement's tickets a browse query returns. Every set criterion must hold.
struct TicketBrowseFilter
{
    /// Part of the key or the title, case-insensitive (ASCII letters on SQLite); empty = any.
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
    Key, Title, Severity, Kind, ServiceLevel, Status, Created, Responded, Resolved,
    ResponseTime, ResolutionTime, PausedTime, State,
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
    bool evaluated = false;              ///< a stored SLA result exists; the fields below hold it
    Domain::SlaState state = Domain::SlaState::Invalid;
    qint64 responseSeconds = 0;          ///< business seconds to first response
    qint64 resolutionSeconds = 0;        ///< business seconds to resolution
    qint64 pausedSeconds = 0;            ///< business seconds paused
    qint64 evaluatedAt = 0;              ///< the `now` of the stored evaluation

    bool operator==(const TicketBrowseRow &o) const;
    bool operator!=(const TicketBrowseRow &o) const { return !(*this == o); }
};

/// Windowed reads of one engagement's tickets joined with their stored SLA results, for a table
/// that never loads every ticket: the count under a filter, and rows [offset, offset + limit)
/// under a filter and a sort. Each sortable column has an index (migration 003), so a page is
/// read by walking an index; a page past the middle is read from the other end in reverse.
class TicketBrowseRepository
{
public:
    explicit TicketBrowseRepository(const Database &database);

    /// Whether every ticket of the engagement has a stored SLA result (the usual case: results
    /// are recomputed after every import). When so, sorting and filtering by an SLA column reads
    /// sla_results alone; otherwise tickets are joined with their results.
    StorageError resultsComplete(qint64 engagementId, bool *out) const;
    /// Tickets of the engagement that pass `filter`.
    StorageError count(qint64 engagementId, const TicketBrowseFilter &filter, qint64 *out) const;
    /// Rows [offset, offset + limit) of the engagement's tickets that pass `filter`, sorted by
    /// `sort` (ascending unless `descending`), ties by ticket id. `total` is the count() of the
    /// same filter (it decides from which end the page is read); `complete` is resultsComplete().
    StorageError rows(qint64 engagementId, const TicketBrowseFilter &filter, TicketSortKey sort, bool descending,
                      qint64 offset, int limit, qint64 total, bool complete, QVector<TicketBrowseRow> *out) const;

    /// The instant the ticket's stored SLA result was evaluated at; empty when it has none.
    StorageError evaluatedAt(qint64 ticketId, std::optional<qint64> *out) const;

private:
    const Database &m_database;
};

} // namespace Storage

#pragma once

#include "models/storage/slaresultrepository.h"

#include <QSet>
#include <functional>
#include <memory>

namespace Storage {

/// The stored SLA results of one engagement read and written piece by piece, for a
/// recomputation whose memory does not grow with the engagement (Models::SlaRecomputer): tickets
/// in id order a chunk at a time, or by id; results appended or upserted; the compliance rows of
/// some months replaced. Statements are prepared once per object and bound by position. Runs
/// inside the caller's transaction and never commits.
class SlaResultWriter
{
public:
    SlaResultWriter(const Database &database, qint64 engagementId);
    ~SlaResultWriter();
    SlaResultWriter(const SlaResultWriter &) = delete;
    SlaResultWriter &operator=(const SlaResultWriter &) = delete;

    /// Number of tickets of the engagement and of stored results.
    StorageError counts(qint64 *tickets, qint64 *results) const;
    /// Up to `limit` tickets with id above `afterId`, in id order, with their history: only the
    /// values the SLA evaluation reads (key, severity, created, first response, resolved and the
    /// status changes); kind, service level, activity, title and status are left empty, since
    /// decoding them was a third of reading a million tickets back after an import.
    StorageError ticketsAfter(qint64 afterId, int limit, TicketsWithIds *out) const;
    /// The tickets with the given ids (ascending, of this engagement), with their history.
    StorageError ticketsByIds(const QVector<qint64> &ids, TicketsWithIds *out) const;
    /// Ids of the tickets whose stored result counts in no month (open, or not placeable): their
    /// results change with `now`.
    StorageError unplacedTicketIds(QVector<qint64> *out) const;
    /// The months the stored results of `ids` count in (no entry for those without one).
    StorageError monthsOf(const QVector<qint64> &ids, QSet<QDate> *out) const;
    /// The stored results counted in `month`, with each ticket's recorded resolution.
    StorageError resultsInMonth(const QDate &month, QVector<std::optional<qint64>> *resolved,
                                QVector<Domain::SlaResult> *results) const;
    /// Every stored result that counts in a month, months ascending, with the ticket's recorded
    /// resolution: only the values Domain::SlaCompliance reads (severity, state, the clocks'
    /// outcomes and business seconds, the resolution's stop). Streamed: memory holds one row.
    using PlacedResultHandler = std::function<void(const QDate &month, const std::optional<qint64> &resolved,
                                                   const Domain::SlaResult &)>;
    StorageError forEachPlacedResult(const PlacedResultHandler &handler) const;
    /// The first and last month any stored result counts in (invalid when none).
    StorageError monthRange(QDate *first, QDate *last) const;
    /// The months that have compliance rows.
    StorageError complianceMonths(QVector<QDate> *out) const;

    /// The stored results of tickets with ids from `fromId` to `toId`, in id order.
    StorageError resultsBetween(qint64 fromId, qint64 toId, QVector<StoredSlaResult> *out) const;
    /// Sets the evaluation instant of every stored result of the engagement (one statement: the
    /// column is in no index, so no index is rewritten).
    StorageError stampEvaluatedAt(qint64 evaluatedAt) const;
    /// Removes every stored result of the engagement.
    StorageError clearResults() const;
    /// Inserts `results` (ticket ids without a stored result); with `replace`, an existing result
    /// of the same ticket is overwritten instead.
    StorageError writeResults(const QVector<StoredSlaResult> &results, bool replace) const;
    /// Replaces the compliance rows of `months` by `rows` (all of them in those months).
    StorageError replaceMonths(const QVector<QDate> &months,
                               const QVector<Domain::MonthlyCompliance> &rows) const;
    /// Removes compliance rows before `first` or after `last` (every row when either is invalid).
    StorageError removeMonthsOutside(const QDate &first, const QDate &last) const;
    /// Records the instant of this recomputation and the number of stored results. `every`: every
    /// result was computed now, from today's calendar and policy, and `computed_at` says so; an
    /// incremental recompute keeps the time of the last full one, since the results it left
    /// alone count on the rules of then (Models::SlaStaleness).
    StorageError recordEvaluation(qint64 evaluatedAt, bool every) const;

private:
    struct Statements;
    StorageError readHistory(qint64 fromId, qint64 toId, TicketsWithIds *out) const;

    const Database &m_database;
    qint64 m_engagementId;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Storage

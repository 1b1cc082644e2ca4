#pragma once

#include "models/domain/sla/monthlycompliance.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QVector>
#include <optional>

class QSqlQuery;

namespace Storage {

class Database;

/// The stored SLA evaluation of one ticket (table `sla_results`).
struct StoredSlaResult
{
    qint64 ticketId = 0;
    QString ticketKey;     ///< read back only (the ticket's source key)
    QDate policyEffective; ///< the version the ticket was evaluated under; invalid when none
    QDate complianceMonth; ///< the month (first day) the ticket counts in; invalid while open
    Domain::SlaResult result;
    qint64 evaluatedAt = 0; ///< the evaluation instant (`now` of the recomputation)

    /// The earlier breach instant of the two clocks; empty when neither breached.
    std::optional<qint64> breachAt() const;

    bool operator==(const StoredSlaResult &o) const
    {
        return ticketId == o.ticketId && ticketKey == o.ticketKey && policyEffective == o.policyEffective &&
               complianceMonth == o.complianceMonth && result == o.result && evaluatedAt == o.evaluatedAt;
    }
    bool operator!=(const StoredSlaResult &o) const { return !(*this == o); }
};

/// Tickets as the recomputation reads them: in id order, with their row ids.
struct TicketsWithIds
{
    QVector<qint64> ids;
    QVector<Domain::Ticket> tickets; ///< tickets[i] has row id ids[i]
};

/// Appends the status changes a query brings (ticket_id, changed_at, status, severity; by ticket
/// id, then seq) to the tickets of `out` from `first` on, whose ids ascend too: the two are walked
/// together. Rows of tickets that are not in `out` are skipped.
void appendHistoryRows(QSqlQuery &rows, TicketsWithIds *out, qsizetype first = 0);

/// Stored SLA results and monthly compliance of engagements (tables `sla_results`,
/// `sla_monthly_compliance`, `sla_evaluations`). Models::SlaRecomputer writes them in one
/// transaction whenever tickets, the policy or the calendar change; views and reports read them
/// without evaluating again. replace() never commits on its own when the caller holds a
/// TransactionGuard (it nests).
class SlaResultRepository
{
public:
    explicit SlaResultRepository(const Database &database);

    /// Every ticket of the engagement with its history and row id, ordered by id.
    StorageError tickets(qint64 engagementId, TicketsWithIds *out) const;

    /// Replaces every stored result and compliance row of the engagement by `results` and
    /// `months`, and records `evaluatedAt` as the time of the last recomputation.
    StorageError replace(qint64 engagementId, const QVector<StoredSlaResult> &results,
                         const QVector<Domain::MonthlyCompliance> &months, qint64 evaluatedAt) const;

    /// The stored results, ordered by ticket id.
    StorageError results(qint64 engagementId, QVector<StoredSlaResult> *out) const;
    /// Stored breached results counted in `month` (resolved in it), and open tickets whose
    /// breach instant lies in [monthStart, monthEnd) (UTC epoch seconds of the month's bounds in
    /// the engagement's zone), ordered by breach instant.
    StorageError breaches(qint64 engagementId, const QDate &month, qint64 monthStart, qint64 monthEnd,
                          QVector<StoredSlaResult> *out) const;
    /// Stored compliance rows of the months from `fromMonth` to `toMonth` (any day of the month;
    /// an invalid date leaves that end open), by month then severity.
    StorageError compliance(qint64 engagementId, const QDate &fromMonth, const QDate &toMonth,
                            QVector<Domain::MonthlyCompliance> *out) const;
    /// When the engagement's results were last recomputed; empty when never.
    StorageError lastEvaluation(qint64 engagementId, std::optional<qint64> *evaluatedAt) const;
    /// When the stored results were computed, by the clock of the machine that stored them (not
    /// the instant they were evaluated at, which may lie in the past); nothing when never.
    StorageError lastComputation(qint64 engagementId, std::optional<qint64> *computedAt) const;

    /// Stable, untranslated ids of clock outcomes ("met", "breached", "running", "no-target",
    /// "not-measurable").
    static QString outcomeId(Domain::SlaClockOutcome outcome);
    static bool outcomeFromId(const QString &id, Domain::SlaClockOutcome *outcome);

    /// The select list of a stored result over `sla_results r JOIN tickets t` (23 columns), and
    /// the result read from a row of it, for other repositories reading the same table.
    static QString resultColumns();
    /// `first`: where those columns start in the row.
    static StoredSlaResult resultFromRow(const QSqlQuery &query, int first = 0);
    /// The select list of a ticket as the SLA evaluation reads it, over `tickets` (the row id
    /// first, 11 columns), and the ticket read from a row of it (without its history): the one
    /// reader of tickets for SLA, shared with SlaResultWriter.
    static QString ticketColumns();
    static Domain::Ticket ticketFromRow(const QSqlQuery &query);

private:
    StorageError writeResults(qint64 engagementId, const QVector<StoredSlaResult> &results) const;
    StorageError writeMonths(qint64 engagementId, const QVector<Domain::MonthlyCompliance> &months) const;
    StorageError readResults(QSqlQuery &query, QVector<StoredSlaResult> *out) const;

    const Database &m_database;
};

} // namespace Storage

#pragma once

#include "models/cancelrelay.h"
#include "models/domain/clock.h"
#include "models/storage/storageerror.h"
#include "models/storage/ticketidset.h"

#include <QObject>
#include <QVector>
#include <functional>
#include <memory>

class QThread;

namespace Storage {
class Database;
}

namespace Models {

/// What one recomputation did, with the time each stage took (for the bench and the status bar).
struct SlaRecomputeSummary
{
    qint64 tickets = 0;         ///< tickets evaluated and stored
    int complianceRows = 0;     ///< month × severity rows stored
    qint64 evaluatedAt = 0;     ///< the `now` the tickets were evaluated at
    bool cancelled = false;     ///< stopped before storing: the stored results are unchanged
    double loadSeconds = 0;     ///< reading tickets, calendar and policy
    double evaluateSeconds = 0; ///< evaluation and monthly aggregation
    double storeSeconds = 0;    ///< writing results and compliance, and the commit
};

/// Brings an engagement's stored SLA results and monthly compliance up to date: reads its
/// tickets a chunk at a time (memory does not grow with the engagement), evaluates every ticket
/// with Domain::SlaPolicyEvaluator at `now` (each under the version in force on its creation date, so a later
/// policy version never changes an older ticket's result) and replaces the stored results and compliance in
/// ONE transaction — readers see the old figures or the new ones, never a mix.
///
/// recompute() runs synchronously on the calling thread's connection (the command line, hooks).
/// As an object, start() runs the same off the GUI thread on a worker that opens its own
/// connection, with progress() and cancel(); finished() always comes last.
class SlaRecomputer : public QObject
{
    Q_OBJECT

public:
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;
    /// A Storage::ImportSession::BeforeCommitHook (spelled out: this header stays free of imports).
    using ImportHook = std::function<Storage::StorageError(
        const Storage::Database &database, qint64 engagementId, const Storage::TicketIdSet &changedTickets)>;

    SlaRecomputer(const Storage::Database &database, qint64 engagementId, QObject *parent = nullptr);
    /// Cancels a running job and waits for its worker.
    ~SlaRecomputer() override;

    /// Recomputes engagement `engagementId` at `now` on this thread. NotFound when there is no
    /// such engagement. A Cancel of `cancel` (from any thread) stops the statement running then,
    /// the stamp of a million results among them, and nothing is written (summary->cancelled,
    /// no error); one that comes during the commit comes too late.
    static Storage::StorageError recompute(const Storage::Database &database, qint64 engagementId, qint64 now,
                                           SlaRecomputeSummary *summary = nullptr,
                                           const ProgressHandler &progress = {},
                                           CancelRelay *cancel = nullptr);
    /// Brings the stored results up to date after the tickets `changedTickets` were added or
    /// changed: evaluates those, the open tickets (whose results move with `now`) and the
    /// compliance of the months any of them counts in, or counted in before; the rows equal
    /// those recompute() at `now` stores. Falls back to recompute() when the engagement was never
    /// evaluated, a ticket has no result or the change is a large part of the engagement. Nothing
    /// changed, nothing written. Joins the caller's transaction (an import) when there is one.
    static Storage::StorageError recomputeChangedTickets(const Storage::Database &database,
                                                         qint64 engagementId,
                                                         const Storage::TicketIdSet &changedTickets,
                                                         qint64 now, SlaRecomputeSummary *summary = nullptr);
    /// Recomputes every engagement of the database, each in its own transaction.
    static Storage::StorageError recomputeAll(const Storage::Database &database, qint64 now);

    /// The hook that makes an import (Storage::ImportSession::setBeforeCommit) bring the stored
    /// results of the imported engagement up to date at `clock.now()`, inside the import's
    /// transaction just before it commits (so stored results never disagree with the tickets; a
    /// failed recompute fails the import).
    static ImportHook importHook(Domain::Clock clock = Domain::Clock::system());

    /// Starts the recomputation at `now` on a worker thread (nothing when already running).
    void start(qint64 now);
    bool isRunning() const;
    /// The summary of the finished run.
    SlaRecomputeSummary summary() const { return m_summary; }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    /// `error` is null on success and when cancelled.
    void finished(const Storage::StorageError &error, bool cancelled);

private:
    const Storage::Database &m_database;
    qint64 m_engagementId = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<CancelRelay> m_cancel; ///< the running job's, a new one for each start()
    SlaRecomputeSummary m_summary;
};

} // namespace Models

#pragma once

#include "models/cancelrelay.h"

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace Storage {
class Database;
}

namespace Models {

/// One read at a time off the GUI thread: run() starts the work on a worker thread, which reads
/// through its own connection to the database (released when the work ends), and what the work
/// hands back runs afterwards on the thread that owns the job, told whether cancel() came first.
/// The base of the pages' background loads; destroying a job waits for its worker, and a result
/// that arrives after the job is gone is dropped. An owner deleting a job that may be running calls
/// stop() first: a work that uses its subclass's members must not run on while the subclass's part
/// is already destroyed and only this base waits.
class WorkerJob : public QObject
{
    Q_OBJECT

public:
    explicit WorkerJob(const Storage::Database &database, QObject *parent = nullptr);
    ~WorkerJob() override;

    bool isRunning() const;
    /// Whether the delivery under way is the last run started: a run started after the previous
    /// run's work ended and before its delivery came makes that delivery stale (the page drops it).
    bool isNewest() const { return m_run && m_delivered == m_run->number; }

public slots:
    /// The newest run's delivery reports `cancelled`; also when its work has ended and the
    /// delivery is still queued. The statement its work is running on its connection is stopped
    /// (it fails; a load writes nothing, and a delivery reporting `cancelled` is not shown).
    void cancel();
    /// Cancels and waits for the worker (its delivery, still to come, reports `cancelled`). Before
    /// the database goes: the job must not be started again afterwards.
    void stop();

protected:
    /// What the work hands back: runs on the job's thread with whether cancel() came first.
    using Delivery = std::function<void(bool cancelled)>;
    /// Starts `work` on a new worker thread; false (nothing started) while another work runs.
    bool run(std::function<Delivery()> work);
    const Storage::Database &database() const { return m_database; }
    /// Whether cancel() came: a long work looks between its steps and stops early.
    bool isCancelRequested() const { return m_run && m_run->relay.isCancelled(); }

private:
    /// One run: its number and whether it was cancelled, which its delivery reports even when a
    /// newer run has started since.
    struct Run
    {
        int number = 0;
        CancelRelay relay; ///< stops the worker's statements while its connection is open
    };

    void join();

    const Storage::Database &m_database;
    QThread *m_thread = nullptr;
    std::shared_ptr<Run> m_run; ///< the newest run (the one a worker may be running)
    int m_delivered = 0;        ///< the number of the run whose delivery is under way
};

} // namespace Models

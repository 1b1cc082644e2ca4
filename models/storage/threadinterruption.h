#pragma once

#include <atomic>
#include <memory>

namespace Storage {

class Database;

/// The statements of a work on a worker thread's connection, stopped from another thread: a
/// user's Cancel of a read, an import or a recompute. Made on the worker thread (it opens the
/// thread's connection, Database::connection()), destroyed there before the work's rollback and
/// before the connection is released.
///
/// - interrupt(), from any thread, stops the statement running now: on SQLite sqlite3_interrupt();
///   on PostgreSQL a cancel request (PQcancel), sent from a thread of its own so that a far server
///   holds no caller, and sent again until this is destroyed (50 ms apart, then further, up to
///   800 ms): the server drops a request that finds no statement running, and QPSQL has no hook
///   before a statement, so a statement started after the cancel fails within about that.
/// - While `*stopped` is true, on SQLite, a statement the connection starts fails (SQLite asks a
///   progress handler every thousand steps), and a write waiting for another program's lock
///   (Database::beginWrite) gives up within 250 ms.
/// - Destroying it takes the handler away (what the work does next, a rollback, runs) and on
///   PostgreSQL waits for the sending thread, so no request reaches the connection afterwards.
///
/// `stopped` must outlive this. Nothing is stopped when the thread has no open connection.
class ThreadInterruption
{
public:
    ThreadInterruption(const Database &database, const std::atomic<bool> *stopped);
    ~ThreadInterruption();
    ThreadInterruption(const ThreadInterruption &) = delete;
    ThreadInterruption &operator=(const ThreadInterruption &) = delete;

    /// Thread-safe while this exists.
    void interrupt();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Storage

#pragma once

#include <QMutex>
#include <atomic>
#include <memory>

namespace Storage {
class Database;
class ThreadInterruption;
} // namespace Storage

namespace Models {

/// A user's Cancel from the window's thread, handed to a work on a worker thread: the flag the
/// work looks at between its steps, and, while the work is attached, its connection's statements
/// stopped (Storage::ThreadInterruption): the one running when the Cancel comes and any started
/// after it.
class CancelRelay
{
public:
    CancelRelay();
    ~CancelRelay();
    CancelRelay(const CancelRelay &) = delete;
    CancelRelay &operator=(const CancelRelay &) = delete;

    /// Any thread.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    const std::atomic<bool> *flag() const { return &m_cancelled; }

    /// On the worker thread, before the work's statements: opens the thread's connection. A
    /// Cancel that came earlier is passed on at once.
    void attach(const Storage::Database &database);
    /// On the worker thread, when the statements that a Cancel may stop are over: before the
    /// work's rollback and before its connection is released. On PostgreSQL it waits for the
    /// thread sending cancel requests, outside the lock, so cancel() never waits for it.
    void detach();

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex; ///< guards m_interruption
    std::unique_ptr<Storage::ThreadInterruption> m_interruption;
};

} // namespace Models

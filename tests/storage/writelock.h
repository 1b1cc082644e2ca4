#pragma once
// Another program's write transaction on a SQLite database, for the tests of what a write does
// while it waits: BEGIN IMMEDIATE on a connection of a thread of its own, from construction until
// release(), or for `heldForMilliseconds` when given (the test's own thread may be waiting then).
#include "models/storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace StorageTest {

class WriteLock
{
public:
    explicit WriteLock(const QString &path, int heldForMilliseconds = -1)
    {
        if (!m_other.open(path).isNull())
            return;
        m_holder.reset(QThread::create([this, heldForMilliseconds] {
            {
                QSqlQuery q(m_other.connection());
                m_locked = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_started = true;
                if (heldForMilliseconds >= 0)
                    QThread::msleep(heldForMilliseconds);
                while (heldForMilliseconds < 0 && !m_released)
                    QThread::msleep(5);
                q.exec(QStringLiteral("ROLLBACK"));
            }
            m_other.releaseThreadConnection();
        }));
        m_holder->start();
        while (!m_started)
            QThread::msleep(5);
    }
    ~WriteLock() { release(); }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    /// Whether the lock was taken (and not released yet).
    bool isHeld() const { return m_locked && !m_released; }
    /// Ends the transaction (waits for it when it was held for a time).
    void release()
    {
        m_released = true;
        if (m_holder)
            m_holder->wait();
    }

private:
    Storage::Database m_other;
    std::unique_ptr<QThread> m_holder;
    std::atomic<bool> m_started{false};
    std::atomic<bool> m_locked{false};
    std::atomic<bool> m_released{false};
};

} // namespace StorageTest

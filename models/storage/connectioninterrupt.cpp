// Database::threadInterrupter(): a read on a worker thread stopped from the window's thread, on
// the driver's own connection (QSQLITE's sqlite3*, QPSQL's PGconn*).
#include "models/storage/database.h"
#include "models/storage/serverconnection.h"
#include "models/storage/sqlitehandle.h"

#include <QSqlDatabase>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Storage {

namespace {

/// Cancel requests sent to a connection's server from the first start() until this is destroyed
/// (which waits for the sending thread): 50 ms apart, then twice as far each time up to 800 ms,
/// so that a work slow to notice its cancel does not open a connection to a shared server 20
/// times a second.
class RepeatedCancel
{
public:
    explicit RepeatedCancel(std::shared_ptr<PGcancel> cancel) : m_cancel(std::move(cancel)) {}
    RepeatedCancel(const RepeatedCancel &) = delete;
    RepeatedCancel &operator=(const RepeatedCancel &) = delete;

    ~RepeatedCancel()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_sender.joinable())
            m_sender.join();
    }

    void start()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_done || m_sender.joinable())
            return;
        m_sender = std::thread([this] {
            std::unique_lock<std::mutex> lock(m_mutex);
            std::chrono::milliseconds pause(50);
            while (!m_done) {
                lock.unlock();
                char error[256];
                PQcancel(m_cancel.get(), error, int(sizeof error)); // a failed request: sent again
                lock.lock();
                m_wake.wait_for(lock, pause, [this] { return m_done; });
                pause = std::min(pause * 2, std::chrono::milliseconds(800));
            }
        });
    }

private:
    std::shared_ptr<PGcancel> m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_sender;
};

} // namespace

std::function<void()> Database::threadInterrupter(const std::atomic<bool> *stopped) const
{
    const QSqlDatabase db = connection();
    if (sqlite3 *handle = sqliteHandle(db)) {
        // sqlite3_interrupt() stops only the statements running when it comes (SQLite 3.40): one
        // started later, between two of a work's statements, would run to its end. SQLite asks the
        // handler every thousand steps of its machine, and a true `stopped` fails the statement.
        if (stopped)
            sqlite3_progress_handler(
                handle, 1000,
                [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic<bool> *>(stopped));
        return [handle] { sqlite3_interrupt(handle); }; // thread-safe while the connection is open
    }
    PGconn *server = db.isOpen() ? ServerConnection::handle(db.driver()) : nullptr;
    if (!server)
        return {};
    // A PGcancel outlives its connection and may be used from any thread (libpq's documentation);
    // the request is a connection of its own to the server, so it is sent from a thread of its own.
    std::shared_ptr<PGcancel> cancel(PQgetCancel(server), [](PGcancel *c) {
        if (c)
            PQfreeCancel(c);
    });
    if (!cancel)
        return {};
    if (stopped) {
        // The server drops a request that finds no statement running, and QPSQL has no hook
        // before a statement: the requests go on until the interrupter is gone (the work ended).
        const auto repeater = std::make_shared<RepeatedCancel>(std::move(cancel));
        return [repeater] { repeater->start(); };
    }
    return [cancel] {
        std::thread([cancel] {
            char error[256];
            PQcancel(cancel.get(), error, int(sizeof error)); // a failed request leaves the read to end
        }).detach();
    };
}

} // namespace Storage

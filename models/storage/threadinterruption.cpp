// Storage::ThreadInterruption: a work on a worker thread stopped from the window's thread, on the
// driver's own connection (QSQLITE's sqlite3*, QPSQL's PGconn*).
#include "models/storage/threadinterruption.h"

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

struct ThreadInterruption::Private
{
    sqlite3 *sqlite = nullptr;
    std::unique_ptr<RepeatedCancel> server;
};

ThreadInterruption::ThreadInterruption(const Database &database, const std::atomic<bool> *stopped)
    : d(std::make_unique<Private>())
{
    const QSqlDatabase db = database.connection();
    if ((d->sqlite = sqliteHandle(db))) {
        // sqlite3_interrupt() stops only the statements running when it comes (SQLite 3.40): one
        // started later, between two of a work's statements, would run to its end.
        sqlite3_progress_handler(
            d->sqlite, 1000,
            [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool> *>(stopped));
        Database::setThreadStopFlag(stopped);
        return;
    }
    PGconn *server = db.isOpen() ? ServerConnection::handle(db.driver()) : nullptr;
    if (!server)
        return;
    // A PGcancel outlives its connection and may be used from any thread (libpq's documentation).
    std::shared_ptr<PGcancel> cancel(PQgetCancel(server), [](PGcancel *c) {
        if (c)
            PQfreeCancel(c);
    });
    if (cancel)
        d->server = std::make_unique<RepeatedCancel>(std::move(cancel));
}

ThreadInterruption::~ThreadInterruption()
{
    if (d->sqlite) {
        sqlite3_progress_handler(d->sqlite, 0, nullptr, nullptr);
        Database::setThreadStopFlag(nullptr);
    }
}

void ThreadInterruption::interrupt()
{
    if (d->sqlite)
        sqlite3_interrupt(d->sqlite); // thread-safe while the connection is open
    else if (d->server)
        d->server->start();
}

} // namespace Storage

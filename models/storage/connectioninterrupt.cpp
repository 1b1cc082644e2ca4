// Database::threadInterrupter(): a read on a worker thread stopped from the window's thread, on
// the driver's own connection (QSQLITE's sqlite3*, QPSQL's PGconn*).
#include "models/storage/database.h"
#include "models/storage/serverconnection.h"
#include "models/storage/sqlitehandle.h"

#include <QSqlDatabase>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <thread>

namespace Storage {

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
    const std::shared_ptr<PGcancel> cancel(PQgetCancel(server), [](PGcancel *c) {
        if (c)
            PQfreeCancel(c);
    });
    if (!cancel)
        return {};
    return [cancel] {
        std::thread([cancel] {
            char error[256];
            PQcancel(cancel.get(), error, int(sizeof error)); // a failed request leaves the read to end
        }).detach();
    };
}

} // namespace Storage

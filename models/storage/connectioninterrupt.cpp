// Database::threadInterrupter(): a read on a worker thread stopped from the window's thread, on
// the driver's own connection (QSQLITE's sqlite3*, QPSQL's PGconn*).
#include "models/storage/database.h"
#include "models/storage/sqlitehandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <memory>
#include <thread>

namespace Storage {

namespace {

PGconn *serverHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    // QPSQL names the type "pg_conn*" (as ServerConnection::isLost() reads it).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

std::function<void()> Database::threadInterrupter() const
{
    const QSqlDatabase db = connection();
    if (sqlite3 *handle = sqliteHandle(db))
        return [handle] { sqlite3_interrupt(handle); }; // thread-safe while the connection is open
    PGconn *server = serverHandle(db);
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

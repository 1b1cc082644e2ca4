#pragma once

#include "models/storage/serveraddress.h"

class QSqlDriver;
struct pg_conn;

namespace Storage {

/// What libpq knows about a server connection that Qt's QPSQL driver does not say: whether the
/// server ended it, and why a connection attempt was refused.
class ServerConnection
{
public:
    /// The libpq connection behind a QPSQL driver (QSqlDriver::handle()); null for another
    /// driver, and once the connection was closed or failed to open again.
    static pg_conn *handle(const QSqlDriver *driver);
    /// Whether `driver` is a QPSQL driver without a live connection: the server ended it (a
    /// terminated backend, a restart, the network), or reopening it failed. False for SQLite.
    static bool isLost(const QSqlDriver *driver);

    enum class Refusal {
        Other,           ///< the server is down, the database is missing ...: the driver's words say
        PasswordNeeded,  ///< the server asks for a password, and none was given or found in .pgpass
        PasswordRefused, ///< the server asked for a password and refused the one given
    };
    /// Why connecting to `address` with `password` (empty: libpq's PGPASSWORD or password file)
    /// fails: a second attempt through libpq, made only after QPSQL's attempt failed, because QPSQL
    /// keeps nothing of a failed connection but its (possibly translated) text.
    static Refusal whyRefused(const ServerAddress &address, const QString &password);
};

} // namespace Storage

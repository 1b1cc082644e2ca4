#pragma once

#include <QString>
#include <QStringList>

namespace Storage {

/// A team database on a PostgreSQL server, given as
/// `postgresql://user@host:port/dbname?sslmode=require` (also `postgres://`). The password is never
/// part of it: libpq reads PGPASSWORD or the password file (~/.pgpass, PGPASSFILE) itself, and an
/// address with a password is refused so that it ends up in no recent-files list or process list.
struct ServerAddress
{
    QString host;  ///< empty: libpq's default (the local socket)
    int port = -1; ///< -1: libpq's default (5432 or PGPORT)
    QString database;
    QString user;        ///< empty: libpq's default (PGUSER or the login name)
    QStringList options; ///< libpq keywords passed through, "key=value" (sslmode, connect_timeout ...)

    /// Whether `location` is a server address rather than a file path.
    static bool isServerAddress(const QString &location);
    /// Parses `location`; on a bad address `error` says what is wrong (English, as storage errors).
    static ServerAddress parse(const QString &location, QString *error);
    /// The address as shown and remembered: no password, keys in a fixed order.
    QString display() const;
    /// QPSQL's connect options ("key=value;key=value").
    QString connectOptions() const;
};

} // namespace Storage

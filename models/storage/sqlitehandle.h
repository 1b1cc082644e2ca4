#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Storage {

/// The sqlite3 connection behind a QSQLITE connection, for the few statements that run millions of
/// times (an import, a streamed read), where Qt's QVariant per value costs more than SQLite itself.
/// Debian's QSQLITE plugin links the system libsqlite3, the library dd_storage links too, so both
/// work on the one connection object. Null for another driver or a closed connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Storage

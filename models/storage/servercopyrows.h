#pragma once
// The bulk halves of DatabaseCopier::copyRows on a PostgreSQL server: COPY instead of a statement
// (and a QVariant a value) per row. Each runs inside its connections' transactions; a row refused
// is named "table, row N" as the row-by-row path names it.

#include "models/storage/storageerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSqlQuery;
struct sqlite3;

namespace Storage {

class ServerSession;

namespace ServerCopyRows {

/// The rows `read` gives (its columns in the order of `columns`), into `table` on a server with
/// `COPY … FROM STDIN`, a batch of a few MiB at a time.
StorageError fromQuery(QSqlQuery &read, const ServerSession &to, const QString &table,
                       const QStringList &columns, const QString &operation);

/// The rows of `copyOut` (`COPY (SELECT columns …) TO STDOUT`) on one server into `table` on another:
/// the source's lines are the target's COPY text as they are.
StorageError betweenServers(const ServerSession &from, const ServerSession &to, const QByteArray &copyOut,
                            const QString &table, const QStringList &columns, const QString &operation);

/// The rows of `copyOut` on a server into `table` of a SQLite file, each value bound as text,
/// where the column's type stores the number or text the QSqlQuery path stores (every column of
/// the schema is INTEGER, REAL or TEXT).
StorageError intoSqlite(const ServerSession &from, sqlite3 *to, const QByteArray &copyOut,
                        const QString &table, const QStringList &columns, const QString &operation);

/// How many bytes of rows a COPY into a server takes before the next one starts (4 MiB).
void setBatchBytes(qsizetype bytes);

} // namespace ServerCopyRows

} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Storage {

class Database;

/// Copies a whole portfolio from one database into a new, empty one: SQLite to PostgreSQL, back,
/// or between two of the same kind (`deliverydesk db copy`). All or nothing: every row is written
/// in one transaction on the target, which is committed only when each table holds exactly as many
/// rows as the source did (read in one consistent snapshot). Ids are kept, so every reference
/// between rows stays as it was; PostgreSQL's identity counters are moved past the copied ids.
class DatabaseCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// Opens `from` read-only and `to` for writing (a new SQLite file, or an empty database on a
    /// server), and copies. The source must have this build's schema version (open it once to
    /// migrate it). A new SQLite target is removed again when the copy fails.
    static StorageError copy(const QString &from, const QString &to, QVector<TableCount> *counts);

    /// The copy between two open databases of the same schema version; `target` must hold no rows.
    static StorageError copy(const Database &source, const Database &target, QVector<TableCount> *counts);

    /// Copies the rows of `table` that pass `where` (SQL on the source's columns, may use `:id`,
    /// bound to `id`; empty: every row) from `from` into the same columns of `to`, in the order of the
    /// table's primary key, row by row with bound values, so it works between any two drivers; into
    /// a server inside a transaction, with COPY a few MiB at a time (the same values); out of a
    /// server read in a transaction into a SQLite file, with the server's COPY TO (the same values
    /// stored). `operation` names the work in errors.
    static StorageError copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                                 const QStringList &columns, const QString &where, qint64 id,
                                 const QString &operation);

    /// How many bytes of rows a COPY into a server takes before the next one starts (4 MiB; tests
    /// make it small to see rows named across several).
    static void setServerBatchBytes(qsizetype bytes);

private:
    static StorageError copyAll(const Database &source, const Database &target, QVector<TableCount> *counts);
};

} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"

#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace Storage {

class Database;

/// The secondary indexes of one table dropped while a large write runs and rebuilt from their own
/// definitions before it ends, inside the caller's transaction: a rollback (a failure, a Cancel,
/// the process dying) brings the dropped indexes back with the rows. Maintaining nine indexes of a
/// million tickets row by row, once their pages no longer fit the cache, costs several times a
/// `CREATE INDEX` that sorts each once.
///
/// What is dropped is read from the database itself (`sqlite_master`), never from a copied list:
/// only indexes with a definition of their own (`CREATE INDEX …`). The indexes behind a UNIQUE or
/// PRIMARY KEY constraint (sqlite_autoindex_…) stay, so upserts and their ON CONFLICT keep working,
/// and so does any UNIQUE index: a row it refuses is refused when written, and named.
///
/// The decision follows the write: noteWritten() counts the rows written so far and suspends once
/// they pass minimumRows() and a quarter of the rows the table held when counting began (a small
/// import into a large table keeps its indexes; rebuilding costs the whole table). SQLite only; on
/// another driver nothing is ever suspended.
///
/// The owner must call restore() before its transaction commits; the destructor does not (it
/// runs on failure paths too, where the rollback restores).
class IndexSuspension
{
public:
    IndexSuspension(const Database &database, QString table);
    ~IndexSuspension();
    IndexSuspension(const IndexSuspension &) = delete;
    IndexSuspension &operator=(const IndexSuspension &) = delete;

    /// `rows` more rows were written (inserted or changed in indexed columns); suspends the
    /// indexes when the total passes the threshold.
    StorageError noteWritten(qint64 rows);
    /// Drops the table's own indexes now (remembering their definitions).
    StorageError suspend();
    /// Re-creates what suspend() dropped, with the same definitions. Nothing when nothing was.
    StorageError restore();
    bool isSuspended() const { return m_suspended; }

    /// Fewer rows written than this never suspend (default 10,000).
    static qint64 minimumRows();
    /// For tests: a smaller threshold (0: back to the default).
    static void setMinimumRowsForTests(qint64 rows);

private:
    const Database &m_database;
    QString m_table;
    qint64 m_written = 0;
    qint64 m_tableRows = -1; ///< rows when counting began (-1: not counted yet)
    bool m_suspended = false;
    std::optional<int> m_previousCacheSize;     ///< PRAGMA cache_size before a suspension shrank it
    QVector<QPair<QString, QString>> m_dropped; ///< name, CREATE statement
};

} // namespace Storage

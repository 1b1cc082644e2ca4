#pragma once

#include "models/storage/slaresultrepository.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Storage {

/// SlaResultWriter's hot statements on SQLite through the C API (Storage::sqliteHandle): a full
/// recompute after a large import reads a million tickets and writes a million results, and Qt's
/// bindValue by position (a placeholder name built per value) was a quarter of that import's
/// time. Same statements, values and errors as the QSqlQuery path, which stays for PostgreSQL.
class SqliteSlaResults
{
public:
    ~SqliteSlaResults();
    SqliteSlaResults(const SqliteSlaResults &) = delete;
    SqliteSlaResults &operator=(const SqliteSlaResults &) = delete;

    /// Prepares the insert (`insertSql`), the upsert (`upsertSql`) and the ticket reads on `db`'s
    /// SQLite connection.
    static StorageError prepare(const QSqlDatabase &db, const char *insertSql, const char *upsertSql,
                                std::unique_ptr<SqliteSlaResults> *out);
    /// Writes `results` of the engagement; `replace`: the upsert. batchRows() rows a statement,
    /// the rest one by one; a failing batch is written again row by row, so the error names the
    /// ticket and the rows before it are written, as one statement a row would leave them.
    StorageError write(qint64 engagementId, const QVector<StoredSlaResult> &results, bool replace);
    /// Rows of one batched statement.
    static int batchRows();
    /// SlaResultWriter::ticketsAfter without the history (`out` cleared first).
    StorageError ticketsAfter(qint64 engagementId, qint64 afterId, int limit, TicketsWithIds *out);
    /// Adds the status changes of tickets with ids from `fromId` to `toId` to those in `out`.
    StorageError readHistory(qint64 engagementId, qint64 fromId, qint64 toId, TicketsWithIds *out);

    /// SlaResultWriter::forEachPlacedResult: the few columns the compliance reads, months
    /// ascending, one row in memory.
    using PlacedResultHandler = std::function<void(const QDate &month, const std::optional<qint64> &resolved,
                                                   const Domain::SlaResult &)>;
    StorageError forEachPlaced(qint64 engagementId, const PlacedResultHandler &handler);

    /// Whether SlaResultWriter takes this path on SQLite (default true); tests compare both.
    static bool isEnabled();
    static void setEnabled(bool enabled);

private:
    SqliteSlaResults(QSqlDatabase db, sqlite3 *handle);
    StorageError error(const QString &record) const;

    QSqlDatabase m_db; ///< keeps the driver that owns m_handle
    sqlite3 *m_handle;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    /// The same statements with batchRows() rows of VALUES (null when the SQL could not be batched).
    sqlite3_stmt *m_insertBatch = nullptr;
    sqlite3_stmt *m_upsertBatch = nullptr;
    int m_rowParameters = 0; ///< placeholders of one row
    sqlite3_stmt *m_tickets = nullptr;
    sqlite3_stmt *m_history = nullptr;
};

} // namespace Storage

#pragma once

#include "models/storage/serversession.h"

#include <QSet>
#include <QVariantList>

#include <optional>

namespace Storage {

class Database;

/// The rows of a prepared `INSERT INTO table (columns) VALUES (?, …)` written to PostgreSQL with
/// one COPY into a temporary copy of the table and one `INSERT … SELECT` (with the statement's own
/// `ON CONFLICT …` suffix) instead of a statement per row. The rows are the QVariants bound on the
/// prepared statement (QSqlQuery::boundValues()), so the same values are stored as by its exec().
///
/// Joins the caller's transaction (ServerSession::idleInTransaction); a key column that repeats
/// starts a new COPY, so that a later row overwrites an earlier one as the statements would.
class ServerInsertCopy
{
public:
    /// None unless `database` is PostgreSQL idle inside a transaction. `keyColumn`: the index of
    /// the conflict key among the columns, -1 when rows never collide.
    static std::optional<ServerInsertCopy> open(const Database &database, const char *insertSql,
                                                const char *conflictSuffix, int keyColumn,
                                                const QString &operation, const QString &record);

    /// Adds a row (the values of the columns in the statement's order).
    [[nodiscard]] StorageError append(const QVariantList &values);
    /// Writes what was appended.
    [[nodiscard]] StorageError finish();

private:
    ServerInsertCopy(ServerSession session, QByteArray table, QByteArray columns, QByteArray suffix,
                     int keyColumn);
    StorageError flush();

    ServerSession m_session;
    QByteArray m_table;   ///< e.g. sla_results
    QByteArray m_columns; ///< the statement's column list, comma-separated
    QByteArray m_suffix;  ///< ON CONFLICT …, or empty
    int m_keyColumn;
    bool m_staged = false; ///< the temporary table exists in this transaction
    QByteArray m_rows;     ///< COPY text of the rows not written yet
    QSet<QString> m_keys;  ///< keys of those rows
};

} // namespace Storage

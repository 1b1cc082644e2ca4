#pragma once

#include "models/storage/storageerror.h"

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

#include <functional>
#include <optional>

struct pg_conn;

namespace Storage {

/// The rows of a statement run through libpq, as text (NULL: a null QByteArray).
struct ServerRows
{
    int columns = 0;
    QVector<QByteArray> cells; ///< row by row
    int count() const { return columns ? int(cells.size() / columns) : 0; }
    const QByteArray &at(int row, int column) const { return cells.at(row * columns + column); }
};

/// libpq on QPSQL's own connection, for the bulk writes of an import (COPY into a temporary table,
/// then set-based statements): a row per statement through QSqlQuery is a round trip each.
///
/// Only a connection that is idle inside a transaction is handed out: the write joins the caller's
/// transaction (all or nothing), and no QSqlQuery result is pending on it. Every result is checked;
/// a failure becomes a StorageError of the same kinds as queryError() gives (ConnectionLost when
/// the server ended the connection, Busy, Duplicate, Query).
class ServerSession
{
public:
    /// The session of `db` when it is a QPSQL connection idle inside a transaction; none otherwise
    /// (SQLite, no transaction open, a command in progress, a broken connection).
    /// Errors name `operation` and `record`.
    static std::optional<ServerSession> idleInTransaction(const QSqlDatabase &db, const QString &operation,
                                                          const QString &record);

    ServerSession(pg_conn *connection, QString operation, QString record);

    /// Runs `sql` with text parameters $1 .. (a null QByteArray binds NULL); `rows` gets the result.
    StorageError exec(const char *sql, const QVector<QByteArray> &params = {}, ServerRows *rows = nullptr,
                      qint64 *affected = nullptr) const;
    /// Sorts `rows` staged rows into known and new ones: runs `classify` (marks the staged rows whose
    /// key is stored, giving their number) and `insert` (inserts the rest, giving their number) until
    /// every row is one or the other. A key another session inserted in between (the insert did
    /// nothing here) is classified on the next round; after three rounds the write fails as Busy,
    /// `what` naming the rows ("tickets", "worklogs").
    StorageError classifyAndInsert(const char *classify, const char *insert,
                                   const QVector<QByteArray> &params, qint64 rows, const QString &what) const;
    /// `COPY … FROM STDIN` (text format) of `data`, rows built with the append functions below.
    StorageError copyIn(const char *sql, const QByteArray &data) const;
    /// `COPY … TO STDOUT` (text format): `row` gets each row's line, without its newline, as the
    /// server sends it. An error from `row` stops the rows (the rest is read and dropped, so the
    /// connection is idle again) and is returned.
    StorageError copyOut(const char *sql,
                         const std::function<StorageError(const char *, qsizetype)> &row) const;

    /// COPY's text format: one field, tab-separated from the previous one of the row.
    static void appendText(QByteArray *row, const QString &text, bool first = false);
    static void appendNumber(QByteArray *row, qint64 value, bool first = false);
    static void appendOptional(QByteArray *row, const std::optional<qint64> &value, bool first = false);
    static void appendNull(QByteArray *row, bool first = false);
    static void endRow(QByteArray *row) { row->append('\n'); }
    /// A whole row of QVariants (as bound on a QSqlQuery or read from one), ended.
    static void appendValues(QByteArray *row, const QVariantList &values);

private:
    StorageError failure(const QByteArray &text, const char *sqlState) const;
    /// Reads a COPY's results to the end; `error` (the first problem already met), or the first
    /// result's failure.
    StorageError finishCopy(StorageError error) const;

    pg_conn *m_connection;
    QString m_operation;
    QString m_record;
};

/// Splits `rows` into segments of at most `limit` rows in which no key (`keyOf(row)`) comes twice,
/// and calls `write(first, count)` for each in order, stopping at the first error: a key repeated
/// within a chunk is written after its first occurrence, as a row-by-row upsert writes it.
template<typename Row, typename KeyOf, typename Write>
StorageError forEachSegment(const QVector<Row> &rows, int limit, KeyOf keyOf, Write write)
{
    QSet<QString> keys;
    int start = 0;
    for (int i = 0; i <= rows.size(); ++i) {
        const bool end = i == rows.size();
        if (!end && !keys.contains(keyOf(rows.at(i))) && i - start < limit) {
            keys.insert(keyOf(rows.at(i)));
            continue;
        }
        if (StorageError error = write(rows.constData() + start, i - start))
            return error;
        start = i;
        keys.clear();
        if (!end)
            keys.insert(keyOf(rows.at(i)));
    }
    return {};
}

} // namespace Storage

#include "models/storage/servercopyrows.h"

#include "models/storage/copytextrow.h"
#include "models/storage/serversession.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <sqlite3.h>

namespace Storage::ServerCopyRows {

namespace {

qsizetype s_copyBatchBytes = 4 << 20;

/// Rows written into `table` on a server with `COPY … FROM STDIN` a few MiB at a time instead of
/// an INSERT (a round trip) per row; the caller's transaction holds them all. A row the server
/// refuses is named by its number, as the row path names it.
class ServerCopyWriter
{
public:
    ServerCopyWriter(const ServerSession &session, const QString &table, const QStringList &columns,
                     const QString &operation)
        : m_session(session), m_table(table), m_operation(operation),
          m_sql(QStringLiteral("COPY %1 (%2) FROM STDIN")
                    .arg(table, columns.join(QStringLiteral(", ")))
                    .toUtf8())
    {
    }
    /// The buffer the next row is appended to, ended (ServerSession::appendValues and the like).
    QByteArray *nextRow()
    {
        ++m_row;
        return &m_rows;
    }
    /// After a row: sends the rows once they fill a batch.
    StorageError rowAdded() { return m_rows.size() >= s_copyBatchBytes ? send() : StorageError(); }
    StorageError finish() { return m_rows.isEmpty() ? StorageError() : send(); }

private:
    StorageError send()
    {
        StorageError error = m_session.copyIn(m_sql.constData(), m_rows);
        if (error) {
            // The server says which line of the COPY it refused: "COPY worklogs, line 3".
            static const QRegularExpression s_line(QStringLiteral("COPY \\w+, line (\\d+)"));
            const QRegularExpressionMatch m = s_line.match(error.detail);
            error.operation = m_operation;
            error.record = m.hasMatch() ? QStringLiteral("%1, row %2")
                                              .arg(m_table)
                                              .arg(m_firstOfBatch + m.captured(1).toLongLong() - 1)
                                        : m_table;
        }
        m_rows.clear();
        m_firstOfBatch = m_row + 1;
        return error;
    }

    const ServerSession &m_session;
    const QString m_table;
    const QString m_operation;
    const QByteArray m_sql;
    QByteArray m_rows;
    qint64 m_row = 0;
    qint64 m_firstOfBatch = 1;
};

} // namespace

StorageError fromQuery(QSqlQuery &read, const ServerSession &session, const QString &table,
                       const QStringList &columns, const QString &operation)
{
    ServerCopyWriter writer(session, table, columns, operation);
    QVariantList values;
    while (read.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values.append(read.value(i));
        ServerSession::appendValues(writer.nextRow(), values);
        if (StorageError error = writer.rowAdded())
            return error;
    }
    if (read.lastError().isValid())
        return {StorageError::Kind::Query, operation, table, read.lastError().text()};
    return writer.finish();
}

// Both connections speak UTF-8 (QPSQL sets the client encoding), so the lines need no change.
StorageError betweenServers(const ServerSession &from, const ServerSession &to, const QByteArray &copyOut,
                            const QString &table, const QStringList &columns, const QString &operation)
{
    ServerCopyWriter writer(to, table, columns, operation);
    if (StorageError error = from.copyOut(copyOut.constData(), [&](const char *line, qsizetype size) {
            QByteArray *rows = writer.nextRow();
            rows->append(line, size);
            rows->append('\n');
            return writer.rowAdded();
        }))
        return error;
    return writer.finish();
}

// A QVariant a value, read through QPSQL and bound again, was most of a bundle's CPU.
StorageError intoSqlite(const ServerSession &session, sqlite3 *to, const QByteArray &copyOut,
                        const QString &table, const QStringList &columns, const QString &operation)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QByteArray insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
            .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(to, insert.constData(), int(insert.size()), &statement, nullptr) != SQLITE_OK)
        return {StorageError::Kind::Query, operation, table, QString::fromUtf8(sqlite3_errmsg(to))};
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(statement, sqlite3_finalize);
    CopyTextRow fields;
    qint64 row = 0;
    return session.copyOut(copyOut.constData(), [&](const char *line, qsizetype size) -> StorageError {
        ++row;
        const auto record = [&] { return QStringLiteral("%1, row %2").arg(table).arg(row); };
        if (const QString problem = fields.parseRow(line, size, int(columns.size())); !problem.isEmpty())
            return {StorageError::Kind::Query, operation, record(), problem};
        for (int i = 0; i < fields.count(); ++i) {
            if (fields.isNull(i))
                sqlite3_bind_null(statement, i + 1);
            else
                sqlite3_bind_text(statement, i + 1, fields.data(i), int(fields.size(i)), SQLITE_STATIC);
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(to));
            sqlite3_reset(statement);
            return {StorageError::Kind::Query, operation, record(), detail};
        }
        sqlite3_reset(statement);
        return {};
    });
}

void setBatchBytes(qsizetype bytes)
{
    s_copyBatchBytes = qMax<qsizetype>(1, bytes);
}

} // namespace Storage::ServerCopyRows

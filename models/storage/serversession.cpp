#include "models/storage/serversession.h"

#include "models/storage/serverconnection.h"
#include "models/storage/sqlhelpers.h"

#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace Storage {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

std::optional<ServerSession> ServerSession::idleInTransaction(const QSqlDatabase &db,
                                                              const QString &operation, const QString &record)
{
    PGconn *connection = db.isOpen() ? ServerConnection::handle(db.driver()) : nullptr;
    // INTRANS: inside a transaction block and idle — neither a command in progress (a QSqlQuery
    // still reading rows) nor a failed transaction nor autocommit.
    if (!connection || PQstatus(connection) != CONNECTION_OK ||
        PQtransactionStatus(connection) != PQTRANS_INTRANS)
        return std::nullopt;
    return ServerSession(connection, operation, record);
}

ServerSession::ServerSession(pg_conn *connection, QString operation, QString record)
    : m_connection(connection), m_operation(std::move(operation)), m_record(std::move(record))
{
}

StorageError ServerSession::failure(const QByteArray &text, const char *sqlState) const
{
    const QString detail = QString::fromUtf8(text).trimmed();
    // As queryError(): the server ended the connection (the transaction is gone with it).
    if (PQstatus(m_connection) == CONNECTION_BAD)
        return {StorageError::Kind::ConnectionLost, m_operation, m_record, detail};
    const QByteArray state(sqlState ? sqlState : "");
    if (state == "55P03" || state == "40P01" || state == "40001")
        return busyError(m_operation, m_record, detail);
    return {state == "23505" ? StorageError::Kind::Duplicate : StorageError::Kind::Query, m_operation,
            m_record, detail};
}

StorageError ServerSession::exec(const char *sql, const QVector<QByteArray> &params, ServerRows *rows,
                                 qint64 *affected) const
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    const Result result(
        PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    if (!result)
        return failure(PQerrorMessage(m_connection), nullptr);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(PQresultErrorMessage(result.get()),
                       PQresultErrorField(result.get(), PG_DIAG_SQLSTATE));
    if (affected)
        *affected = QByteArray(PQcmdTuples(result.get())).toLongLong();
    if (rows) {
        const int n = PQntuples(result.get());
        rows->columns = PQnfields(result.get());
        rows->cells.clear();
        rows->cells.reserve(n * rows->columns);
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < rows->columns; ++c)
                rows->cells.append(
                    PQgetisnull(result.get(), r, c)
                        ? QByteArray()
                        : QByteArray(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c)));
        }
    }
    return {};
}

StorageError ServerSession::finishCopy(StorageError error) const
{
    // The COPY's own result, then nothing: every result is read so the connection is idle again.
    while (PGresult *raw = PQgetResult(m_connection)) {
        const Result result(raw);
        if (!error && PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            error = failure(PQresultErrorMessage(result.get()),
                            PQresultErrorField(result.get(), PG_DIAG_SQLSTATE));
        if (PQstatus(m_connection) == CONNECTION_BAD)
            break;
    }
    return error;
}

StorageError ServerSession::copyIn(const char *sql, const QByteArray &data) const
{
    {
        const Result start(PQexec(m_connection, sql));
        if (!start)
            return failure(PQerrorMessage(m_connection), nullptr);
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            return failure(PQresultErrorMessage(start.get()),
                           PQresultErrorField(start.get(), PG_DIAG_SQLSTATE));
    }
    // libpq queues what it cannot send at once (blocking connection): pieces of 1 MiB keep that
    // queue small.
    constexpr qsizetype s_piece = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < data.size(); at += s_piece)
        sent = PQputCopyData(m_connection, data.constData() + at, int(qMin(s_piece, data.size() - at))) == 1;
    const bool ended = PQputCopyEnd(m_connection, sent ? nullptr : "the client stopped sending") == 1;
    StorageError error = finishCopy({});
    if (!error && (!sent || !ended))
        error = failure(PQerrorMessage(m_connection), nullptr);
    return error;
}

StorageError ServerSession::copyOut(const char *sql,
                                    const std::function<StorageError(const char *, qsizetype)> &row) const
{
    {
        const Result start(PQexec(m_connection, sql));
        if (!start)
            return failure(PQerrorMessage(m_connection), nullptr);
        if (PQresultStatus(start.get()) != PGRES_COPY_OUT)
            return failure(PQresultErrorMessage(start.get()),
                           PQresultErrorField(start.get(), PG_DIAG_SQLSTATE));
    }
    StorageError error;
    for (;;) {
        char *line = nullptr;
        const int size = PQgetCopyData(m_connection, &line, 0); // one row a call, blocking
        if (size < 0)
            break; // -1: the rows are done; -2: failed (the result below says why)
        if (!error) {
            const qsizetype length = size > 0 && line[size - 1] == '\n' ? size - 1 : size;
            error = row(line, length);
        }
        PQfreemem(line);
    }
    error = finishCopy(error);
    if (!error && PQstatus(m_connection) == CONNECTION_BAD)
        error = failure(PQerrorMessage(m_connection), nullptr);
    return error;
}

void ServerSession::appendText(QByteArray *row, const QString &text, bool first)
{
    if (!first)
        row->append('\t');
    const QByteArray utf8 = text.toUtf8();
    // COPY's text format: a backslash starts an escape; tab, newline and carriage return end a
    // field or a row. Everything else (quotes, any other Unicode) goes as it is.
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            row->append("\\\\", 2);
            break;
        case '\t':
            row->append("\\t", 2);
            break;
        case '\n':
            row->append("\\n", 2);
            break;
        case '\r':
            row->append("\\r", 2);
            break;
        default:
            row->append(c);
        }
    }
}

void ServerSession::appendNumber(QByteArray *row, qint64 value, bool first)
{
    if (!first)
        row->append('\t');
    row->append(QByteArray::number(value));
}

void ServerSession::appendOptional(QByteArray *row, const std::optional<qint64> &value, bool first)
{
    if (value)
        appendNumber(row, *value, first);
    else
        appendNull(row, first);
}

void ServerSession::appendNull(QByteArray *row, bool first)
{
    if (!first)
        row->append('\t');
    row->append("\\N", 2);
}

void ServerSession::appendValues(QByteArray *row, const QVariantList &values)
{
    // As QPSQL would send them bound.
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const bool first = i == 0;
        if (v.isNull()) {
            appendNull(row, first);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Long:
            appendNumber(row, v.toLongLong(), first);
            break;
        case QMetaType::Bool:
            appendText(row, v.toBool() ? QStringLiteral("t") : QStringLiteral("f"), first);
            break;
        case QMetaType::Double:
            appendText(row, QString::number(v.toDouble(), 'g', 17), first);
            break;
        default:
            appendText(row, v.toString(), first);
        }
    }
    endRow(row);
}

StorageError ServerSession::classifyAndInsert(const char *classify, const char *insert,
                                              const QVector<QByteArray> &params, qint64 rows,
                                              const QString &what) const
{
    for (int round = 0; rows > 0; ++round) {
        if (round == 3)
            return busyError(m_operation, m_record,
                             QStringLiteral("other sessions kept storing the same %1").arg(what));
        qint64 known = 0;
        qint64 added = 0;
        if (StorageError error = exec(classify, params, nullptr, &known))
            return error;
        if (StorageError error = exec(insert, params, nullptr, &added))
            return error;
        rows -= known + added;
    }
    return {};
}

} // namespace Storage

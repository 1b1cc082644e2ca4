#include "models/storage/serverinsertcopy.h"

#include "models/storage/database.h"
#include "models/storage/serverticketupsert.h"

#include <QRegularExpression>

namespace Storage {

std::optional<ServerInsertCopy> ServerInsertCopy::open(const Database &database, const char *insertSql,
                                                       const char *conflictSuffix, int keyColumn,
                                                       const QString &operation, const QString &record)
{
    if (!serverBulkUpsertEnabled() || !database.isServer())
        return std::nullopt;
    static const QRegularExpression s_insert(QStringLiteral("^\\s*INSERT INTO (\\w+) \\(([^)]*)\\)"));
    const QRegularExpressionMatch match = s_insert.match(QLatin1String(insertSql));
    if (!match.hasMatch())
        return std::nullopt;
    std::optional<ServerSession> session =
        ServerSession::idleInTransaction(database.connection(), operation, record);
    if (!session)
        return std::nullopt;
    return ServerInsertCopy(*session, match.captured(1).toLatin1(), match.captured(2).toLatin1(),
                            QByteArray(conflictSuffix), keyColumn);
}

ServerInsertCopy::ServerInsertCopy(ServerSession session, QByteArray table, QByteArray columns,
                                   QByteArray suffix, int keyColumn)
    : m_session(std::move(session)), m_table(std::move(table)), m_columns(std::move(columns)),
      m_suffix(std::move(suffix)), m_keyColumn(keyColumn)
{
}

StorageError ServerInsertCopy::append(const QVariantList &values)
{
    if (m_keyColumn >= 0 && m_keyColumn < values.size()) {
        const QString key = values.at(m_keyColumn).toString();
        if (m_keys.contains(key)) {
            if (StorageError error = flush())
                return error;
        }
        m_keys.insert(key);
    }
    ServerSession::appendValues(&m_rows, values);
    // A few MiB at most held before they are sent.
    if (m_rows.size() > (8 << 20))
        return flush();
    return {};
}

StorageError ServerInsertCopy::finish()
{
    return flush();
}

StorageError ServerInsertCopy::flush()
{
    if (m_rows.isEmpty())
        return {};
    const QByteArray stage = "dd_copy_" + m_table;
    if (!m_staged) {
        ServerRows exists;
        if (StorageError error =
                m_session.exec("SELECT to_regclass('pg_temp." + stage + "') IS NOT NULL", {}, &exists))
            return error;
        // LIKE: the columns and their NOT NULL, none of the table's indexes or keys.
        const QByteArray prepare =
            exists.count() == 1 && exists.at(0, 0) == "t"
                ? "TRUNCATE " + stage
                : "CREATE TEMP TABLE " + stage + " (LIKE " + m_table + ") ON COMMIT DROP";
        if (StorageError error = m_session.exec(prepare.constData()))
            return error;
        m_staged = true;
    } else if (StorageError error = m_session.exec(("TRUNCATE " + stage).constData())) {
        return error;
    }
    if (StorageError error =
            m_session.copyIn(("COPY " + stage + " (" + m_columns + ") FROM STDIN").constData(), m_rows))
        return error;
    const QByteArray insert =
        "INSERT INTO " + m_table + " (" + m_columns + ") SELECT " + m_columns + " FROM " + stage + m_suffix;
    m_rows.clear();
    m_keys.clear();
    return m_session.exec(insert.constData());
}

} // namespace Storage

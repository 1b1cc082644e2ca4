#include "models/storage/sqlhelpers.h"

#include "models/storage/database.h"
#include "models/storage/serverconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

QVariant textToSql(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant dateToSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalToSql(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFromSql(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

StorageError queryError(const QSqlQuery &query, const QString &operation, const QString &record)
{
    const QString text = query.lastError().text();
    // The server ended the connection (a terminated backend, a restart): the transaction is gone
    // with it, and Database::connection() opens a new one on the next use.
    if (ServerConnection::isLost(query.driver()))
        return {StorageError::Kind::ConnectionLost, operation, record, text};
    const bool duplicate = text.contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive) ||
                           text.contains(QLatin1String("duplicate key"), Qt::CaseInsensitive);
    // PostgreSQL: another user's transaction held the rows past lock_timeout (55P03), or two
    // transactions waited for each other and the server ended this one (40P01 deadlock, 40001):
    // nothing of this transaction was written, and trying again later works.
    // SQLite: another connection kept the write lock past busy_timeout (SQLITE_BUSY, 5, and its
    // extended codes).
    const QString state = query.lastError().nativeErrorCode();
    const bool sqlite = query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
    bool numeric = false;
    const int code = state.toInt(&numeric);
    if (sqlite ? numeric && (code & 0xff) == 5
               : state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
                     state == QLatin1String("40001"))
        return busyError(operation, record, text);
    return {duplicate ? StorageError::Kind::Duplicate : StorageError::Kind::Query, operation, record, text};
}

StorageError busyError(const QString &operation, const QString &record, const QString &detail)
{
    StorageError error{StorageError::Kind::Busy, operation, record, detail};
    error.waitedSeconds = Database::busyLimitMilliseconds() / 1000;
    return error;
}

StorageError readOnlyError(const QString &operation, const QString &record)
{
    return {StorageError::Kind::ReadOnly, operation, record,
            QStringLiteral("this database is open read-only (an offline bundle)")};
}

} // namespace Storage

#include "models/storage/sqlhelpers.h"

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
    const bool duplicate = text.contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("duplicate key"), Qt::CaseInsensitive);
    return {duplicate ? StorageError::Kind::Duplicate : StorageError::Kind::Query, operation, record, text};
}

StorageError readOnlyError(const QString &operation, const QString &record)
{
    return {StorageError::Kind::ReadOnly, operation, record,
            QStringLiteral("this database is open read-only (an offline bundle)")};
}

} // namespace Storage

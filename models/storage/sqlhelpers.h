#pragma once

#include "models/storage/storageerror.h"

#include <QDate>
#include <QVariant>

class QSqlQuery;

namespace Storage {

/// Text for a NOT NULL column: a null QString becomes '' (Qt binds a null QString as NULL).
QVariant textToSql(const QString &text);
/// ISO 'YYYY-MM-DD' text, or NULL for an invalid date.
QVariant dateToSql(const QDate &date);
QDate dateFromSql(const QVariant &value);
/// NULL for an empty optional.
QVariant optionalToSql(const std::optional<qint64> &value);
std::optional<qint64> optionalFromSql(const QVariant &value);

/// The error of a failed statement; a unique-constraint failure becomes Duplicate.
StorageError queryError(const QSqlQuery &query, const QString &operation, const QString &record = {});
StorageError readOnlyError(const QString &operation, const QString &record);
/// Busy: another writer kept the lock past this thread's waiting limit, which the error keeps.
StorageError busyError(const QString &operation, const QString &record, const QString &detail);

} // namespace Storage

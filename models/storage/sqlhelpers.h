#pragma once

#include "models/storage/storageerror.h"

#include <QDate>
#include <QVariant>

class QSqlQuery;

namespace Storage {

/// ISO 'YYYY-MM-DD' text, or NULL for an invalid date.
QVariant dateToSql(const QDate &date);
QDate dateFromSql(const QVariant &value);
/// NULL for an empty optional.
QVariant optionalToSql(const std::optional<qint64> &value);
std::optional<qint64> optionalFromSql(const QVariant &value);

/// The error of a failed statement; a unique-constraint failure becomes Duplicate.
StorageError queryError(const QSqlQuery &query, const QString &operation, const QString &record = {});
StorageError readOnlyError(const QString &operation, const QString &record);

} // namespace Storage

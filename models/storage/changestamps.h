#pragma once

#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QSqlDatabase>
#include <QVariantMap>

class QSqlQuery;

namespace Storage {

class Database;

/// The who-changed-what columns of migration 007 (row_version, created_by, created_at,
/// updated_by, updated_at), read and checked the same way by every repository of a row people edit.
namespace ChangeStamps {

/// "row_version, created_by, created_at, updated_by, updated_at", each after `prefix` ("a.").
QString columns(const QString &prefix = {});
/// The five columns read by columns(), starting at `first`.
Domain::ChangeStamp fromQuery(const QSqlQuery &query, int first);
/// The stamp of a row `user` writes now: `read`'s version + 1 (1 for a new row), created by and
/// at as read (or `user` and now for a new row), updated by `user` now.
Domain::ChangeStamp next(const Domain::ChangeStamp &read, const QString &user);
/// Binds who and when of `written`: :by and :at (updated), and for a new row (version 1) :cby and
/// :cat (created) too.
void bind(QSqlQuery &query, const Domain::ChangeStamp &written);

/// The error of a save that found its row moved on: the row of `table` matching `where` (with
/// `binds`) says who saved it last and when, or is gone (rowDeleted). A failed read is a Query error.
StorageError conflict(QSqlDatabase db, const QString &table, const QString &where, const QVariantMap &binds,
                      StorageError::Row row, const QString &operation, const QString &record);

/// One row of a versioned table to write as a user saw it: `key` names the row (column → value),
/// `values` are the columns to store (none: delete the row), `read` the stamp it was read with.
struct VersionedWrite
{
    QString table;
    QVariantMap key;
    QVariantMap values;
    Domain::ChangeStamp read;
    qint64 at = 0; ///< when it is saved (UTC epoch seconds); 0: now
};

/// Writes `row` only if the stored row is still the version `row.read` names (version 0: there
/// was no row): an update or delete `… AND row_version = :version`, or an insert that finds no
/// row. Otherwise nothing is written and the error is conflict() (`kind` of row, `operation`,
/// `record`). `written` (optional) gets the row's new stamp (an empty one after a delete).
StorageError save(const Database &database, const VersionedWrite &row, StorageError::Row kind,
                  const QString &operation, const QString &record, Domain::ChangeStamp *written = nullptr);

} // namespace ChangeStamps
} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"
#include "models/storage/upgradewatch.h"

#include <QSqlDatabase>

namespace Storage {

/// A page-by-page copy of a SQLite database into a new file through SQLite's online backup API:
/// what an upgrade keeps of the file before its first migration. Unlike `VACUUM INTO` (one
/// statement, minutes of silence on a large file) it goes in steps, each reported to the watch
/// (UpgradeWatch::Step::BackingUp, pages done of all) and each a point where a Cancel stops it.
class SqliteBackup
{
public:
    /// Copies the database of `source` (a QSQLITE connection) to `target`, which must not exist.
    /// The copy is the source as of its first step: a read transaction holds that snapshot while
    /// others write beside it (WAL), so the copy never starts over. On failure or cancel the
    /// partial file is removed: UpgradeCancelled for a cancel, BackupFailed otherwise.
    static StorageError copy(const QSqlDatabase &source, const QString &target, const UpgradeWatch &watch);
};

} // namespace Storage

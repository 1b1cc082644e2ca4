#include "models/storage/sqlitebackup.h"

#include "models/storage/sqlitehandle.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace Storage {

namespace {

StorageError backupError(StorageError::Kind kind, const QString &target, const QString &detail)
{
    return {kind, QStringLiteral("migrate database"), QDir::toNativeSeparators(target), detail};
}

/// Holds the source's snapshot from construction to destruction: without an open read
/// transaction each step of the backup would read the newest state and start over after another
/// program's write.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db) : m_db(db)
    {
        m_open = sqlite3_get_autocommit(db) != 0 &&
                 sqlite3_exec(db, "BEGIN DEFERRED; SELECT count(*) FROM sqlite_master", nullptr, nullptr,
                              nullptr) == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

void removeCopy(const QString &target)
{
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-journal"));
}

/// Pages copied a step: about 1/200 of the file (a progress bar that moves smoothly), at least
/// 256 pages (1 MiB at SQLite's 4 KiB pages) so that a small file is one or two steps.
int pagesPerStep(int pageCount)
{
    return qMax(256, pageCount / 200);
}

} // namespace

StorageError SqliteBackup::copy(const QSqlDatabase &source, const QString &target, const UpgradeWatch &watch)
{
    sqlite3 *from = sqliteHandle(source);
    if (!from)
        return backupError(StorageError::Kind::BackupFailed, target,
                           QStringLiteral("not a SQLite connection"));
    if (QFile::exists(target)) {
        return backupError(StorageError::Kind::BackupFailed, target,
                           QStringLiteral("the file exists already; a backup never overwrites a file"));
    }
    sqlite3 *to = nullptr;
    const QByteArray name = QFile::encodeName(target);
    if (sqlite3_open_v2(name.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const QString detail = QString::fromUtf8(to ? sqlite3_errmsg(to) : "out of memory");
        sqlite3_close(to);
        removeCopy(target);
        return backupError(StorageError::Kind::BackupFailed, target, detail);
    }
    StorageError error;
    {
        const ReadSnapshot snapshot(from);
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (!backup) {
            error =
                backupError(StorageError::Kind::BackupFailed, target, QString::fromUtf8(sqlite3_errmsg(to)));
        } else {
            qint64 total = 0;
            // The first step learns the page count (0 before it): one page only, reported at once.
            int rc = sqlite3_backup_step(backup, 1);
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                total = sqlite3_backup_pagecount(backup);
                const int step = pagesPerStep(int(total));
                watch.report(UpgradeWatch::Step::BackingUp, total - sqlite3_backup_remaining(backup), total);
                if (watch.isCancelled())
                    break;
                if (rc != SQLITE_OK)
                    sqlite3_sleep(20); // another connection of this process writes the destination
                rc = sqlite3_backup_step(backup, step);
            }
            if (rc == SQLITE_DONE)
                watch.report(UpgradeWatch::Step::BackingUp, total, total);
            const bool cancelled = rc != SQLITE_DONE && watch.isCancelled();
            const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_backup_finish(backup);
            if (cancelled)
                error = backupError(StorageError::Kind::UpgradeCancelled, target,
                                    QStringLiteral("cancelled before the backup was complete"));
            else if (rc != SQLITE_DONE)
                error = backupError(StorageError::Kind::BackupFailed, target, detail);
        }
    }
    if (!error && sqlite3_close(to) != SQLITE_OK)
        error = backupError(StorageError::Kind::BackupFailed, target, QString::fromUtf8(sqlite3_errmsg(to)));
    if (error) {
        sqlite3_close_v2(to);
        removeCopy(target);
    }
    return error;
}

} // namespace Storage

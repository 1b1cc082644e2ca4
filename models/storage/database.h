#pragma once

#include "models/storage/serveraddress.h"
#include "models/storage/storageerror.h"
#include "models/storage/upgradewatch.h"

#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

class QSqlDatabase;

namespace Storage {

/// The Delivery Desk database: a SQLite file (WAL, foreign keys on), or a team database on a
/// PostgreSQL server (`postgresql://user@host:port/dbname`, Qt's QPSQL driver), with one named
/// connection per thread, migrated to the schema this build knows when opened read-write.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { MustExist, CreateIfMissing };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and migrates) the database at `path`. On failure nothing on disk was changed: an
    /// existing file is first looked at through a read-only connection (is it SQLite, is it a
    /// Delivery Desk database, not newer, no table missing, undamaged before a migration) and
    /// opened for writing only when it passes. A new database (a missing or zero-byte file) is
    /// created only with CreateIfMissing (--demo, File › New).
    ///
    /// A server address (ServerAddress::isServerAddress) opens the PostgreSQL database it names,
    /// which must exist on the server: an empty one gets the schema when opened read-write (the
    /// administrator created it for Delivery Desk), whatever `creation` says.
    StorageError open(const QString &path, Access access = Access::ReadWrite,
                      Creation creation = Creation::MustExist);
    /// The password of a server database's user for the next open() and every connection of it
    /// (also reconnections), kept in memory only until close(). Empty: libpq's PGPASSWORD or
    /// password file.
    void setPassword(const QString &password) { m_password = password; }
    /// What the next open() of an older file for writing reports while it upgrades the schema (its
    /// check, backup and migrations), and what cancels it before the file changes.
    void setUpgradeWatch(UpgradeWatch watch) { m_upgradeWatch = std::move(watch); }

    /// Whether `location` names a server database rather than a file.
    static bool isServerAddress(const QString &location) { return ServerAddress::isServerAddress(location); }

    /// `PRAGMA quick_check` on this thread's connection, for the start of a large write (an
    /// import, a recompute): Damaged (with the newest backup's path) when it finds anything.
    StorageError quickCheck(const QString &operation) const;
    /// The same check of the database as last committed, on a read-only connection of its own
    /// (WAL lets it read beside this thread's pending write; else it checks this connection): the
    /// check before an import commits, of what the import writes into.
    StorageError quickCheckCommitted(const QString &operation) const;
    /// Full check for `db check`: `PRAGMA integrity_check` and `PRAGMA foreign_key_check`; every
    /// problem found goes to `problems` (empty when the database is sound).
    StorageError fullCheck(QStringList *problems) const;
    /// A consistent copy of the database at `target` (which must not exist), taken with
    /// `VACUUM INTO` while others may keep reading and writing, then checked.
    StorageError backupTo(const QString &target) const;
    /// The newest `<file>*.backup` next to `databasePath` (migration and `db backup` copies).
    static QString lastBackupPath(const QString &databasePath);

    /// Called (on the waiting thread) once a write has to wait for another program's write
    /// transaction; the command line says "waiting for another Delivery Desk to finish…".
    static void setBusyNotifier(std::function<void()> notifier);
    /// How long a write of this thread waits for another writer before it fails with Busy: the
    /// environment's DELIVERYDESK_WAIT_SECONDS, else 60 s, never more than the thread's cap.
    static int busyLimitMilliseconds();
    /// Caps how long this thread's writes wait for another writer; 0 or less removes the cap.
    /// The window's thread sets a few seconds (MainWindow): a write of another program that
    /// takes long, or an import waiting for its user's confirmation, must not hold the window.
    /// Returns the cap it replaces.
    static int setThreadWaitCap(int milliseconds);
    /// Begins a write transaction on a SQLite connection: BEGIN IMMEDIATE, waiting up to the
    /// busy limit (saying so through the notifier) for another writer — less when the thread's
    /// work is cancelled meanwhile (ThreadInterruption). Used by TransactionGuard.
    static bool beginWrite(QSqlDatabase &db);
    /// Whether this thread's last beginWrite() failed because another writer kept the lock.
    static bool lastBeginWasBusy();
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// A PostgreSQL database (path() is then its address without a password).
    bool isServer() const { return m_driver == QLatin1String("QPSQL"); }
    /// "QSQLITE" or "QPSQL".
    QString driverName() const { return m_driver; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Who "the user" is in the who-changed-what columns (created_by, updated_by): on PostgreSQL
    /// the session's role (`session_user`); on SQLite localUserName(). Set when opened.
    QString userName() const { return m_userName; }
    /// DELIVERYDESK_USER, else the operating system's account (USER, USERNAME), else "unknown".
    static QString localUserName();
    /// The backup taken before the last migration, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// This thread's connection to the database (created on first use in a thread). A server
    /// connection the server ended is opened again here, unless a transaction was open on it
    /// (its guard fails first, with ConnectionLost).
    QSqlDatabase connection() const;
    /// Closes and forgets this thread's connection. A worker thread calls it when its work is
    /// done and every query of it is gone, so that finished threads leave no connections behind.
    void releaseThreadConnection() const;
    /// Default location: AppDataLocation/deliverydesk.sqlite.
    static QString defaultPath();

private:
    friend class ThreadInterruption;
    /// What a cancel sets for this thread's work (ThreadInterruption): beginWrite() stops waiting.
    static void setThreadStopFlag(const std::atomic<bool> *stopped);
    QSqlDatabase addConnection(const QString &name) const;
    /// Runs each statement on a new connection; closes it when one fails.
    static void applySettings(QSqlDatabase &db, const QStringList &settings);
    QString threadConnectionName() const;
    static StorageError checkFileHeader(const QString &path, Creation creation);
    StorageError inspectReadOnly(Creation creation);
    StorageError configure(QSqlDatabase &db) const;
    StorageError connectAndMigrate();
    StorageError openServer(const QString &location, Access access);
    QSqlDatabase addServerConnection(const QString &name) const;
    void openServerConnection(QSqlDatabase &db) const;

    QString m_path;
    QString m_driver = QStringLiteral("QSQLITE");
    ServerAddress m_server;
    QString m_password;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
    QString m_backupPath;
    UpgradeWatch m_upgradeWatch;
    QString m_userName;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace Storage

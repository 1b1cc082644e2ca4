#pragma once

#include "models/storage/storageerror.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Storage {

/// The Delivery Desk database: a SQLite file (WAL, foreign keys on) with one named connection
/// per thread, migrated to the schema this build knows when opened read-write.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { MustExist, CreateIfMissing };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and migrates) the database at `path`. On failure nothing on disk was changed.
    StorageError open(const QString &path, Access access = Access::ReadWrite,
                      Creation creation = Creation::MustExist);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup taken before the last migration, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    /// This thread's connection to the database (created on first use in a thread).
    QSqlDatabase connection() const;
    /// Closes and forgets this thread's connection. A worker thread calls it when its work is
    /// done and every query of it is gone, so that finished threads leave no connections behind.
    void releaseThreadConnection() const;

    /// Default location: AppDataLocation/deliverydesk.sqlite.
    static QString defaultPath();

private:
    QSqlDatabase addConnection(const QString &name) const;
    QString threadConnectionName() const;
    static StorageError checkFileHeader(const QString &path);
    StorageError configure(QSqlDatabase &db) const;
    StorageError connectAndMigrate();

    QString m_path;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
    QString m_backupPath;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
};

} // namespace Storage

#include "models/storage/database.h"

#include "models/storage/migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace Storage {

namespace {
QAtomicInt s_instanceCounter;

StorageError openError(StorageError::Kind kind, const QString &path, const QString &detail)
{
    return {kind, QStringLiteral("open database"), QDir::toNativeSeparators(path), detail};
}
} // namespace

Database::Database()
    : m_connectionPrefix(QStringLiteral("deliverydesk-%1").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/deliverydesk.sqlite");
}

StorageError Database::checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(StorageError::Kind::CannotOpen, path, file.errorString());
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return openError(StorageError::Kind::NotADatabase, path,
                         QStringLiteral("the file is not a SQLite database (it may be damaged or another kind of file)"));
    }
    return {};
}

StorageError Database::open(const QString &path, Access access, Creation creation)
{
    close();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (creation == Creation::MustExist || access == Access::ReadOnly)
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("there is no file at this path"));
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("the folder cannot be created"));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("the folder is not writable"));
    } else {
        if (info.isDir())
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("this is a folder, not a file"));
        if (StorageError error = checkFileHeader(path))
            return error;
        if (access == Access::ReadWrite && !info.isWritable())
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("the file is read-only"));
    }

    m_access = access;
    m_path = info.absoluteFilePath();
    const StorageError error = connectAndMigrate();
    if (error)
        close();
    return error;
}

StorageError Database::connectAndMigrate()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return openError(StorageError::Kind::CannotOpen, m_path, db.lastError().text());
    if (StorageError error = configure(db))
        return error;
    Migrator migrator(db, m_path);
    StorageError error = m_access == Access::ReadWrite ? migrator.migrate() : migrator.checkReadable();
    if (error)
        return error;
    m_schemaVersion = migrator.currentVersion();
    m_backupPath = migrator.backupPath();
    return {};
}

StorageError Database::configure(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    // Reading the schema is the cheapest statement that fails on a damaged file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return openError(StorageError::Kind::NotADatabase, m_path, query.lastError().text());
    }
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (m_access == Access::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &pragma : qAsConst(pragmas)) {
        if (!query.exec(pragma))
            return openError(StorageError::Kind::CannotOpen, m_path, query.lastError().text());
    }
    return {};
}

QSqlDatabase Database::addConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (m_access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (db.open()) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    }
    return db;
}

QString Database::threadConnectionName() const
{
    // A number per thread, never reused: a new thread can get the address of a finished one, and
    // must not be handed the finished thread's connection.
    static QAtomicInt s_threadCounter;
    static thread_local const int s_threadNumber = s_threadCounter.fetchAndAddRelaxed(1);
    return QStringLiteral("%1-t%2").arg(m_connectionPrefix).arg(s_threadNumber);
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_mutex);
    if (m_connectionNames.removeAll(name) > 0)
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_mutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    m_connectionNames.append(name);
    return addConnection(name);
}

void Database::close()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : qAsConst(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
    m_path.clear();
    m_schemaVersion = 0;
}

} // namespace Storage

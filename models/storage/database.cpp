#include "models/storage/database.h"

#include "models/storage/migrator.h"
#include "models/storage/serverconnection.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/textmatch.h"
#include "models/storage/transactionguard.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace Storage {

namespace {
QAtomicInt s_instanceCounter;

StorageError openError(StorageError::Kind kind, const QString &path, const QString &detail)
{
    return {kind, QStringLiteral("open database"), QDir::toNativeSeparators(path), detail};
}

/// Stops the statements of a SQLite connection once the watch is cancelled, for as long as it
/// lives: the one running when the Cancel comes (UpgradeCancel interrupts it) and one started after
/// it (a progress handler, looked at every few thousand of SQLite's instructions).
class StopOnCancel
{
public:
    StopOnCancel(sqlite3 *db, const UpgradeWatch &watch)
        : m_db(db), m_cancel(db ? watch.cancel.get() : nullptr)
    {
        if (!m_cancel)
            return;
        m_cancel->attach(m_db);
        sqlite3_progress_handler(m_db, 4000, &StopOnCancel::stop, m_cancel);
    }
    ~StopOnCancel()
    {
        if (!m_cancel)
            return;
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        m_cancel->detach();
    }
    StopOnCancel(const StopOnCancel &) = delete;
    StopOnCancel &operator=(const StopOnCancel &) = delete;

private:
    static int stop(void *cancel) { return static_cast<UpgradeCancel *>(cancel)->isCancelled() ? 1 : 0; }
    sqlite3 *m_db;
    UpgradeCancel *m_cancel;
};

StorageError damagedError(const QString &operation, const QString &path, const QString &detail)
{
    StorageError error{StorageError::Kind::Damaged, operation, QDir::toNativeSeparators(path), detail};
    error.backup = QDir::toNativeSeparators(Database::lastBackupPath(path));
    return error;
}

/// SQLite counts every allocation it makes under a global mutex, for statistics this program
/// never reads (sqlite3_memory_used, a soft heap limit). Turned off before the first connection:
/// 5-8 % of the CPU of a million-ticket import. SQLite refuses the setting, harmlessly, once it
/// was initialised (another library or a test opened a connection first).
void configureSqliteOnce()
{
    static const int s_configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(s_configured)
}

/// Rows of a PRAGMA check that are not "ok", at most `limit` of them.
QStringList checkRows(QSqlQuery &query, int limit)
{
    QStringList rows;
    while (query.next() && rows.size() < limit) {
        const QString row = query.value(0).toString();
        if (row != QLatin1String("ok"))
            rows << row;
    }
    return rows;
}
} // namespace

Database::Database()
    : m_connectionPrefix(QStringLiteral("deliverydesk-%1").arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
    configureSqliteOnce();
}

Database::~Database()
{
    close();
}

QString Database::localUserName()
{
    for (const char *variable : {"DELIVERYDESK_USER", "USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/deliverydesk.sqlite");
}

StorageError Database::checkFileHeader(const QString &path, Creation creation)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(StorageError::Kind::CannotOpen, path, file.errorString());
    if (file.size() == 0) {
        // SQLite would happily make a database of it: only when a new one was asked for.
        if (creation == Creation::CreateIfMissing)
            return {};
        return openError(StorageError::Kind::NotADatabase, path,
                         QStringLiteral("the file is empty (create a database with File › New or --demo)"));
    }
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return openError(
            StorageError::Kind::NotADatabase, path,
            QStringLiteral("the file is not a SQLite database (it may be damaged or another kind of file)"));
    }
    return {};
}

StorageError Database::open(const QString &path, Access access, Creation creation)
{
    const QString password = m_password; // for this open only: close() forgets the previous one's
    close();
    m_password = password;
    if (ServerAddress::isServerAddress(path))
        return openServer(path, access);
    m_driver = QStringLiteral("QSQLITE");
    const QFileInfo info(path);
    if (!info.exists()) {
        if (creation == Creation::MustExist || access == Access::ReadOnly)
            return openError(StorageError::Kind::CannotOpen, path,
                             QStringLiteral("there is no file at this path"));
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return openError(StorageError::Kind::CannotOpen, path,
                             QStringLiteral("the folder cannot be created"));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return openError(StorageError::Kind::CannotOpen, path,
                             QStringLiteral("the folder is not writable"));
    } else {
        if (info.isDir())
            return openError(StorageError::Kind::CannotOpen, path,
                             QStringLiteral("this is a folder, not a file"));
        if (StorageError error = checkFileHeader(path, creation))
            return error;
        if (access == Access::ReadWrite && !info.isWritable())
            return openError(StorageError::Kind::CannotOpen, path, QStringLiteral("the file is read-only"));
    }

    m_access = access;
    m_path = info.absoluteFilePath();
    m_userName = localUserName();
    if (info.exists() && info.size() > 0) {
        // Opening for writing alone changes a file (WAL mode rewrites the header): look first.
        if (StorageError error = inspectReadOnly(creation)) {
            m_path.clear();
            return error;
        }
    }
    const StorageError error = connectAndMigrate();
    if (error)
        close();
    return error;
}

StorageError Database::openServer(const QString &location, Access access)
{
    QString problem;
    const ServerAddress address = ServerAddress::parse(location, &problem);
    if (!problem.isEmpty())
        return openError(StorageError::Kind::CannotOpen, QUrl(location).toString(QUrl::RemovePassword),
                         problem);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return openError(StorageError::Kind::CannotOpen, address.display(),
                         QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    }
    m_driver = QStringLiteral("QPSQL");
    m_server = address;
    m_access = access;
    m_path = address.display();
    // The server checks what a file is before SQLite opens it (there is no header to look at, and
    // a connection changes nothing): connect, then the migrator refuses a newer or foreign schema.
    StorageError error = connectAndMigrate();
    if (error.kind == StorageError::Kind::CannotOpen &&
        !QSqlDatabase::database(threadConnectionName(), false).isOpen()) {
        // QPSQL keeps only the text of a refused connection: ask libpq why, so that the window
        // can ask for a password instead of showing an error.
        switch (ServerConnection::whyRefused(address, m_password)) {
        case ServerConnection::Refusal::PasswordNeeded:
            error.kind = StorageError::Kind::PasswordNeeded;
            break;
        case ServerConnection::Refusal::PasswordRefused:
            error.kind = StorageError::Kind::PasswordRefused;
            break;
        case ServerConnection::Refusal::Other:
            break;
        }
    }
    if (error) {
        close();
        return error;
    }
    QSqlQuery query(connection());
    // The role the server knows this session by: what libpq chose (PGUSER, the login name, a
    // service file) may differ from the address's user, and no client setting can change it.
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next()) {
        const StorageError failed =
            openError(StorageError::Kind::CannotOpen, m_path, query.lastError().text());
        close();
        return failed;
    }
    m_userName = query.value(0).toString();
    // A role that may read the portfolio but not change it opens it read-only, as a bundle is:
    // the window says so at once instead of failing on the first save.
    if (m_access == Access::ReadWrite &&
        query.exec(QStringLiteral("SELECT has_table_privilege('engagements', 'INSERT, UPDATE, DELETE')")) &&
        query.next() && !query.value(0).toBool()) {
        m_access = Access::ReadOnly;
        query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    }
    return {};
}

StorageError Database::inspectReadOnly(Creation creation)
{
    const QString name = m_connectionPrefix + QStringLiteral("-look");
    StorageError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        QStringList tables;
        int version = 0;
        const int latest = Migrator::latestVersion();
        if (!db.open()) {
            error = openError(StorageError::Kind::CannotOpen, m_path, db.lastError().text());
        } else if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"))) {
            error = openError(StorageError::Kind::NotADatabase, m_path, query.lastError().text());
        } else {
            while (query.next())
                tables << query.value(0).toString();
            if (tables.isEmpty() && creation == Creation::MustExist) {
                error =
                    openError(StorageError::Kind::NotADatabase, m_path,
                              QStringLiteral("the file holds no Delivery Desk data (create a database with "
                                             "File › New or --demo)"));
            } else if (!tables.isEmpty() && !tables.contains(QLatin1String("schema_migrations"))) {
                error = openError(
                    StorageError::Kind::NotADatabase, m_path,
                    QStringLiteral("the file is a SQLite database, but not a Delivery Desk database"));
            } else if (!tables.isEmpty()) {
                if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) ||
                    !query.next())
                    error = openError(StorageError::Kind::NotADatabase, m_path, query.lastError().text());
                else
                    version = query.value(0).toInt();
            }
        }
        if (!error && version > latest) {
            error =
                openError(StorageError::Kind::NewerSchema, m_path,
                          QStringLiteral("the database has schema version %1, but this Delivery Desk knows "
                                         "versions up to %2")
                              .arg(version)
                              .arg(latest));
            error.foundVersion = version;
            error.supportedVersion = latest;
        }
        if (!error && version > 0) {
            QStringList missing;
            const QStringList expected = Migrator::expectedTables(version);
            for (const QString &table : expected) {
                if (!tables.contains(table))
                    missing << table;
            }
            if (!missing.isEmpty()) {
                error = damagedError(QStringLiteral("open database"), m_path,
                                     QStringLiteral("table(s) %1 of schema version %2 are missing")
                                         .arg(missing.join(QStringLiteral(", ")))
                                         .arg(version));
            }
        }
        if (!error && version < latest && m_access == Access::ReadWrite && !tables.isEmpty()) {
            // A migration is a large write: never into a damaged file. The check reads the whole
            // file (a second at a million tickets): a Cancel stops it, which is no damage.
            m_upgradeWatch.report(UpgradeWatch::Step::Checking, 0, 0);
            const StopOnCancel stop(sqliteHandle(db), m_upgradeWatch);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                error =
                    m_upgradeWatch.isCancelled()
                        ? openError(StorageError::Kind::UpgradeCancelled, m_path,
                                    QStringLiteral("cancelled during the check before the upgrade"))
                        : damagedError(QStringLiteral("migrate database"), m_path, query.lastError().text());
            } else if (const QStringList rows = checkRows(query, 3); !rows.isEmpty()) {
                error =
                    damagedError(QStringLiteral("migrate database"), m_path, rows.join(QStringLiteral("; ")));
            }
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

StorageError Database::quickCheck(const QString &operation) const
{
    if (isServer())
        return {}; // the server keeps its own pages sound (checksums, WAL): nothing a client can add
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return damagedError(operation, m_path, query.lastError().text());
    const QStringList rows = checkRows(query, 3);
    if (!rows.isEmpty())
        return damagedError(operation, m_path, rows.join(QStringLiteral("; ")));
    return {};
}

StorageError Database::quickCheckCommitted(const QString &operation) const
{
    if (isServer())
        return {};
    // A connection of its own, read-only: in WAL mode it reads the last commit beside this
    // thread's pending write transaction, with SQLite's default small cache.
    sqlite3 *handle = nullptr;
    QStringList rows;
    bool ran = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &handle, SQLITE_OPEN_READONLY,
                               nullptr) == SQLITE_OK;
    sqlite3_stmt *check = nullptr;
    ran = ran && sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK;
    int step = SQLITE_DONE;
    while (ran && (step = sqlite3_step(check)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check, 0));
        const QString row = QString::fromUtf8(text ? text : "");
        if (row != QLatin1String("ok") && rows.size() < 3)
            rows << row;
    }
    const int code = ran ? step : (handle ? sqlite3_errcode(handle) : SQLITE_CANTOPEN);
    const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
    sqlite3_finalize(check);
    sqlite3_close(handle);
    if (!rows.isEmpty())
        return damagedError(operation, m_path, rows.join(QStringLiteral("; ")));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return damagedError(operation, m_path, message);
    if (code != SQLITE_DONE) // could not read beside the writer (not WAL): check this connection
        return quickCheck(operation);
    return {};
}

StorageError Database::fullCheck(QStringList *problems) const
{
    problems->clear();
    QSqlQuery query(connection());
    if (isServer()) {
        // The server enforces foreign keys on every write and checks its pages: read every table
        // of the schema through, which fails on an unreadable one.
        for (const QString &table : Migrator::expectedTables(m_schemaVersion)) {
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)))
                problems->append(QStringLiteral("%1: %2").arg(table, query.lastError().text()));
        }
        if (!problems->isEmpty())
            return {StorageError::Kind::Damaged, QStringLiteral("check database"), m_path,
                    problems->constFirst()};
        return {};
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        problems->append(query.lastError().text());
        return damagedError(QStringLiteral("check database"), m_path, query.lastError().text());
    }
    *problems << checkRows(query, 100);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems->append(query.lastError().text());
    } else {
        while (query.next() && problems->size() < 200) {
            problems->append(
                QStringLiteral("row %1 of %2 refers to a missing row of %3")
                    .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
        }
    }
    if (!problems->isEmpty())
        return damagedError(QStringLiteral("check database"), m_path, problems->constFirst());
    return {};
}

StorageError Database::backupTo(const QString &target) const
{
    const QString native = QDir::toNativeSeparators(target);
    if (isServer()) {
        return {StorageError::Kind::BackupFailed, QStringLiteral("back up database"), m_path,
                QStringLiteral("a PostgreSQL database is backed up by its server (pg_dump); "
                               "'deliverydesk db copy --from ADDRESS --to FILE' takes a SQLite copy")};
    }
    if (QFileInfo::exists(target))
        return {StorageError::Kind::Duplicate, QStringLiteral("back up database"), native,
                QStringLiteral("the file exists already; a backup never overwrites a file")};
    QSqlQuery query(connection());
    const bool prepared = query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), QFileInfo(target).absoluteFilePath());
    if (!prepared || !query.exec()) {
        const QString detail = query.lastError().text();
        return {StorageError::Kind::BackupFailed, QStringLiteral("back up database"), native, detail};
    }
    // The copy must itself be sound before anyone relies on it.
    Database copy;
    if (StorageError error = copy.open(target, Access::ReadOnly))
        return {StorageError::Kind::BackupFailed, QStringLiteral("back up database"), native, error.detail};
    if (StorageError error = copy.quickCheck(QStringLiteral("back up database")))
        return {StorageError::Kind::BackupFailed, QStringLiteral("back up database"), native, error.detail};
    return {};
}

QString Database::lastBackupPath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QFileInfoList backups = info.absoluteDir().entryInfoList(
        {info.fileName() + QStringLiteral("*.backup")}, QDir::Files, QDir::Time);
    return backups.isEmpty() ? QString() : backups.constFirst().absoluteFilePath();
}

StorageError Database::connectAndMigrate()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return openError(StorageError::Kind::CannotOpen, m_path, db.lastError().text());
    if (StorageError error = configure(db))
        return error;
    Migrator migrator(db, m_path);
    migrator.setWatch(m_upgradeWatch);
    StorageError error = m_access == Access::ReadWrite ? migrator.migrate() : migrator.checkReadable();
    if (error)
        return error;
    m_schemaVersion = migrator.currentVersion();
    m_backupPath = migrator.backupPath();
    return {};
}

StorageError Database::configure(QSqlDatabase &db) const
{
    if (isServer())
        return {}; // the connection's settings were made when it was opened (addServerConnection)
    QSqlQuery query(db);
    // Reading the schema is the cheapest statement that fails on a damaged file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return openError(StorageError::Kind::NotADatabase, m_path, query.lastError().text());
    }
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = %1").arg(busyLimitMilliseconds())};
    if (m_access == Access::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &pragma : qAsConst(pragmas)) {
        if (!query.exec(pragma))
            return openError(StorageError::Kind::CannotOpen, m_path, query.lastError().text());
    }
    return {};
}

void Database::close()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : qAsConst(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
    m_path.clear();
    m_schemaVersion = 0;
    m_userName.clear();
    m_server = {};
    m_password.clear();
    m_driver = QStringLiteral("QSQLITE");
}

} // namespace Storage

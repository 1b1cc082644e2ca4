// Storage::Database, its connections: one a thread, opened on first use, with the settings of
// the file or server; and how long a statement waits for another writer (the busy limit, a
// thread's cap on it, the retried BEGIN). The rest of the class is in database.cpp.
#include "models/storage/database.h"

#include "models/storage/serverconnection.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/textmatch.h"
#include "models/storage/transactionguard.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace Storage {

namespace {

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and its extended codes (5 + 256 * n); the text for drivers that give none.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return (numeric && (code & 0xFF) == 5) || error.text().contains(QLatin1String("database is locked"));
}

thread_local bool s_lastBeginBusy = false;
thread_local const std::atomic<bool> *s_threadStopped = nullptr; ///< ThreadInterruption's flag
thread_local int s_threadWaitCap = 0;                            ///< setThreadWaitCap(), 0: none
thread_local int s_threadWaitCapChanges = 0;                     ///< how often this thread's cap was set

/// A connection made before its thread's cap was set (or changed) waits as long as the cap says
/// from its next use on: its statements outside a transaction too. Inside a transaction,
/// beginWrite() applied the cap already.
void keepToThreadWaitLimit(QSqlDatabase &db)
{
    static const char *const s_applied = "deliveryDeskWaitCapChanges";
    QObject *driver = db.driver();
    if (!db.isOpen() || driver->property(s_applied).toInt() == s_threadWaitCapChanges ||
        TransactionGuard::isOpenOn(db))
        return;
    driver->setProperty(s_applied, s_threadWaitCapChanges);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    QSqlQuery(db).exec(
        (sqlite ? QStringLiteral("PRAGMA busy_timeout = %1") : QStringLiteral("SET lock_timeout = %1"))
            .arg(Database::busyLimitMilliseconds()));
}
QMutex s_notifierMutex;
std::function<void()> s_busyNotifier;

} // namespace

void Database::setBusyNotifier(std::function<void()> notifier)
{
    QMutexLocker lock(&s_notifierMutex);
    s_busyNotifier = std::move(notifier);
}

int Database::busyLimitMilliseconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("DELIVERYDESK_WAIT_SECONDS", &ok);
    const int limit = ok && seconds >= 0 ? seconds * 1000 : 60 * 1000;
    return s_threadWaitCap > 0 ? qMin(limit, s_threadWaitCap) : limit;
}

int Database::setThreadWaitCap(int milliseconds)
{
    ++s_threadWaitCapChanges;
    return std::exchange(s_threadWaitCap, qMax(0, milliseconds));
}

void Database::setThreadStopFlag(const std::atomic<bool> *stopped)
{
    s_threadStopped = stopped;
}

bool Database::lastBeginWasBusy()
{
    return s_lastBeginBusy;
}

bool Database::beginWrite(QSqlDatabase &db)
{
    s_lastBeginBusy = false;
    if (db.driverName() != QLatin1String("QSQLITE")) {
        if (!db.transaction())
            return false;
        // The connection's lock_timeout was set when it was opened, perhaps before this thread
        // had its cap: the transaction keeps to the cap.
        if (s_threadWaitCap > 0)
            QSqlQuery(db).exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(busyLimitMilliseconds()));
        return true;
    }
    // IMMEDIATE takes the write lock at once, where the busy timeout applies. A deferred BEGIN
    // that reads and then writes fails at once ("database is locked") when another connection
    // wrote in between: no waiting helps it.
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = 250"));
    bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun && isBusy(query.lastError())) {
        std::function<void()> notify;
        {
            QMutexLocker lock(&s_notifierMutex);
            notify = s_busyNotifier;
        }
        if (notify)
            notify();
        // A quarter of a second at a time, so that a cancelled work stops waiting within that.
        QElapsedTimer waited;
        waited.start();
        const int limit = qMax(0, busyLimitMilliseconds() - 250);
        do {
            query.exec(QStringLiteral("PRAGMA busy_timeout = %1")
                           .arg(qBound(0, limit - int(waited.elapsed()), 250)));
            begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        } while (!begun && isBusy(query.lastError()) && waited.elapsed() < limit &&
                 !(s_threadStopped && s_threadStopped->load()));
    } else if (!begun) {
        // A read-only connection (an offline bundle) cannot take the write lock: a plain
        // transaction keeps its reads consistent, and any write in it fails as before.
        begun = db.transaction();
    }
    s_lastBeginBusy = !begun && isBusy(query.lastError());
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyLimitMilliseconds()));
    return begun;
}

void Database::applySettings(QSqlDatabase &db, const QStringList &settings)
{
    QSqlQuery query(db);
    for (const QString &setting : settings) {
        if (!query.exec(setting)) {
            // connection() cannot return an error: a connection without its settings (foreign
            // keys off, a read-only session writable) must not be used, so it is closed and every
            // statement of this thread fails, as a StorageError of its operation that reaches the
            // user. Why the setting failed is only known here: it goes to the log.
            qCritical("Delivery Desk: the connection setting '%s' failed (%s); the connection is closed",
                      qPrintable(setting), qPrintable(query.lastError().text()));
            query.finish();
            query = QSqlQuery();
            db.close();
            return;
        }
    }
}

QSqlDatabase Database::addServerConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_server.host);
    if (m_server.port > 0)
        db.setPort(m_server.port);
    db.setDatabaseName(m_server.database);
    db.setUserName(m_server.user);
    db.setConnectOptions(m_server.connectOptions());
    db.setPassword(m_password);
    openServerConnection(db);
    return db;
}

void Database::openServerConnection(QSqlDatabase &db) const
{
    if (!db.open())
        return;
    QStringList settings = {QStringLiteral("SET client_min_messages = warning"),
                            // A write waits for another's row locks as long as SQLite waits for
                            // its write lock, then fails instead of hanging the window.
                            QStringLiteral("SET lock_timeout = %1").arg(busyLimitMilliseconds())};
    // A read-only portfolio refuses writes on the server too, whatever the role may do.
    if (m_access == Access::ReadOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    applySettings(db, settings);
}

QSqlDatabase Database::addConnection(const QString &name) const
{
    if (isServer())
        return addServerConnection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (m_access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (db.open()) {
        // A statement outside a write transaction (a purge, a setting) waits as long as one inside.
        applySettings(db, {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = %1").arg(busyLimitMilliseconds())});
        // The tickets table's text filter ignores the case of every letter (textmatch.h).
        if (!TextMatch::install(sqliteHandle(db)))
            qWarning("Delivery Desk: dd_contains could not be registered on %s", qPrintable(m_path));
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
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (isServer() && ServerConnection::isLost(db.driver()) && !TransactionGuard::isOpenOn(db)) {
            // The server ended it (the operation that found out failed with ConnectionLost): the
            // next use gets a new connection, with the same settings and password.
            db.close();
            openServerConnection(db);
        } else if (!isServer() && !db.isOpen()) {
            db.open();
        }
        keepToThreadWaitLimit(db);
        return db;
    }
    m_connectionNames.append(name);
    QSqlDatabase db = addConnection(name);
    keepToThreadWaitLimit(db);
    return db;
}

} // namespace Storage

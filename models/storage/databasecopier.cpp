#include "models/storage/databasecopier.h"

#include "models/storage/database.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/migrator.h"
#include "models/storage/servercopyrows.h"
#include "models/storage/serversession.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/transactionguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace Storage {

namespace {

const QString s_operation = QStringLiteral("copy database");

StorageError copyError(StorageError::Kind kind, const QString &record, const QString &detail)
{
    return {kind, s_operation, record, detail};
}

/// The tables of a schema in the order the migrations create them: a table refers only to tables
/// made before it, so parents are written before their children.
QStringList tablesInOrder(int version)
{
    QStringList tables = Migrator::expectedTables(version);
    tables.removeAll(QStringLiteral("schema_migrations"));
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    return columns;
}

bool countRows(QSqlDatabase db, const QString &table, qint64 *rows, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *rows = q.value(0).toLongLong();
    return true;
}

/// A read snapshot of the source: every table is read as of one moment, while others may write.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db) : m_db(db.connection())
    {
        QSqlQuery q(m_db);
        m_active = db.isServer() ? q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
                                 : q.exec(QStringLiteral("BEGIN"));
        m_error = q.lastError().text();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

/// PostgreSQL hands out identity values from a counter that explicit ids do not move: set it past
/// the largest copied id, or the next engagement made there would collide with a copied one.
StorageError advanceIdentity(const QSqlDatabase &to, const QString &table)
{
    QSqlQuery q(to);
    if (!q.exec(QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                    "FROM %1")
                    .arg(table)))
        return copyError(StorageError::Kind::Query, table, q.lastError().text());
    return {};
}

/// " ORDER BY" the table's primary key on `db` (empty without one).
QString keyOrder(const QSqlDatabase &db, const QString &table)
{
    const QSqlIndex key = db.primaryIndex(table);
    if (key.isEmpty())
        return {};
    QStringList keyColumns;
    for (int i = 0; i < key.count(); ++i)
        keyColumns << key.fieldName(i);
    return QStringLiteral(" ORDER BY ") + keyColumns.join(QStringLiteral(", "));
}

/// A SQLite source file attached to a SQLite target's connection, so that each table is one
/// INSERT … SELECT inside SQLite instead of a QVariant a value (a 1M-ticket file: a minute of
/// CPU). The target's transaction reads the attached file in one snapshot. Attached before the
/// transaction begins and detached after it ends (SQLite allows neither inside one).
class AttachedSource
{
public:
    AttachedSource(const QSqlDatabase &target, const QString &path) : m_target(target)
    {
        QSqlQuery q(m_target);
        m_attached = q.prepare(QStringLiteral("ATTACH DATABASE :path AS dd_copy_source"));
        q.bindValue(QStringLiteral(":path"), path);
        m_attached = m_attached && q.exec();
    }
    ~AttachedSource()
    {
        if (m_attached)
            QSqlQuery(m_target).exec(QStringLiteral("DETACH DATABASE dd_copy_source"));
    }
    AttachedSource(const AttachedSource &) = delete;
    AttachedSource &operator=(const AttachedSource &) = delete;
    bool isAttached() const { return m_attached; }

    /// Copies `columns` of `table` in key order; false (nothing written: the statement is undone
    /// alone) when SQLite refuses a row, which the row-by-row copy then names.
    bool copy(const QString &table, const QStringList &columns) const
    {
        const QString list = columns.join(QStringLiteral(", "));
        QSqlQuery q(m_target);
        return q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM dd_copy_source.%1%3")
                          .arg(table, list, keyOrder(m_target, table)));
    }

private:
    QSqlDatabase m_target;
    bool m_attached = false;
};

} // namespace

StorageError DatabaseCopier::copyRows(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table,
                                      const QStringList &columns, const QString &where, qint64 id,
                                      const QString &operation)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
    if (!where.isEmpty())
        select += QStringLiteral(" WHERE ") + where;
    // In the order of the primary key, not the source's physical order: a file written from a
    // server's heap keeps its rows in key order, as the in-order reads of SqliteTicketStream need.
    select += keyOrder(from, table);
    // Between a server and a file or another server, COPY: no QVariant a value, no round trip a row.
    const std::optional<ServerSession> source =
        serverBulkUpsertEnabled() ? ServerSession::idleInTransaction(from, operation, table) : std::nullopt;
    const std::optional<ServerSession> target =
        serverBulkUpsertEnabled() ? ServerSession::idleInTransaction(to, operation, table) : std::nullopt;
    if (source) {
        // COPY takes no parameters: the id is a number, written in.
        static const QRegularExpression s_id(QStringLiteral(":id\\b"));
        const QByteArray copyOut = QStringLiteral("COPY (%1) TO STDOUT")
                                       .arg(QString(select).replace(s_id, QString::number(id)))
                                       .toUtf8();
        if (target)
            return ServerCopyRows::betweenServers(*source, *target, copyOut, table, columns, operation);
        if (sqlite3 *file = sqliteHandle(to))
            return ServerCopyRows::intoSqlite(*source, file, copyOut, table, columns, operation);
    }
    if (!read.prepare(select))
        return {StorageError::Kind::Query, operation, table, read.lastError().text()};
    if (where.contains(QLatin1String(":id")))
        read.bindValue(QStringLiteral(":id"), id);
    if (!read.exec())
        return {StorageError::Kind::Query, operation, table, read.lastError().text()};
    if (target)
        return ServerCopyRows::fromQuery(read, *target, table, columns, operation);
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return {StorageError::Kind::Query, operation, table, write.lastError().text()};
    qint64 row = 0;
    while (read.next()) {
        ++row;
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            return {StorageError::Kind::Query, operation, QStringLiteral("%1, row %2").arg(table).arg(row),
                    write.lastError().text()};
        }
    }
    if (read.lastError().isValid())
        return {StorageError::Kind::Query, operation, table, read.lastError().text()};
    return {};
}

void DatabaseCopier::setServerBatchBytes(qsizetype bytes)
{
    ServerCopyRows::setBatchBytes(bytes);
}

StorageError DatabaseCopier::copy(const Database &source, const Database &target, QVector<TableCount> *counts)
{
    const StorageError error = copyAll(source, target, counts);
    if (error)
        counts->clear();
    return error;
}

StorageError DatabaseCopier::copyAll(const Database &source, const Database &target,
                                     QVector<TableCount> *counts)
{
    counts->clear();
    if (target.isReadOnly())
        return copyError(StorageError::Kind::ReadOnly, target.path(),
                         QStringLiteral("the target is open read-only"));
    if (source.schemaVersion() != target.schemaVersion()) {
        return copyError(
            StorageError::Kind::MigrationFailed, source.path(),
            QStringLiteral("the source has schema version %1, the target %2; open the source once with "
                           "this Delivery Desk to bring it up to date")
                .arg(source.schemaVersion())
                .arg(target.schemaVersion()));
    }
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    const QStringList tables = tablesInOrder(target.schemaVersion());
    QString detail;
    for (const QString &table : tables) {
        qint64 rows = 0;
        if (!countRows(to, table, &rows, &detail))
            return copyError(StorageError::Kind::Query, table, detail);
        if (rows > 0) {
            return copyError(
                StorageError::Kind::Duplicate, target.path(),
                QStringLiteral("the target already holds data (%1 rows in %2); a copy goes into a new "
                               "file or an empty database only")
                    .arg(rows)
                    .arg(table));
        }
    }

    ReadSnapshot snapshot(source);
    if (!snapshot.isActive())
        return copyError(StorageError::Kind::Query, source.path(), snapshot.error());
    std::optional<AttachedSource> attached;
    if (!source.isServer() && !target.isServer())
        attached.emplace(to, source.path());
    TransactionGuard transaction(to);
    if (!transaction.isActive())
        return transaction.beginError(s_operation, target.path());
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(from, table);
        QStringList sourceSet = columns;
        QStringList targetSet = columnsOf(to, table);
        std::sort(sourceSet.begin(), sourceSet.end());
        std::sort(targetSet.begin(), targetSet.end());
        if (columns.isEmpty() || sourceSet != targetSet) {
            return copyError(
                StorageError::Kind::Query, table,
                QStringLiteral("the columns differ: %1 in the source, %2 in the target")
                    .arg(sourceSet.join(QStringLiteral(", ")), targetSet.join(QStringLiteral(", "))));
        }
        qint64 expected = 0;
        if (!countRows(from, table, &expected, &detail))
            return copyError(StorageError::Kind::Query, table, detail);
        // The empty table takes its rows without its secondary indexes, each built once after by
        // sorting: filled row by row, the 14 indexes of a million tickets rewrote each page of the
        // file ~36 times (6.5M page writes for a 729 MB copy). SQLite only; a rollback restores.
        IndexSuspension indexes(target, table);
        if (StorageError error = indexes.suspend())
            return error;
        if (!(attached && attached->isAttached() && attached->copy(table, columns))) {
            if (StorageError error = copyRows(from, to, table, columns, {}, 0, s_operation))
                return error;
        }
        if (StorageError error = indexes.restore())
            return error;
        if (target.isServer() && columns.contains(QStringLiteral("id"))) {
            if (StorageError error = advanceIdentity(to, table))
                return error;
        }
        qint64 copied = 0;
        if (!countRows(to, table, &copied, &detail))
            return copyError(StorageError::Kind::Query, table, detail);
        if (copied != expected) {
            return copyError(StorageError::Kind::Query, table,
                             QStringLiteral("%1 rows in the source, %2 in the target: nothing was copied")
                                 .arg(expected)
                                 .arg(copied));
        }
        counts->append({table, copied});
    }
    if (!transaction.commit()) {
        counts->clear();
        return copyError(StorageError::Kind::Query, target.path(), to.lastError().text());
    }
    return {};
}

StorageError DatabaseCopier::copy(const QString &from, const QString &to, QVector<TableCount> *counts)
{
    counts->clear();
    const bool server = Database::isServerAddress(to);
    if (!server && QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return copyError(StorageError::Kind::Duplicate, to,
                         QStringLiteral("the source and the target are the same file"));
    const bool newFile = !server && (!QFileInfo::exists(to) || QFileInfo(to).size() == 0);
    StorageError error;
    {
        Database source;
        Database target;
        error = source.open(from, Database::Access::ReadOnly);
        if (!error)
            error = target.open(to, Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
        if (!error)
            error = copy(source, target, counts);
    }
    if (error && newFile && QFileInfo::exists(to)) {
        // Nothing half-written: the file this copy made goes again, with SQLite's side files.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
    }
    return error;
}

} // namespace Storage

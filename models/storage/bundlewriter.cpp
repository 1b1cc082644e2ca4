#include "models/storage/bundlewriter.h"

#include "models/storage/database.h"
#include "models/storage/databasecopier.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

namespace Storage {

namespace {

const QString s_operation = QStringLiteral("write offline bundle");

/// Tables that describe the file itself rather than the portfolio.
const QStringList s_ownTables = {QStringLiteral("schema_migrations"), QStringLiteral("database_info")};

StorageError bundleError(StorageError::Kind kind, const QString &record, const QString &detail)
{
    return {kind, s_operation, QDir::toNativeSeparators(record), detail};
}

QStringList columnsOf(QSqlDatabase db, const QString &schema, const QString &table)
{
    // PRAGMA arguments cannot be bound; the table names come from sqlite_master, not from users.
    QSqlQuery q(db);
    QStringList columns;
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(\"%2\")").arg(schema, table))) {
        while (q.next())
            columns.append(q.value(1).toString());
    }
    return columns;
}

/// The WHERE clause that keeps `table`'s rows of the bundle's scope; `:id` is the engagement id.
/// Empty for the portfolio's shared tables (everything is copied).
QString scopeFilter(const QString &table, const QStringList &columns, bool oneEngagement)
{
    const QString engagements =
        oneEngagement ? QStringLiteral("(:id)")
                      : QStringLiteral("(SELECT id FROM src.engagements WHERE deleted_at IS NULL)");
    const QString people =
        oneEngagement ? QStringLiteral("(SELECT person_id FROM src.allocations WHERE engagement_id = :id)")
                      : QString();
    if (table == QLatin1String("engagements"))
        return QStringLiteral("id IN %1").arg(engagements);
    if (columns.contains(QLatin1String("engagement_id")))
        return QStringLiteral("engagement_id IN %1").arg(engagements);
    if (columns.contains(QLatin1String("ticket_id")))
        return QStringLiteral("ticket_id IN (SELECT id FROM src.tickets WHERE engagement_id IN %1)")
            .arg(engagements);
    if (table == QLatin1String("people") && oneEngagement)
        return QStringLiteral("id IN %1").arg(people);
    if (columns.contains(QLatin1String("person_id")) && oneEngagement)
        return QStringLiteral("person_id IN %1").arg(people);
    return {};
}

StorageError copyTable(QSqlDatabase db, const QString &table, qint64 engagementId)
{
    const QStringList bundleColumns = columnsOf(db, QStringLiteral("main"), table);
    const QStringList sourceColumns = columnsOf(db, QStringLiteral("src"), table);
    QStringList common;
    for (const QString &column : bundleColumns) {
        if (sourceColumns.contains(column))
            common.append(QLatin1Char('"') + column + QLatin1Char('"'));
    }
    if (common.isEmpty())
        return {}; // the source predates this table
    QString filter = scopeFilter(table, sourceColumns, engagementId != 0);
    // An engagement's rows found through an index come in that index's order: on a large file
    // every row is a read somewhere else, and every insert lands somewhere else in the bundle (a
    // million tickets: 10 s). Their ids, gathered and sorted first, read and write in key order.
    if (!filter.isEmpty() && table != QLatin1String("engagements") &&
        sourceColumns.contains(QLatin1String("id")) && sourceColumns.contains(QLatin1String("engagement_id")))
        filter = QStringLiteral("id IN (SELECT id FROM src.\"%1\" WHERE %2)").arg(table, filter);
    const QString list = common.join(QLatin1Char(','));
    QString sql = QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM src.\"%1\"").arg(table, list);
    if (!filter.isEmpty())
        sql += QStringLiteral(" WHERE ") + filter;
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, s_operation, table);
    if (filter.contains(QLatin1String(":id")))
        q.bindValue(QStringLiteral(":id"), engagementId);
    if (!q.exec())
        return queryError(q, s_operation, table);
    return {};
}

/// Runs `copy` of one table into the new bundle with the table's secondary indexes set aside and
/// built once after its rows, by sorting (as DatabaseCopier does): maintained row by row, the
/// indexes of a million tickets are rewritten page by page, most of the copy's time.
template<typename Copy>
StorageError withIndexesAside(const Database &bundle, const QString &table, const Copy &copy)
{
    IndexSuspension indexes(bundle, table);
    if (StorageError error = indexes.suspend())
        return error;
    if (StorageError error = copy())
        return error;
    return indexes.restore();
}

StorageError writeInfo(QSqlDatabase db, const BundleInfo &info)
{
    const QVector<QPair<QString, QString>> rows = {
        {QStringLiteral("bundle.source"), info.source},
        {QStringLiteral("bundle.taken_at"), info.takenAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("bundle.scope"), info.scope},
    };
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES (:key, :value) "
                                  "ON CONFLICT (info_key) DO UPDATE SET info_value = excluded.info_value")))
        return queryError(q, s_operation);
    for (const auto &[key, value] : rows) {
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), textToSql(value));
        if (!q.exec())
            return queryError(q, s_operation, key);
    }
    return {};
}

StorageError findEngagement(const Database &source, const QString &key, qint64 *id)
{
    QSqlQuery q(source.connection());
    if (!q.prepare(
            QStringLiteral("SELECT id FROM engagements WHERE engagement_key = :key AND deleted_at IS NULL")))
        return queryError(q, s_operation, key);
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return queryError(q, s_operation, key);
    if (!q.next())
        return {StorageError::Kind::NotFound, s_operation, key,
                QStringLiteral("there is no engagement with this key")};
    *id = q.value(0).toLongLong();
    return {};
}

/// The bundle's tables in creation order (parents first), without the file's own tables.
StorageError bundleTables(QSqlDatabase db, QStringList *tables)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return queryError(q, s_operation);
    while (q.next()) {
        if (!s_ownTables.contains(q.value(0).toString()))
            tables->append(q.value(0).toString());
    }
    return {};
}

/// Copies every table of the bundle's schema from the attached source inside one transaction.
StorageError copyScope(const Database &bundle, const BundleInfo &info, qint64 engagementId)
{
    QSqlDatabase db = bundle.connection();
    QStringList tables;
    if (StorageError error = bundleTables(db, &tables))
        return error;
    TransactionGuard guard(db);
    if (!guard.isActive())
        return guard.beginError(s_operation, QDir::toNativeSeparators(info.source));
    for (const QString &table : qAsConst(tables)) {
        if (StorageError error =
                withIndexesAside(bundle, table, [&] { return copyTable(db, table, engagementId); }))
            return error;
    }
    if (StorageError error = writeInfo(db, info))
        return error;
    if (!guard.commit())
        return bundleError(StorageError::Kind::Query, info.source, db.lastError().text());
    return {};
}

/// Fills the freshly created database at `path` from the source.
StorageError fill(const QString &path, const QString &sourcePath, const BundleInfo &info, qint64 engagementId)
{
    Database bundle;
    if (StorageError error =
            bundle.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing))
        return error;
    StorageError error;
    {
        // Scoped: the connection must be unused when the database is closed below.
        QSqlDatabase db = bundle.connection();
        QSqlQuery q(db);
        // Rows are copied in creation order; the scope is consistent, so checks can wait.
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        if (!q.prepare(QStringLiteral("ATTACH DATABASE :path AS src")))
            return queryError(q, s_operation, sourcePath);
        q.bindValue(QStringLiteral(":path"), sourcePath);
        if (!q.exec())
            return queryError(q, s_operation, sourcePath);
        error = copyScope(bundle, info, engagementId);
        q.exec(QStringLiteral("DETACH DATABASE src"));
        // A bundle is one self-contained file: no -wal/-shm next to it when it is mailed around.
        if (!error && !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            error = queryError(q, s_operation, path);
    }
    bundle.close();
    return error;
}

/// Copies the scope's rows of `table` from a server database (no ATTACH there: row by row).
StorageError copyTableFromServer(QSqlDatabase from, QSqlDatabase db, const QString &table,
                                 qint64 engagementId)
{
    const QStringList bundleColumns = columnsOf(db, QStringLiteral("main"), table);
    QStringList sourceColumns;
    const QSqlRecord record = from.record(table);
    for (int i = 0; i < record.count(); ++i)
        sourceColumns << record.fieldName(i).toLower();
    QStringList common;
    for (const QString &column : bundleColumns) {
        if (sourceColumns.contains(column))
            common.append(column);
    }
    if (common.isEmpty())
        return {};
    const QString filter =
        scopeFilter(table, sourceColumns, engagementId != 0).remove(QStringLiteral("src."));
    return DatabaseCopier::copyRows(from, db, table, common, filter, engagementId, s_operation);
}

/// fill() for a source on a PostgreSQL server: the same scope, read in one snapshot of the server.
StorageError fillFromServer(const QString &path, const Database &source, const BundleInfo &info,
                            qint64 engagementId)
{
    Database bundle;
    if (StorageError error =
            bundle.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing))
        return error;
    StorageError error;
    {
        QSqlDatabase db = bundle.connection();
        QSqlDatabase from = source.connection();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        QStringList tables;
        error = bundleTables(db, &tables);
        QSqlQuery snapshot(from);
        if (!error && !snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            error = queryError(snapshot, s_operation, source.path());
        if (!error) {
            TransactionGuard guard(db);
            if (!guard.isActive())
                error = guard.beginError(s_operation, QDir::toNativeSeparators(info.source));
            for (int i = 0; !error && i < tables.size(); ++i) {
                const QString &table = tables.at(i);
                error = withIndexesAside(bundle, table,
                                         [&] { return copyTableFromServer(from, db, table, engagementId); });
            }
            if (!error)
                error = writeInfo(db, info);
            if (!error && !guard.commit())
                error = bundleError(StorageError::Kind::Query, info.source, db.lastError().text());
            snapshot.exec(QStringLiteral("ROLLBACK"));
        }
        if (!error && !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            error = queryError(q, s_operation, path);
    }
    bundle.close();
    return error;
}

} // namespace

BundleWriter::BundleWriter(const Database &source) : m_source(source)
{
}

StorageError BundleWriter::write(const QString &outputPath, const QString &engagementKey,
                                 const QDateTime &takenAt, Overwrite overwrite) const
{
    const QFileInfo target(outputPath);
    if (target.absoluteFilePath() == QFileInfo(m_source.path()).absoluteFilePath())
        return bundleError(StorageError::Kind::Duplicate, outputPath,
                           QStringLiteral("this is the source database itself"));
    if (target.isDir())
        return bundleError(StorageError::Kind::CannotOpen, outputPath,
                           QStringLiteral("this is a folder, not a file"));
    if (target.exists() && overwrite == Overwrite::Refuse)
        return bundleError(StorageError::Kind::Duplicate, outputPath,
                           QStringLiteral("a file already exists at this path"));
    qint64 engagementId = 0;
    if (!engagementKey.isEmpty()) {
        if (StorageError error = findEngagement(m_source, engagementKey, &engagementId))
            return error;
    }
    const BundleInfo info{
        m_source.isServer() ? m_source.path() : QFileInfo(m_source.path()).absoluteFilePath(),
        takenAt.toUTC(), engagementKey.isEmpty() ? BundleInfo::portfolioScope() : engagementKey};

    QString temporaryPath;
    {
        QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                 QStringLiteral(".XXXXXX"));
        if (!temporary.open())
            return bundleError(StorageError::Kind::CannotOpen, outputPath, temporary.errorString());
        temporary.setAutoRemove(false);
        temporaryPath = temporary.fileName();
    }
    StorageError error = m_source.isServer() ? fillFromServer(temporaryPath, m_source, info, engagementId)
                                             : fill(temporaryPath, m_source.path(), info, engagementId);
    if (!error && target.exists() && !QFile::remove(outputPath))
        error = bundleError(StorageError::Kind::CannotOpen, outputPath,
                            QStringLiteral("the existing file cannot be replaced"));
    if (!error && !QFile::rename(temporaryPath, outputPath))
        error = bundleError(StorageError::Kind::CannotOpen, outputPath,
                            QStringLiteral("the file cannot be created"));
    if (error) {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(temporaryPath + suffix);
        return error;
    }
    QFile::setPermissions(outputPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return {};
}

StorageError BundleWriter::readInfo(const Database &database, BundleInfo *out)
{
    *out = {};
    QSqlQuery q(database.connection());
    if (!q.exec(
            QStringLiteral("SELECT info_key, info_value FROM database_info WHERE info_key LIKE 'bundle.%'")))
        return queryError(q, QStringLiteral("read bundle information"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("bundle.source"))
            out->source = value;
        else if (key == QLatin1String("bundle.taken_at"))
            out->takenAt = QDateTime::fromString(value, Qt::ISODate).toUTC();
        else if (key == QLatin1String("bundle.scope"))
            out->scope = value;
    }
    return {};
}

StorageError BundleWriter::readInfo(const QString &path, BundleInfo *out)
{
    *out = {};
    Database database;
    if (StorageError error = database.open(path, Database::Access::ReadOnly))
        return error;
    return readInfo(database, out);
}

} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"
#include "models/storage/upgradewatch.h"

#include <QSqlDatabase>
#include <QVector>

namespace Storage {

/// Applies the numbered SQL migrations of resources/migrations (":/migrations/NNN_name.sql"),
/// each in its own transaction, recording the version in `schema_migrations`.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    Migrator(QSqlDatabase db, QString filePath, QVector<Migration> migrations = bundledMigrations());

    /// The migrations this build carries, in version order.
    static QVector<Migration> bundledMigrations();
    static int latestVersion();
    /// The tables a database of schema `version` holds, in creation order, to notice a table
    /// dropped by hand or by damage: tablesCreatedBy() the bundled migrations (when it cannot
    /// tell, expectedTablesApplied()).
    static QStringList expectedTables(int version);
    /// The tables that `migrations` up to `version` leave, read from their CREATE TABLE, DROP
    /// TABLE and ALTER TABLE statements for SQLite; `understood` false (and nothing returned) on a
    /// statement that makes a table some other way (temporary, virtual, from a query).
    static QStringList tablesCreatedBy(const QVector<Migration> &migrations, int version, bool *understood);
    /// The same by applying `migrations` up to `version` to an empty in-memory database (about
    /// 17 ms for the bundled ones: what expectedTables() cost at every open before).
    static QStringList expectedTablesApplied(const QVector<Migration> &migrations, int version);
    /// Splits a script into statements (on ';' outside quotes, PostgreSQL's dollar quotes such as
    /// `$$ … $$` or `$body$ … $body$`, and `--` comments).
    static QStringList splitStatements(const QString &script);
    /// The script with dialect placeholders replaced for `driverName` ("QSQLITE", "QPSQL"). Lines
    /// between `-- @begin postgresql-only` and `-- @end postgresql-only` run on PostgreSQL only
    /// (elsewhere they are dropped, an unclosed block to the end of the script).
    static QString forDialect(QString script, const QString &driverName);

    /// Brings the schema up to date; takes a backup first when an existing schema changes.
    StorageError migrate();
    /// Where migrate() reports its backup and migrations, and what cancels the backup.
    void setWatch(UpgradeWatch watch) { m_watch = std::move(watch); }
    /// For read-only use: the schema must exist and not be newer than this build.
    StorageError checkReadable();

    int currentVersion() const { return m_version; }
    QString backupPath() const { return m_backupPath; }

private:
    bool isPostgres() const;
    StorageError migrateLocked();
    StorageError readVersion();
    StorageError backup();
    StorageError apply(const Migration &migration);
    StorageError installChangeTriggers(const QString &record);

    QSqlDatabase m_db;
    QString m_filePath;
    QVector<Migration> m_migrations;
    int m_version = 0;
    QString m_backupPath;
    UpgradeWatch m_watch;
};

} // namespace Storage

#pragma once
// A database file as an older Delivery Desk left it, for the tests of an upgrade: the bundled
// migrations up to `version`, in WAL mode, with `paddingKiB` rows of 1 KiB in a table of its own so
// that its check and backup take more than one step.
#include "models/storage/migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtTest>

#include <algorithm>

namespace StorageTest {

inline QString makeOlderDatabase(const QString &path, int version, int paddingKiB)
{
    using Storage::Migrator;
    QVector<Migrator::Migration> migrations = Migrator::bundledMigrations();
    migrations.erase(std::remove_if(migrations.begin(), migrations.end(),
                                    [version](const Migrator::Migration &m) { return m.version > version; }),
                     migrations.end());
    const QString connection = QStringLiteral("older-database");
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        QSqlQuery query(raw);
        const bool open = raw.open() && query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.finish(); // the pragma's row: a statement still running would stop the migrations' commit
        const Storage::StorageError migrated =
            open ? Migrator(raw, path, migrations).migrate() : Storage::StorageError{};
        ok = open && migrated.isNull() && query.exec(QStringLiteral("CREATE TABLE padding (x BLOB)")) &&
             query.exec(QStringLiteral(
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                            "INSERT INTO padding SELECT randomblob(1024) FROM n")
                            .arg(paddingKiB));
        if (!ok)
            qWarning("makeOlderDatabase: %s %s %s", qPrintable(raw.lastError().text()),
                     qPrintable(migrated.toString()), qPrintable(query.lastError().text()));
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? path : QString();
}

/// The schema version of the SQLite file at `path`, read without changing it (0 when unreadable).
inline int schemaVersionOf(const QString &path)
{
    const QString connection = QStringLiteral("older-database-version");
    int version = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(raw);
        if (raw.open() && query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) &&
            query.next())
            version = query.value(0).toInt();
        query = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace StorageTest

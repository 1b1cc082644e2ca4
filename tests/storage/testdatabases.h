#pragma once
// The storage tests run on both dialects: SQLite (a file in a temporary folder) and PostgreSQL (a
// throwaway server this process starts in a temporary folder, a new database per test function).
//
//   void initTestCase_data() { StorageTest::addDialectRows(); }
//   void init() { ...; DD_OPEN_FRESH_DATABASE(*m_db, m_dir.path()); }
//   (or DD_FRESH_DATABASE(location, m_dir.path()) where the address itself is needed)
//
// When the server cannot start (no PostgreSQL binaries, initdb failing ...) the PostgreSQL rows are
// skipped with the reason, unless DD_REQUIRE_POSTGRES=1 (./dev.sh test, CI): then they fail.
#include "models/domain/engagement.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"

#include <QSqlDatabase>
#include <QString>
#include <QtTest>

namespace StorageTest {

/// Global data rows "sqlite" and "postgresql" (column `dialect`, a QString).
void addDialectRows();
/// Whether a missing server is a failure (DD_REQUIRE_POSTGRES=1) rather than a skip.
bool postgresRequired();

struct FreshDatabase
{
    QString location;    ///< a file path or a postgresql:// address, empty when unavailable
    QString unavailable; ///< why there is none (the server could not start ...)
};
/// A new, empty database of `dialect`: `<folder>/<name>.sqlite`, or a new database on the test server.
FreshDatabase freshDatabase(const QString &dialect, const QString &folder, const QString &name);

/// A new database of `dialect` holding the rows of the SQLite file `sqliteFile` as they were when this
/// process first asked: a copy of the file named after `name` in `folder`, or a new database on the
/// test server. The file goes to the server once (Storage::DatabaseCopier, into a template database);
/// every later request is a `CREATE DATABASE … TEMPLATE` (a file copy on the server: milliseconds).
FreshDatabase copyOf(const QString &dialect, const QString &sqliteFile, const QString &folder,
                     const QString &name);

/// The bundled migrations before the one named `name` (every one when there is none): the schema an
/// older release left, for the tests of a migration that carries data.
QVector<Storage::Migrator::Migration> migrationsBefore(const QString &name);

/// The running test server's superuser address of the database `name`, empty when there is none.
QString serverAddress(const QString &database);
/// Runs `sql` as the test server's superuser in its `postgres` database; false with `error` on failure.
bool serverExec(const QString &sql, QString *error = nullptr);
/// A login role `role` (a superuser, so that it may create the schema) that the test server lets
/// in over TCP only with `password` (scram-sha-256; everyone else stays trusted). For the whole
/// process: the server's pg_hba.conf is rewritten and reloaded.
bool addPasswordRole(const QString &role, const QString &password, QString *error);

/// A QtSql connection named `name` to `location` (a file or a postgresql:// address) with no
/// Delivery Desk code on it, as psql, a script or an older release would write; added, not opened.
/// The caller removes it (QSqlDatabase::removeDatabase) when done.
QSqlDatabase plainConnection(const QString &location, const QString &name);

/// Opens `location` (read-write) as the user `user` of the who-changed-what columns: on SQLite
/// through DELIVERYDESK_USER (set while opening), on the test server as the login role `user`
/// (made a superuser the first time, as the tests' own role is).
Storage::StorageError openAs(Storage::Database *database, const QString &location, const QString &user);

/// A SQLite file's indexes, "table|name|CREATE …" sorted: a copy or bundle that set indexes aside
/// while writing rows must end with the same ones (a fresh database's, on the same schema).
QStringList sqliteIndexes(const Storage::Database &db);

/// An engagement `key` of Nordshop AB from January 2026, 80 hours a month, in Stockholm: what the
/// server tests store when the engagement itself does not matter.
Domain::Engagement engagement(const QString &key);

} // namespace StorageTest

/// Ends the test function when no PostgreSQL server is at hand (`why`): a failure under
/// DD_REQUIRE_POSTGRES=1 (./dev.sh test, CI), a skip otherwise, both saying why.
#define DD_NO_SERVER(why_)                                                                                   \
    do {                                                                                                     \
        if (StorageTest::postgresRequired())                                                                 \
            QFAIL(qPrintable(QStringLiteral("PostgreSQL is required (DD_REQUIRE_POSTGRES=1): ") + (why_)));  \
        QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + (why_)));                             \
    } while (false)

/// `location` becomes a fresh database of `dialectName` ("sqlite", "postgresql"), or the test
/// function is skipped (failed when PostgreSQL is required) saying why.
#define DD_FRESH_DATABASE_OF(out_, dialect_, folder_)                                                        \
    do {                                                                                                     \
        const StorageTest::FreshDatabase fresh_ =                                                            \
            StorageTest::freshDatabase(dialect_, folder_, QLatin1String(QTest::currentTestFunction()));      \
        if (fresh_.location.isEmpty()) {                                                                     \
            DD_NO_SERVER(fresh_.unavailable);                                                                \
        }                                                                                                    \
        out_ = fresh_.location;                                                                              \
    } while (false)

/// The same for the dialect of the current global data row (addDialectRows()).
#define DD_FRESH_DATABASE(out_, folder_)                                                                     \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        DD_FRESH_DATABASE_OF(out_, dialect, folder_);                                                        \
    } while (false)

/// `db_` (a Storage::Database) opens a fresh database of `dialect_`, read-write; or the test
/// function is skipped (failed when PostgreSQL is required) saying why.
#define DD_OPEN_FRESH_DATABASE_OF(db_, dialect_, folder_)                                                    \
    do {                                                                                                     \
        QString location_;                                                                                   \
        DD_FRESH_DATABASE_OF(location_, dialect_, folder_);                                                  \
        const Storage::StorageError opened_ = (db_).open(location_, Storage::Database::Access::ReadWrite,    \
                                                         Storage::Database::Creation::CreateIfMissing);      \
        QVERIFY2(opened_.isNull(), qPrintable(opened_.toString()));                                          \
    } while (false)

/// The same for the dialect of the current global data row (addDialectRows()).
#define DD_OPEN_FRESH_DATABASE(db_, folder_)                                                                 \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        DD_OPEN_FRESH_DATABASE_OF(db_, dialect, folder_);                                                    \
    } while (false)

/// `out_` becomes a database of `dialect_` holding the rows of the SQLite file `file_`
/// (StorageTest::copyOf), or the test function is skipped (failed when required).
#define DD_DATABASE_COPY_OF(out_, dialect_, file_, folder_)                                                  \
    do {                                                                                                     \
        const StorageTest::FreshDatabase copy_ =                                                             \
            StorageTest::copyOf(dialect_, file_, folder_, QLatin1String(QTest::currentTestFunction()));      \
        if (copy_.location.isEmpty()) {                                                                      \
            if ((dialect_) != QLatin1String("postgresql"))                                                   \
                QFAIL(qPrintable(copy_.unavailable));                                                        \
            DD_NO_SERVER(copy_.unavailable);                                                                 \
        }                                                                                                    \
        out_ = copy_.location;                                                                               \
    } while (false)

/// The same for the dialect of the current global data row (addDialectRows()).
#define DD_DATABASE_COPY(out_, file_, folder_)                                                               \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        DD_DATABASE_COPY_OF(out_, dialect, file_, folder_);                                                  \
    } while (false)

/// Skips the rest of a test function on the dialect the behaviour does not exist on.
#define DD_ONLY_ON(dialectName, why)                                                                         \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        if (dialect != QLatin1String(dialectName))                                                           \
            QSKIP(why);                                                                                      \
    } while (false)

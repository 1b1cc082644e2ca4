#include "models/storage/database.h"
#include "models/storage/importsettingsrepository.h"
#include "models/storage/migrator.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"
#include "writelock.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

#include <sqlite3.h>

using Storage::Database;
using Storage::StorageError;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void shouldSpareSqliteItsAllocationCountOnEveryConnection()
    {
        // GIVEN a database of the program, the first use of SQLite in this process
        QTemporaryDir dir;
        Database db;
        const StorageError error = db.open(dir.filePath(QStringLiteral("count.sqlite")),
                                           Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        // WHEN it runs statements that allocate
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                           "SELECT group_concat(i) FROM n")));
        QVERIFY(q.next());
        // THEN SQLite kept no count of its allocations (a global mutex on every one of them)
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
    }

    void shouldCreateAndMigrateAnEmptyFile()
    {
        // GIVEN a path where no file exists
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database db;
        // WHEN it is opened with creation allowed
        const StorageError error =
            db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
        // THEN the schema is at the latest version, WAL and foreign keys are on, no backup was needed
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(db.schemaVersion(), Storage::Migrator::latestVersion());
        QVERIFY(db.schemaVersion() >= 1);
        QVERIFY(db.backupPath().isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.connection().tables().contains(QStringLiteral("engagements")));
    }

    void shouldRefuseAMissingFileUnlessAskedToCreate()
    {
        QTemporaryDir dir;
        Database db;
        const StorageError error = db.open(dir.filePath(QStringLiteral("missing.sqlite")));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!db.isOpen());
    }

    void shouldRefuseAFolderThatCannotBeCreatedOrWritten()
    {
        // A regular file where a folder should be: no one, not even root, can create inside it.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database db;
        const StorageError error = db.open(blocker + QStringLiteral("/sub/new.sqlite"),
                                           Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY2(error.detail.contains(QStringLiteral("folder")), qPrintable(error.toString()));
        QVERIFY(!db.isOpen());
    }

    void shouldRefuseAFolderGivenAsTheDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.path()).kind, StorageError::Kind::CannotOpen);
    }

    void shouldRefuseADatabaseFromANewerVersionAndLeaveItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)")));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        Database db;
        const StorageError error = db.open(path);
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QVERIFY2(error.detail.contains(QStringLiteral("999")), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(QString::number(Storage::Migrator::latestVersion())),
                 qPrintable(error.detail));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void shouldRefuseAFileThatIsNotADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("key,client\nA,B\n");
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe garbage", 14);
        QTest::newRow("truncated sqlite header")
            << QByteArray("SQLite format 3\0\x10\x00", 18) + QByteArray(100, '\xee');
    }

    void shouldRefuseAFileThatIsNotADatabase()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Database db;
        const StorageError error = db.open(path);
        QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void shouldRefuseAnotherApplicationsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE customers (id INTEGER)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        QCOMPARE(db.open(path).kind, StorageError::Kind::NotADatabase);
    }

    void shouldBackUpBeforeMigratingAnOlderSchema()
    {
        using Storage::Migrator;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const Migrator::Migration v1{1, QStringLiteral("first"),
                                     QStringLiteral("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (7);")};
        const Migrator::Migration v2{2, QStringLiteral("second"),
                                     QStringLiteral("ALTER TABLE a ADD COLUMN y TEXT;")};
        const Migrator::Migration broken{
            2, QStringLiteral("broken"),
            QStringLiteral("ALTER TABLE a ADD COLUMN z TEXT; SELECT nonsense FROM nowhere;")};
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            // GIVEN a database at version 1
            Migrator first(raw, path, {v1});
            QVERIFY(first.migrate().isNull());
            QVERIFY(first.backupPath().isEmpty());
            // WHEN a failing migration 2 runs
            Migrator failing(raw, path, {v1, broken});
            const StorageError error = failing.migrate();
            // THEN it reports which migration failed, a backup exists, and the schema is unchanged
            QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
            QVERIFY2(error.record.contains(QStringLiteral("002_broken")), qPrintable(error.toString()));
            QVERIFY(QFile::exists(failing.backupPath()));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM a")));
            QCOMPARE(q.record().count(), 1);
            q.finish();
            // WHEN a good migration 2 runs
            Migrator second(raw, path, {v1, v2});
            QVERIFY(second.migrate().isNull());
            QCOMPARE(second.currentVersion(), 2);
            QVERIFY(QFile::exists(second.backupPath()));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // AND the backup holds the version-1 data
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.v1-*.backup")});
        QVERIFY(!backups.isEmpty());
    }

    void shouldRollBackATransactionThatWasNotCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("tx.sqlite")), Database::Access::ReadWrite,
                        Database::Creation::CreateIfMissing)
                    .isNull());
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('a', 'b')")));
            // a failing statement: the guard goes out of scope without commit
            QVERIFY(!q.exec(
                QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('a', 'c')")));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void shouldLetAnInnerGuardJoinTheOuterTransaction()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("nested.sqlite")), Database::Access::ReadWrite,
                        Database::Creation::CreateIfMissing)
                    .isNull());
        QSqlQuery q(db.connection());
        {
            Storage::TransactionGuard outer(db.connection());
            {
                Storage::TransactionGuard inner(db.connection());
                QVERIFY(inner.isNested());
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('k', 'v')")));
                QVERIFY(inner.commit()); // joins: nothing is committed yet
            }
            // the outer guard ends without commit: the inner write goes too
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        {
            Storage::TransactionGuard outer(db.connection());
            QVERIFY(!outer.isNested());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('k', 'v')")));
            QVERIFY(outer.commit());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void shouldStoreNothingOfTheOuterTransactionWhenAnInnerWriteFailed()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("failed.sqlite")), Database::Access::ReadWrite,
                        Database::Creation::CreateIfMissing)
                    .isNull());
        QSqlQuery q(db.connection());
        {
            // GIVEN an outer transaction with a write of its own
            Storage::TransactionGuard outer(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('outer', 'v')")));
            {
                // WHEN a nested write fails and its guard ends without commit
                Storage::TransactionGuard inner(db.connection());
                QVERIFY(inner.isNested());
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO database_info (info_key, info_value) VALUES ('inner', 'v')")));
                QVERIFY(!q.exec(QStringLiteral(
                    "INSERT INTO database_info (info_key, info_value) VALUES ('inner', 'w')")));
            }
            // THEN the outer guard cannot commit, and a later nested guard says so too
            {
                Storage::TransactionGuard late(db.connection());
                QVERIFY(!late.commit());
            }
            QVERIFY(!outer.commit());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // AND the next transaction of the connection starts clean
        {
            Storage::TransactionGuard next(db.connection());
            QVERIFY(!next.isNested());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('next', 'v')")));
            QVERIFY(next.commit());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void shouldSayWhyAStatementCouldNotBePrepared()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("prepare.sqlite")), Database::Access::ReadWrite,
                        Database::Creation::CreateIfMissing)
                    .isNull());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE import_settings")));
        // WHEN a repository's statement cannot be prepared
        QByteArray zone;
        const Storage::StorageError error =
            Storage::ImportSettingsRepository(db).zone(1, QStringLiteral("jira"), &zone);
        // THEN the error is the prepare's, with the driver's reason (an exec after a failed
        // prepare would only say that the parameters do not match)
        QCOMPARE(error.kind, Storage::StorageError::Kind::Query);
        QCOMPARE(error.operation, QStringLiteral("read import settings"));
        QVERIFY2(error.detail.contains(QLatin1String("no such table")), qPrintable(error.detail));
    }

    void shouldKeepTheNestingOfEachConnectionApart()
    {
        QTemporaryDir dir;
        Database first;
        Database second;
        QVERIFY(first
                    .open(dir.filePath(QStringLiteral("first.sqlite")), Database::Access::ReadWrite,
                          Database::Creation::CreateIfMissing)
                    .isNull());
        QVERIFY(second
                    .open(dir.filePath(QStringLiteral("second.sqlite")), Database::Access::ReadWrite,
                          Database::Creation::CreateIfMissing)
                    .isNull());
        Storage::TransactionGuard outer(first.connection());
        {
            // a failed transaction of another connection is not ours
            Storage::TransactionGuard other(second.connection());
            QVERIFY(!other.isNested());
        }
        QSqlQuery q(first.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('k', 'v')")));
        QVERIFY(outer.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM database_info")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void shouldOpenReadOnlyAndRefuseWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        }
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadOnly).isNull());
        QVERIFY(db.isReadOnly());
        QSqlQuery q(db.connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('a', 'b')")));
    }

    // The window's thread caps its waits (MainWindow::WriteWaitMilliseconds): its write gives up
    // at the cap while other threads keep the full limit, and the error says how long it waited.
    void shouldKeepToTheThreadsCapForAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cap.sqlite"));
        qputenv("DELIVERYDESK_WAIT_SECONDS", "30");
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        const int previous = Database::setThreadWaitCap(1000);
        auto restore = qScopeGuard([previous] {
            Database::setThreadWaitCap(previous);
            qunsetenv("DELIVERYDESK_WAIT_SECONDS");
        });
        QCOMPARE(Database::busyLimitMilliseconds(), 1000);
        int elsewhere = 0;
        std::unique_ptr<QThread> worker(
            QThread::create([&] { elsewhere = Database::busyLimitMilliseconds(); }));
        worker->start();
        worker->wait();
        QCOMPARE(elsewhere, 30000);

        StorageTest::WriteLock lock(path);
        QVERIFY(lock.isHeld());
        QElapsedTimer waited;
        waited.start();
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(!guard.isActive());
            QVERIFY(Database::lastBeginWasBusy());
        }
        QVERIFY2(waited.elapsed() >= 900 && waited.elapsed() < 5000,
                 qPrintable(QString::number(waited.elapsed())));
        // A statement outside a transaction keeps to the cap too (the connection's busy timeout).
        waited.restart();
        QSqlQuery q(db.connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO database_info (info_key, info_value) VALUES ('a', 'b')")));
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        const StorageError busy = Storage::queryError(q, QStringLiteral("save"));
        QCOMPARE(busy.kind, StorageError::Kind::Busy);
        QCOMPARE(busy.waitedSeconds, 1);
    }

    // Another program holds the write lock: a write waits, says so once, and goes on when the
    // other finishes; past the limit it fails as Busy, never with "database is locked".
    void shouldWaitForAnotherWriterAndSaySo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        int notified = 0;
        Database::setBusyNotifier([&] { ++notified; });
        qputenv("DELIVERYDESK_WAIT_SECONDS", "10");
        Database other;
        QVERIFY(other.open(path).isNull());
        std::atomic<bool> locked{false};
        std::unique_ptr<QThread> holder(QThread::create([&] {
            {
                QSqlQuery q(other.connection());
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                q.exec(QStringLiteral(
                    "INSERT INTO database_info (info_key, info_value) VALUES ('holder', 'x')"));
                locked = true;
                QThread::msleep(1200);
                q.exec(QStringLiteral("COMMIT"));
            }
            other.releaseThreadConnection();
        }));
        holder->start();
        while (!locked)
            QThread::msleep(5);
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            QSqlQuery q(db.connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO database_info (info_key, info_value) VALUES ('waiter', 'y')")),
                     qPrintable(q.lastError().text()));
            QVERIFY(guard.commit());
        }
        holder->wait();
        QCOMPARE(notified, 1);

        // Past the limit: Busy, with nothing written.
        qputenv("DELIVERYDESK_WAIT_SECONDS", "1");
        StorageTest::WriteLock stubborn(path, 2500);
        QVERIFY(stubborn.isHeld());
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(!guard.isActive());
            QVERIFY(Database::lastBeginWasBusy());
        }
        stubborn.release();
        QCOMPARE(notified, 2);
        qunsetenv("DELIVERYDESK_WAIT_SECONDS");
        Database::setBusyNotifier({});
    }

    void shouldRefuseAZeroByteFileUnlessCreatingOnPurpose()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zero.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database db;
        QCOMPARE(db.open(path).kind, StorageError::Kind::NotADatabase);
        QCOMPARE(QFileInfo(path).size(), qint64(0));
        QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        QCOMPARE(db.schemaVersion(), Storage::Migrator::latestVersion());
    }

    void shouldNameTheTablesOfEachSchemaVersion()
    {
        const QStringList first = Storage::Migrator::expectedTables(1);
        QVERIFY(first.contains(QStringLiteral("tickets")));
        QVERIFY(!first.contains(QStringLiteral("sla_results")));
        QVERIFY(Storage::Migrator::expectedTables(2).contains(QStringLiteral("sla_results")));
    }

    void shouldSplitScriptsOnSemicolonsOutsideQuotesAndComments()
    {
        const QStringList statements = Storage::Migrator::splitStatements(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nINSERT "
                           "INTO a VALUES ('b;c');"));
        QCOMPARE(statements, QStringList({QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"),
                                          QStringLiteral("INSERT INTO a VALUES ('b;c')")}));
    }

    void shouldUseOneConnectionPerThread()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("threads.sqlite")), Database::Access::ReadWrite,
                        Database::Creation::CreateIfMissing)
                    .isNull());
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool workerCanRead = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QSqlDatabase c = db.connection();
            workerName = c.connectionName();
            QSqlQuery q(c);
            workerCanRead = q.exec(QStringLiteral("SELECT COUNT(*) FROM engagements")) && q.next();
        }));
        worker->start();
        worker->wait();
        QVERIFY(workerCanRead);
        QVERIFY(workerName != mainName);
        // the worker released nothing: its connection is still registered
        QVERIFY(QSqlDatabase::contains(workerName));

        QString releasedName;
        std::unique_ptr<QThread> tidy(QThread::create([&] {
            {
                QSqlQuery q(db.connection());
                q.exec(QStringLiteral("SELECT 1"));
                releasedName = db.connection().connectionName();
            }
            db.releaseThreadConnection();
        }));
        tidy->start();
        tidy->wait();
        QVERIFY(!QSqlDatabase::contains(releasedName));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

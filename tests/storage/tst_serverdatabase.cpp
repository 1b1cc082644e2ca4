// Storage::Database on a PostgreSQL server (the throwaway server of testdatabases.h): the schema
// made from the same migration files as on SQLite, refusals, read-only access and roles.
#include "models/storage/database.h"
#include "models/storage/databasecopier.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/migrator.h"
#include "models/storage/transactionguard.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtTest>

using Storage::Database;
using Storage::StorageError;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Every column of every table, "table.column", sorted.
QStringList columns(const Database &db)
{
    QStringList all;
    const QSqlDatabase connection = db.connection();
    for (const QString &table : Storage::Migrator::expectedTables(db.schemaVersion())) {
        const QSqlRecord record = connection.record(table);
        for (int i = 0; i < record.count(); ++i)
            all << table + QLatin1Char('.') + record.fieldName(i).toLower();
    }
    return sorted(all);
}

/// Runs `sql` on the database at `address` without Delivery Desk in between; its tables after.
bool rawExec(const QString &address, const QString &sql, QStringList *tables)
{
    const QString name = QStringLiteral("raw-connection");
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(address);
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
        ok = raw.open() && QSqlQuery(raw).exec(sql);
        *tables = raw.tables();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// The address with another user name (the test server trusts every role on the loopback).
QString asUser(QString address, const QString &user)
{
    return address.replace(QStringLiteral("//dd_test@"), QStringLiteral("//%1@").arg(user));
}
} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void shouldCreateTheSchemaInAnEmptyDatabase()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database db;
        // An empty database an administrator made: the first read-write opening creates the schema.
        const StorageError error =
            db.open(address, Database::Access::ReadWrite, Database::Creation::MustExist);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(db.isServer());
        QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
        QCOMPARE(db.path(), address);
        QCOMPARE(db.schemaVersion(), Storage::Migrator::latestVersion());
        QVERIFY(db.backupPath().isEmpty());
        QCOMPARE(sorted(db.connection().tables()),
                 sorted(Storage::Migrator::expectedTables(db.schemaVersion())));
        // identity columns hand out ids
        Domain::Engagement a = StorageTest::engagement(QStringLiteral("A"));
        Domain::Engagement b = StorageTest::engagement(QStringLiteral("B"));
        QVERIFY(Storage::EngagementRepository(db).insert(&a).isNull());
        QVERIFY(Storage::EngagementRepository(db).insert(&b).isNull());
        QVERIFY(a.id > 0 && b.id > a.id);
        QStringList problems;
        QVERIFY(db.fullCheck(&problems).isNull());
        QVERIFY(problems.isEmpty());
        QVERIFY(db.quickCheck(QStringLiteral("import")).isNull());
    }

    // The same migration files make the same tables and columns on both dialects.
    void shouldMakeTheSameSchemaAsSqlite()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database server;
        QVERIFY(server.open(address).isNull());
        Database file;
        QVERIFY(file.open(m_dir.filePath(QStringLiteral("same.sqlite")), Database::Access::ReadWrite,
                          Database::Creation::CreateIfMissing)
                    .isNull());
        QCOMPARE(server.schemaVersion(), file.schemaVersion());
        QCOMPARE(columns(server), columns(file));
        QVERIFY(columns(server).size() > 100);
    }

    void shouldRefuseANewerSchemaNamingBothVersions()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        const int latest = Storage::Migrator::latestVersion();
        {
            Database db;
            QVERIFY(db.open(address).isNull());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                          "VALUES (%1, 'from_the_future', 0)")
                               .arg(latest + 1)));
        }
        for (const Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database db;
            const StorageError error = db.open(address, access);
            QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
            QCOMPARE(error.foundVersion, latest + 1);
            QCOMPARE(error.supportedVersion, latest);
            QVERIFY2(error.detail.contains(QString::number(latest + 1)) &&
                         error.detail.contains(QString::number(latest)),
                     qPrintable(error.detail));
            QVERIFY(!db.isOpen());
        }
    }

    void shouldRefuseAnotherApplicationsDatabaseAndLeaveItAlone()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        QStringList tables;
        QVERIFY(rawExec(address, QStringLiteral("CREATE TABLE invoices (id INTEGER)"), &tables));
        for (const Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database db;
            const StorageError error = db.open(address, access);
            QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
            QVERIFY2(error.detail.contains(QLatin1String("not a Delivery Desk database")) ||
                         error.detail.contains(QLatin1String("no Delivery Desk data")),
                     qPrintable(error.detail));
        }
        // nothing was created in it
        QVERIFY(rawExec(address, QStringLiteral("SELECT 1"), &tables));
        QCOMPARE(tables, QStringList{QStringLiteral("invoices")});
    }

    void shouldRefuseReadOnlyOpeningOfAnEmptyDatabase()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database db;
        const StorageError error = db.open(address, Database::Access::ReadOnly);
        QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
        // and it stayed empty: a read-write opening still finds nothing there
        Database writer;
        QVERIFY(writer.open(address).isNull());
        QVERIFY(writer.backupPath().isEmpty());
    }

    void shouldOpenReadOnlyAndRefuseWritesOnTheServerToo()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        {
            Database db;
            QVERIFY(db.open(address).isNull());
            Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
            QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        }
        Database db;
        QVERIFY(db.open(address, Database::Access::ReadOnly).isNull());
        QVERIFY(db.isReadOnly());
        QVector<Domain::Engagement> all;
        QVERIFY(Storage::EngagementRepository(db).all(&all).isNull());
        QCOMPARE(all.size(), 1);
        // a statement that bypasses the repositories is refused by the server itself
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM engagements")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("read-only")), qPrintable(q.lastError().text()));
    }

    // docs/storage/postgresql.md's read-only role: it opens the portfolio, read-only, whatever was asked.
    void shouldOpenAReadOnlyRoleReadOnly()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        {
            Database db;
            QVERIFY(db.open(address).isNull());
            Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
            QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
            QSqlQuery q(db.connection());
            const QString database = QUrl(address).path().mid(1);
            // the statements of docs/storage/postgresql.md
            for (const QString &sql :
                 {QStringLiteral(
                      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dd_reader') THEN "
                      "CREATE ROLE dd_reader LOGIN; END IF; END $$"),
                  QStringLiteral("GRANT CONNECT ON DATABASE %1 TO dd_reader").arg(database),
                  QStringLiteral("GRANT USAGE ON SCHEMA public TO dd_reader"),
                  QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO dd_reader")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        Database reader;
        const StorageError error = reader.open(asUser(address, QStringLiteral("dd_reader")));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(reader.isReadOnly());
        QVector<Domain::Engagement> all;
        QVERIFY(Storage::EngagementRepository(reader).all(&all).isNull());
        QCOMPARE(all.size(), 1);
        Domain::Engagement other = StorageTest::engagement(QStringLiteral("OTHER"));
        QCOMPARE(Storage::EngagementRepository(reader).insert(&other).kind, StorageError::Kind::ReadOnly);
        // AND it can take the portfolio to a file (the server's COPY TO needs no more than SELECT)
        QVector<Storage::DatabaseCopier::TableCount> counts;
        const QString file = m_dir.filePath(QStringLiteral("taken-by-reader.sqlite"));
        const StorageError copied =
            Storage::DatabaseCopier::copy(asUser(address, QStringLiteral("dd_reader")), file, &counts);
        QVERIFY2(copied.isNull(), qPrintable(copied.toString()));
        Database taken;
        QVERIFY(taken.open(file, Database::Access::ReadOnly).isNull());
        QVERIFY(Storage::EngagementRepository(taken).all(&all).isNull());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().key, QStringLiteral("NORD"));
    }

    void shouldRollBackATransactionThatWasNotCommitted()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database db;
        QVERIFY(db.open(address).isNull());
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO import_profiles (name, definition) VALUES ('x', '{}')")));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM import_profiles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Several people opening a new team database at once: one migrates, the others wait for it.
    void shouldMigrateOnceWhenSeveralOpenAtOnce()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        QVector<StorageError> errors(4);
        QVector<QThread *> threads;
        for (int i = 0; i < errors.size(); ++i) {
            threads << QThread::create([&errors, i, address] {
                Database db;
                errors[i] = db.open(address);
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const StorageError &error : std::as_const(errors))
            QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Database db;
        QVERIFY(db.open(address).isNull());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), Storage::Migrator::latestVersion());
        QCOMPARE(q.value(1).toInt(), Storage::Migrator::latestVersion());
    }

    // Another user's transaction holds the row: the save waits the busy limit, then says so (Busy,
    // nothing written) instead of hanging the window; once the other is done it saves. The window's
    // thread caps its waits (MainWindow): a connection opened before the cap, with the full
    // lock_timeout, still gives up at the cap.
    void shouldSayBusyWhenAnotherUserHoldsTheRow_data()
    {
        QTest::addColumn<QByteArray>("limitSeconds"); // DELIVERYDESK_WAIT_SECONDS
        QTest::addColumn<int>("capMilliseconds");     // the thread's cap, 0: none
        QTest::newRow("busy limit") << QByteArray("1") << 0;
        QTest::newRow("thread's cap") << QByteArray("30") << 1000;
    }

    void shouldSayBusyWhenAnotherUserHoldsTheRow()
    {
        QFETCH(QByteArray, limitSeconds);
        QFETCH(int, capMilliseconds);
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        qputenv("DELIVERYDESK_WAIT_SECONDS", limitSeconds); // read when a connection opens
        Database mine;
        QVERIFY(mine.open(address).isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
        QVERIFY(Storage::EngagementRepository(mine).insert(&e).isNull());
        Database other;
        QVERIFY(other.open(address).isNull());
        QSqlQuery holder(other.connection());
        QVERIFY(holder.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            holder.exec(QStringLiteral("UPDATE engagements SET notes = 'theirs' WHERE id = %1").arg(e.id)));
        const int previous = Database::setThreadWaitCap(capMilliseconds);
        auto restore = qScopeGuard([previous] {
            Database::setThreadWaitCap(previous);
            qunsetenv("DELIVERYDESK_WAIT_SECONDS");
        });
        e.notes = QStringLiteral("mine");
        QElapsedTimer waited;
        waited.start();
        const StorageError busy = Storage::EngagementRepository(mine).update(e);
        QCOMPARE(busy.kind, StorageError::Kind::Busy);
        QCOMPARE(busy.waitedSeconds, 1);
        QVERIFY2(waited.elapsed() >= 900 && waited.elapsed() < 10000,
                 qPrintable(QString::number(waited.elapsed())));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        const StorageError saved = Storage::EngagementRepository(mine).update(e);
        QVERIFY2(saved.isNull(), qPrintable(saved.toString()));
    }

    // The server ends the connection in the middle of a write: the error says so, the server keeps
    // the data as before the transaction, and the next statement works on a new connection.
    void shouldKeepTheDataWhenTheConnectionIsLostMidTransaction()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database db;
        QVERIFY(db.open(address).isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE engagements SET notes = 'half' WHERE id = %1").arg(e.id)));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
            const int pid = q.value(0).toInt();
            QString error;
            QVERIFY2(
                StorageTest::serverExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid), &error),
                qPrintable(error));
            QVERIFY(!q.exec(QStringLiteral("UPDATE engagements SET notes = 'more' WHERE id = %1").arg(e.id)));
            QVERIFY(!guard.commit());
        }
        db.releaseThreadConnection();
        QVector<Domain::Engagement> all;
        QVERIFY(Storage::EngagementRepository(db).all(&all).isNull());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().notes, e.notes);
    }

    void shouldRefuseABackupAndPointToTheCopy()
    {
        QString address;
        DD_FRESH_DATABASE_OF(address, QStringLiteral("postgresql"), m_dir.path());
        Database db;
        QVERIFY(db.open(address).isNull());
        const StorageError error = db.backupTo(m_dir.filePath(QStringLiteral("backup.sqlite")));
        QCOMPARE(error.kind, StorageError::Kind::BackupFailed);
        QVERIFY2(error.detail.contains(QLatin1String("db copy")), qPrintable(error.detail));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("backup.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"

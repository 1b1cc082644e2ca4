// `deliverydesk db check|backup` and what every command does with a file it refuses: the real
// binary on real files, compared byte for byte (sha256) before and after. Those are SQLite files
// by nature (their bytes are the point); what applies to a team database (issue 15) runs on the test
// server: `db check` reads it, `db backup` is refused with a pointer to pg_dump.
#include "tests/cli/clirun.h"
#include "tests/storage/testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/importtestdatabase.h"
#include "tests/storage/olderdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

using CliTest::Run;

const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");
const QString s_key = QStringLiteral("NORDSHOP");

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

Run run(const QStringList &arguments, int timeoutMs = 120000)
{
    return CliTest::runCli(arguments, {}, CliTest::headlessEnvironment(), timeoutMs);
}

Run import(const QString &database, const QString &file, int timeoutMs = 120000)
{
    return run({QStringLiteral("import"), QStringLiteral("--database"), database,
                QStringLiteral("--engagement"), s_key, QStringLiteral("--source"),
                QStringLiteral("servicenow-events"), file},
               timeoutMs);
}

/// Runs `sql` on `path` through a plain SQLite connection (another program's view of the file).
bool exec(const QString &path, const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : sql)
            ok = ok && query.exec(statement);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

/// Every stderr line of a failure starts with "deliverydesk: " and there is exactly one.
bool oneReasonLine(const Run &r)
{
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() == 1 && lines.constFirst().startsWith(QLatin1String("deliverydesk: "));
}

} // namespace

class TestDbCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A database with one engagement and the ServiceNow sample imported, its WAL checkpointed
    /// into the file (so that its bytes are the whole database).
    QString importedDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        {
            Storage::Database db;
            if (!db.open(path, Storage::Database::Access::ReadWrite,
                         Storage::Database::Creation::CreateIfMissing)
                     .isNull())
                return {};
            Domain::Engagement e = ImportTest::engagement(s_key);
            if (!Storage::EngagementRepository(db).insert(&e).isNull())
                return {};
        }
        if (import(path, s_sample).code != 0)
            return {};
        return exec(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) ? path : QString();
    }

private slots:
    void shouldLeaveARefusedFileByteForByte_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("another application's SQLite file")
            << QStringLiteral("other") << QStringLiteral("not a Delivery Desk");
        QTest::newRow("a newer schema") << QStringLiteral("newer") << QStringLiteral("newer");
        QTest::newRow("a zero-byte file") << QStringLiteral("empty") << QStringLiteral("empty");
        QTest::newRow("a database with a dropped table")
            << QStringLiteral("dropped") << QStringLiteral("missing");
    }

    void shouldLeaveARefusedFileByteForByte()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reasonPart);
        const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("other")) {
            // Rollback-journal mode, as most applications leave their files: WAL would change the header.
            QVERIFY(exec(path, {QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT)"),
                                QStringLiteral("INSERT INTO customers VALUES (1, 'Anna')")}));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(ImportTest::writeFile(path, QByteArray()));
        } else {
            QFile::copy(importedDatabase(QStringLiteral("source-%1.sqlite").arg(kind)), path);
            QVERIFY(
                exec(path, {kind == QLatin1String("newer")
                                ? QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                 "VALUES (999, 'future', 0)")
                                : QStringLiteral("DROP TABLE worklogs"),
                            QStringLiteral("PRAGMA journal_mode = DELETE")}));
        }
        const QByteArray before = sha256(path);
        QVERIFY(!before.isEmpty() || kind == QLatin1String("empty"));
        const qint64 sizeBefore = QFileInfo(path).size();

        const Run r = import(path, s_sample);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneReasonLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(reasonPart), qPrintable(r.err));
        QCOMPARE(sha256(path), before);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        // A look with another command leaves it as it is too.
        QCOMPARE(
            run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"), path})
                .code,
            1);
        QCOMPARE(sha256(path), before);
    }

    void shouldSayWhenACommandUpdatedAnOlderFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.sqlite"));
        QVERIFY(!StorageTest::makeOlderDatabase(path, 12, 64).isEmpty());
        // A look reads it as it is: nothing updated, nothing to say.
        const Run look =
            run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"), path});
        QVERIFY2(look.code == 0, qPrintable(look.err));
        QCOMPARE(look.err, QString());
        QCOMPARE(StorageTest::schemaVersionOf(path), 12);
        // A command that writes updates it first, and says so with the backup's name.
        const QStringList set{QStringLiteral("settings"), QStringLiteral("--database"), path,
                              QStringLiteral("team-zone"), QStringLiteral("Europe/Stockholm")};
        const Run first = run(set);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(StorageTest::schemaVersionOf(path) > 12);
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("older.sqlite.v12-*.backup")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(first.err,
                 QStringLiteral("note: %1 was updated for this version of Delivery Desk; the file as it "
                                "was is kept as %2\n")
                     .arg(path, dir.filePath(backups.first())));
        QCOMPARE(StorageTest::schemaVersionOf(dir.filePath(backups.first())), 12);
        // Once updated, nothing to say.
        const Run second = run(set);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(second.err, QString());
    }

    void shouldCheckASoundDatabase()
    {
        const QString path = importedDatabase(QStringLiteral("sound.sqlite"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha256(path);
        const Run r =
            run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("no damage found")));
        QCOMPARE(sha256(path), before);
    }

    void shouldCheckAServerDatabase()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        {
            Storage::Database db;
            QVERIFY(db.open(server, Storage::Database::Access::ReadWrite).isNull());
            Domain::Engagement e = ImportTest::engagement(s_key);
            QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        }
        QCOMPARE(import(server, s_sample).code, 0);
        const Run r =
            run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), server});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(server + QStringLiteral(": no damage found")), qPrintable(r.out));
    }

    void shouldRefuseToBackUpAServerDatabaseWithAPointer()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        {
            Storage::Database db; // the schema, so that the refusal is about backing up, not opening
            QVERIFY(db.open(server, Storage::Database::Access::ReadWrite).isNull());
        }
        const QString out = m_dir.filePath(QStringLiteral("server-backup.sqlite"));
        const Run r = run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--database"),
                           server, QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(oneReasonLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("pg_dump")) && r.err.contains(QLatin1String("db copy")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void shouldBackUpAndRefuseToOverwrite()
    {
        const QString path = importedDatabase(QStringLiteral("tobackup.sqlite"));
        const QString out = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const Run r = run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--database"), path,
                           QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The copy holds the same data as the original.
        Storage::Database original;
        Storage::Database copy;
        QVERIFY(original.open(path, Storage::Database::Access::ReadOnly).isNull());
        QVERIFY(copy.open(out, Storage::Database::Access::ReadOnly).isNull());
        QCOMPARE(ImportTest::checksum(copy), ImportTest::checksum(original));
        QVERIFY(ImportTest::count(copy, QStringLiteral("tickets")) > 0);
        // A second backup to the same file is refused, the first left as it is.
        const QByteArray first = sha256(out);
        const Run again = run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--database"),
                               path, QStringLiteral("--out"), out});
        QCOMPARE(again.code, 1);
        QVERIFY(oneReasonLine(again));
        QCOMPARE(sha256(out), first);
    }

    // 8 KiB of random bytes at 60 % of a real database: reads may still work, but no import may
    // commit into it; the refusal names the last backup, and db check reports the damage. (The
    // check runs once the import has changed a row: one ticket is edited first, so that the
    // import of the same file has something to write.)
    void shouldRefuseToImportIntoADamagedDatabase()
    {
        const QString path = importedDatabase(QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(path, {QStringLiteral("UPDATE tickets SET title = title || ' (edited)' "
                                           "WHERE id = (SELECT MIN(id) FROM tickets)")}));
        const QString backup = path + QStringLiteral(".20260101-000000.backup");
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--database"), path,
                      QStringLiteral("--out"), backup})
                     .code,
                 0);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 64 * 1024);
            QVERIFY(file.seek(file.size() * 6 / 10));
            QByteArray noise(8192, '\0');
            QRandomGenerator random(60);
            for (char &c : noise)
                c = char(random.bounded(256));
            QCOMPARE(file.write(noise), qint64(noise.size()));
        }
        const QByteArray before = sha256(path);
        const Run r = import(path, s_sample);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneReasonLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(backup)), qPrintable(r.err));
        QCOMPARE(sha256(path), before);

        const Run check =
            run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 1);
        QVERIFY(oneReasonLine(check));
        QVERIFY(!check.out.isEmpty());
        QCOMPARE(sha256(path), before);
    }

    // A FIFO with no writer used to block the import forever.
    void shouldRefuseAFifoAtOnce()
    {
        const QString path = importedDatabase(QStringLiteral("fifo.sqlite"));
        const QString fifo = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const Run r = import(path, fifo, 20000);
        QVERIFY(timer.elapsed() < 15000);
        QCOMPARE(r.code, 1);
        QVERIFY2(oneReasonLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        const Run folder = import(path, m_dir.path());
        QCOMPARE(folder.code, 1);
        QVERIFY2(folder.err.contains(QStringLiteral("folder")), qPrintable(folder.err));
    }
};

QTEST_GUILESS_MAIN(TestDbCommand)
#include "tst_dbcommand.moc"

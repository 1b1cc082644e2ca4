// Models::DatabaseUpgrade: which files opening would upgrade, and the upgrade off the GUI thread
// with its progress delivered on the job's thread, a Cancel leaving the file as it was.
#include "models/databaseupgrade.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "models/threadwaitcap.h"
#include "tests/storage/olderdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using Models::DatabaseUpgrade;
using Step = DatabaseUpgrade::Step;

class TestDatabaseUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellWhichFilesOpeningWouldUpgrade()
    {
        QTemporaryDir dir;
        const int latest = Storage::Migrator::latestVersion();
        // An older file does; one of this version does not
        const QString older =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), latest - 1, 1);
        QVERIFY(DatabaseUpgrade::isNeeded(older));
        const QString current = dir.filePath(QStringLiteral("current.sqlite"));
        {
            Storage::Database db;
            QVERIFY(db.open(current, Storage::Database::Access::ReadWrite,
                            Storage::Database::Creation::CreateIfMissing)
                        .isNull());
            // An offline bundle of an older version does not either: it opens read-only, as it is
            const QString bundle = dir.filePath(QStringLiteral("bundle.sqlite"));
            QVERIFY(
                Storage::BundleWriter(db).write(bundle, QString(), QDateTime::currentDateTimeUtc()).isNull());
            {
                QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bundle"));
                raw.setDatabaseName(bundle);
                QVERIFY(raw.open());
                QVERIFY(QSqlQuery(raw).exec(
                    QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(latest)));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("bundle"));
            QCOMPARE(StorageTest::schemaVersionOf(bundle), latest - 1);
            QVERIFY(!DatabaseUpgrade::isNeeded(bundle));
        }
        QVERIFY(!DatabaseUpgrade::isNeeded(current));
        // Nor anything the open itself refuses or a server decides
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database\n");
        text.close();
        QVERIFY(!DatabaseUpgrade::isNeeded(text.fileName()));
        QVERIFY(!DatabaseUpgrade::isNeeded(dir.filePath(QStringLiteral("missing.sqlite"))));
        QVERIFY(!DatabaseUpgrade::isNeeded(dir.path()));
        QVERIFY(!DatabaseUpgrade::isNeeded(QString()));
        QVERIFY(!DatabaseUpgrade::isNeeded(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")));
        // Looking changed nothing
        QCOMPARE(StorageTest::schemaVersionOf(older), latest - 1);
    }

    void shouldUpgradeOffTheGuiThreadAndReportOnThisOne()
    {
        QTemporaryDir dir;
        const int latest = Storage::Migrator::latestVersion();
        const QString path =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), latest - 1, 3072);
        QVERIFY(!path.isEmpty());
        DatabaseUpgrade upgrade;
        QVector<Step> steps;
        qint64 lastBackupDone = -1;
        qint64 backupTotal = 0;
        bool elsewhere = false;
        connect(&upgrade, &DatabaseUpgrade::progressed, this, [&](Step step, qint64 done, qint64 total) {
            elsewhere = elsewhere || QThread::currentThread() != thread();
            if (steps.isEmpty() || steps.last() != step)
                steps.append(step);
            if (step == Step::BackingUp) {
                lastBackupDone = done;
                backupTotal = total;
            }
        });
        QSignalSpy finished(&upgrade, &DatabaseUpgrade::finished);
        QVERIFY(upgrade.start(path));
        QVERIFY(upgrade.isRunning());
        QVERIFY(!upgrade.start(path)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!upgrade.isRunning());
        const auto error = finished.first().at(0).value<Storage::StorageError>();
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const QString backup = finished.first().at(1).toString();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(StorageTest::schemaVersionOf(backup), latest - 1);
        QCOMPARE(StorageTest::schemaVersionOf(path), latest);
        QVERIFY(!DatabaseUpgrade::isNeeded(path));
        QVERIFY(!elsewhere);
        QCOMPARE(steps, (QVector<Step>{Step::Checking, Step::BackingUp, Step::Migrating}));
        QVERIFY(backupTotal > 700);
        QCOMPARE(lastBackupDone, backupTotal);
    }

    void shouldLeaveTheFileAsItWasWhenCancelled()
    {
        QTemporaryDir dir;
        const int latest = Storage::Migrator::latestVersion();
        const QString path =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), latest - 1, 3072);
        DatabaseUpgrade upgrade;
        QSignalSpy finished(&upgrade, &DatabaseUpgrade::finished);
        // WHEN the user cancels as soon as it started (its check and backup take milliseconds more)
        QVERIFY(upgrade.start(path));
        upgrade.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        // THEN it reports the cancel, and the file is of its old version with no backup beside it
        const auto error = finished.first().at(0).value<Storage::StorageError>();
        QCOMPARE(error.kind, Storage::StorageError::Kind::UpgradeCancelled);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QCOMPARE(StorageTest::schemaVersionOf(path), latest - 1);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.backup")}).isEmpty());
        QVERIFY(DatabaseUpgrade::isNeeded(path));
        // AND a job gone while it runs waits for its worker, which stops
        {
            DatabaseUpgrade leaving;
            QVERIFY(leaving.start(path));
        }
        QCOMPARE(StorageTest::schemaVersionOf(path), latest - 1);
    }

    void shouldWaitForAnotherWriterNoLongerThanTheOpeningThreadWould()
    {
        QTemporaryDir dir;
        const int latest = Storage::Migrator::latestVersion();
        const QString path =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), latest - 1, 64);
        // GIVEN another program writing into the file, and the window's short wait on this thread
        const QString holder = QStringLiteral("another-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
            const Models::ThreadWaitCap windowWaits(300);
            // WHEN the upgrade reaches its migration, which the user cannot cancel
            DatabaseUpgrade upgrade;
            QSignalSpy finished(&upgrade, &DatabaseUpgrade::finished);
            QElapsedTimer waited;
            waited.start();
            QVERIFY(upgrade.start(path));
            // THEN it gives up as the window would (not after the command line's minute), as Busy
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
            QVERIFY2(waited.elapsed() < 15000, qPrintable(QString::number(waited.elapsed())));
            const auto error = finished.first().at(0).value<Storage::StorageError>();
            QCOMPARE(error.kind, Storage::StorageError::Kind::Busy);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(holder);
        QCOMPARE(StorageTest::schemaVersionOf(path), latest - 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUpgrade)
#include "tst_databaseupgrade.moc"

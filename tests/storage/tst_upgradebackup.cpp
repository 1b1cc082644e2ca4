// Opening a file of an older schema for writing: the check, the backup taken page by page and the
// migrations, as the window's progress dialog sees them (Storage::UpgradeWatch), and a Cancel
// before the first migration leaving the file as it was. SQLite only: a server has no backup file.
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "tests/storage/olderdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Storage::Database;
using Storage::StorageError;
using Storage::UpgradeWatch;
using Step = UpgradeWatch::Step;

namespace {

struct Report
{
    Step step;
    qint64 done;
    qint64 total;
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

int countSteps(const QVector<Report> &reports, Step step)
{
    return int(
        std::count_if(reports.cbegin(), reports.cend(), [step](const Report &r) { return r.step == step; }));
}

} // namespace

class TestUpgradeBackup : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportEveryStepAndKeepACompleteBackup()
    {
        // GIVEN a file of schema 12 with 3 MiB of rows (about 770 pages: three steps of the backup)
        QTemporaryDir dir;
        const int older = Storage::Migrator::latestVersion() - 1;
        const QString path =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), older, 3072);
        QVERIFY(!path.isEmpty());
        // WHEN it is opened for writing with a watch
        QVector<Report> reports;
        Database db;
        db.setUpgradeWatch({[&reports](Step step, qint64 done, qint64 total) {
                                reports.append({step, done, total});
                            },
                            nullptr});
        const StorageError error = db.open(path);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(db.schemaVersion(), Storage::Migrator::latestVersion());
        // THEN the check came first, then the backup in steps up to all its pages, then the migration
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.first().step, Step::Checking);
        QVector<Report> backup;
        std::copy_if(reports.cbegin(), reports.cend(), std::back_inserter(backup),
                     [](const Report &r) { return r.step == Step::BackingUp; });
        QVERIFY2(backup.size() >= 4, qPrintable(QString::number(backup.size())));
        const qint64 pages = backup.last().total;
        QVERIFY2(pages > 700, qPrintable(QString::number(pages)));
        QCOMPARE(backup.last().done, pages);
        for (int i = 1; i < backup.size(); ++i) {
            QVERIFY(backup.at(i).done >= backup.at(i - 1).done);
            QCOMPARE(backup.at(i).total, pages);
        }
        QVERIFY(backup.at(1).done < pages);
        QCOMPARE(reports.last().step, Step::Migrating);
        QCOMPARE(reports.last().done, 1);
        QCOMPARE(reports.last().total, 1);
        // AND the backup is the whole file of before: schema 12, every row, sound
        const QString copy = db.backupPath();
        db.close();
        QVERIFY(QFile::exists(copy));
        QCOMPARE(StorageTest::schemaVersionOf(copy), older);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            raw.setDatabaseName(copy);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM padding")) && query.next());
            QCOMPARE(query.value(0).toInt(), 3072);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*-journal")}).isEmpty());
    }

    void shouldLeaveTheFileAsItWasWhenCancelledBeforeTheFirstMigration_data()
    {
        QTest::addColumn<Step>("cancelAt");
        QTest::addColumn<bool>("whenComplete"); ///< at the step's last report, not its first
        QTest::newRow("during the check") << Step::Checking << false;
        QTest::newRow("during the backup") << Step::BackingUp << false;
        QTest::newRow("once the backup is complete") << Step::BackingUp << true;
    }

    void shouldLeaveTheFileAsItWasWhenCancelledBeforeTheFirstMigration()
    {
        QFETCH(Step, cancelAt);
        QFETCH(bool, whenComplete);
        QTemporaryDir dir;
        const int older = Storage::Migrator::latestVersion() - 1;
        const QString path =
            StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("older.sqlite")), older, 3072);
        QVERIFY(!path.isEmpty());
        const QByteArray before = sha256Of(path);
        // WHEN a Cancel comes as the step begins (the check: while SQLite runs it)
        const auto cancel = std::make_shared<Storage::UpgradeCancel>();
        QVector<Report> reports;
        Database db;
        db.setUpgradeWatch({[&](Step step, qint64 done, qint64 total) {
                                reports.append({step, done, total});
                                if (step == cancelAt && (!whenComplete || (total > 0 && done == total)))
                                    cancel->cancel();
                            },
                            cancel});
        const StorageError error = db.open(path);
        // THEN the open fails as cancelled, naming the file, and nothing after the step began
        QCOMPARE(error.kind, StorageError::Kind::UpgradeCancelled);
        QCOMPARE(error.record, QDir::toNativeSeparators(path));
        QVERIFY(!db.isOpen());
        QCOMPARE(countSteps(reports, Step::Migrating), 0);
        if (cancelAt == Step::Checking)
            QCOMPARE(countSteps(reports, Step::BackingUp), 0); // the check itself was stopped
        else
            QCOMPARE(reports.last().step, Step::BackingUp);
        if (whenComplete)
            QCOMPARE(reports.last().done, reports.last().total);
        else if (cancelAt == Step::BackingUp)
            QVERIFY(reports.last().done < reports.last().total); // stopped halfway
        // AND the file is byte for byte as it was, with no backup or journal left beside it
        QCOMPARE(sha256Of(path), before);
        QCOMPARE(StorageTest::schemaVersionOf(path), older);
        QVERIFY(
            QDir(dir.path()).entryList({QStringLiteral("*.backup"), QStringLiteral("*-journal")}).isEmpty());
        // AND the next opening upgrades it
        Database again;
        QVERIFY(again.open(path).isNull());
        QCOMPARE(again.schemaVersion(), Storage::Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestUpgradeBackup)
#include "tst_upgradebackup.moc"

// Opening a file of an older version from the window (File › Open…, a recent file, the start):
// its upgrade runs behind a progress dialog (Gui::DatabaseUpgradeRunner) before the portfolio
// opens it; Cancel leaves the file as it was and the open database open.
#include "models/portfolio.h"
#include "models/storage/migrator.h"
#include "tests/storage/olderdatabase.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using Gui::MainWindow;

class TestOpenUpgrade : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages;
    QTemporaryDir m_dir;

private slots:
    void init() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldUpgradeAnOlderFileThenOpenItAndSayWhereTheBackupIs()
    {
        const int latest = Storage::Migrator::latestVersion();
        const QString path =
            StorageTest::makeOlderDatabase(m_dir.filePath(QStringLiteral("older.sqlite")), latest - 1, 64);
        QVERIFY(!path.isEmpty());
        Models::Portfolio portfolio;
        MainWindow window(&portfolio, &m_languages);
        window.show();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(QFileInfo(portfolio.path()).fileName(), QStringLiteral("older.sqlite"));
        QCOMPARE(StorageTest::schemaVersionOf(path), latest);
        const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("older.sqlite.v*.backup")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(window.messageBar()->isVisible());
        const QString text = window.messageBar()->text();
        QVERIFY2(text.contains(QStringLiteral("older.sqlite was updated for this version")),
                 qPrintable(text));
        QVERIFY2(text.contains(backups.first()), qPrintable(text));
        // Opened again, it needs nothing: no second backup, no message
        window.messageBar()->dismiss();
        QVERIFY(window.openDatabase(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("older.sqlite.v*.backup")}).size(), 1);
        QVERIFY(!window.messageBar()->isVisible());
    }

    void shouldKeepTheOpenDatabaseAndTheFileWhenTheUpgradeIsCancelled_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("said");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("was cancelled: the file was left as it was");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("avbröts: filen lämnades som den var");
    }

    void shouldKeepTheOpenDatabaseAndTheFileWhenTheUpgradeIsCancelled()
    {
        QFETCH(QString, language);
        QFETCH(QString, said);
        QVERIFY(m_languages.setLanguage(language));
        const int latest = Storage::Migrator::latestVersion();
        QTemporaryDir dir;
        Models::Portfolio portfolio;
        QVERIFY(
            portfolio.createDemo(dir.filePath(QStringLiteral("keep.sqlite")), QDate(2026, 11, 25)).isNull());
        // 24 MiB: its check and backup take far longer than the window takes to see the Cancel
        const QString path = StorageTest::makeOlderDatabase(dir.filePath(QStringLiteral("large.sqlite")),
                                                            latest - 1, 24 * 1024);
        QVERIFY(!path.isEmpty());
        MainWindow window(&portfolio, &m_languages);
        window.show();
        // WHEN the user presses Cancel on the upgrade's dialog as soon as it waits
        bool dialogFound = false;
        QTimer::singleShot(0, &window, [&] {
            auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("databaseUpgradeProgress"));
            // Modal from the start: the window takes no input while the file is updated
            dialogFound =
                progress != nullptr && progress->isVisible() && QApplication::activeModalWidget() == progress;
            if (progress)
                emit progress->canceled();
        });
        QVERIFY(!window.openDatabase(path));
        QVERIFY(dialogFound);
        // THEN the database that was open stays open, the message bar says so, and the file is as it was
        QCOMPARE(QFileInfo(portfolio.path()).fileName(), QStringLiteral("keep.sqlite"));
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(said), qPrintable(window.messageBar()->text()));
        QCOMPARE(StorageTest::schemaVersionOf(path), latest - 1);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("large.sqlite.v*.backup")}).isEmpty());
        QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("databaseUpgradeProgress")));
    }
};

QTEST_MAIN(TestOpenUpgrade)
#include "tst_openupgrade.moc"

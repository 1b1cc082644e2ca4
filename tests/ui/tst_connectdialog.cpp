// File › Connect to a team database… on a real PostgreSQL server (the throwaway server of
// tests/storage/testdatabases.h): the password asked only when the server wants one and never
// written, a recent entry reopened, a lost connection said and reopened, and the window showing
// what another connection committed (on SQLite too).
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"
#include "ui/connectdialog.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>

namespace {
const QString s_role = QStringLiteral("dd_anna");
const QString s_password = QStringLiteral("Pw-7f3k-unique");

QString problemOf(const Gui::ConnectDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
}

void typePassword(Gui::ConnectDialog &dialog, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
}
} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;
    QString m_annaAddress; ///< a database on the test server that dd_anna opens with s_password

    /// `then` runs on the Connect dialog once the window has opened it (modal, as a user sees it).
    void onConnectDialog(Gui::MainWindow *window, std::function<void(Gui::ConnectDialog *)> then)
    {
        QTimer::singleShot(0, window, [window, then] {
            Gui::ConnectDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window->findChild<Gui::ConnectDialog *>()) != nullptr);
            QTRY_VERIFY(dialog->isVisible());
            then(dialog);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const StorageTest::FreshDatabase fresh =
            StorageTest::freshDatabase(QStringLiteral("postgresql"), m_dir.path(), QStringLiteral("team"));
        if (fresh.location.isEmpty()) {
            if (StorageTest::postgresRequired())
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required: ") + fresh.unavailable));
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fresh.unavailable));
        }
        QString error;
        QVERIFY2(StorageTest::addPasswordRole(s_role, s_password, &error), qPrintable(error));
        QUrl url(fresh.location);
        url.setUserName(s_role);
        m_annaAddress = url.toString();
    }

    void init()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QSettings().clear();
    }

    void shouldAskForThePasswordOnlyWhenTheServerWantsOneAndConnectWithIt()
    {
        Models::Portfolio portfolio;
        Gui::ConnectDialog dialog(&portfolio);
        dialog.setAddress(m_annaAddress);
        QCOMPARE(dialog.address(), m_annaAddress);
        QVERIFY(!dialog.isAskingForPassword());
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isAskingForPassword());
        QVERIFY2(problemOf(dialog).contains(QLatin1String("asks for a password")),
                 qPrintable(problemOf(dialog)));
        QVERIFY(!portfolio.isOpen());

        typePassword(dialog, s_password);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(portfolio.isOpen());
        QCOMPARE(portfolio.path(), m_annaAddress);
        QCOMPARE(portfolio.displayName(),
                 s_role + QStringLiteral("@127.0.0.1/") + QUrl(m_annaAddress).path().mid(1));
        // The session keeps the password: opening the address again asks nothing.
        portfolio.close();
        QVERIFY(portfolio.open(m_annaAddress).isNull());
    }

    void shouldSayTheWrongPasswordInTheDialogInTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("refused the user name or password");
        QTest::newRow("sv") << QStringLiteral("sv")
                            << QStringLiteral("avvisade användarnamnet eller lösenordet");
    }

    void shouldSayTheWrongPasswordInTheDialogInTheUsersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QVERIFY(m_languages.setLanguage(language));
        Models::Portfolio portfolio;
        Gui::ConnectDialog dialog(&portfolio);
        dialog.setAddress(m_annaAddress);
        dialog.askForPassword(QString());
        typePassword(dialog, QStringLiteral("not-it"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!portfolio.isOpen());
        const QString problem = problemOf(dialog);
        QVERIFY2(problem.contains(sentence), qPrintable(problem));
        // The server's words on the detail line, never the password.
        QVERIFY2(problem.contains(QLatin1String("password authentication failed")), qPrintable(problem));
        QVERIFY(!problem.contains(QLatin1String("not-it")));
        // A server that is not there says so, and the dialog stays open to correct it.
        dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(1);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(!problemOf(dialog).contains(sentence), qPrintable(problemOf(dialog)));
    }

    void shouldConnectFromTheWindowAndNeverWriteThePassword()
    {
        Models::Portfolio portfolio;
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        onConnectDialog(&window, [this](Gui::ConnectDialog *dialog) {
            dialog->setAddress(m_annaAddress);
            dialog->askForPassword(QString());
            typePassword(*dialog, s_password);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(window.connectToTeamDatabase());
        QVERIFY(portfolio.isOpen());
        QVERIFY2(window.windowTitle().startsWith(s_role + QStringLiteral("@127.0.0.1/")),
                 qPrintable(window.windowTitle()));
        window.close(); // writes the window's state as well
        QSettings settings;
        settings.sync();
        QCOMPARE(Gui::Preferences().recentFiles(), QStringList{m_annaAddress});
        QCOMPARE(Gui::Preferences().lastDatabase(), m_annaAddress);
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!settings.value(key).toString().contains(s_password), qPrintable(key));
            QVERIFY2(!settings.value(key).toStringList().join(QLatin1Char(' ')).contains(s_password),
                     qPrintable(key));
        }
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(s_password.toUtf8()));
    }

    void shouldReopenARecentEntryAskingForThePassword()
    {
        Gui::Preferences().addRecentFile(m_annaAddress);
        Models::Portfolio portfolio; // a new session: no password known
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        bool asked = false;
        onConnectDialog(&window, [&asked](Gui::ConnectDialog *dialog) {
            asked = dialog->isAskingForPassword();
            typePassword(*dialog, s_password);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(window.openDatabase(Gui::Preferences().recentFiles().constFirst()));
        QVERIFY(asked);
        QCOMPARE(portfolio.path(), m_annaAddress);

        // Cancel leaves the window as it was.
        Models::Portfolio other;
        Gui::MainWindow second(&other, &m_languages);
        onConnectDialog(&second, [](Gui::ConnectDialog *dialog) { dialog->reject(); });
        QVERIFY(!second.openDatabase(m_annaAddress));
        QVERIFY(!other.isOpen());
    }

    void shouldSayALostConnectionAndReconnectOnTheNextStep()
    {
        Models::Portfolio portfolio;
        QVERIFY(portfolio.connectTo(m_annaAddress, s_password).isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("LOST"));
        QVERIFY(portfolio.addEngagement(&e).isNull());
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        QString error;
        QVERIFY2(StorageTest::serverExec(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM "
                                                        "pg_stat_activity WHERE usename = '%1'")
                                             .arg(s_role),
                                         &error),
                 qPrintable(error));
        e.notes = QStringLiteral("after the server ended the connection");
        QCOMPARE(portfolio.updateEngagement(e).kind, Storage::StorageError::Kind::ConnectionLost);
        QVERIFY2(
            window.messageBar()->text().contains(QLatin1String("connection to the team database was lost")),
            qPrintable(window.messageBar()->text()));
        // The next step has a new connection, with the session's password.
        QVERIFY(portfolio.updateEngagement(e).isNull());
        QCOMPARE(portfolio.engagement(e.id).notes, e.notes);
    }

    void shouldShowWhatAnotherConnectionCommitted_data() { StorageTest::addDialectRows(); }

    void shouldShowWhatAnotherConnectionCommitted()
    {
        QFETCH(QString, dialect);
        QString location;
        DD_FRESH_DATABASE_OF(location, dialect, m_dir.path());
        Models::Portfolio portfolio;
        QVERIFY(portfolio
                    .open(location, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement first = StorageTest::engagement(QStringLiteral("FIRST"));
        QVERIFY(portfolio.addEngagement(&first).isNull());
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(portfolio.isWatching());
        QVERIFY(window.selectEngagementByKey(QStringLiteral("FIRST")));

        Storage::Database theirs;
        QVERIFY(theirs.open(location).isNull());
        Domain::Engagement second = StorageTest::engagement(QStringLiteral("SECOND"));
        QVERIFY(Storage::EngagementRepository(theirs).insert(&second).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(portfolio.engagements()->rowOfKey(QStringLiteral("SECOND")) >= 0, 8000);
        QCOMPARE(window.currentEngagementId(), first.id); // the selection stays

        first.client = QStringLiteral("Renamed elsewhere AB");
        QVERIFY(Storage::EngagementRepository(theirs).update(first).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(portfolio.engagement(first.id).client, first.client, 8000);
    }

    void shouldWaitWithTheRefreshWhileACellIsEdited()
    {
        const QString location = m_dir.filePath(QStringLiteral("editing.sqlite"));
        Models::Portfolio portfolio;
        QVERIFY(portfolio
                    .open(location, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement first = StorageTest::engagement(QStringLiteral("FIRST"));
        QVERIFY(portfolio.addEngagement(&first).isNull());
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *view = window.engagementList()->view();
        const QModelIndex cell = view->model()->index(0, 0);
        view->openPersistentEditor(cell);
        QWidget *editor = view->indexWidget(cell);
        QVERIFY(editor);
        editor->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor);

        Storage::Database theirs;
        QVERIFY(theirs.open(location).isNull());
        Domain::Engagement second = StorageTest::engagement(QStringLiteral("SECOND"));
        QVERIFY(Storage::EngagementRepository(theirs).insert(&second).isNull());
        // The watch looks every 2 s and the refresh follows 0.4 s later: long enough to have come.
        QTest::qWait(3500);
        QCOMPARE(portfolio.engagements()->rowOfKey(QStringLiteral("SECOND")), -1);
        QCOMPARE(view->indexWidget(cell), editor); // the user's editor is left alone

        view->closePersistentEditor(cell);
        view->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(portfolio.engagements()->rowOfKey(QStringLiteral("SECOND")) >= 0, 8000);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"

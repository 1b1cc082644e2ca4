#include "models/exchange/sources/importsources.h"
#include "models/importjob.h"
#include "models/importreporttext.h"
#include "models/portfolio.h"
#include "models/storage/bundlewriter.h"
#include "ui/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using Gui::ImportWizard;

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/") + name;
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Portfolio> m_portfolio;
    qint64 m_engagementId = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_portfolio->database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /// On the report page of a file with bad rows: strict mode refuses to commit; read it again skipping
    /// them.
    void skipBadRows(ImportWizard &wizard)
    {
        QVERIFY(wizard.report().rejectedCount > 0);
        QVERIFY(!wizard.currentPage()->isComplete());
        auto *skip = wizard.findChild<QPushButton *>(QStringLiteral("skipBadRows"));
        QVERIFY(skip->isVisible());
        skip->click();
        QTRY_VERIFY2_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ReportPageId && wizard.isStaged(),
                                  qPrintable(QStringLiteral("page %1 staged %2 finished %3 outcome %4: %5")
                                                 .arg(wizard.currentId())
                                                 .arg(wizard.isStaged())
                                                 .arg(wizard.isJobFinished())
                                                 .arg(int(wizard.report().outcome))
                                                 .arg(wizard.report().storageError.toString())),
                                  10000);
        QVERIFY2(wizard.report().isAcceptable(),
                 qPrintable(wizard.report().fileError.reason + wizard.report().storageError.toString()));
        QVERIFY(wizard.report().skipBadRows);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(!skip->isVisible());
    }

    /// Commit on the report page; the wizard closes once the job says the import is in.
    void commit(ImportWizard &wizard)
    {
        wizard.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 30000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    /// The import jobs the wizard still holds (a finished one is deleted once its worker ended).
    static int jobsHeld(const ImportWizard &wizard)
    {
        return int(wizard.findChildren<Models::ImportJob *>().size());
    }

    /// Another connection that takes the write lock, as another program would: a job then waits
    /// (up to the busy limit) to begin its transaction, until release().
    class WriteLock
    {
    public:
        explicit WriteLock(const QString &path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
            db.setDatabaseName(path);
            m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        ~WriteLock()
        {
            release();
            QSqlDatabase::removeDatabase(name());
        }
        bool isHeld() const { return m_held; }
        void release()
        {
            if (m_held)
                QSqlQuery(QSqlDatabase::database(name())).exec(QStringLiteral("ROLLBACK"));
            m_held = false;
            QSqlDatabase::database(name()).close();
        }

    private:
        static QString name() { return QStringLiteral("test-write-lock"); }
        bool m_held = false;
    };

    /// The warning the wizard left for the window it came from (none: nullptr).
    static QMessageBox *importWarning()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->objectName() == QLatin1String("importWarning") && box->isVisible())
                return box;
        }
        return nullptr;
    }

    /// Runs the wizard from the file page to the report page.
    void runToReport(ImportWizard &wizard)
    {
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        if (wizard.currentId() == ImportWizard::MappingPageId) {
            QVERIFY(wizard.currentPage()->isComplete());
            wizard.next();
        }
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPageId), 30000);
    }

private slots:
    void init()
    {
        m_portfolio = std::make_unique<Models::Portfolio>();
        static int s_count = 0;
        const QString path = m_dir.filePath(QStringLiteral("wizard-%1.sqlite").arg(++s_count));
        QVERIFY(m_portfolio
                    ->open(path, Storage::Database::Access::ReadWrite,
                           Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e;
        e.key = QStringLiteral("ACME");
        e.client = QStringLiteral("Acme Retail");
        e.start = QDate(2026, 1, 1);
        QVERIFY(m_portfolio->addEngagement(&e).isNull());
        m_engagementId = e.id;
    }
    void cleanup()
    {
        m_portfolio.reset();
        // A test that failed in Swedish leaves the next one in English all the same.
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void shouldDetectTheSourceFromTheHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::newRow("jira") << QStringLiteral("jira/jira_english.csv") << QStringLiteral("jira");
        QTest::newRow("kimai") << QStringLiteral("kimai/kimai_english.csv") << QStringLiteral("kimai");
        QTest::newRow("jira spanish") << QStringLiteral("jira/jira_spanish.csv") << QStringLiteral("jira");
        QTest::newRow("zendesk explore, one field a line")
            << QStringLiteral("zendesk/zendesk_explore.csv") << QStringLiteral("zendesk");
        QTest::newRow("unknown columns need a mapping")
            << QStringLiteral("mapped/generic_tickets.csv") << ImportWizard::mappingSourceId();
    }
    void shouldDetectTheSourceFromTheHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        ImportWizard wizard(m_portfolio.get());
        wizard.setFile(sample(file));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importSource"))->currentData().toString(),
                 source);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("importZone"))->currentText(),
                 QStringLiteral("Europe/Stockholm"));
    }

    // Issue 16: the wizard offers exactly the registry of import sources, by their translated names.
    void shouldOfferExactlyTheRegisteredSources()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        ImportWizard wizard(m_portfolio.get());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        auto *sources = wizard.findChild<QComboBox *>(QStringLiteral("importSource"));
        const QStringList ids = Exchange::ImportSources::ids();
        QCOMPARE(sources->count(), ids.size() + 1); // and "any other CSV" (no profile saved yet)
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(sources->itemData(i).toString(), ids.at(i));
        QCOMPARE(sources->itemData(ids.size()).toString(), ImportWizard::mappingSourceId());
        // Built with Swedish, renamed in English by the language change.
        QTRY_COMPARE(sources->itemText(int(ids.indexOf(QStringLiteral("zendesk")))),
                     QStringLiteral("Zendesk tickets"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTRY_COMPARE(sources->itemText(int(ids.indexOf(QStringLiteral("zendesk")))),
                     QStringLiteral("Ärenden från Zendesk"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    // Issue 17: the date order and one severity for every ticket are chosen on the first page.
    void shouldImportWithTheChosenDateOrderAndSeverity()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("servicenow/servicenow_no_priority.csv")));
        wizard.setEngagement(m_engagementId);
        auto *severity = wizard.findChild<QComboBox *>(QStringLiteral("importSeverity"));
        auto *order = wizard.findChild<QComboBox *>(QStringLiteral("importDateOrder"));
        QVERIFY(severity && order);
        QCOMPARE(severity->count(), 5);
        QCOMPARE(order->count(), 4);
        severity->setCurrentIndex(severity->findData(2));
        order->setCurrentIndex(3); // year-month-day
        runToReport(wizard);
        QVERIFY2(wizard.report().isAcceptable(), qPrintable(wizard.report().fileError.toString()));
        // The file is of 2025, ACME starts in 2026: Commit asks first (see
        // shouldAskBeforeImportingFarOutsideThePeriod).
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        commit(wizard);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE severity = 2")), 2);
    }

    void shouldImportAFileAndCommitIt()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        runToReport(wizard);
        QVERIFY(wizard.isStaged());
        const Storage::ImportReport report = wizard.report();
        QVERIFY(report.tickets.added > 0);
        QVERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), 0); // nothing before Commit
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        auto *committing = wizard.findChild<QLabel *>(QStringLiteral("importCommitting"));
        auto *committingBar = wizard.findChild<QProgressBar *>(QStringLiteral("importCommittingBar"));
        QVERIFY(committing && committingBar);
        QVERIFY(committing->isHidden() && committingBar->isHidden());
        wizard.accept();
        // While the commit runs on the job's worker (at a million tickets, seconds: the SLA results
        // are brought up to date), the page says so with a busy bar, and nothing can be pressed.
        QVERIFY(!committing->isHidden() && !committingBar->isHidden());
        QCOMPARE(committingBar->maximum(), 0);
        QVERIFY(!committing->text().isEmpty());
        QCOMPARE(committingBar->accessibleName(), committing->text());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 30000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(committing->isHidden());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), report.tickets.added);
    }

    // The report page has Back: it discards what was read (nothing written) and returns to the
    // file page, from where another choice is read again.
    void shouldGoBackFromTheReportToTheChoices()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        runToReport(wizard);
        QVERIFY(wizard.isStaged());
        QAbstractButton *back = wizard.button(QWizard::BackButton);
        QVERIFY(back->isVisible() && back->isEnabled());
        back->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::FilePageId), 5000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), 0);
        runToReport(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isStaged(), 10000);
        const qint64 added = wizard.report().tickets.added;
        QVERIFY(added > 0);
        commit(wizard);
        QVERIFY(wizard.report().isCommitted());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), added);
    }

    // The report shows the dates the file covers and how its priorities map to severities; a
    // changed severity is remembered (the mapping command's data) and the file read again with it.
    void shouldShowDatesAndRememberThePrioritiesSeverities()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        runToReport(wizard);
        auto *dates = wizard.findChild<QLabel *>(QStringLiteral("importDates"));
        QVERIFY(dates->isVisible());
        QVERIFY2(dates->text().contains(QStringLiteral("2026")), qPrintable(dates->text()));
        QCOMPARE(wizard.report().firstDate.year(), 2026);
        auto *priorities = wizard.findChild<QTableWidget *>(QStringLiteral("importPriorities"));
        QVERIFY(priorities->isVisible());
        int highest = -1;
        for (int row = 0; row < priorities->rowCount(); ++row)
            highest = priorities->item(row, 0)->text() == QLatin1String("Highest") ? row : highest;
        QVERIFY(highest >= 0);
        auto *severity = qobject_cast<QComboBox *>(priorities->cellWidget(highest, 1));
        QCOMPARE(severity->currentData().toInt(), 1); // the default mapping
        severity->setCurrentIndex(severity->findData(2));
        auto *apply = wizard.findChild<QPushButton *>(QStringLiteral("applySeverities"));
        QVERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ReportPageId && wizard.isStaged(),
                                 10000);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM value_mappings WHERE kind = 'priority' AND target = '2' "
                     "AND lower(source_value) = 'highest'")),
                 1);
        commit(wizard);
        QVERIFY(wizard.report().isCommitted());
        QCOMPARE(scalar(QStringLiteral("SELECT severity FROM tickets WHERE source_key = 'SUP-1'")), 2);
    }

    // Tickets far outside the engagement's period: Commit asks first; No keeps the report open.
    void shouldAskBeforeImportingFarOutsideThePeriod()
    {
        Domain::Engagement later;
        later.key = QStringLiteral("LATER");
        later.client = QStringLiteral("Later Retail");
        later.start = QDate(2027, 6, 1);
        QVERIFY(m_portfolio->addEngagement(&later).isNull());
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(later.id);
        runToReport(wizard);
        const auto answer = [](QMessageBox::StandardButton button, QString *text) {
            QTimer::singleShot(0, [button, text] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                *text = box->text();
                box->button(button)->click();
            });
        };
        QString asked;
        answer(QMessageBox::No, &asked);
        wizard.accept();
        QVERIFY2(asked.contains(QStringLiteral("LATER")), qPrintable(asked));
        QVERIFY(wizard.isVisible());
        QVERIFY(!wizard.report().isCommitted());
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), 0);
        asked.clear();
        answer(QMessageBox::Yes, &asked);
        commit(wizard);
        QVERIFY(!asked.isEmpty());
        QVERIFY(wizard.report().isCommitted());
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM tickets")) > 0);
    }

    void shouldNotCommitRejectedRowsInStrictMode()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
        runToReport(wizard);
        QVERIFY(wizard.report().rejectedCount > 0);
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.accept(); // as if forced: the job refuses and rolls back
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 30000);
        QVERIFY(!wizard.report().isCommitted());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM worklogs")), 0);
    }

    void shouldWriteNothingWhenCancelled()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
        runToReport(wizard);
        QVERIFY(wizard.report().worklogs.added > 0);
        wizard.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 30000);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM worklogs")), 0);
    }

    void shouldAskForTheRoleOfUnknownPersonsOnceAndRememberIt()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
        runToReport(wizard);
        skipBadRows(wizard);
        auto *persons = wizard.findChild<QTableWidget *>(QStringLiteral("unknownPersons"));
        QVERIFY(persons->rowCount() > 0);
        QCOMPARE(persons->rowCount(), wizard.report().unknownPersons.size());
        const QString person = persons->item(0, 0)->text();
        auto *role = qobject_cast<QComboBox *>(persons->cellWidget(0, 1));
        role->setCurrentIndex(role->findData(QStringLiteral("QA")));
        commit(wizard);
        QVERIFY(wizard.report().isCommitted());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM worklogs")), wizard.report().worklogs.added);
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM value_mappings WHERE kind = 'person-role' AND target = 'QA' "
                       "AND source_value = '%1'")
                       .arg(person)),
            1);
    }

    void shouldMapAnyOtherCsvAndSaveTheProfile()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("mapped/generic_tickets.csv")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("mappingPreview"));
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Ärendenummer"));
        QVERIFY(preview->rowCount() > 0);
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field-key"))->currentText(),
                 QStringLiteral("Ärendenummer"));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("field-created"))->currentText(),
                 QStringLiteral("Skapad"));
        wizard.findChild<QLineEdit *>(QStringLiteral("profileName"))
            ->setText(QStringLiteral("Kundens ärenden"));
        // Without the key column the mapping cannot import.
        auto *key = wizard.findChild<QComboBox *>(QStringLiteral("field-key"));
        key->setCurrentIndex(0);
        QVERIFY(!wizard.currentPage()->isComplete());
        key->setCurrentIndex(key->findText(QStringLiteral("Ärendenummer")));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPageId), 30000);
        QCOMPARE(wizard.source(), QStringLiteral("profile:Kundens ärenden"));
        // K-1 appears twice: the problems table names the line.
        auto *problems = wizard.findChild<QTableWidget *>(QStringLiteral("importProblems"));
        QVERIFY(problems->rowCount() > 0);
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("4"));
        skipBadRows(wizard);
        QCOMPARE(wizard.report().tickets.added, 2);
        commit(wizard);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM import_profiles WHERE name = 'Kundens ärenden'")), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE source = 'profile:Kundens ärenden'")),
            wizard.report().tickets.added);
    }

    void shouldShowTheBannerOfABundle()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("acme-bundle.sqlite"));
        QVERIFY(
            Storage::BundleWriter(*m_portfolio->database())
                .write(bundle, QStringLiteral("ACME"), QDateTime(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC))
                .isNull());
        Models::Portfolio portfolio;
        QVERIFY(portfolio.open(bundle).isNull());
        QVERIFY(portfolio.isReadOnly()); // opened read-only although read-write was asked for
        QCOMPARE(portfolio.bundleInfo().scope, QStringLiteral("ACME"));
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Acme Retail (ACME)")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("2026-11-25 10:15")), qPrintable(banner->text()));
        if (qEnvironmentVariableIsSet("DD_GRAB"))
            window.grab().save(qEnvironmentVariable("DD_GRAB") + QStringLiteral("/bundle.png"));
    }

    // Issue 16: Cancel while the job cannot go on (another program holds the write lock) returns at
    // once; the wizard stays until the job has stopped, then closes, and the job is deleted.
    void shouldCloseWithoutWaitingWhenCancelledWhileReading()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        WriteLock lock(m_portfolio->database()->path());
        QVERIFY(lock.isHeld());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        const QPointer<Models::ImportJob> job = wizard.job();
        QVERIFY(job);
        QElapsedTimer clock;
        clock.start();
        wizard.reject();
        QVERIFY2(clock.elapsed() < 1000,
                 qPrintable(QStringLiteral("reject() took %1 ms").arg(clock.elapsed())));
        // The job was waiting for the lock: the wizard waits for the job to stop, without blocking
        // anything, and the job stops waiting at once (within a quarter of a second), not when the
        // other program lets go (at most the busy limit, 60 s).
        QVERIFY(wizard.isVisible());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 5000);
        QVERIFY(lock.isHeld());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 10000);
        QCOMPARE(jobsHeld(wizard), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    }

    // Issue 16: Back from a reading that cannot go on, then Next at once: the new run starts only
    // when the discarded one has rolled back (it held the write transaction), and nothing waits.
    void shouldReadAgainOnlyWhenTheDiscardedRunHasStopped()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        WriteLock lock(m_portfolio->database()->path());
        QVERIFY(lock.isHeld());
        wizard.next();
        const QPointer<Models::ImportJob> discarded = wizard.job();
        QVERIFY(discarded);
        QElapsedTimer clock;
        clock.start();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!wizard.job());
        wizard.next();
        QVERIFY2(clock.elapsed() < 1000,
                 qPrintable(QStringLiteral("Back and Next took %1 ms").arg(clock.elapsed())));
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
        QVERIFY(!wizard.job()); // not before the discarded run has stopped
        QCOMPARE(jobsHeld(wizard), 1);
        QVERIFY(!wizard.currentPage()->isComplete());
        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ReportPageId && wizard.isStaged(),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(discarded.isNull(), 10000);
        QCOMPARE(jobsHeld(wizard), 1);
        const qint64 added = wizard.report().tickets.added;
        QVERIFY(added > 0);
        commit(wizard);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), added);
        QTRY_COMPARE_WITH_TIMEOUT(jobsHeld(wizard), 0, 10000);
    }

    // Issue 16: every run the user discards (Back from the report) is deleted once it has stopped.
    void shouldKeepNoFinishedJob()
    {
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("jira/jira_english.csv")));
        wizard.setEngagement(m_engagementId);
        QList<QPointer<Models::ImportJob>> jobs;
        for (int round = 0; round < 3; ++round) {
            runToReport(wizard);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.isStaged(), 10000);
            jobs.append(wizard.job());
            QVERIFY(jobs.last());
            wizard.button(QWizard::BackButton)->click();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::FilePageId), 5000);
        }
        for (const QPointer<Models::ImportJob> &job : jobs)
            QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 10000);
        QCOMPARE(jobsHeld(wizard), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tickets")), 0);
    }

    // Issue 16: the roles chosen for unknown persons are saved after the commit; when that fails
    // the user is told (the import itself is in).
    void shouldSayWhenTheRolesCannotBeRemembered()
    {
        QSqlQuery refuse(m_portfolio->database()->connection());
        QVERIFY(refuse.exec(
            QStringLiteral("CREATE TRIGGER refuse_roles BEFORE INSERT ON value_mappings "
                           "WHEN NEW.kind = 'person-role' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        ImportWizard wizard(m_portfolio.get());
        wizard.show();
        wizard.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
        runToReport(wizard);
        skipBadRows(wizard);
        auto *persons = wizard.findChild<QTableWidget *>(QStringLiteral("unknownPersons"));
        QVERIFY(persons->rowCount() > 0);
        auto *role = qobject_cast<QComboBox *>(persons->cellWidget(0, 1));
        role->setCurrentIndex(role->findData(QStringLiteral("QA")));
        commit(wizard);
        QVERIFY(wizard.report().isCommitted());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM worklogs")), wizard.report().worklogs.added);
        QTRY_VERIFY(importWarning());
        QVERIFY2(importWarning()->text().contains(QStringLiteral("not remembered")),
                 qPrintable(importWarning()->text()));
        importWarning()->close();
    }

    // Issue 16: the report of the skipped rows is saved next to the database after the commit;
    // when it cannot be, the user is told in their language where and why.
    void shouldSayWhenTheReportOfSkippedRowsCannotBeSaved()
    {
        const QDateTime now(QDate(2026, 12, 5), QTime(7, 30), Qt::UTC);
        const QString path = Models::ImportReportText::reportFilePath(m_portfolio->database()->path(),
                                                                      QStringLiteral("kimai"), now);
        QVERIFY(QDir().mkpath(path)); // a folder where the file should go: it cannot be written
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        ImportWizard wizard(m_portfolio.get());
        wizard.setNow(now);
        wizard.show();
        wizard.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
        runToReport(wizard);
        skipBadRows(wizard);
        commit(wizard);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QVERIFY(wizard.report().isCommitted());
        QTRY_VERIFY(importWarning());
        const QString text = importWarning()->text();
        importWarning()->close();
        QVERIFY2(text.startsWith(QStringLiteral("Importen är sparad")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    }

    void grabPagesWhenAsked()
    {
        if (!qEnvironmentVariableIsSet("DD_GRAB"))
            QSKIP("set DD_GRAB=folder to save pictures of the wizard pages");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            QVERIFY(m_languages.setLanguage(language));
            const QString prefix =
                qEnvironmentVariable("DD_GRAB") + QLatin1Char('/') + language + QLatin1Char('-');
            {
                ImportWizard wizard(m_portfolio.get());
                wizard.show();
                wizard.setFile(sample(QStringLiteral("mapped/generic_tickets.csv")));
                wizard.grab().save(prefix + QStringLiteral("file.png"));
                wizard.next();
                wizard.grab().save(prefix + QStringLiteral("mapping.png"));
                // The first language saved the profile: the second is asked whether to replace it.
                QTimer::singleShot(0, &wizard, [] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                        box->findChild<QPushButton *>(QStringLiteral("replaceProfileButton"))->click();
                });
                wizard.next();
                QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ReportPageId), 30000);
                wizard.grab().save(prefix + QStringLiteral("report.png"));
                wizard.reject(); // its transaction would keep the next one waiting
                QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
            }
            {
                ImportWizard jira(m_portfolio.get());
                jira.show();
                jira.setFile(sample(QStringLiteral("jira/jira_english.csv")));
                WriteLock lock(m_portfolio->database()->path()); // holds the run page while it is grabbed
                jira.next();
                QCOMPARE(jira.currentId(), int(ImportWizard::RunPageId));
                jira.grab().save(prefix + QStringLiteral("run.png"));
                lock.release();
                jira.reject();
                QTRY_VERIFY_WITH_TIMEOUT(!jira.isVisible(), 10000);
            }
            ImportWizard kimai(m_portfolio.get());
            kimai.show();
            kimai.setFile(sample(QStringLiteral("kimai/kimai_english.csv")));
            runToReport(kimai);
            kimai.grab().save(prefix + QStringLiteral("report-kimai.png"));
            kimai.reject();
            QTRY_VERIFY_WITH_TIMEOUT(!kimai.isVisible(), 10000);
        }
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"

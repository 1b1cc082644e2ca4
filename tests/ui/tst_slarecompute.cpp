// Recompute SLA results from the window (issue 13: "a full recompute … with progress and Cancel
// when run from the window"): Gui::SlaRecomputeRunner behind Edit › Recompute SLA results and the
// SLA page's button, over Models::SlaRecomputer.
#include "models/engagementlistmodel.h"
#include "models/portfolio.h"
#include "models/slacomplianceloader.h"
#include "models/storage/database.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/slapage.h"
#include "ui/slarecomputerunner.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {

/// The demo's results are evaluated at the end of its last day (Portfolio::createDemo).
const QDate s_asOf(2026, 6, 30);
const qint64 s_demoNow = QDateTime(s_asOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

} // namespace

class TestSlaRecompute : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;
    int m_files = 0;

    /// A fresh demo database, opened in `portfolio`; the id of `key`.
    qint64 openDemo(Models::Portfolio *portfolio, const QString &key)
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_files));
        if (!portfolio->createDemo(path, s_asOf).isNull())
            return 0;
        return portfolio->engagements()->engagementAt(portfolio->engagements()->rowOfKey(key)).id;
    }

    static QVector<Domain::MonthlyCompliance> compliance(const Models::Portfolio &portfolio, qint64 id)
    {
        QVector<Domain::MonthlyCompliance> rows;
        const Storage::StorageError error =
            Models::SlaComplianceLoader(*portfolio.database())
                .compliance(portfolio.engagement(id), QDate(), QDate(), &rows);
        return error ? QVector<Domain::MonthlyCompliance>{} : rows;
    }

    static int storedResults(const Models::Portfolio &portfolio, qint64 id)
    {
        QSqlQuery q(portfolio.database()->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sla_results WHERE engagement_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    static bool storeComputedAt(const Models::Portfolio &portfolio, qint64 id, qint64 at)
    {
        QSqlQuery q(portfolio.database()->connection());
        q.prepare(QStringLiteral("UPDATE sla_evaluations SET computed_at = ? WHERE engagement_id = ?"));
        q.addBindValue(at);
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    }

    /// What an older version, a lost write or a calendar changed by another program leaves: no
    /// stored results at all.
    static bool forgetResults(const Models::Portfolio &portfolio, qint64 id)
    {
        for (const char *table : {"sla_results", "sla_monthly_compliance", "sla_evaluations"}) {
            QSqlQuery q(portfolio.database()->connection());
            if (!q.prepare(
                    QStringLiteral("DELETE FROM %1 WHERE engagement_id = ?").arg(QLatin1String(table))))
                return false;
            q.addBindValue(id);
            if (!q.exec())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void shouldStoreTheResultsAgainWithProgressAndShowThem()
    {
        Models::Portfolio portfolio;
        const qint64 id = openDemo(&portfolio, QStringLiteral("FJALLGEAR"));
        QVERIFY(id != 0);
        const QVector<Domain::MonthlyCompliance> stored = compliance(portfolio, id);
        const int results = storedResults(portfolio, id);
        QVERIFY(!stored.isEmpty());
        QVERIFY(results > 0);
        Gui::MainWindow window(&portfolio, &m_languages);
        window.show();
        window.engagementList()->selectEngagement(id);
        QVERIFY(window.showPage(QStringLiteral("sla")));
        auto *page = window.findChild<Gui::SlaPage *>();
        QTRY_VERIFY(!page->isLoading());
        auto *evaluated = page->findChild<QLabel *>(QStringLiteral("slaEvaluated"));
        QVERIFY(evaluated->text().startsWith(QLatin1String("SLA computed 2026-07-01 ")));
        auto *action = window.findChild<QAction *>(QStringLiteral("recomputeSlaAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(page->findChild<QToolButton *>(QStringLiteral("recomputeButton"))->defaultAction(), action);

        // GIVEN the results gone, as the page shows them
        QVERIFY(forgetResults(portfolio, id));
        portfolio.resultsRecomputed(id);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(evaluated->text(), QStringLiteral("SLA not computed yet"));

        // WHEN they are recomputed at the demo's instant, progress counting the tickets
        Gui::SlaRecomputeRunner *runner = window.slaRecomputeRunner();
        QSignalSpy finished(runner, &Gui::SlaRecomputeRunner::finished);
        runner->start(id, QDateTime::fromSecsSinceEpoch(s_demoNow, QTimeZone::utc()));
        QVERIFY(runner->isRunning());
        QPointer<QProgressDialog> progress = runner->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->windowModality(), Qt::WindowModal);
        int valueAtEnd = -1;
        connect(runner, &Gui::SlaRecomputeRunner::finished, this, [&] {
            if (progress)
                valueAtEnd = progress->value() * 1000 / qMax(1, progress->maximum());
        });
        QVERIFY(finished.wait(20000));

        // THEN every stored figure is back, the same as before, and the page shows it
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(valueAtEnd, 1000);
        QCOMPARE(storedResults(portfolio, id), results);
        QCOMPARE(compliance(portfolio, id), stored);
        QVERIFY2(window.messageBar()->text().startsWith(
                     QStringLiteral("SLA results of FJALLGEAR recomputed: %1 tickets in ").arg(results)),
                 qPrintable(window.messageBar()->text()));
        QTRY_VERIFY(!page->isLoading());
        QVERIFY2(evaluated->text().startsWith(QLatin1String("SLA computed 2026-07-01 ")),
                 qPrintable(evaluated->text()));
        QVERIFY(action->isEnabled());
        // Computed from today's rules, though as of the demo's 1 July: no warning.
        auto *stale = page->findChild<QLabel *>(QStringLiteral("slaStale"));
        QVERIFY2(!stale->isVisible(), qPrintable(stale->text()));
        // GIVEN the results stored an hour before the demo's calendar and policy rows, as a
        // recompute cancelled after a change leaves them: the page says so.
        QVERIFY(storeComputedAt(portfolio, id, QDateTime::currentSecsSinceEpoch() - 3600));
        portfolio.resultsRecomputed(id);
        QTRY_VERIFY(stale->isVisible()); // once the page has read the figures again
        QVERIFY2(stale->text().startsWith(QLatin1String("The SLA results were computed before ")),
                 qPrintable(stale->text()));

        // AND the action recomputes as of now
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        action->trigger();
        QVERIFY(window.slaRecomputeRunner()->isRunning());
        QVERIFY(!action->isEnabled()); // one at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(page->overview().evaluatedAt && *page->overview().evaluatedAt >= before);
        QVERIFY2(!evaluated->text().startsWith(QLatin1String("SLA computed 2026-07-01 ")),
                 qPrintable(evaluated->text()));
        QVERIFY2(!stale->isVisible(), qPrintable(stale->text())); // computed on today's rules
    }

    void shouldLeaveTheStoredResultsAsTheyWereWhenCancelled()
    {
        Models::Portfolio portfolio;
        const qint64 id = openDemo(&portfolio, QStringLiteral("NORDSHOP"));
        QVERIFY(id != 0);
        const QVector<Domain::MonthlyCompliance> stored = compliance(portfolio, id);
        QVERIFY(forgetResults(portfolio, id));
        QWidget window;
        Gui::SlaRecomputeRunner runner(&portfolio, &window);
        QSignalSpy finished(&runner, &Gui::SlaRecomputeRunner::finished);
        QSignalSpy messages(&runner, &Gui::SlaRecomputeRunner::message);
        QSignalSpy changed(&portfolio, &Models::Portfolio::engagementChanged);
        runner.start(id, QDateTime::fromSecsSinceEpoch(s_demoNow, QTimeZone::utc()));
        // The progress dialog's Cancel, clicked before the worker has read its first tickets.
        QVERIFY(runner.progressDialog());
        QPushButton *cancel = runner.progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(messages.at(0).at(0).toString(),
                 QStringLiteral(
                     "The SLA recompute of NORDSHOP was cancelled; the stored results are as they were."));
        QCOMPARE(messages.at(0).at(1).toBool(), false);
        QCOMPARE(storedResults(portfolio, id), 0);
        QVERIFY(compliance(portfolio, id).isEmpty());
        QCOMPARE(changed.count(), 0);
        // AND it can run again, and stores what was there
        runner.start(id, QDateTime::fromSecsSinceEpoch(s_demoNow, QTimeZone::utc()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(compliance(portfolio, id), stored);
        QCOMPARE(changed.count(), 1);
    }

    void shouldRecomputeNothingInADatabaseThatCannotBeChanged()
    {
        Models::Portfolio writer;
        const qint64 id = openDemo(&writer, QStringLiteral("BALTICHOME"));
        QVERIFY(id != 0);
        const QString path = writer.path();
        writer.close();
        Models::Portfolio portfolio;
        QVERIFY(portfolio.open(path, Storage::Database::Access::ReadOnly).isNull());
        Gui::MainWindow window(&portfolio, &m_languages);
        window.engagementList()->selectEngagement(id);
        QCOMPARE(window.currentEngagementId(), id);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("recomputeSlaAction"))->isEnabled());
        window.slaRecomputeRunner()->start(id);
        QVERIFY(!window.slaRecomputeRunner()->isRunning());
        QVERIFY(!window.slaRecomputeRunner()->progressDialog());
    }

    void shouldStopARunningRecomputeBeforeTheDatabaseGoes()
    {
        Models::Portfolio portfolio;
        const qint64 id = openDemo(&portfolio, QStringLiteral("ATLANTICPET"));
        QVERIFY(id != 0);
        const QVector<Domain::MonthlyCompliance> stored = compliance(portfolio, id);
        const QString path = portfolio.path();
        QWidget window;
        Gui::SlaRecomputeRunner runner(&portfolio, &window);
        QSignalSpy finished(&runner, &Gui::SlaRecomputeRunner::finished);
        runner.start(id, QDateTime::fromSecsSinceEpoch(s_demoNow + 86400, QTimeZone::utc()));
        QVERIFY(runner.isRunning());
        portfolio.close(); // waits for the worker, which writes nothing
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.progressDialog());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QVERIFY(portfolio.open(path).isNull());
        QCOMPARE(compliance(portfolio, id), stored);
    }
};

QTEST_MAIN(TestSlaRecompute)
#include "tst_slarecompute.moc"

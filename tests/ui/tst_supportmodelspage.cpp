#include "models/portfolio.h"
#include "models/supportmodelwhatifjob.h"
#include "models/supportmodelwhatifmodel.h"
#include "tests/models/workerjobwait.h"
#include "ui/diagram/diagrambox.h"
#include "ui/diagram/diagramview.h"
#include "ui/languagemanager.h"
#include "ui/supportmodelspage.h"

#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using Model = Models::SupportModelWhatIfModel;
using Domain::SupportModel;

class TestSupportModelsPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

    qint64 idOf(const char *key) const
    {
        const int row = m_portfolio.engagements()->rowOfKey(QLatin1String(key));
        return row < 0 ? 0 : m_portfolio.engagements()->engagementAt(row).id;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25))
                    .isNull());
    }
    void cleanupTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void shouldCompareTheFourModelsPointByPoint()
    {
        Gui::SupportModelsPage page(&m_portfolio);
        page.setNow(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        page.showEngagement(idOf("FJALLGEAR"));
        page.resize(1280, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Each model is a small diagram of its levels with its marks
        for (int m = 0; m < Domain::SupportModelCount; ++m) {
            QVERIFY(page.diagram(m));
            QVERIFY(page.diagram(m)->boxes().size() >= 6);
        }
        int badges = 0;
        for (const Gui::DiagramBox *b : page.diagram(int(SupportModel::ManagedService))->boxes())
            badges +=
                b->title() == QStringLiteral("24×7") && b->state() == Gui::DiagramBox::State::InForce ? 1 : 0;
        QVERIFY(badges >= 1);
        for (const Gui::DiagramBox *b : page.diagram(int(SupportModel::FixedCapacity))->boxes())
            QVERIFY(b->kind() != Gui::DiagramBox::Kind::Badge);
        // Point by point: 24×7 and DevOps differ as the catalogue says
        QVERIFY(
            page.comparisonText(2, int(SupportModel::ManagedService)).startsWith(QStringLiteral("Included")));
        QCOMPARE(page.comparisonText(2, int(SupportModel::FixedCapacity)), QStringLiteral("No"));
        QCOMPARE(page.comparisonText(4, int(SupportModel::ManagedService)),
                 QStringLiteral("Complete DevOps for hotfixes"));
        QVERIFY(page.comparisonText(0, int(SupportModel::FixedCapacity)).contains(QStringLiteral("40–160")));
        // The engagement's own model is highlighted
        QVERIFY(page.whatIf()
                    ->headerData(int(SupportModel::SlaHotfix), Qt::Horizontal)
                    .toString()
                    .replace(QLatin1Char(0x0a), QLatin1Char(0x20))
                    .contains(QStringLiteral("this engagement")));
        QVERIFY(page.diagram(int(SupportModel::SlaHotfix))->styleSheet().contains(QStringLiteral("3px")));
    }

    void shouldReplayTheLastMonthsUnderEachModel()
    {
        Gui::SupportModelsPage page(&m_portfolio);
        page.setNow(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        page.showEngagement(idOf("ATLANTICPET"));
        const Model *model = page.whatIf();
        QCOMPARE(model->rowCount(), int(Model::FigureCount));
        QCOMPARE(model->whatIf().firstMonth, QDate(2026, 8, 1));
        QCOMPARE(model->whatIf().lastMonth, QDate(2026, 10, 1));
        auto value = [model](Model::Figure f, SupportModel m) {
            return model->index(f, int(m)).data(Model::ValueRole);
        };
        QVERIFY(value(Model::Tickets, SupportModel::ManagedService).toInt() > 0);
        QCOMPARE(value(Model::UnderSla, SupportModel::FixedCapacity).toInt(), 0);
        QCOMPARE(value(Model::UnderSla, SupportModel::ManagedService).toInt(),
                 value(Model::Tickets, SupportModel::ManagedService).toInt());
        // Unlimited operational support draws less from the capacity than fixed capacity does
        QVERIFY(value(Model::CountedHours, SupportModel::ManagedService).toDouble() <=
                value(Model::CountedHours, SupportModel::FixedCapacity).toDouble());
        QVERIFY(!model->index(Model::Breached, 0).data(Qt::ToolTipRole).toString().isEmpty());
        page.setMonths(1);
        QCOMPARE(page.whatIf()->whatIf().months, 1);
        QCOMPARE(page.whatIf()->whatIf().firstMonth, QDate(2026, 10, 1));
    }

    void shouldSpeakSwedish()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        Gui::SupportModelsPage page(&m_portfolio);
        page.setNow(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
        page.showEngagement(idOf("NORDSHOP"));
        QCOMPARE(page.whatIf()->headerData(Model::UnderSla, Qt::Vertical).toString(),
                 QStringLiteral("Ärenden under SLA"));
        QCOMPARE(page.comparisonText(2, int(SupportModel::FixedCapacity)), QStringLiteral("Nej"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    // In the window the replay is read on a worker thread, only while the page is shown, and
    // gives the figures the page of its own reads at once; Cancel stops it and offers to replay.
    void shouldReplayOffTheWindowsThreadWhenShown()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        Gui::SupportModelsPage alone(&m_portfolio);
        alone.setNow(now);
        alone.showEngagement(idOf("FJALLGEAR"));
        QVERIFY(alone.whatIf()->rowCount() > 5);

        QWidget window;
        window.resize(1280, 900);
        auto *page = new Gui::SupportModelsPage(&m_portfolio, &window);
        page->setNow(now);
        page->hide();
        page->showEngagement(idOf("FJALLGEAR"));
        QVERIFY(!page->isReading()); // hidden: nothing read
        QCOMPARE(page->whatIf()->rowCount(), 0);
        window.show();
        page->show();
        QVERIFY(page->isReading()); // shown: read, not yet there
        QCOMPARE(page->whatIf()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading(), 20000);
        QCOMPARE(page->whatIf()->rowCount(), alone.whatIf()->rowCount());
        for (int r = 0; r < alone.whatIf()->rowCount(); ++r) {
            for (int c = 0; c < alone.whatIf()->columnCount(); ++c)
                QCOMPARE(page->whatIf()->index(r, c).data(), alone.whatIf()->index(r, c).data());
        }

        // Another engagement asked for while reading: only its figures are shown.
        page->showEngagement(idOf("ATLANTICPET"));
        page->showEngagement(idOf("NORDSHOP"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading(), 20000);
        Gui::SupportModelsPage nordshop(&m_portfolio);
        nordshop.setNow(now);
        nordshop.showEngagement(idOf("NORDSHOP"));
        QCOMPARE(page->whatIf()->rowCount(), nordshop.whatIf()->rowCount());
        QCOMPARE(page->whatIf()->index(0, 1).data(), nordshop.whatIf()->index(0, 1).data());

        // Cancel: nothing shown, and a button to replay again.
        page->showEngagement(idOf("FJALLGEAR"));
        QVERIFY(page->isReading());
        auto *cancel = page->findChild<QPushButton *>();
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading(), 20000);
        QCOMPARE(page->whatIf()->rowCount(), 0);
        QVERIFY(cancel->isVisible());
        // A change of language keeps what is shown: still cancelled, in the new language.
        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QTRY_COMPARE(cancel->text(), QStringLiteral("&Spela upp igen")); // the change comes as an event
        QVERIFY(cancel->isVisible());
        QVERIFY(!page->isReading());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(cancel->text(), QStringLiteral("&Replay again"));
        cancel->click();
        QVERIFY(page->isReading());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReading(), 20000);
        QCOMPARE(page->whatIf()->rowCount(), alone.whatIf()->rowCount());
    }

    // A replay dropped (no engagement chosen any more) whose work has ended, its result still
    // queued, then another engagement chosen: the dropped result neither ends the new replay's
    // busy state nor shows; the new one is shown. (Before the pages shared Gui::BackgroundRead
    // the dropped result ended the busy state while the new replay still ran.)
    void shouldKeepReadingWhenADroppedReplayEndsAfterANewChoice()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QWidget window;
        auto *page = new Gui::SupportModelsPage(&m_portfolio, &window);
        page->setNow(now);
        window.show();
        page->showEngagement(idOf("FJALLGEAR"));
        QVERIFY(page->isReading());
        auto *job = page->findChild<Models::SupportModelWhatIfJob *>();
        QVERIFY(job);
        page->showEngagement(0);
        QVERIFY(!page->isReading());
        QVERIFY(waitForWorkEnd(*job)); // no events: the dropped result stays queued
        page->showEngagement(idOf("NORDSHOP"));
        QVERIFY(page->isReading());
        // The busy state ends with NORDSHOP's figures shown, not before (events taken one batch at
        // a time: the dropped result comes first).
        QElapsedTimer waited;
        waited.start();
        while (page->isReading() && waited.elapsed() < 20000) {
            QCoreApplication::processEvents();
            QThread::msleep(1);
        }
        QVERIFY(!page->isReading());
        Gui::SupportModelsPage nordshop(&m_portfolio);
        nordshop.setNow(now);
        nordshop.showEngagement(idOf("NORDSHOP"));
        QCOMPARE(page->whatIf()->whatIf().lastMonth, nordshop.whatIf()->whatIf().lastMonth);
        QCOMPARE(page->whatIf()->rowCount(), nordshop.whatIf()->rowCount());
        QVERIFY(page->whatIf()->rowCount() > 0);
        QCOMPARE(page->whatIf()->index(0, 1).data(), nordshop.whatIf()->index(0, 1).data());
    }
};

QTEST_MAIN(TestSupportModelsPage)
#include "tst_supportmodelspage.moc"

// The SLA page on the demo database: the charts have the months and severities of the stored
// results, a click on a month filters the tickets below, the severity filter reaches every part,
// the at-risk list is the loader's at the page's `now`, a fixed-capacity engagement says in one
// sentence that it has no SLA, and the charts export as PNG and SVG.
#include "models/portfolio.h"
#include "models/slaatriskmodel.h"
#include "models/slaoverviewjob.h"
#include "models/slarecomputer.h"
#include "tests/models/workerjobwait.h"
#include "ui/charts/compliancetrendchart.h"
#include "ui/charts/slabreacheschart.h"
#include "ui/charts/sladistributionchart.h"
#include "ui/charttablecontainer.h"
#include "ui/languagemanager.h"
#include "ui/portfoliopage.h"
#include "ui/slapage.h"
#include "ui/ticketspanel.h"

#include <QComboBox>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using Gui::ComplianceTrendChart;

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
} // namespace

class TestSlaPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

    qint64 idOf(const QString &key) const
    {
        return m_portfolio.engagements()->engagementAt(m_portfolio.engagements()->rowOfKey(key)).id;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        const Storage::StorageError created =
            m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), s_asOf);
        QVERIFY2(created.isNull(), qPrintable(created.toString()));
        QVERIFY(Models::SlaRecomputer::recomputeAll(
                    *m_portfolio.database(),
                    QDateTime(s_asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                    .isNull());
    }

    void shouldDrawTheStoredMonthsAndSeverities()
    {
        // GIVEN the SLA page of a demo engagement with an SLA on every severity
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        page.resize(1300, 860);
        page.show();
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        // THEN the trend has the twelve months and a line per severity in both panes
        const Models::SlaOverview &data = page.overview();
        QCOMPARE(data.months.size(), 12);
        QCOMPARE(page.trendChart()->monthLabels().size(), 12);
        for (ComplianceTrendChart::Pane pane :
             {ComplianceTrendChart::Pane::Response, ComplianceTrendChart::Pane::Resolution}) {
            const QMap<QString, int> series = page.trendChart()->seriesPointCounts(pane);
            for (int s = 1; s <= 4; ++s) {
                // one point per month with measured tickets
                int measured = 0;
                for (const QDate &m : data.months) {
                    const Domain::MonthlyCompliance *c = data.complianceOf(m, s);
                    measured +=
                        c && (pane == ComplianceTrendChart::Pane::Response ? c->responseMetPercent()
                                                                           : c->resolutionMetPercent())
                            ? 1
                            : 0;
                }
                QVERIFY(measured > 0);
                QCOMPARE(series.value(QStringLiteral("Sev %1").arg(s)), measured);
            }
            QVERIFY(series.value(QStringLiteral("Target")) > 0);
        }
        // AND months that missed their target carry a marker, and say so on hover
        int missed = 0;
        for (const Domain::MonthlyCompliance &m : data.compliance)
            missed += m.resolutionMetPercent() && *m.resolutionMetPercent() + 1e-9 < m.targetPercent ? 1 : 0;
        QCOMPARE(page.trendChart()->missedCount(ComplianceTrendChart::Pane::Resolution), missed);
        QVERIFY(page.trendChart()
                    ->monthText(ComplianceTrendChart::Pane::Resolution, 11)
                    .contains(QStringLiteral("November 2026")));
        // AND the breaches per month add up to the stored ones
        const QMap<QString, QVector<int>> breaches = page.breachesChart()->counts();
        QCOMPARE(breaches.size(), 4);
        QCOMPARE(breaches.value(QStringLiteral("Sev 1")).size(), 12);
        // AND a distribution box per severity
        QCOMPARE(page.distributionChart()->categories().size(), 4);
        // AND the at-risk list is the loader's at the page's now
        QVector<Models::SlaAtRiskTicket> atRisk;
        QVERIFY(!Models::SlaOverviewLoader(*m_portfolio.database())
                     .loadAtRisk(data.engagement, 0, s_now.toSecsSinceEpoch(), &atRisk));
        QCOMPARE(page.atRiskModel()->tickets(), atRisk);
        QCOMPARE(page.atRiskTable()->model()->rowCount(), int(atRisk.size()));
        QVERIFY(page.tabs()->tabText(3).contains(QString::number(atRisk.size())));
    }

    void shouldFilterTheTicketsToAClickedMonth()
    {
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        page.resize(1300, 860);
        page.show();
        auto *months = page.ticketsPanel()->findChild<QComboBox *>();
        Q_UNUSED(months);
        // WHEN a month of the trend is clicked
        QSignalSpy clicked(page.trendChart(), &ComplianceTrendChart::monthClicked);
        page.trendChart()->clickMonth(3);
        // THEN the page and the tickets below are filtered to it
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toDate(), page.overview().months.at(3));
        QCOMPARE(page.selectedMonth(), page.overview().months.at(3));
        bool panelShowsMonth = false;
        const QString monthName =
            QLocale().standaloneMonthName(page.overview().months.at(3).month(), QLocale::LongFormat);
        for (QComboBox *box : page.ticketsPanel()->findChildren<QComboBox *>())
            panelShowsMonth = panelShowsMonth ||
                              box->currentText().contains(monthName, Qt::CaseInsensitive) ||
                              box->currentData().toDate() == page.overview().months.at(3);
        QVERIFY2(panelShowsMonth, "the tickets panel's month filter follows the click");
        // WHEN every month is asked for again THEN the filter is gone
        page.selectMonth({});
        QVERIFY(!page.selectedMonth().isValid());
        // WHEN the month is chosen in the tickets' own box THEN their heading names it
        auto *monthBox = page.ticketsPanel()->findChild<QComboBox *>(QStringLiteral("ticketFilterMonth"));
        auto *allMonths = page.findChild<QToolButton *>(QStringLiteral("allMonths"));
        QVERIFY(monthBox && allMonths);
        const QDate fourth = page.overview().months.at(3);
        monthBox->setCurrentIndex(monthBox->findData(fourth));
        QCOMPARE(page.selectedMonth(), fourth);
        QVERIFY(!allMonths->isHidden());
        monthBox->setCurrentIndex(monthBox->findData(QDate()));
        QVERIFY(!page.selectedMonth().isValid());
        QVERIFY(allMonths->isHidden());
        // AND when a clicked month's read is cancelled, the heading goes back with the table
        QTRY_VERIFY(!page.ticketsPanel()->isFiltering());
        page.trendChart()->clickMonth(3);
        QVERIFY(page.ticketsPanel()->isFiltering());
        QCOMPARE(page.selectedMonth(), fourth);
        page.ticketsPanel()->findChild<QPushButton *>(QStringLiteral("ticketFilterCancel"))->click();
        QVERIFY(!page.selectedMonth().isValid());
        QVERIFY(allMonths->isHidden());
    }

    void shouldFilterEveryPartBySeverity()
    {
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        page.setSeverity(2);
        QCOMPARE(page.overview().severities, QVector<int>({2}));
        QCOMPARE(page.trendChart()
                     ->seriesPointCounts(ComplianceTrendChart::Pane::Response)
                     .contains(QStringLiteral("Sev 1")),
                 false);
        QCOMPARE(page.breachesChart()->counts().keys(), QStringList({QStringLiteral("Sev 2")}));
        for (const Models::SlaAtRiskTicket &t : page.atRiskModel()->tickets())
            QCOMPARE(t.severity, 2);
    }

    void shouldSayWhenThereIsNoSla()
    {
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("NORDSHOP")));
        page.show();
        QVERIFY(page.problem().contains(QStringLiteral("no SLA")));
        QVERIFY(page.problem().contains(QStringLiteral("NORDSHOP")));
        QVERIFY(!page.tabs()->isVisible());
    }

    void shouldExportTheChartsAsPngAndSvg()
    {
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("BALTICHOME")));
        page.resize(1200, 800);
        page.show();
        QString reason;
        const QString png = m_dir.filePath(QStringLiteral("trend.png"));
        QVERIFY2(page.exportChart(png, &reason), qPrintable(reason));
        QVERIFY(!QImage(png).isNull());
        page.tabs()->setCurrentIndex(1);
        const QString svg = m_dir.filePath(QStringLiteral("breaches.svg"));
        QVERIFY2(page.exportChart(svg, &reason), qPrintable(reason));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(!page.exportChart(m_dir.filePath(QStringLiteral("chart.gif")), &reason));
        QVERIFY(reason.contains(QStringLiteral(".svg")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chart.gif"))));
    }

    /// The first row below the frame's edge with a pixel of text or line (dark on the light chart).
    static int firstDrawnRow(const QImage &image)
    {
        for (int y = 4; y < image.height(); ++y)
            for (int x = 4; x < image.width() - 4; ++x)
                if (qGray(image.pixel(x, y)) < 128)
                    return y;
        return image.height();
    }

    void shouldExportTheChartWithoutTheTogglesBand()
    {
        // GIVEN the SLA page, whose charts keep a band free above their titles for "Show as table"
        Gui::SlaPage page(&m_portfolio);
        page.setNow(s_now);
        page.showEngagement(idOf(QStringLiteral("BALTICHOME")));
        page.resize(1200, 800);
        page.show();
        QCoreApplication::processEvents();
        auto *container = qobject_cast<Gui::ChartTableContainer *>(page.tabs()->currentWidget());
        QVERIFY(container);
        const int band = container->toggle()->sizeHint().height();
        const int shownTop = firstDrawnRow(container->chart()->grab().toImage());
        QVERIFY2(shownTop >= band, "the page keeps the band above the title");
        // WHEN the chart is exported
        QString reason;
        const QString png = m_dir.filePath(QStringLiteral("trend-top.png"));
        QVERIFY2(page.exportChart(png, &reason), qPrintable(reason));
        // THEN the file's title begins at the chart's own margin, not below a blank band (issue 18)
        const QImage exported(png);
        QCOMPARE(exported.size(), container->chart()->size());
        const int exportedTop = firstDrawnRow(exported);
        QVERIFY2(exportedTop < band && exportedTop <= shownTop - band + 4,
                 qPrintable(QStringLiteral("first drawn row %1 in the file, %2 on the page, band %3")
                                .arg(exportedTop)
                                .arg(shownTop)
                                .arg(band)));
        // AND the page keeps its band afterwards
        QCoreApplication::processEvents();
        QCOMPARE(firstDrawnRow(container->chart()->grab().toImage()), shownTop);
    }

    void shouldReadOffTheGuiThreadInTheWindow()
    {
        // GIVEN the page as a page of a window (it has a parent) and what a page of its own reads
        Gui::SlaPage alone(&m_portfolio);
        alone.setNow(s_now);
        alone.showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        QWidget window;
        auto *page = new Gui::SlaPage(&m_portfolio, &window);
        page->setNow(s_now);
        window.show();
        QTRY_VERIFY(!page->isLoading());
        QSignalSpy loaded(page, &Gui::SlaPage::loaded);
        // WHEN an engagement is chosen
        page->showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        // THEN the call returns before the overview is read, saying that it is being read
        QVERIFY(page->isLoading());
        QCOMPARE(page->problem(), QStringLiteral("Reading the SLA results of ATLANTICPET…"));
        QVERIFY(page->overview().months.isEmpty());
        // AND the overview read on the worker is the one read at once
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(loaded.count(), 1);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        QCOMPARE(page->overview().months, alone.overview().months);
        QCOMPARE(page->overview().compliance.size(), alone.overview().compliance.size());
        QCOMPARE(page->overview().atRisk, alone.overview().atRisk);
        QCOMPARE(page->trendChart()->monthLabels(), alone.trendChart()->monthLabels());
        // AND its tickets table has the count read with the overview (not counted again here)
        const auto *tickets = page->findChild<Models::TicketTableModel *>();
        QVERIFY(tickets);
        QCOMPARE(tickets->rowCount(), alone.findChild<Models::TicketTableModel *>()->rowCount());
        QVERIFY(tickets->rowCount() > 0);
        const auto *job = page->findChild<Models::SlaOverviewJob *>();
        QVERIFY(job && job->ticketSummary());
        QCOMPARE(job->ticketSummary()->tickets, qint64(tickets->rowCount()));
        // AND the minute's refresh of the tickets at risk reads there too
        page->refreshAtRisk();
        QVERIFY(page->isLoading());
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->overview().atRisk, alone.overview().atRisk);
        QCOMPARE(page->atRiskModel()->rowCount(), int(alone.overview().atRisk.size()));
    }

    void shouldShowWhatWasAskedLastWhenAskedDuringARead()
    {
        QWidget window;
        auto *page = new Gui::SlaPage(&m_portfolio, &window);
        page->setNow(s_now);
        window.show();
        QTRY_VERIFY(!page->isLoading());
        // WHEN a second engagement and a severity are chosen while the first is being read
        page->showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        page->showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        page->setSeverity(2);
        QVERIFY(page->isLoading());
        QTRY_VERIFY(!page->isLoading());
        // THEN the page shows the last one asked for, and nothing of the first
        QCOMPARE(page->overview().engagement.key, QStringLiteral("FJALLGEAR"));
        QCOMPARE(page->overview().severities, QVector<int>{2});
        Gui::SlaPage alone(&m_portfolio);
        alone.setNow(s_now);
        alone.setSeverity(2);
        alone.showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        QCOMPARE(page->overview().compliance.size(), alone.overview().compliance.size());
    }

    // A choice made after a read's work ended and before its result came: that result is stale.
    // It must neither end the busy state nor show the older choice's figures.
    void shouldDropAReadWhoseResultCameAfterANewerChoice()
    {
        QWidget window;
        auto *page = new Gui::SlaPage(&m_portfolio, &window);
        page->setNow(s_now);
        window.show();
        QTRY_VERIFY(!page->isLoading());
        page->showEngagement(idOf(QStringLiteral("FJALLGEAR")));
        auto *job = page->findChild<Models::SlaOverviewJob *>();
        QVERIFY(job);
        QVERIFY(waitForWorkEnd(*job)); // no events: the result stays queued
        QSignalSpy loaded(page, &Gui::SlaPage::loaded);
        page->setSeverity(2);
        QVERIFY(page->isLoading());
        // WHEN the older result comes THEN the page still reads, showing nothing of it
        QCoreApplication::processEvents();
        QVERIFY(page->isLoading() || page->overview().severities == QVector<int>{2});
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(page->overview().severities, QVector<int>{2});
    }

    void shouldFinishTheReadBeforeTheDatabaseGoes()
    {
        // GIVEN a window's page reading from a database
        Models::Portfolio portfolio;
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(portfolio.open(path).isNull());
        QWidget window;
        auto *page = new Gui::SlaPage(&portfolio, &window);
        page->setNow(s_now);
        window.show();
        QTRY_VERIFY(!page->isLoading());
        page->showEngagement(idOf(QStringLiteral("ATLANTICPET")));
        QVERIFY(page->isLoading());
        // WHEN the database is replaced while it reads (the sanitizer build sees a read of a
        // freed connection here), and then closed while the next read runs
        QVERIFY(portfolio.open(path).isNull());
        QVERIFY(page->isLoading());
        QTRY_VERIFY(!page->isLoading());
        // THEN the page shows the engagement read from the database now open
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        QCOMPARE(page->overview().engagement.key, QStringLiteral("ATLANTICPET"));
        page->setSeverity(1);
        QVERIFY(page->isLoading());
        portfolio.close();
        QVERIFY(!page->isLoading());
    }

    void shouldShowTheSlaSectionOfThePortfolio()
    {
        Gui::PortfolioPage page(&m_portfolio);
        page.setNow(s_now);
        page.refresh();
        QCOMPARE(page.slaTable()->model()->rowCount(), 3); // every engagement but the fixed-capacity one
        QSignalSpy activated(&page, &Gui::PortfolioPage::slaActivated);
        // activated: what a double-click and Enter both send (issue 18: the keyboard opens it too).
        emit page.slaTable()->activated(page.slaTable()->model()->index(0, 0));
        QCOMPARE(activated.count(), 1);
        QVERIFY(activated.first().first().toLongLong() > 0);
    }
};

QTEST_MAIN(TestSlaPage)
#include "tst_slapage.moc"

#include "models/portfolio.h"
#include "models/portfoliojob.h"
#include "tests/models/workerjobwait.h"
#include "ui/burndownpage.h"
#include "ui/charts/burndownchart.h"
#include "ui/languagemanager.h"
#include "ui/portfoliopage.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

class TestBurnDownPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25))
                    .isNull());
    }

    void shouldDrawTheMonthAndListADaysWorklogs()
    {
        // GIVEN the burn-down of a demo engagement in the demo's last month
        Gui::BurnDownPage page(&m_portfolio);
        page.setNow(m_now);
        page.setMonth(QDate(2026, 11, 1));
        const int row = m_portfolio.engagements()->rowOfKey(QStringLiteral("NORDSHOP"));
        page.showEngagement(m_portfolio.engagements()->engagementAt(row).id);
        page.resize(1200, 800);
        page.show();
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        // THEN the chart has an ideal line over the month and actual values up to today
        const QMap<QString, int> series = page.chart()->seriesPointCounts();
        QVERIFY(!series.isEmpty());
        int nonEmpty = 0;
        for (int points : series)
            nonEmpty += points > 0 ? 1 : 0;
        QVERIFY2(nonEmpty >= 2, "ideal and actual lines are drawn");
        QCOMPARE(page.data().burnDown.days.size(), 30);
        // WHEN a working day with worklogs is chosen THEN they are listed under the chart
        page.showDay(QDate(2026, 11, 24));
        QVERIFY(page.dayTable()->rowCount() > 0);
        // AND a day without work lists nothing
        page.showDay(QDate(2026, 11, 29)); // a Sunday
        QCOMPARE(page.dayTable()->rowCount(), 0);
    }

    void shouldNameThePreviousMonthsWithTheirYear_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QStringList>("overlays");
        QTest::newRow("en") << QStringLiteral("en") << QDate(2026, 11, 1)
                            << QStringList{QStringLiteral("October 2026"), QStringLiteral("September 2026"),
                                           QStringLiteral("August 2026")};
        QTest::newRow("sv") << QStringLiteral("sv") << QDate(2026, 11, 1)
                            << QStringList{QStringLiteral("oktober 2026"), QStringLiteral("september 2026"),
                                           QStringLiteral("augusti 2026")};
        // Across the turn of the year the year tells the overlays apart from the months to come.
        QTest::newRow("sv january") << QStringLiteral("sv") << QDate(2026, 1, 1)
                                    << QStringList{QStringLiteral("december 2025"),
                                                   QStringLiteral("november 2025"),
                                                   QStringLiteral("oktober 2025")};
    }

    void shouldNameThePreviousMonthsWithTheirYear()
    {
        // Issue 12: the overlays said "oktober" (which October?); the legend and the table twin
        // name them "oktober 2026".
        QFETCH(QString, language);
        QFETCH(QDate, month);
        QFETCH(QStringList, overlays);
        QVERIFY(m_languages.setLanguage(language));
        Gui::BurnDownPage page(&m_portfolio);
        page.setNow(m_now);
        page.setMonth(month);
        page.showEngagement(
            m_portfolio.engagements()
                ->engagementAt(m_portfolio.engagements()->rowOfKey(QStringLiteral("ATLANTICPET")))
                .id);
        page.resize(1200, 800);
        page.show();
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        const QMap<QString, int> series = page.chart()->seriesPointCounts();
        m_languages.setLanguage(QStringLiteral("en"));
        for (const QString &overlay : overlays)
            QVERIFY2(series.contains(overlay),
                     qPrintable(QStringList(series.keys()).join(QStringLiteral(", "))));
    }

    void shouldRefuseAMonthBeforeTheEngagementStarted()
    {
        Gui::BurnDownPage page(&m_portfolio);
        page.setNow(m_now);
        page.setMonth(QDate(2001, 1, 1));
        page.showEngagement(m_portfolio.engagements()->engagementAt(0).id);
        QVERIFY(!page.problem().isEmpty());
    }

    void shouldListEveryEngagementInThePortfolioBurn()
    {
        Gui::PortfolioPage page(&m_portfolio);
        page.setNow(m_now);
        page.setMonth(QDate(2026, 11, 1));
        page.refresh();
        QCOMPARE(page.table()->model()->rowCount(), 4);
    }

    // A month chosen after a read's work ended and before its result came: that result is stale
    // and must not be shown (nor end the busy state) before the newer month's.
    void shouldDropAPortfolioReadWhoseResultCameAfterANewerMonth()
    {
        QWidget window;
        auto *page = new Gui::PortfolioPage(&m_portfolio, &window);
        page->setNow(m_now);
        page->setMonth(QDate(2026, 11, 1));
        window.show();
        page->refresh();
        auto *job = page->findChild<Models::PortfolioJob *>();
        QVERIFY(job);
        QVERIFY(waitForWorkEnd(*job)); // no events: the result stays queued
        QSignalSpy loaded(page, &Gui::PortfolioPage::loaded);
        page->setMonth(QDate(2026, 10, 1));
        QVERIFY(page->isReading());
        QTRY_VERIFY(!page->isReading());
        QCOMPARE(loaded.count(), 1);
        // THEN the page shows October as a page read at once does
        Gui::PortfolioPage alone(&m_portfolio);
        alone.setNow(m_now);
        alone.setMonth(QDate(2026, 10, 1));
        alone.refresh();
        const QAbstractItemModel *shown = page->table()->model();
        const QAbstractItemModel *expected = alone.table()->model();
        QCOMPARE(shown->rowCount(), expected->rowCount());
        for (int row = 0; row < expected->rowCount(); ++row) {
            for (int column = 0; column < expected->columnCount(); ++column)
                QCOMPARE(shown->index(row, column).data().toString(),
                         expected->index(row, column).data().toString());
        }
    }

    // A month of no budget and no hours: the burn-down's axis reads 0–1 with two ticks (Qt's five
    // read "0 0 1 1 1" in whole hours), and has its nice numbers again for a month with hours.
    void shouldScaleAMonthOfNoHours()
    {
        Gui::BurnDownChart chart;
        Models::BurnDownData data;
        data.month = QDate(2026, 11, 1);
        data.today = QDate(2026, 11, 15);
        for (int d = 0; d < data.month.daysInMonth(); ++d) {
            Domain::BurnDownDay day;
            day.date = data.month.addDays(d);
            day.workingDay = day.date.dayOfWeek() <= 5;
            if (day.date <= data.today)
                day.actualRemaining = 0;
            data.burnDown.days.append(day);
        }
        chart.setData(data);
        const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 1.0);
        QCOMPARE(axis->tickCount(), 2);
        data.burnDown.budget = 80 * 60;
        chart.setData(data);
        axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QVERIFY(axis->max() >= 80.0);
        QVERIFY(axis->tickCount() > 2);
    }
};

QTEST_MAIN(TestBurnDownPage)
#include "tst_burndownpage.moc"

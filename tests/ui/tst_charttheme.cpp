// Charts follow the application's palette (issue 18): under the dark palette the chart's
// background, title, axes, grid and legend are dark-themed with Models::Palette's colours, the
// series' colours are the dark-plot variants; a LightCharts scope (the review pack's PDF) keeps them
// light. Bar sets are told apart by a pattern as well as by colour.
#include "models/palette.h"
#include "ui/charts/charttheme.h"
#include "ui/charts/historychart.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QtTest>

using Models::Palette;

class TestChartTheme : public QObject
{
    Q_OBJECT

private:
    QPalette m_before;

    /// The colour most of the chart's pixels have: its background.
    static QColor dominantColour(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                ++counts[image.pixel(x, y)];
        QRgb best = 0;
        int most = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        }
        return QColor(best);
    }

    static QList<QBarSet *> barSets(QChart *chart)
    {
        QList<QBarSet *> sets;
        for (QAbstractSeries *series : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                sets += bars->barSets();
        return sets;
    }

private slots:
    void initTestCase() { m_before = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_before); }

    void shouldDrawTheChartDarkUnderADarkPalette()
    {
        // GIVEN the application's dark palette
        QApplication::setPalette(Palette::darkPalette());
        // WHEN a chart is drawn
        Gui::HistoryChart chart;
        chart.resize(600, 300);
        chart.show();
        QCoreApplication::processEvents();
        // THEN its background, text, axes and grid are the dark plot's, the bars the dark variants
        const QColor background = dominantColour(&chart);
        QVERIFY2(Palette::relativeLuminance(background) < 0.05, qPrintable(background.name()));
        QCOMPARE(chart.chart()->backgroundBrush().color(), Palette::chartBackground(true));
        QCOMPARE(chart.chart()->titleBrush().color(), Palette::onChartText(true));
        QCOMPARE(chart.chart()->legend()->labelColor(), Palette::onChartText(true));
        QVERIFY(!chart.chart()->axes().isEmpty());
        for (QAbstractAxis *axis : chart.chart()->axes()) {
            QVERIFY(Palette::contrast(axis->labelsColor(), background) >= 4.5);
            QVERIFY(Palette::contrast(axis->titleBrush().color(), background) >= 4.5);
            QCOMPARE(axis->gridLineColor(), Palette::chartGrid(true));
        }
        const QList<QBarSet *> sets = barSets(chart.chart());
        QCOMPARE(sets.size(), 3);
        for (QBarSet *set : sets)
            QVERIFY2(Palette::contrast(set->borderColor(), background) >= 3.0, qPrintable(set->label()));
        QCOMPARE(sets.at(1)->borderColor(), Palette::series(Palette::Series::Actual, true));
    }

    void shouldDrawTheChartLightUnderALightPaletteOrForPrint()
    {
        QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
        {
            Gui::HistoryChart chart;
            chart.resize(600, 300);
            QCOMPARE(dominantColour(&chart), QColor(Qt::white));
            QCOMPARE(chart.chart()->titleBrush().color(), Palette::onChartText(false));
        }
        // The review pack's PDF from a dark desktop: light, as printed
        QApplication::setPalette(Palette::darkPalette());
        const Palette::LightCharts light;
        Gui::HistoryChart chart;
        chart.resize(600, 300);
        QCOMPARE(dominantColour(&chart), QColor(Qt::white));
        QCOMPARE(barSets(chart.chart()).at(1)->borderColor(),
                 Palette::series(Palette::Series::Actual, false));
    }

    void shouldFollowAPaletteSwitchedWhileShown()
    {
        // GIVEN a chart drawn under a light palette
        QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
        Gui::HistoryChart chart;
        chart.resize(600, 300);
        chart.show();
        QCoreApplication::processEvents();
        QCOMPARE(barSets(chart.chart()).at(1)->borderColor(),
                 Palette::series(Palette::Series::Actual, false));
        // WHEN the desktop switches to a dark palette while it is shown
        QApplication::setPalette(Palette::darkPalette());
        QCoreApplication::processEvents();
        // THEN it is drawn again at once with the dark plot's colours (before: only at its next redraw)
        QCOMPARE(chart.chart()->backgroundBrush().color(), Palette::chartBackground(true));
        QCOMPARE(barSets(chart.chart()).at(1)->borderColor(), Palette::series(Palette::Series::Actual, true));
        QVERIFY2(Palette::relativeLuminance(dominantColour(&chart)) < 0.05,
                 qPrintable(dominantColour(&chart).name()));
        // AND back
        QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
        QCoreApplication::processEvents();
        QCOMPARE(chart.chart()->backgroundBrush().color(), Palette::chartBackground(false));
    }

    void shouldTellBarSetsApartByPattern()
    {
        // Issue 18: not colour alone. Each set of a chart has its own brush pattern.
        Gui::HistoryChart chart;
        const QList<QBarSet *> sets = barSets(chart.chart());
        QCOMPARE(sets.size(), 3);
        for (int i = 0; i < sets.size(); ++i)
            for (int j = 0; j < i; ++j)
                QVERIFY2(sets.at(i)->brush().textureImage() != sets.at(j)->brush().textureImage() ||
                             sets.at(i)->brush().style() != sets.at(j)->brush().style(),
                         qPrintable(sets.at(i)->label() + QLatin1String(" and ") + sets.at(j)->label()));
        // The patterns differ from one another, drawn in the set's colour and its tint only.
        const QColor colour(0x1f, 0x5f, 0xa8);
        QCOMPARE(Gui::ChartTheme::barBrush(colour, 0).style(), Qt::SolidPattern);
        QList<QImage> seen;
        for (int i = 1; i < Gui::ChartTheme::PatternCount; ++i) {
            const QBrush brush = Gui::ChartTheme::barBrush(colour, i);
            QCOMPARE(brush.style(), Qt::TexturePattern);
            const QImage tile = brush.textureImage();
            QVERIFY(!seen.contains(tile));
            seen.append(tile);
            QSet<QRgb> colours;
            for (int y = 0; y < tile.height(); ++y)
                for (int x = 0; x < tile.width(); ++x)
                    colours.insert(tile.pixel(x, y));
            QVERIFY2(colours.size() >= 2, "a pattern has stripes or dots");
            QVERIFY(colours.contains(colour.rgb()));
        }
        QCOMPARE(Gui::ChartTheme::barBrush(colour, Gui::ChartTheme::PatternCount).style(), Qt::SolidPattern);
    }
};

QTEST_MAIN(TestChartTheme)
#include "tst_charttheme.moc"

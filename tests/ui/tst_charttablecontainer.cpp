#include "models/palette.h"
#include "ui/charts/charttable.h"
#include "ui/charttablecontainer.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>

// The "Show as table" toggle floats on the chart, whose background stays light under any palette.
class TestChartTableContainer : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepTheToggleReadableOnTheChartUnderADarkPalette()
    {
        QApplication::setPalette(Models::Palette::darkPalette());
        auto *chart = new QWidget; // owned by the container; any widget will do
        Gui::ChartTableContainer container(chart);
        const QPalette palette = container.toggle()->palette();
        const QColor text = palette.color(QPalette::ButtonText);
        QVERIFY2(Models::Palette::contrast(text, Models::Palette::chartBackground()) >= 4.5,
                 qPrintable(text.name()));
        QVERIFY(Models::Palette::contrast(text, palette.color(QPalette::Button)) >= 4.5);
        QVERIFY(Models::Palette::contrast(palette.color(QPalette::WindowText),
                                          Models::Palette::chartBackground()) >= 4.5);
    }

    // A chart's table writes its dates as ISO dates in English too (the British locale would
    // write 26/12/2026), as every other table of the window does.
    void shouldWriteDatesAsIsoDates()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto *series = new QLineSeries;
        series->setName(QStringLiteral("Actual"));
        const QDateTime day(QDate(2026, 12, 26), QTime(0, 0), Qt::UTC);
        series->append(double(day.toMSecsSinceEpoch()), 37.5);
        auto *chart = new QChart;
        chart->addSeries(series);
        auto *x = new QDateTimeAxis;
        auto *y = new QValueAxis;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        QChartView view(chart);
        const Gui::ChartTableData table = Gui::ChartTable::fromWidget(&view);
        QLocale::setDefault(before);
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.at(0).value(0), QStringLiteral("2026-12-26"));
        QCOMPARE(table.rows.at(0).value(1), QStringLiteral("37.5"));
    }
};

QTEST_MAIN(TestChartTableContainer)
#include "tst_charttablecontainer.moc"

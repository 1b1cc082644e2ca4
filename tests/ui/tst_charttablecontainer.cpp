#include "models/palette.h"
#include "ui/charttablecontainer.h"

#include <QApplication>
#include <QToolButton>
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
};

QTEST_MAIN(TestChartTableContainer)
#include "tst_charttablecontainer.moc"

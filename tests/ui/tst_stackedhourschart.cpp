// The burn-down page's "Hours this month" bars: each segment's hours written on it with one
// decimal in the chart's language, only where they fit, never over a neighbour's.
#include "ui/charts/stackedhourschart.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QLocale>
#include <QValueAxis>
#include <QtTest>

using Gui::StackedHoursChart;

class TestStackedHoursChart : public QObject
{
    Q_OBJECT

private:
    static Domain::BurnDown month()
    {
        // Levels: L1 4.98 h, L2 0.25 h (narrow), L3 4.87 h; roles: Dev 1.5 h, PM 9.62 h, QA 0.1 h
        Domain::BurnDown b;
        b.minutesByLevel = {299, 15, 292, 0};
        b.minutesByRole.fill(0);
        b.minutesByRole[size_t(Domain::Role::Dev)] = 90;
        b.minutesByRole[size_t(Domain::Role::PM)] = 577;
        b.minutesByRole[size_t(Domain::Role::QA)] = 6;
        return b;
    }

private slots:
    void shouldWriteTheHoursOnlyWhereTheyFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("side panel") << QSize(380, 480);
        QTest::newRow("narrow") << QSize(260, 300);
        QTest::newRow("wide") << QSize(900, 400);
    }

    void shouldWriteTheHoursOnlyWhereTheyFit()
    {
        QFETCH(QSize, size);
        StackedHoursChart chart;
        chart.chart()->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
        chart.setBurnDown(month());
        chart.resize(size);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();

        // Qt Charts writes none itself: it centres every label on its segment, however narrow
        const auto *series = qobject_cast<QAbstractBarSeries *>(chart.chart()->series().value(0));
        QVERIFY(series);
        QVERIFY(!series->isLabelsVisible());
        const QVector<StackedHoursChart::SegmentLabel> labels = chart.segmentLabels();
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            const StackedHoursChart::SegmentLabel &label = labels.at(i);
            // Inside its own segment, clear of every other label
            QVERIFY2(label.segment.contains(label.place), qPrintable(label.text));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!label.place.intersects(labels.at(j).place),
                         qPrintable(label.text + QStringLiteral(" / ") + labels.at(j).text));
            QVERIFY2(label.text.contains(QLatin1Char(',')), qPrintable(label.text)); // one decimal, sv
        }
        QStringList texts;
        for (const StackedHoursChart::SegmentLabel &label : labels)
            texts.append(label.text);
        // The long segments always carry their hours; the 6-minute one never has room
        QVERIFY2(texts.contains(QStringLiteral("9,6")), qPrintable(texts.join(QLatin1Char(' '))));
        QVERIFY2(!texts.contains(QStringLiteral("0,1")), qPrintable(texts.join(QLatin1Char(' '))));
        if (size.width() >= 380) {
            QVERIFY2(texts.contains(QStringLiteral("5,0")), qPrintable(texts.join(QLatin1Char(' '))));
            QVERIFY2(texts.contains(QStringLiteral("4,9")), qPrintable(texts.join(QLatin1Char(' '))));
        }
    }

    // A month of no hours: an axis of 0–1 with two ticks ("0", "1"), not five whole-hour labels
    // reading "0 0 1 1 1".
    void shouldScaleAMonthOfNoHours()
    {
        StackedHoursChart chart;
        Domain::BurnDown empty;
        empty.minutesByRole.fill(0);
        chart.setBurnDown(empty);
        const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 1.0);
        QCOMPARE(axis->tickCount(), 2);
        chart.setBurnDown(month()); // and the nice numbers when there are hours
        QVERIFY(qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0))->max() >= 9.6);
    }
};

QTEST_MAIN(TestStackedHoursChart)
#include "tst_stackedhourschart.moc"

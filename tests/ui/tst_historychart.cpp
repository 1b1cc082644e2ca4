// The burn-down page's 12-month chart (issue 12): month labels carry the year at the first month
// and where it changes, in the longest form the width allows, never elided by Qt Charts.
#include "models/domain/capacity/budgetledger.h"
#include "ui/charts/historychart.h"

#include <QChart>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>
#include <QtTest>

using Gui::HistoryChart;

class TestHistoryChart : public QObject
{
    Q_OBJECT

private:
    static QVector<QDate> months(const QDate &first, int count)
    {
        QVector<QDate> out;
        for (int i = 0; i < count; ++i)
            out.append(first.addMonths(i));
        return out;
    }

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden)); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void shouldNameTheYearWhereItChanges()
    {
        const QLocale sv;
        const QStringList wide = HistoryChart::monthLabels(months(QDate(2025, 11, 1), 12), 400.0, QFont());
        QCOMPARE(wide.size(), 12);
        QCOMPARE(wide.at(0), sv.standaloneMonthName(11, QLocale::ShortFormat) + QStringLiteral(" 2025"));
        QCOMPARE(wide.at(1), sv.standaloneMonthName(12, QLocale::ShortFormat));
        QCOMPARE(wide.at(2), sv.standaloneMonthName(1, QLocale::ShortFormat) + QStringLiteral(" 2026"));
        for (int i = 3; i < 12; ++i)
            QVERIFY2(!wide.at(i).contains(QStringLiteral("20")), qPrintable(wide.at(i)));
    }

    void shouldFitEveryLabelInItsWidth_data()
    {
        QTest::addColumn<double>("pixelsPerMonth");
        for (double width : {120.0, 70.0, 50.0, 40.0, 30.0, 22.0})
            QTest::newRow(qPrintable(QString::number(width))) << width;
    }

    void shouldFitEveryLabelInItsWidth()
    {
        QFETCH(double, pixelsPerMonth);
        const QFontMetrics metrics{QFont()};
        const QStringList labels =
            HistoryChart::monthLabels(months(QDate(2025, 11, 1), 12), pixelsPerMonth, QFont());
        // The year appears at January where it fits on the label's line; narrower, the labels are
        // the months' letters (the axis title names the range). Never two lines: Qt Charts elides
        // them where the chart is low.
        const bool yearFits = metrics.horizontalAdvance(labels.at(2)) + 16 <= pixelsPerMonth &&
                              labels.at(2).contains(QStringLiteral("26"));
        QVERIFY2(yearFits || labels.at(2).size() == 1, qPrintable(labels.join(u'|')));
        QVERIFY2(!labels.join(QString()).contains(QLatin1Char('\n')), qPrintable(labels.join(u'|')));
        if (pixelsPerMonth < 30.0)
            return; // narrower: the letters are the best there is
        for (const QString &label : labels) {
            for (const QString &line : label.split(QLatin1Char('\n')))
                QVERIFY2(metrics.horizontalAdvance(line) + 16 <= pixelsPerMonth, qPrintable(label));
        }
    }

    void shouldDrawTheLabelsOnTheAxis()
    {
        // Twelve ledger months from November 2025: the drawn labels name 2025 and 2026.
        const Domain::BudgetLedger ledger = Domain::BudgetLedger::compute(
            Domain::BudgetPolicy(), QDate(2025, 11, 1), QDate(2026, 10, 1), QVector<Domain::Worklog>());
        HistoryChart chart;
        chart.resize(1200, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setLedger(ledger, QDate(2026, 10, 1));
        QCOMPARE(chart.monthCount(), 12);
        QTRY_COMPARE(chart.monthLabels().size(), 12);
        QVERIFY2(chart.monthLabels().at(0).contains(QStringLiteral("25")),
                 qPrintable(chart.monthLabels().join(u'|')));
        QVERIFY2(chart.monthLabels().at(2).contains(QStringLiteral("26")),
                 qPrintable(chart.monthLabels().join(u'|')));
        QVERIFY2(!chart.monthLabels().at(5).contains(QStringLiteral("26")),
                 qPrintable(chart.monthLabels().join(u'|')));
    }

    // Months of no hours at all (no budget, nothing logged): an axis of 0–1, not the NaN range
    // that Qt Charts' nice numbers make of 0–0 (with a warning, on the 1M bench's engagement).
    void shouldScaleMonthsOfNoHours()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("NaN|invalid range")));
        const Domain::BudgetLedger ledger = Domain::BudgetLedger::compute(
            Domain::BudgetPolicy(), QDate(2025, 11, 1), QDate(2026, 10, 1), QVector<Domain::Worklog>());
        HistoryChart chart;
        chart.setLedger(ledger, QDate(2026, 10, 1));
        QCOMPARE(chart.monthCount(), 12);
        const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 1.0);
        QCOMPARE(axis->tickCount(), 2); // "0", "1"; five read "0 0 1 1 1" in whole hours
    }

    void shouldNameTheRangeInTheTitleWhereTheLabelsAreLetters()
    {
        // A chart as low and narrow as at 1024x700: the first label was "J…" with its year below.
        const Domain::BudgetLedger ledger = Domain::BudgetLedger::compute(
            Domain::BudgetPolicy(), QDate(2025, 11, 1), QDate(2026, 10, 1), QVector<Domain::Worklog>());
        HistoryChart chart;
        chart.resize(300, 160);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setLedger(ledger, QDate(2026, 10, 1));
        QTRY_COMPARE(chart.monthLabels().size(), 12);
        for (const QString &label : chart.monthLabels())
            QVERIFY2(label.size() == 1, qPrintable(chart.monthLabels().join(u'|')));
        const QLocale locale; // the tests' fixed locale
        QCOMPARE(chart.chart()->title(),
                 QStringLiteral("Hours of the last 12 months (%1 – %2)")
                     .arg(locale.toString(QDate(2025, 11, 1), QStringLiteral("MMM yyyy")),
                          locale.toString(QDate(2026, 10, 1), QStringLiteral("MMM yyyy"))));
        // AND a wide chart names the year in its labels, not in the title
        chart.resize(1200, 300);
        QTRY_VERIFY(chart.monthLabels().at(0).contains(QStringLiteral("25")));
        QCOMPARE(chart.chart()->title(), QStringLiteral("Hours of the last 12 months"));
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"

// The burn-down page's 12-month chart (issue 12): month labels carry the year at the first month
// and where it changes, in the longest form the width allows, never elided by Qt Charts.
#include "models/domain/capacity/budgetledger.h"
#include "ui/charts/historychart.h"

#include <QFont>
#include <QFontMetrics>
#include <QLocale>
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
        const QStringList labels = HistoryChart::monthLabels(months(QDate(2025, 11, 1), 12), pixelsPerMonth, QFont());
        // The year still appears at January, on its own line when it must.
        QVERIFY2(labels.at(2).contains(QStringLiteral("26")), qPrintable(labels.at(2)));
        if (pixelsPerMonth >= 40.0) { // narrower: the last form is the best there is
            for (const QString &label : labels) {
                for (const QString &line : label.split(QLatin1Char('\n')))
                    QVERIFY2(metrics.horizontalAdvance(line) + 16 <= pixelsPerMonth, qPrintable(label));
            }
        }
    }

    void shouldDrawTheLabelsOnTheAxis()
    {
        // Twelve ledger months from November 2025: the drawn labels name 2025 and 2026.
        const Domain::BudgetLedger ledger =
            Domain::BudgetLedger::compute(Domain::BudgetPolicy(), QDate(2025, 11, 1), QDate(2026, 10, 1), QVector<Domain::Worklog>());
        HistoryChart chart;
        chart.resize(1200, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setLedger(ledger, QDate(2026, 10, 1));
        QCOMPARE(chart.monthCount(), 12);
        QTRY_COMPARE(chart.monthLabels().size(), 12);
        QVERIFY2(chart.monthLabels().at(0).contains(QStringLiteral("25")), qPrintable(chart.monthLabels().join(u'|')));
        QVERIFY2(chart.monthLabels().at(2).contains(QStringLiteral("26")), qPrintable(chart.monthLabels().join(u'|')));
        QVERIFY2(!chart.monthLabels().at(5).contains(QStringLiteral("26")), qPrintable(chart.monthLabels().join(u'|')));
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"

// The application's colours against WCAG 2.1: status text at least 4.5:1 on the base it is drawn
// on, in the light default palette and in the dark one; chart colours at least 3:1 on the light and on the dark
// plot; the formula itself checked on known pairs.
#include "models/palette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QtTest>

using Models::Palette;

class TestPalette : public QObject
{
    Q_OBJECT

private:
    static QPalette lightPalette()
    {
        // Qt's own default (Fusion's light palette), whatever the test machine's theme.
        QPalette p(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
        p.setColor(QPalette::Text, Qt::black);
        p.setColor(QPalette::WindowText, Qt::black);
        return p;
    }

private slots:
    void shouldComputeTheWcagContrastRatio_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
        // #767676 is the lightest grey that passes 4.5:1 on white (4.54:1).
        QTest::newRow("grey 767676") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
    }

    void shouldComputeTheWcagContrastRatio()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(qAbs(Palette::contrast(a, b) - ratio) < 0.01, qPrintable(QString::number(Palette::contrast(a, b))));
    }

    void shouldKeepStatusTextReadableOnLightAndDarkBases_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << Palette::darkPalette();
    }

    void shouldKeepStatusTextReadableOnLightAndDarkBases()
    {
        QFETCH(QPalette, palette);
        QStringList failures;
        for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            const QColor bg = palette.color(background);
            for (int s = 0; s < Palette::StatusCount; ++s) {
                const QColor fg = Palette::status(Palette::Status(s), bg);
                if (Palette::contrast(fg, bg) < 4.5)
                    failures.append(QStringLiteral("status %1 %2 on %3: %4").arg(s).arg(fg.name(), bg.name()).arg(Palette::contrast(fg, bg), 0, 'f', 2));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    }

    void shouldFollowTheApplicationPalette()
    {
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(Palette::darkPalette());
        const QColor onDark = Palette::status(Palette::Status::Bad);
        QGuiApplication::setPalette(lightPalette());
        const QColor onLight = Palette::status(Palette::Status::Bad);
        QGuiApplication::setPalette(before);
        QVERIFY(onDark != onLight);
        QVERIFY(Palette::contrast(onDark, Palette::darkPalette().color(QPalette::Base)) >= 4.5);
        QVERIFY(Palette::contrast(onLight, Qt::white) >= 4.5);
    }

    void shouldKeepTheDarkPalettesOwnTextReadable()
    {
        const QPalette p = Palette::darkPalette();
        QVERIFY(Palette::isDark(p));
        QVERIFY(!Palette::isDark(lightPalette()));
        const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {QPalette::Text, QPalette::Base},           {QPalette::Text, QPalette::AlternateBase},
            {QPalette::WindowText, QPalette::Window},   {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},           {QPalette::PlaceholderText, QPalette::Base}};
        for (const auto &pair : pairs) {
            const double ratio = Palette::contrast(p.color(pair.first), p.color(pair.second));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("roles %1 on %2: %3").arg(pair.first).arg(pair.second).arg(ratio)));
        }
    }

    void shouldDrawChartColoursAtLeastThreeToOneOnThePlot_data()
    {
        QTest::addColumn<bool>("onDark");
        QTest::newRow("light plot") << false;
        QTest::newRow("dark plot") << true;
    }

    void shouldDrawChartColoursAtLeastThreeToOneOnThePlot()
    {
        QFETCH(bool, onDark);
        // The dark plot is the dark palette's base: charts follow the application's palette.
        const QColor plot = Palette::chartBackground(onDark);
        QCOMPARE(plot, onDark ? Palette::darkPalette().color(QPalette::Base) : QColor(Qt::white));
        QStringList failures;
        const auto check = [&](const QString &what, const QColor &c) {
            if (Palette::contrast(c, plot) < 3.0)
                failures.append(QStringLiteral("%1 %2 (%3:1)").arg(what, c.name()).arg(Palette::contrast(c, plot), 0, 'f', 2));
        };
        for (int s = 0; s < Palette::SeriesCount; ++s)
            check(QStringLiteral("series %1").arg(s), Palette::series(Palette::Series(s), onDark));
        for (int i = 0; i < Palette::CategoryCount; ++i) {
            const QColor c = Palette::category(i, onDark);
            check(QStringLiteral("category %1").arg(i), c);
            for (int j = 0; j < i; ++j)
                QVERIFY2(Palette::category(j, onDark) != c, "categorical colours repeat");
        }
        for (int severity = 0; severity <= 4; ++severity)
            check(QStringLiteral("severity %1").arg(severity), Palette::severity(severity, onDark));
        check(QStringLiteral("missed"), Palette::missed(onDark));
        check(QStringLiteral("target"), Palette::target(onDark));
        // Text on the plot (titles, axis labels, legend) as text: 4.5:1.
        QVERIFY2(Palette::contrast(Palette::onChartText(onDark), plot) >= 4.5, qPrintable(Palette::onChartText(onDark).name()));
        // The grid is drawn, but stays quieter than any series.
        QVERIFY(Palette::contrast(Palette::chartGrid(onDark), plot) > 1.2);
        QVERIFY(Palette::contrast(Palette::chartGrid(onDark), plot) < 3.0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
        QCOMPARE(Palette::category(Palette::CategoryCount, onDark), Palette::category(0, onDark));
        QCOMPARE(Palette::category(-1, onDark), Palette::category(Palette::CategoryCount - 1, onDark));
    }

    void shouldDrawChartsDarkUnderADarkPaletteUnlessLightIsAskedFor()
    {
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(lightPalette());
        QVERIFY(!Palette::chartsDark());
        QCOMPARE(Palette::series(Palette::Series::Actual), Palette::series(Palette::Series::Actual, false));
        QGuiApplication::setPalette(Palette::darkPalette());
        QVERIFY(Palette::chartsDark());
        QCOMPARE(Palette::series(Palette::Series::Actual), Palette::series(Palette::Series::Actual, true));
        QCOMPARE(Palette::chartBackground(), Palette::chartBackground(true));
        QVERIFY(Palette::series(Palette::Series::Actual, true) != Palette::series(Palette::Series::Actual, false));
        {
            const Palette::LightCharts light; // the review pack's PDF
            QVERIFY(!Palette::chartsDark());
            QCOMPARE(Palette::severity(1), Palette::severity(1, false));
            QCOMPARE(Palette::chartBackground(), QColor(Qt::white));
        }
        QVERIFY(Palette::chartsDark());
        QGuiApplication::setPalette(before);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"

// The application's colours against WCAG 2.1: status text at least 4.5:1 on the base it is drawn
// on, in the light default palette and in the dark one; chart colours at least 3:1 on the light and on the
// dark plot; the formula itself checked on known pairs.
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
        QVERIFY2(qAbs(Palette::contrast(a, b) - ratio) < 0.01,
                 qPrintable(QString::number(Palette::contrast(a, b))));
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
                    failures.append(QStringLiteral("status %1 %2 on %3: %4")
                                        .arg(s)
                                        .arg(fg.name(), bg.name())
                                        .arg(Palette::contrast(fg, bg), 0, 'f', 2));
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
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},
            {QPalette::PlaceholderText, QPalette::Base}};
        for (const auto &pair : pairs) {
            const double ratio = Palette::contrast(p.color(pair.first), p.color(pair.second));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(QStringLiteral("roles %1 on %2: %3").arg(pair.first).arg(pair.second).arg(ratio)));
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
                failures.append(QStringLiteral("%1 %2 (%3:1)")
                                    .arg(what, c.name())
                                    .arg(Palette::contrast(c, plot), 0, 'f', 2));
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
        QVERIFY2(Palette::contrast(Palette::onChartText(onDark), plot) >= 4.5,
                 qPrintable(Palette::onChartText(onDark).name()));
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
        QVERIFY(Palette::series(Palette::Series::Actual, true) !=
                Palette::series(Palette::Series::Actual, false));
        {
            const Palette::LightCharts light; // the review pack's PDF
            QVERIFY(!Palette::chartsDark());
            QCOMPARE(Palette::severity(1), Palette::severity(1, false));
            QCOMPARE(Palette::chartBackground(), QColor(Qt::white));
        }
        QVERIFY(Palette::chartsDark());
        QGuiApplication::setPalette(before);
    }

    void shouldKeepTextReadableOnTheSurfacesOfItsRole_data()
    {
        using Role = Palette::Role;
        QTest::addColumn<int>("text");
        QTest::addColumn<int>("surface");
        QTest::addColumn<bool>("onDark");
        const auto row = [](const char *name, Role text, Role surface, bool onDark = false) {
            QTest::newRow(name) << int(text) << int(surface) << onDark;
        };
        for (bool onDark : {false, true}) {
            // Heatmap cells keep their light fills and black text in both palettes.
            const QByteArray palette = onDark ? " (dark)" : " (light)";
            for (Role fill :
                 {Role::LoadNone, Role::LoadLow, Role::LoadBalanced, Role::LoadFull, Role::LoadOver})
                QTest::newRow(
                    QByteArray("load text on band " + QByteArray::number(int(fill)) + palette).constData())
                    << int(Role::LoadText) << int(fill) << onDark;
            QTest::newRow(QByteArray("breach row" + palette).constData())
                << int(Role::BreachRowText) << int(Role::BreachRowFill) << onDark;
            // The message bar and the read-only banner stay light with dark text in both palettes.
            for (Role fill : {Role::MessageInformationFill, Role::MessageWarningFill, Role::MessageErrorFill})
                QTest::newRow(
                    QByteArray("message text on " + QByteArray::number(int(fill)) + palette).constData())
                    << int(Role::MessageText) << int(fill) << onDark;
        }
        row("diagram text on a client", Role::DiagramText, Role::DiagramClientFill);
        row("diagram text on a client party", Role::DiagramText, Role::DiagramClientPartyFill);
        row("diagram text on a level", Role::DiagramText, Role::DiagramLevelFill);
        row("diagram text on an activity", Role::DiagramText, Role::DiagramActivityFill);
        row("diagram text on optional services", Role::DiagramText, Role::DiagramOptionalFill);
        row("diagram text on management", Role::DiagramText, Role::DiagramManagementFill);
        row("diagram not included", Role::DiagramNotIncludedText, Role::DiagramNotIncludedFill);
        row("diagram badge", Role::DiagramBadgeText, Role::DiagramLevelBorder);
        row("diagram arrow label", Role::DiagramArrowLabel, Role::DiagramCanvas);
        row("report heading", Role::ReportHeading, Role::DiagramCanvas);
        row("report text", Role::ReportText, Role::ReportTableHeaderFill);
        row("report muted", Role::ReportMuted, Role::DiagramCanvas);
        row("report warning", Role::ReportWarning, Role::DiagramCanvas);
    }

    void shouldKeepTextReadableOnTheSurfacesOfItsRole()
    {
        QFETCH(int, text);
        QFETCH(int, surface);
        QFETCH(bool, onDark);
        const QColor t = Palette::color(Palette::Role(text), onDark);
        const QColor s = Palette::color(Palette::Role(surface), onDark);
        QVERIFY2(Palette::contrast(t, s) >= 4.5,
                 qPrintable(
                     QStringLiteral("%1 on %2: %3:1").arg(t.name(), s.name()).arg(Palette::contrast(t, s))));
    }

    void shouldKeepTheColoursOfBefore_data()
    {
        // Moving a colour into the palette changes nothing on the screen or on paper.
        using Role = Palette::Role;
        QTest::addColumn<int>("role");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("SLA met") << int(Role::SlaMet) << QColor(0x00, 0x9e, 0x73);
        QTest::newRow("SLA breached") << int(Role::SlaBreached) << QColor(0xd5, 0x5e, 0x00);
        QTest::newRow("SLA not evaluated") << int(Role::SlaNotEvaluated) << QColor(0xbb, 0xbb, 0xbb);
        QTest::newRow("load over") << int(Role::LoadOver) << QColor(0xef, 0x9a, 0x9a);
        QTest::newRow("load none") << int(Role::LoadNone) << QColor(0xf2, 0xf2, 0xf2);
        QTest::newRow("diagram level fill") << int(Role::DiagramLevelFill) << QColor(0xe8, 0xf0, 0xfb);
        QTest::newRow("diagram focus") << int(Role::DiagramFocus) << QColor(0xe0, 0x6c, 0x00);
        QTest::newRow("diagram canvas") << int(Role::DiagramCanvas) << QColor(Qt::white);
        QTest::newRow("report heading") << int(Role::ReportHeading) << QColor(0x1f, 0x3f, 0x6a);
        QTest::newRow("report table header") << int(Role::ReportTableHeaderFill) << QColor(0xe8, 0xee, 0xf5);
        QTest::newRow("blocked cell, light") << int(Role::BlockedCellFill) << QColor(0xee, 0xee, 0xee);
        QTest::newRow("distribution boxes") << int(Role::ChartBoxFill) << QColor(0x90, 0xb4, 0xdc);
        QTest::newRow("message, information")
            << int(Role::MessageInformationFill) << QColor(0xe8, 0xf1, 0xfb);
        QTest::newRow("message, error border") << int(Role::MessageErrorBorder) << QColor(0xe5, 0x9a, 0x9a);
    }

    void shouldKeepTheColoursOfBefore()
    {
        QFETCH(int, role);
        QFETCH(QColor, expected);
        QCOMPARE(Palette::color(Palette::Role(role), false), expected);
    }

    void shouldTellTheSlaStatesAndLoadBandsApart()
    {
        using Role = Palette::Role;
        const QVector<Role> states = {Role::SlaMet,         Role::SlaBreached, Role::SlaAtRisk,
                                      Role::SlaRunning,     Role::SlaPaused,   Role::SlaInvalid,
                                      Role::SlaNotEvaluated};
        const QVector<Role> bands = {Role::LoadNone, Role::LoadLow, Role::LoadBalanced, Role::LoadFull,
                                     Role::LoadOver};
        for (const QVector<Role> &group : {states, bands}) {
            for (int i = 0; i < group.size(); ++i) {
                for (int j = 0; j < i; ++j)
                    QVERIFY2(Palette::color(group.at(i)) != Palette::color(group.at(j)),
                             qPrintable(Palette::color(group.at(i)).name()));
            }
        }
    }

    void shouldDarkenTheBlockedCellsUnderTheDarkPalette()
    {
        // The allocation grid's text colour is the palette's: on a light grey cell the dark
        // palette's light text could not be read.
        using Role = Palette::Role;
        const QPalette dark = Palette::darkPalette();
        QVERIFY(Palette::contrast(dark.color(QPalette::Text), Palette::color(Role::BlockedCellFill, true)) >=
                4.5);
        QVERIFY(Palette::contrast(lightPalette().color(QPalette::Text),
                                  Palette::color(Role::BlockedCellFill, false)) >= 4.5);
        // The hatch shows on its fill in both.
        for (bool onDark : {false, true})
            QVERIFY(Palette::contrast(Palette::color(Role::BlockedCellHatch, onDark),
                                      Palette::color(Role::BlockedCellFill, onDark)) > 1.5);
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(dark);
        QCOMPARE(Palette::color(Role::BlockedCellFill), Palette::color(Role::BlockedCellFill, true));
        QGuiApplication::setPalette(lightPalette());
        QCOMPARE(Palette::color(Role::BlockedCellFill), Palette::color(Role::BlockedCellFill, false));
        QGuiApplication::setPalette(before);
    }

    void shouldWriteTheSeverityNumberInThePlotsColour_data()
    {
        shouldDrawChartColoursAtLeastThreeToOneOnThePlot_data();
    }

    void shouldWriteTheSeverityNumberInThePlotsColour()
    {
        // The number on a severity's disc is the plot's colour (white on the light plot): at least
        // 3:1 against every disc, also on the dark plot's light tints.
        QFETCH(bool, onDark);
        for (int severity = 1; severity <= 4; ++severity) {
            const double ratio =
                Palette::contrast(Palette::chartBackground(onDark), Palette::severity(severity, onDark));
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("severity %1: %2:1").arg(severity).arg(ratio)));
        }
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"

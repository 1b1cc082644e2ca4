#include "models/palette.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Models {

namespace {

struct StatusColors
{
    QColor onLight;
    QColor onDark;
};

StatusColors statusColors(Palette::Status status)
{
    switch (status) {
    case Palette::Status::Good:
        return {QColor(0x23, 0x6b, 0x27), QColor(0x81, 0xc7, 0x84)};
    case Palette::Status::Warning:
        return {QColor(0x8f, 0x56, 0x00), QColor(0xff, 0xb7, 0x4d)};
    case Palette::Status::Bad:
        return {QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x9a, 0x9a)};
    case Palette::Status::Neutral:
        return {QColor(0x5f, 0x5f, 0x5f), QColor(0xbd, 0xbd, 0xbd)};
    case Palette::Status::Info:
        return {QColor(0x1f, 0x5f, 0xa8), QColor(0x90, 0xca, 0xf9)};
    }
    return {QColor(Qt::black), QColor(Qt::white)};
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QColor Palette::status(Status status)
{
    // Item models also run under a QCoreApplication (command line, tests), which has no palette.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Palette::status(status, QColor(Qt::white));
    return Palette::status(status, QGuiApplication::palette().color(QPalette::Base));
}

QColor Palette::status(Status status, const QColor &background)
{
    const StatusColors colors = statusColors(status);
    return relativeLuminance(background) < 0.2 ? colors.onDark : colors.onLight;
}

namespace {
int s_lightCharts = 0;
} // namespace

bool Palette::chartsDark()
{
    if (s_lightCharts > 0 || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return isDark(QGuiApplication::palette());
}

Palette::LightCharts::LightCharts()
{
    ++s_lightCharts;
}
Palette::LightCharts::~LightCharts()
{
    --s_lightCharts;
}

QColor Palette::series(Series series)
{
    return Palette::series(series, chartsDark());
}

QColor Palette::series(Series series, bool onDark)
{
    // Dark-plot variants are the light ones' lighter tints (Material 200-300): the same hue, so a
    // series keeps its meaning across palettes, at least 3:1 on #1e1e1e.
    switch (series) {
    case Series::Ideal:
        return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Series::Actual:
        return onDark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0xa8);
    case Series::Forecast:
        return onDark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x59, 0x00);
    case Series::Overrun:
        return onDark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Series::Previous:
        return onDark ? QColor(0x90, 0xa4, 0xc8) : QColor(0x6f, 0x8c, 0xb8);
    case Series::Committed:
        return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Series::Rolled:
        return onDark ? QColor(0x81, 0xc7, 0x84) : QColor(0x23, 0x6b, 0x27);
    case Series::Neutral:
        return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
    return onDark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor Palette::category(int index)
{
    return category(index, chartsDark());
}

QColor Palette::category(int index, bool onDark)
{
    static const QColor s_colors[CategoryCount] = {
        QColor(0x1f, 0x5f, 0xa8), // blue
        QColor(0x00, 0x83, 0x8f), // cyan
        QColor(0x8d, 0x6e, 0x63), // brown
        QColor(0x75, 0x75, 0x75), // grey
        QColor(0x2e, 0x7d, 0x32), // green
        QColor(0xb3, 0x59, 0x00), // orange
        QColor(0x6a, 0x1b, 0x9a), // purple
        QColor(0xad, 0x14, 0x57), // pink
    };
    static const QColor s_onDark[CategoryCount] = {
        QColor(0x64, 0xb5, 0xf6), // blue
        QColor(0x4d, 0xd0, 0xe1), // cyan
        QColor(0xbc, 0xaa, 0xa4), // brown
        QColor(0x9e, 0x9e, 0x9e), // grey
        QColor(0x81, 0xc7, 0x84), // green
        QColor(0xff, 0xb7, 0x4d), // orange
        QColor(0xce, 0x93, 0xd8), // purple
        QColor(0xf4, 0x8f, 0xb1), // pink
    };
    const int i = ((index % CategoryCount) + CategoryCount) % CategoryCount;
    return onDark ? s_onDark[i] : s_colors[i];
}

QColor Palette::severity(int severity)
{
    return Palette::severity(severity, chartsDark());
}

QColor Palette::severity(int severity, bool onDark)
{
    switch (severity) {
    case 1:
        return onDark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    case 2:
        return onDark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0xa8);
    case 3:
        return onDark ? QColor(0x4d, 0xb6, 0xac) : QColor(0x00, 0x89, 0x7b);
    case 4:
        return onDark ? QColor(0xbc, 0xaa, 0xa4)
                      : QColor(0x8d, 0x6e, 0x63); // was a1887f: 3.3:1 left no margin on anti-aliased lines
    default:
        return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
}

QColor Palette::color(Role role)
{
    if (role == Role::ChartBoxFill || role == Role::ChartMarkerBorder)
        return color(role, chartsDark());
    return color(role, qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
                           isDark(QGuiApplication::palette()));
}

QColor Palette::color(Role role, bool onDark)
{
    switch (role) {
    case Role::SlaMet:
        return QColor(0x00, 0x9e, 0x73);
    case Role::SlaBreached:
        return QColor(0xd5, 0x5e, 0x00);
    case Role::SlaAtRisk:
        return QColor(0xe6, 0x9f, 0x00);
    case Role::SlaRunning:
        return QColor(0x00, 0x72, 0xb2);
    case Role::SlaPaused:
        return QColor(0x56, 0xb4, 0xe9);
    case Role::SlaInvalid:
        return QColor(0x99, 0x99, 0x99);
    case Role::SlaNotEvaluated:
        return QColor(0xbb, 0xbb, 0xbb);
    case Role::LoadNone:
        return QColor(0xf2, 0xf2, 0xf2);
    case Role::LoadLow:
        return QColor(0xd6, 0xe9, 0xf8);
    case Role::LoadBalanced:
        return QColor(0xc8, 0xe6, 0xc9);
    case Role::LoadFull:
        return QColor(0x81, 0xc7, 0x84);
    case Role::LoadOver:
        return QColor(0xef, 0x9a, 0x9a);
    case Role::LoadText:
        return QColor(Qt::black);
    case Role::LoadLabelBacking:
        return QColor(0xff, 0xff, 0xff, 200);
    case Role::LoadSwatchBorder:
        return QColor(Qt::gray);
    // The light grey of a blocked cell under the dark palette's light text was unreadable.
    case Role::BlockedCellFill:
        return onDark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xee, 0xee, 0xee);
    case Role::BlockedCellHatch:
        return onDark ? QColor(0x5a, 0x5a, 0x5a) : QColor(0xbb, 0xbb, 0xbb);
    case Role::BreachRowFill:
        return QColor(0xff, 0xe0, 0xcc);
    case Role::BreachRowText:
        return QColor(0x80, 0x20, 0x00);
    case Role::DiagramCanvas:
        return QColor(Qt::white);
    case Role::DiagramText:
        return QColor(Qt::black);
    case Role::DiagramArrowLabel:
        return QColor(0x33, 0x33, 0x33);
    case Role::DiagramArrow:
        return QColor(0x44, 0x44, 0x44);
    case Role::DiagramFocus:
        return QColor(0xe0, 0x6c, 0x00);
    case Role::DiagramFrame:
        return QColor(0xc8, 0xc8, 0xc8);
    case Role::DiagramNotIncludedFill:
        return QColor(0xf4, 0xf4, 0xf4);
    case Role::DiagramNotIncludedBorder:
        return QColor(0x9a, 0x9a, 0x9a);
    case Role::DiagramNotIncludedText:
        return QColor(0x5f, 0x5f, 0x5f);
    case Role::DiagramClientFill:
        return QColor(0xfd, 0xf3, 0xe1);
    case Role::DiagramClientPartyFill:
        return QColor(0xff, 0xfb, 0xf2);
    case Role::DiagramClientBorder:
        return QColor(0xc0, 0x86, 0x1a);
    case Role::DiagramLevelFill:
        return QColor(0xe8, 0xf0, 0xfb);
    case Role::DiagramLevelBorder:
        return QColor(0x2f, 0x5f, 0xa8);
    case Role::DiagramActivityFill:
        return QColor(Qt::white);
    case Role::DiagramOptionalFill:
        return QColor(0xef, 0xf5, 0xec);
    case Role::DiagramOptionalBorder:
        return QColor(0x3d, 0x7a, 0x35);
    case Role::DiagramManagementFill:
        return QColor(0xf1, 0xec, 0xf7);
    case Role::DiagramManagementBorder:
        return QColor(0x5e, 0x3f, 0x8c);
    case Role::DiagramBadgeText:
        return QColor(Qt::white);
    case Role::ReportHeading:
        return QColor(0x1f, 0x3f, 0x6a);
    case Role::ReportText:
        return QColor(Qt::black);
    case Role::ReportMuted:
        return QColor(0x55, 0x55, 0x55);
    case Role::ReportRule:
        return QColor(0xb0, 0xb0, 0xb0);
    case Role::ReportTableHeaderFill:
        return QColor(0xe8, 0xee, 0xf5);
    case Role::ReportWarning:
        return QColor(0x9a, 0x4a, 0x00);
    case Role::ChartBoxFill:
        return QColor(0x90, 0xb4, 0xdc);
    case Role::ChartMarkerBorder:
        return QColor(Qt::black);
    case Role::MessageText:
        return QColor(0x1a, 0x1a, 0x1a);
    case Role::MessageInformationFill:
        return QColor(0xe8, 0xf1, 0xfb);
    case Role::MessageInformationBorder:
        return QColor(0x9c, 0xc3, 0xea);
    case Role::MessageWarningFill:
        return QColor(0xff, 0xf6, 0xdd);
    case Role::MessageWarningBorder:
        return QColor(0xe6, 0xc3, 0x5c);
    case Role::MessageErrorFill:
        return QColor(0xfd, 0xe8, 0xe8);
    case Role::MessageErrorBorder:
        return QColor(0xe5, 0x9a, 0x9a);
    }
    return onDark ? QColor(Qt::white) : QColor(Qt::black);
}

bool Palette::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

double Palette::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Palette::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette Palette::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x62, 0xad));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, QColor(0x90, 0xca, 0xf9));
    p.setColor(QPalette::LinkVisited, QColor(0xce, 0x93, 0xd8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x8a, 0x8a, 0x8a));
    return p;
}

} // namespace Models

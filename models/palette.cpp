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
    case Palette::Status::Good: return {QColor(0x23, 0x6b, 0x27), QColor(0x81, 0xc7, 0x84)};
    case Palette::Status::Warning: return {QColor(0x8f, 0x56, 0x00), QColor(0xff, 0xb7, 0x4d)};
    case Palette::Status::Bad: return {QColor(0xb7, 0x1c, 0x1c), QColor(0xef, 0x9a, 0x9a)};
    case Palette::Status::Neutral: return {QColor(0x5f, 0x5f, 0x5f), QColor(0xbd, 0xbd, 0xbd)};
    case Palette::Status::Info: return {QColor(0x1f, 0x5f, 0xa8), QColor(0x90, 0xca, 0xf9)};
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

Palette::LightCharts::LightCharts() { ++s_lightCharts; }
Palette::LightCharts::~LightCharts() { --s_lightCharts; }

QColor Palette::series(Series series) { return Palette::series(series, chartsDark()); }

QColor Palette::series(Series series, bool onDark)
{
    // Dark-plot variants are the light ones' lighter tints (Material 200-300): the same hue, so a
    // series keeps its meaning across palettes, at least 3:1 on #1e1e1e.
    switch (series) {
    case Series::Ideal: return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Series::Actual: return onDark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0xa8);
    case Series::Forecast: return onDark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb3, 0x59, 0x00);
    case Series::Overrun: return onDark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Series::Previous: return onDark ? QColor(0x90, 0xa4, 0xc8) : QColor(0x6f, 0x8c, 0xb8);
    case Series::Committed: return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case Series::Rolled: return onDark ? QColor(0x81, 0xc7, 0x84) : QColor(0x23, 0x6b, 0x27);
    case Series::Neutral: return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
    return onDark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor Palette::category(int index) { return category(index, chartsDark()); }

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

QColor Palette::severity(int severity) { return Palette::severity(severity, chartsDark()); }

QColor Palette::severity(int severity, bool onDark)
{
    switch (severity) {
    case 1: return onDark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
    case 2: return onDark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1f, 0x5f, 0xa8);
    case 3: return onDark ? QColor(0x4d, 0xb6, 0xac) : QColor(0x00, 0x89, 0x7b);
    case 4: return onDark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x8d, 0x6e, 0x63); // was a1887f: 3.3:1 left no margin on anti-aliased lines
    default: return onDark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    }
}

bool Palette::isDark(const QPalette &palette) { return relativeLuminance(palette.color(QPalette::Base)) < 0.2; }

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

#pragma once

#include <QColor>
#include <QList>

class QPalette;

namespace Models {

/// The application's colours in one place (issues 16, 18). Status text is drawn on the views'
/// base colour, so each status has a variant for light and one for dark palettes, both at least
/// 4.5:1 against the base (WCAG 2.1 AA for text). Chart colours are drawn on the charts' white
/// plot area and are at least 3:1 against it (graphics). Colour never carries meaning alone:
/// every status also has a word or symbol, every series a name, a dash or a marker.
class Palette
{
public:
    enum class Status { Good, Warning, Bad, Neutral, Info };
    static constexpr int StatusCount = 5;

    /// The status text colour for the application's current palette (light or dark base).
    static QColor status(Status status);
    /// The status text colour readable on `background`.
    static QColor status(Status status, const QColor &background);

    enum class Series {
        Ideal,    ///< burn-down ideal line (dashed)
        Actual,   ///< burn-down actual, used hours
        Forecast, ///< forecast (dash-dot)
        Overrun,  ///< over the budget, missed targets
        Previous, ///< earlier months' overlay (dotted)
        Committed,
        Rolled,
        Neutral,
    };
    static constexpr int SeriesCount = 8;
    /// Chart colours come in a light-plot and a dark-plot variant, both at least 3:1 against
    /// chartBackground(onDark). Without `onDark` they follow chartsDark().
    static QColor series(Series series);
    static QColor series(Series series, bool onDark);
    /// Categorical colours for bar sets and lines (levels, roles, severities), all ≥ 3:1 on the plot
    /// and told apart by lightness as well as hue; `index` wraps.
    static QColor category(int index);
    static QColor category(int index, bool onDark);
    static constexpr int CategoryCount = 8;
    /// The colour of an SLA severity (1–4) in every SLA chart; others grey.
    static QColor severity(int severity);
    static QColor severity(int severity, bool onDark);
    /// The SLA charts' colours for a missed target and for the target lines.
    static QColor missed() { return missed(chartsDark()); }
    static QColor missed(bool onDark) { return onDark ? QColor(0xef, 0x53, 0x50) : QColor(0xd3, 0x2f, 0x2f); }
    static QColor target() { return target(chartsDark()); }
    static QColor target(bool onDark) { return onDark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x42, 0x42, 0x42); }
    /// The plot area the chart colours are meant for: white, or the dark palette's base.
    static QColor chartBackground() { return chartBackground(chartsDark()); }
    static QColor chartBackground(bool onDark)
    {
        return onDark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    }
    /// Text drawn on a chart's background (15.9:1 on white, 14.2:1 on the dark plot).
    static QColor onChartText() { return onChartText(chartsDark()); }
    static QColor onChartText(bool onDark)
    {
        return onDark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x21, 0x21, 0x21);
    }
    /// Grid lines of a chart's plot: visible, yet quieter than the series.
    static QColor chartGrid(bool onDark)
    {
        return onDark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xdd, 0xdd, 0xdd);
    }

    /// Frame of a chart's plot when it has no focus.
    static QColor chartFrame(bool onDark)
    {
        return onDark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xdd, 0xdd, 0xdd);
    }

    /// Every other colour, by the role it plays. Most sit on a surface of their own (a heatmap
    /// cell, a breach row, the diagram's white canvas, the printed review pack) or are small
    /// swatches, so they are the same in both palettes; the roles marked "follows dark" have a
    /// variant for a dark base or a dark chart plot.
    enum class Role {
        // SLA state of a ticket (tickets table, state filter swatches): Okabe–Ito, colour-blind safe.
        SlaMet,
        SlaBreached,
        SlaAtRisk,
        SlaRunning,
        SlaPaused,
        SlaInvalid,
        SlaNotEvaluated,
        // Load bands of the allocation heatmap: cell fills under LoadText, the label's backing
        // and the legend swatches' border.
        LoadNone,
        LoadLow,
        LoadBalanced,
        LoadFull,
        LoadOver,
        LoadText,
        LoadLabelBacking,
        LoadSwatchBorder,
        // Allocation grid cells that cannot be allocated (before a start, after an end). Follows dark.
        BlockedCellFill,
        BlockedCellHatch,
        // A breach in a ticket's SLA timeline.
        BreachRowFill,
        BreachRowText,
        // The support model diagram, drawn on its white canvas in the window and in files.
        DiagramCanvas,
        DiagramText,
        DiagramArrowLabel,
        DiagramArrow,
        DiagramFocus,
        DiagramFrame,
        DiagramNotIncludedFill,
        DiagramNotIncludedBorder,
        DiagramNotIncludedText,
        DiagramClientFill,
        DiagramClientPartyFill,
        DiagramClientBorder,
        DiagramLevelFill,
        DiagramLevelBorder,
        DiagramActivityFill,
        DiagramOptionalFill,
        DiagramOptionalBorder,
        DiagramManagementFill,
        DiagramManagementBorder,
        DiagramBadgeText,
        // The review pack, printed on white.
        ReportHeading,
        ReportText,
        ReportMuted,
        ReportRule,
        ReportTableHeaderFill,
        ReportWarning,
        // Charts: the SLA distribution's boxes (their outline is Series::Actual) and the border of
        // a missed-target marker.
        ChartBoxFill,
        ChartMarkerBorder,
        // The window's message bar and read-only banner: light in both palettes, with dark text.
        MessageText,
        MessageInformationFill,
        MessageInformationBorder,
        MessageWarningFill,
        MessageWarningBorder,
        MessageErrorFill,
        MessageErrorBorder,
    };
    static constexpr int RoleCount = int(Role::MessageErrorBorder) + 1;
    /// The colour of `role` for the application's palette (charts: for chartsDark()).
    static QColor color(Role role);
    static QColor color(Role role, bool onDark);

    /// Whether charts are drawn dark now: the application's palette is dark and no LightCharts
    /// scope is open. A QCoreApplication (commands) draws light.
    static bool chartsDark();
    /// While one lives, charts are drawn light whatever the palette: files meant for print and for
    /// the client (the review pack's PDF) look the same from a dark desktop. GUI thread only.
    class LightCharts
    {
    public:
        LightCharts();
        ~LightCharts();
        LightCharts(const LightCharts &) = delete;
        LightCharts &operator=(const LightCharts &) = delete;
    };

    /// Whether a palette has a dark base (light text on dark background).
    static bool isDark(const QPalette &palette);
    /// WCAG 2.1 relative luminance of an sRGB colour, 0–1.
    static double relativeLuminance(const QColor &color);
    /// WCAG 2.1 contrast ratio, 1–21.
    static double contrast(const QColor &a, const QColor &b);
    /// A dark palette for the Fusion style (`--dark`, tests, screenshots).
    static QPalette darkPalette();
};

} // namespace Models

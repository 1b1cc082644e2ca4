#pragma once

#include <QBrush>
#include <QColor>

class QWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QEvent;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace Gui {

/// How every chart looks (issue 18): background, title, axes, grid and legend follow the
/// application's palette (light or dark, Models::Palette::chartsDark()), with the colours of
/// Models::Palette; bar sets are told apart by a pattern as well as by colour.
class ChartTheme
{
public:
    /// The theme on `chart` as it is now (call again after axes were replaced). A focused chart's
    /// frame is drawn in the palette's highlight colour, 2 px wide: the keyboard's place is visible.
    static void apply(QChart *chart, bool focused = false);
    /// The theme on every chart view inside `widget` (a QChartView or a widget of several).
    static void apply(QWidget *widget);
    /// Whether `event` (to a chart's changeEvent) means the palette changed while the app runs (the
    /// desktop went dark): the chart draws itself again, as its series' colours are chosen then.
    static bool isRestyle(const QEvent *event);

    /// How many bar patterns there are before they repeat.
    static constexpr int PatternCount = 6;
    /// The brush of the `index`th bar set drawn in `color`: solid, diagonal, back-diagonal, dotted,
    /// horizontal, crossed (index wraps). The stripes are `color` halfway to the plot's background,
    /// so the bar's mean colour stays close to `color`.
    static QBrush barBrush(const QColor &color, int index);
    /// Gives `set` its colour, its pattern and an outline in the full colour (3:1 on the plot).
    static void styleBarSet(QBarSet *set, const QColor &color, int index);
    /// An axis of hours with nothing to scale (no budget, nothing logged): one hour from `from`,
    /// two ticks. Qt's nice numbers make NaN of an empty range (a warning, an axis without a
    /// scale), and its five ticks over one hour read "0 0 1 1 1" in whole hours.
    static void setNothingToScale(QValueAxis *axis, double from = 0);
};

} // namespace Gui

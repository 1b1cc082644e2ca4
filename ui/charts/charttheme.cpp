#include "ui/charts/charttheme.h"

#include "models/palette.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

namespace Gui {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

void ChartTheme::apply(QChart *chart, bool focused)
{
    const bool dark = Models::Palette::chartsDark();
    const QColor background = Models::Palette::chartBackground(dark);
    const QColor text = Models::Palette::onChartText(dark);
    const QColor grid = Models::Palette::chartGrid(dark);
    // Axis lines are graphics: 3:1 on the plot, like the series.
    const QColor axisLine = Models::Palette::series(Models::Palette::Series::Neutral, dark);
    if (chart->backgroundBrush() != QBrush(background))
        chart->setBackgroundBrush(background);
    const QPen frame = focused ? QPen(QGuiApplication::palette().color(QPalette::Highlight), 2.0)
                               : QPen(Models::Palette::chartFrame(dark));
    if (chart->backgroundPen() != frame)
        chart->setBackgroundPen(frame);
    if (chart->titleBrush() != QBrush(text))
        chart->setTitleBrush(text);
    QLegend *legend = chart->legend();
    if (legend->labelColor() != text)
        legend->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->labelsColor() != text)
            axis->setLabelsColor(text);
        if (axis->titleBrush() != QBrush(text))
            axis->setTitleBrush(text);
        if (axis->gridLineColor() != grid)
            axis->setGridLineColor(grid);
        if (axis->minorGridLineColor() != grid)
            axis->setMinorGridLineColor(grid);
        if (axis->linePenColor() != axisLine)
            axis->setLinePenColor(axisLine);
    }
}

bool ChartTheme::isRestyle(const QEvent *event)
{
    return event->type() == QEvent::PaletteChange;
}

void ChartTheme::apply(QWidget *widget)
{
    QList<QChartView *> views = widget->findChildren<QChartView *>();
    if (auto *view = qobject_cast<QChartView *>(widget))
        views.prepend(view);
    const QBrush background(Models::Palette::chartBackground());
    for (QChartView *view : qAsConst(views)) {
        // The view's own background shows around the chart's rounded frame.
        if (view->backgroundBrush() != background)
            view->setBackgroundBrush(background);
        apply(view->chart(), view->hasFocus());
    }
}

QBrush ChartTheme::barBrush(const QColor &color, int index)
{
    const int pattern = ((index % PatternCount) + PatternCount) % PatternCount;
    if (pattern == 0)
        return QBrush(color);
    // Drawn at twice the size so the stripes stay sharp on high-density screens and in exports.
    const int tile = 16;
    QImage image(tile, tile, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(mix(color, Models::Palette::chartBackground(), 0.4), 3.0, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(mix(color, Models::Palette::chartBackground(), 0.4));
    switch (pattern) {
    case 1: // "/" stripes, drawn past the tile's corners so that tiles join without gaps
        for (int o = -tile; o <= tile; o += tile)
            painter.drawLine(QPointF(o - 2, tile + 2), QPointF(o + tile + 2, -2));
        break;
    case 2: // "\" stripes
        for (int o = -tile; o <= tile; o += tile)
            painter.drawLine(QPointF(o - 2, -2), QPointF(o + tile + 2, tile + 2));
        break;
    case 3: // dots
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(4, 4), 2.5, 2.5);
        painter.drawEllipse(QPointF(12, 12), 2.5, 2.5);
        break;
    case 4: // horizontal stripes
        painter.drawLine(QPointF(0, 4), QPointF(tile, 4));
        painter.drawLine(QPointF(0, 12), QPointF(tile, 12));
        break;
    default: // crossed
        painter.setPen(QPen(painter.pen().color(), 2.0));
        painter.drawLine(QPointF(0, 8), QPointF(tile, 8));
        painter.drawLine(QPointF(8, 0), QPointF(8, tile));
        break;
    }
    painter.end();
    QBrush brush(image);
    brush.setTransform(QTransform::fromScale(0.5, 0.5));
    return brush;
}

void ChartTheme::styleBarSet(QBarSet *set, const QColor &color, int index)
{
    set->setBrush(barBrush(color, index));
    set->setBorderColor(color);
    // Values written on a bar: white on the light plot's dark bars, dark on the dark plot's light ones.
    set->setLabelColor(Models::Palette::chartBackground());
}

void ChartTheme::setNothingToScale(QValueAxis *axis, double from)
{
    axis->setRange(from, from + 1);
    axis->setTickCount(2);
}

} // namespace Gui

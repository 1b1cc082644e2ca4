#pragma once

#include "models/domain/capacity/burndown.h"

#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QRectF>
#include <QVector>

namespace Gui {

/// Where the month's hours went: one bar stacked by service level, one stacked by role
/// (every worklog of the month, counted against the budget or not).
class StackedHoursChart : public QChartView
{
    Q_OBJECT

public:
    explicit StackedHoursChart(QWidget *parent = nullptr);

    void setBurnDown(const Domain::BurnDown &burnDown);
    /// Bar set name → its hours in the two bars (for tests).
    QMap<QString, double> totals() const;

    /// A segment's hours as written on it, in scene coordinates.
    struct SegmentLabel
    {
        QString text;
        QRectF segment; ///< the segment's rectangle
        QRectF place;   ///< where the text goes: inside the segment
    };
    /// The labels drawn: one per segment whose hours fit in it at the chart's present size (a
    /// narrow segment has its hours in the tooltip and the table, never over its neighbour's).
    QVector<SegmentLabel> segmentLabels() const;

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    QHorizontalStackedBarSeries *barSeries() const;
    Domain::BurnDown m_burnDown;
};

} // namespace Gui

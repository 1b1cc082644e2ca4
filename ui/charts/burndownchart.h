#pragma once

#include "models/burndownloader.h"

#include <QChartView>
#include <QDate>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Gui {

/// The burn-down of one engagement-month: the ideal line over working days (flat on weekends and
/// holidays), the actual remaining, the forecast with its low/high band, the overrun below zero in
/// red, previous months overlaid in a lighter colour. Burn-up shows the same as hours used against
/// the budget. Hovering shows values; a click on a day emits daySelected().
class BurnDownChart : public QChartView
{
    Q_OBJECT

public:
    explicit BurnDownChart(QWidget *parent = nullptr);

    void setData(const Models::BurnDownData &data);
    const Models::BurnDownData &data() const { return m_data; }

    bool isBurnUp() const { return m_burnUp; }
    void setBurnUp(bool burnUp);
    bool showsPreviousMonths() const { return m_showPrevious; }
    void setShowPreviousMonths(bool show);

    /// The chart's series (for tests): name → number of points.
    QMap<QString, int> seriesPointCounts() const;
    /// The chart in words, for screen readers: "Burn-down of NORDSHOP, November 2026: 52.8 h used
    /// of 90 h, forecast 28 h left at month end." followed by every series' latest figure.
    QString description() const;
    /// The day under a point of the viewport (null outside the month).
    QDate dayAt(const QPoint &viewportPos) const;

signals:
    void daySelected(const QDate &date);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// As many date ticks as fit unelided, and the legend beside the plot when it does not fit below.
    void fitToWidth();
    void addDaySeries(QLineSeries *series, const QColor &color, Qt::PenStyle style, qreal width);
    void addForecastBand();
    void addOverrunArea();
    void addPreviousMonths();
    void showTooltip(const QPointF &point, bool state, const QString &seriesName);
    double valueOf(double remainingMinutes) const;

    Models::BurnDownData m_data;
    bool m_burnUp = false;
    bool m_showPrevious = true;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
};

} // namespace Gui

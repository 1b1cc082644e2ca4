#include "ui/charts/chartpainter.h"

#include "ui/charts/burndownchart.h"
#include "ui/charts/compliancetrendchart.h"
#include "ui/charts/historychart.h"
#include "ui/report/vectorcanvas.h"

#include "models/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPainter>

namespace Gui {

namespace {

/// The size to lay a chart out at: `width` screen pixels wide, with the target's proportions.
QSize layoutFor(const QRectF &target, int width)
{
    return QSize(width, qMax(1, qRound(width * target.height() / target.width())));
}

/// Paints `widget` as it is drawn into `target`, as vectors.
void renderWidget(QPainter *painter, const QRectF &target, QWidget *widget)
{
    VectorCanvas::paint(painter, target, widget->size(), [widget](QPainter *p) {
        widget->render(p, QPoint(), QRegion(), QWidget::DrawChildren);
    });
}

/// Lays `widget` out at `size` without showing it on screen.
void layOut(QWidget *widget, const QSize &size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
}

/// Lets the chart's graphics layout place axes, labels and legend, and removes the axes a rebuild
/// replaced: Qt Charts does both in posted events (layout requests, deferred deletes), which a
/// widget that is only rendered never receives otherwise.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace

void ChartPainter::paintBurnDown(QPainter *painter, const QRectF &target, const Models::BurnDownData &data,
                                 int layoutWidth)
{
    const Models::Palette::LightCharts
        light; // a page for print and for the client, whatever the desktop's palette
    BurnDownChart chart;
    chart.setShowPreviousMonths(false);
    layOut(&chart, layoutFor(target, layoutWidth));
    chart.setData(data);
    settle();
    renderWidget(painter, target, &chart);
}

void ChartPainter::paintHistory(QPainter *painter, const QRectF &target, const Domain::BudgetLedger &ledger,
                                const QDate &lastMonth, int layoutWidth)
{
    const Models::Palette::LightCharts light;
    HistoryChart chart;
    layOut(&chart, layoutFor(target, layoutWidth));
    chart.setLedger(ledger, lastMonth);
    settle();
    renderWidget(painter, target, &chart);
}

void ChartPainter::paintComplianceTrend(QPainter *painter, const QRectF &target,
                                        const Models::SlaOverview &data, int layoutWidth)
{
    const Models::Palette::LightCharts light;
    ComplianceTrendChart chart;
    layOut(&chart, layoutFor(target, layoutWidth));
    chart.setOverview(data);
    chart.setOverview(data); // laid out now: month labels as long as the width allows (as ChartExport does)
    settle();
    renderWidget(painter, target, &chart);
}

} // namespace Gui

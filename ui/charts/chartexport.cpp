#include "ui/charts/chartexport.h"

#include "ui/charts/charttable.h"
#include "ui/charts/compliancetrendchart.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace Gui {

namespace {

/// Lets Qt Charts lay the charts out again now (it does so in posted layout requests).
void settle()
{
    for (int i = 0; i < 2; ++i)
        QCoreApplication::sendPostedEvents();
}

/// For the life of the export, every chart view in a widget without the band it keeps free above
/// its title for the "Show as table" toggle (ChartTable::reserveTop): the toggle is not in the
/// file, so the band was a blank strip at the top of every exported chart.
class WithoutToggleBand
{
public:
    explicit WithoutToggleBand(QWidget *widget)
    {
        QList<QChartView *> views = widget->findChildren<QChartView *>();
        if (auto *view = qobject_cast<QChartView *>(widget))
            views.prepend(view);
        for (QChartView *view : qAsConst(views)) {
            const int band = ChartTable::reservedTop(view);
            if (band <= 0)
                continue;
            QMargins margins = view->chart()->margins();
            margins.setTop(qMax(0, margins.top() - band));
            view->chart()->setMargins(margins);
            m_views.append({view, band});
        }
        if (!m_views.isEmpty())
            settle();
    }
    ~WithoutToggleBand()
    {
        for (const auto &[view, band] : qAsConst(m_views)) {
            if (!view)
                continue;
            QMargins margins = view->chart()->margins();
            margins.setTop(margins.top() + band);
            view->chart()->setMargins(margins);
        }
        if (!m_views.isEmpty())
            settle();
    }
    WithoutToggleBand(const WithoutToggleBand &) = delete;
    WithoutToggleBand &operator=(const WithoutToggleBand &) = delete;

private:
    QList<QPair<QPointer<QChartView>, int>> m_views;
};

} // namespace

bool ChartExport::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool ChartExport::save(QWidget *widget, const QString &path, QString *reason)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isSupported(path)) {
        *reason = tr("%1: the file name must end in .png or .svg").arg(path);
        return false;
    }
    // Written to a temporary file and renamed: a failed export leaves no half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = true;
    const WithoutToggleBand withoutBand(widget);
    if (suffix == QLatin1String("png")) {
        const QPixmap pixmap = widget->grab();
        ok = !pixmap.isNull() && pixmap.save(&file, "PNG");
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(widget->size());
        generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
        generator.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("Delivery Desk")
                                                           : widget->windowTitle());
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
            ok = painter.end();
        }
    }
    if (!ok || !file.commit()) {
        file.cancelWriting();
        *reason = tr("cannot write the chart to %1").arg(path);
        return false;
    }
    return true;
}

bool ChartExport::saveComplianceTrend(const Models::SlaOverview &data, const QString &path, QString *reason,
                                      const QSize &size)
{
    ComplianceTrendChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(size);
    chart.setOverview(data);
    chart.show();
    chart.setOverview(data); // laid out now: month labels as long as the width allows
    return save(&chart, path, reason);
}

} // namespace Gui

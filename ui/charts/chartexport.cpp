#include "ui/charts/chartexport.h"

#include "ui/charts/compliancetrendchart.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace Gui {

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
    if (suffix == QLatin1String("png")) {
        const QPixmap pixmap = widget->grab();
        ok = !pixmap.isNull() && pixmap.save(&file, "PNG");
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(widget->size());
        generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
        generator.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("Delivery Desk") : widget->windowTitle());
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

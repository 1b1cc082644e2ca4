#include "ui/charts/burndownimage.h"

#include "ui/charts/burndownchart.h"

#include <QPixmap>

namespace Gui {

bool BurnDownImage::savePng(const Models::BurnDownData &data, const QString &path, QString *reason,
                            const QSize &size)
{
    BurnDownChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(size);
    chart.setData(data);
    chart.show();
    const QPixmap pixmap = chart.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        *reason = tr("cannot write the chart to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Gui

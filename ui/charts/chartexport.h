#pragma once

#include "models/slaoverviewloader.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

namespace Gui {

/// Charts as files: PNG (a grab of the widget) or SVG (QSvgGenerator, vector), chosen by the
/// file's suffix. Keeps Qt Charts out of every header outside ui/charts. Needs a QApplication
/// (offscreen is fine).
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    /// Writes `widget` as it is drawn to `path` (.png or .svg). Nothing is left behind on failure.
    static bool save(QWidget *widget, const QString &path, QString *reason);
    /// The compliance trend chart of `data` at `size`, as the SLA page draws it (`sla chart`).
    static bool saveComplianceTrend(const Models::SlaOverview &data, const QString &path, QString *reason,
                                    const QSize &size = QSize(1400, 600));
    /// Whether `path` ends in .png or .svg (any case).
    static bool isSupported(const QString &path);
};

} // namespace Gui

#pragma once

#include "models/burndownloader.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace Gui {

/// The burn-down chart as a picture, for `deliverydesk burndown --format png` and reports. Keeps
/// Qt Charts out of every header outside ui/charts. Needs a QApplication (offscreen is fine).
class BurnDownImage
{
    Q_DECLARE_TR_FUNCTIONS(BurnDownImage)

public:
    static bool savePng(const Models::BurnDownData &data, const QString &path, QString *reason,
                        const QSize &size = QSize(1200, 700));
};

} // namespace Gui

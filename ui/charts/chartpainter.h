#pragma once

#include "models/burndownloader.h"
#include "models/slaoverviewloader.h"

#include <QRectF>
#include <QSize>

class QPainter;

namespace Gui {

/// The pages' charts painted onto any QPainter as vectors (a PDF page, a printer): the chart is
/// laid out as a widget `layoutWidth` screen pixels wide with the target's proportions, never
/// shown, and painted into `target` (the painter's coordinates) through VectorCanvas, so lines,
/// bars and text stay vectors and text stays text. Keeps Qt Charts out of every header outside ui/charts.
/// Needs a QApplication.
class ChartPainter
{
public:
    /// The burn-down of one month as the Burn-down page draws it (previous months not overlaid).
    static void paintBurnDown(QPainter *painter, const QRectF &target, const Models::BurnDownData &data,
                              int layoutWidth = 820);
    /// The twelve ledger months ending with `lastMonth` (the Overview's history chart).
    static void paintHistory(QPainter *painter, const QRectF &target, const Domain::BudgetLedger &ledger,
                             const QDate &lastMonth, int layoutWidth = 820);
    /// The SLA page's compliance trend: response and resolution panes side by side.
    static void paintComplianceTrend(QPainter *painter, const QRectF &target, const Models::SlaOverview &data,
                                     int layoutWidth = 1000);
};

} // namespace Gui

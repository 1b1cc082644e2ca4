#pragma once

#include "models/palette.h"
#include "models/slaoverviewloader.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QStringList>

namespace Gui {

/// What the three SLA charts share: severity colours, month labels through QLocale in the
/// current language (short enough for the width at hand, never truncated) and month names.
class SlaChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(SlaChartStyle)

public:
    static QColor severityColor(int severity);
    static QColor missedColor() { return Models::Palette::missed(); }
    static QColor targetColor() { return Models::Palette::target(); }
    static QString severityName(int severity);
    /// The point marker of a severity's line: its number on a disc of its colour.
    static QImage severityMarker(int severity, int size);
    /// Unique category labels for `months` fitting `pixelsPerMonth`: "jan. 26", "jan." or "J".
    static QStringList monthLabels(const QVector<QDate> &months, double pixelsPerMonth);
    /// "December 2025 – November 2026" (or one month).
    static QString rangeText(const QVector<QDate> &months);
    /// "March 2026".
    static QString monthName(const QDate &month);
    /// "95 %" in the current locale.
    static QString percent(double value, int decimals = 0);
};

} // namespace Gui

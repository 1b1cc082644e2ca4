#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// `deliverydesk sla chart --engagement KEY [--from YYYY-MM] [--to YYYY-MM] --out FILE.png|FILE.svg
/// [--now ISO]`: the compliance trend chart of the SLA page, drawn from the stored results through
/// Models::SlaOverviewLoader, as a PNG image or an SVG drawing. The other `sla` actions go on to
/// SlaCommand.
class SlaChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlaChartCommand)

public:
    /// The registry's entry point for `sla`: `sla chart` here, every other action to SlaCommand.
    static int runSla(const QStringList &arguments);
    /// Only `sla chart` draws and needs an (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace App

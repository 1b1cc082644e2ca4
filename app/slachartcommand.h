#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk sla chart --engagement KEY [--from YYYY-MM] [--to YYYY-MM] --out FILE.png|FILE.svg
/// [--now ISO]`: the compliance trend chart of the SLA page, drawn from the stored results through
/// Models::SlaOverviewLoader, as a PNG image or an SVG drawing. The other `sla` actions go on to
/// SlaCommand.
class SlaChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlaChartCommand)

public:
    /// Whether `arguments` are `sla chart …` (SlaCommand::spec() hands them here).
    static bool handles(const QStringList &arguments);
    /// Only `sla chart` draws and needs an (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);
    /// Its options, help and handler.
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

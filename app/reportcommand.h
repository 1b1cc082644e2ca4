#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk report --engagement KEY --period 2026-Q3|2026-10|2026-10-01..2026-12-31
/// --out review.pdf [--data review.xlsx|DIR] [--prepared-by NAME] [--now ISO]`: the governance
/// review of an engagement and period as a PDF, and its data appendix as XLSX or a CSV folder.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);
    /// Always: the charts are laid out as widgets (offscreen).
    static bool needsWidgets(const QStringList &arguments);
    /// The settings key of "Prepared by" (the Review page writes it, --prepared-by overrides it).
    static QString preparedByKey() { return QStringLiteral("review/preparedBy"); }

private:
    static int run(CommandCall &call);
};

} // namespace App

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk burndown --engagement KEY --month YYYY-MM [--format table|csv|json|png] [--out FILE]
/// [--now ISO]`: one engagement-month's burn-down, budget figures and ledger explanation.
class BurnDownCommand
{
    Q_DECLARE_TR_FUNCTIONS(BurnDownCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);
    /// Only --format png renders a chart and needs a (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);
    /// A month given as YYYY-MM (its first day), or a null date.
    static QDate parseMonth(const QString &text);

private:
    static int run(CommandCall &call);
};

} // namespace App

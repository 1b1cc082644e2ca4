#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk budget show|set --engagement KEY …`: an engagement's budget as the Budget dialog
/// edits it (Models::BudgetLoader): what happens to unused hours, the overrun, what counts and the
/// committed hours of single months. `set` changes what its options name and keeps the rest.
class BudgetCommand
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

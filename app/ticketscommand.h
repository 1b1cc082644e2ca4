#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk tickets list --engagement KEY [--format table|csv|json]`: what is stored, with the
/// number of status changes and the time spent in pause statuses, so a script can check an import.
class TicketsCommand
{
    Q_DECLARE_TR_FUNCTIONS(TicketsCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

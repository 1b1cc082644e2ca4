#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk mapping list|set|remove`: the import mappings the user edits and the next
/// imports use (priority → severity, work type → kind/level/activity, person → role).
class MappingCommand
{
    Q_DECLARE_TR_FUNCTIONS(MappingCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

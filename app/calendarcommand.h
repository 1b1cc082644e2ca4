#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk calendar eval --calendar FILE` (JSON Lines on stdin, answers on stdout),
/// `calendar export --engagement KEY [--out FILE]` and `calendar import --engagement KEY FILE`.
class CalendarCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
    static int evaluate(CommandCall &call);
    static int exportCalendar(CommandCall &call);
    static int importCalendar(CommandCall &call);
};

} // namespace App

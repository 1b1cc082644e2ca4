// The registry of headless commands. Add a command here: one line, one file of its own.
#include "app/commandline.h"
#include "app/engagementcommand.h"

#include <QtGlobal>

namespace App {

const QVector<CommandLine::Command> &CommandLine::registry()
{
    static const QVector<Command> s_commands = {
        {"engagement",
         QT_TRANSLATE_NOOP("CommandLine", "engagement list [--format table|json]\n"
                                          "engagement show KEY [--format table|json]"),
         &EngagementCommand::run},
    };
    return s_commands;
}

} // namespace App

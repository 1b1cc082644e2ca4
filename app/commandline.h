#pragma once

#include "app/command.h"

#include <QStringList>
#include <QVector>

namespace App {

/// The command line of `deliverydesk`: with no subcommand it opens the window, with one it
/// works headless. `run()` is main() minus the choice of application object.
class CommandLine
{
public:
    /// One headless command: its name, its usage lines for --help (translated in the
    /// "CommandLine" context) and its options, help and handler (app/command.h), which
    /// CommandSpec::execute() runs on the whole argument list.
    struct Command
    {
        const char *name;
        const char *usage;
        /// The command's spec; `sla` hands its actions to their own specs by the arguments.
        const CommandSpec &(*spec)(const QStringList &arguments);
        /// Optional: whether these arguments need a QApplication (e.g. to render a chart to PNG).
        /// Such a run gets one on the offscreen platform; all others run on QCoreApplication.
        bool (*needsWidgets)(const QStringList &arguments) = nullptr;
    };
    /// Every command, in the order --help lists them (app/commands.cpp).
    static const QVector<Command> &registry();

    /// The subcommands, in the order `--help` lists them.
    static QStringList commands();
    /// The subcommand named in `arguments` (arguments[0] is the program), or empty for the GUI.
    /// Values of options that take one are skipped, so `--database engagement.sqlite` is no command.
    static QString findCommand(const QStringList &arguments);
    /// The first word after the subcommand (`chart` of `sla --engagement X chart`), or empty.
    static QString findAction(const QStringList &arguments);
    /// Whether the headless command in `arguments` needs a QApplication (offscreen).
    static bool commandNeedsWidgets(const QStringList &arguments);
    /// Whether the GUI run needs a real display (false for --screenshot, --help, --version).
    static bool needsDisplay(const QStringList &arguments);

    /// Runs the headless command named in `arguments`; returns the exit code.
    static int runCommand(const QStringList &arguments);
    /// Prints the overall help.
    static QString helpText();
};

} // namespace App

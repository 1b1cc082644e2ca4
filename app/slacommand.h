#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk sla replay|explain|policy export|policy import`:
/// - replay --calendar CAL --policy POL --tickets CSV [--history CSV] [--now ISO]: no database,
///   CSV on stdout as Exchange::SlaReplay writes it;
/// - explain --engagement KEY --ticket KEY [--now ISO]: the ticket's SLA timeline in words, in the
///   engagement's time zone (or, with --calendar/--policy/--tickets instead of a database, from files);
/// - policy export --engagement KEY [--out FILE] and policy import --engagement KEY FILE.
class SlaCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlaCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp); the spec of
    /// `sla chart`, `sla compliance` or `sla breaches` when `arguments` name one of those.
    static const CommandSpec &spec(const QStringList &arguments);
    /// The actions of `sla`, one line each, for `sla --help`.
    static QString actionsHelp();

private:
    static int run(CommandCall &call);
    static int replay(CommandCall &call, qint64 now);
    static int explain(CommandCall &call, qint64 now);
    static int explainFromFiles(CommandCall &call, qint64 now);
    static int exportPolicy(CommandCall &call);
    static int importPolicy(CommandCall &call);
};

} // namespace App

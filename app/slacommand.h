#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace App {

class CliContext;

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
    static int run(const QStringList &arguments);
    /// The actions of `sla`, one line each, for `sla --help`.
    static QString actionsHelp();

private:
    static int replay(CliContext &context, const QCommandLineParser &parser, qint64 now);
    static int explain(CliContext &context, const QCommandLineParser &parser, qint64 now);
    static int explainFromFiles(CliContext &context, const QCommandLineParser &parser, qint64 now);
    static int exportPolicy(CliContext &context, const QCommandLineParser &parser);
    static int importPolicy(CliContext &context, const QCommandLineParser &parser);
};

} // namespace App

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Domain {
struct Engagement;
}
namespace Storage {
class Database;
}

namespace App {

class CliContext;
struct CommandSpec;
class CommandCall;

/// `deliverydesk sla compliance|breaches`, reading the stored SLA results (Models::SlaRecomputer
/// stores them; they are recomputed first with --recompute or when nothing is stored yet):
/// - compliance --engagement KEY [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json]:
///   per month × severity tickets, met %, breaches, median and p90 times, target and met/missed;
/// - breaches --engagement KEY --month YYYY-MM [--format table|csv|json]: every ticket breached
///   in the month with the reason, the breach line of its SLA explanation.
/// SlaCommand hands these two actions over (handles()), the other `sla` actions stay there.
class SlaComplianceCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlaComplianceCommand)

public:
    /// Whether `arguments` are `sla compliance …` or `sla breaches …`.
    static bool handles(const QStringList &arguments);
    /// Its options, help and handler (SlaCommand::spec() hands `sla compliance|breaches` here).
    static const CommandSpec &spec(const QStringList &arguments);

    /// Recomputes the stored SLA results of the engagements `keys` at the current time, after a
    /// change of their policy or calendar; a failure is a warning on stderr (the change stands).
    static void refreshResults(CliContext &context, const Storage::Database &database,
                               const QStringList &keys);

private:
    static int run(CommandCall &call);
    static int compliance(CommandCall &call, qint64 now);
    static int breaches(CommandCall &call, qint64 now);
    /// The answer for an engagement whose support model has no SLA: one sentence, no rows.
    static int noSla(CliContext &context, const Domain::Engagement &engagement, const QString &format);
};

} // namespace App

#include "app/slacommand.h"

#include "app/command.h"
#include "app/slachartcommand.h"
#include "app/slacompliancecommand.h"
#include "models/domain/sla/slaevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/sla/policyfile.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/exchange/sla/slareplay.h"
#include "models/portfolio.h"
#include "models/slapolicyloader.h"
#include "models/storagetext.h"
#include "models/ticketexplanationloader.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace App {

namespace {
const QString s_calendar = QStringLiteral("calendar");
const QString s_policy = QStringLiteral("policy");
const QString s_tickets = QStringLiteral("tickets");
const QString s_history = QStringLiteral("history");
const QString s_ticket = QStringLiteral("ticket");
const QString s_engagement = QStringLiteral("engagement");
const QString s_out = QStringLiteral("out");

} // namespace

int SlaCommand::replay(CommandCall &call, qint64 now)
{
    for (const QString &option : {s_calendar, s_policy, s_tickets}) {
        if (call.value(option).isEmpty())
            return call.usageError(tr("sla replay needs --calendar FILE, --policy FILE and --tickets FILE"));
    }
    if (call.parser().positionalArguments().size() != 2)
        return call.usageError(tr("sla replay takes no further arguments"));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return call.fail(tr("cannot write stdout"));
    Exchange::ExchangeError error;
    // Tickets with data problems are rows of the output ("invalid" and the like); stderr says why,
    // as each row is written (a million such tickets are never held in memory).
    const auto warn = [&call](const Exchange::ExchangeError &problem) {
        call.err() << "deliverydesk: " << tr("warning: %1").arg(problem.toString()) << '\n';
    };
    const bool written =
        Exchange::SlaReplay::run(call.value(s_calendar), call.value(s_policy), call.value(s_tickets),
                                 call.value(s_history), now, &out, &error, warn);
    call.err().flush();
    if (!written)
        return call.fail(error.toString());
    out.flush();
    return Success;
}

int SlaCommand::explainFromFiles(CommandCall &call, qint64 now)
{
    if (call.value(s_calendar).isEmpty() || call.value(s_policy).isEmpty() || call.value(s_tickets).isEmpty())
        return call.usageError(
            tr("sla explain from files needs --calendar FILE, --policy FILE and --tickets FILE"));
    Exchange::ExchangeError error;
    const std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::read(call.value(s_calendar), &error);
    if (!calendar)
        return call.fail(error.toString());
    const std::optional<Domain::SlaExplanation> explanation =
        Exchange::SlaReplay::explain(call.value(s_calendar), call.value(s_policy), call.value(s_tickets),
                                     call.value(s_history), call.value(s_ticket), now, &error);
    if (!explanation)
        return call.fail(error.toString());
    call.out() << Exchange::SlaExplainText::render(*explanation, QTimeZone(calendar->timeZoneId())) << '\n';
    return Success;
}

int SlaCommand::explain(CommandCall &call, qint64 now)
{
    if (call.value(s_ticket).isEmpty())
        return call.usageError(tr("sla explain needs --ticket KEY"));
    if (call.parser().positionalArguments().size() != 2)
        return call.usageError(tr("sla explain takes no further arguments"));
    if (call.isSet(s_tickets))
        return explainFromFiles(call, now);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla explain"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    // The same loader as the ticket timeline dialog: one ticket read through an index.
    Models::TicketExplanationLoader::Result result;
    const QString key = call.value(s_ticket);
    if (const Models::TicketExplanationLoader::Error error =
            Models::TicketExplanationLoader(*portfolio.database()).load(engagement, key, now, &result))
        return call.fail(error.message(engagement, key));
    call.out() << Exchange::SlaExplainText::render(result.explanation, result.zone) << '\n';
    return Success;
}

int SlaCommand::exportPolicy(CommandCall &call)
{
    if (call.parser().positionalArguments().size() != 3)
        return call.usageError(tr("sla policy export takes no file argument; use --out FILE"));
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla policy export"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Domain::SlaPolicyHistory policy;
    bool stored = false;
    if (const Storage::StorageError error =
            Models::SlaPolicyLoader(*portfolio.database()).load(engagement.id, &policy, &stored))
        return call.fail(Models::StorageText::message(error));
    if (!stored)
        call.err() << "deliverydesk: "
                   << tr("note: %1 has no SLA policy of its own; this is the default for its support model")
                          .arg(engagement.key)
                   << Qt::endl;
    const QString path = call.value(s_out);
    if (path.isEmpty() || path == QLatin1String("-")) {
        call.out() << QString::fromUtf8(Exchange::PolicyFile::toJson(policy));
        return Success;
    }
    Exchange::ExchangeError error;
    if (!Exchange::PolicyFile::write(path, policy, &error))
        return call.fail(error.toString());
    return Success;
}

int SlaCommand::importPolicy(CommandCall &call)
{
    const QStringList positional = call.parser().positionalArguments();
    if (positional.size() != 4)
        return call.usageError(tr("sla policy import needs exactly one FILE"));
    Exchange::ExchangeError fileError;
    const std::optional<Domain::SlaPolicyHistory> policy =
        Exchange::PolicyFile::read(positional.at(3), &fileError);
    if (!policy)
        return call.fail(fileError.toString());
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla policy import"), &portfolio,
                                             Storage::Database::Access::ReadWrite, &engagement))
        return code;
    Models::SlaPolicyLoader::SaveCounts counts;
    if (const Storage::StorageError error =
            Models::SlaPolicyLoader(*portfolio.database()).save(engagement.id, *policy, &counts))
        return call.fail(Models::StorageText::message(error));
    if (counts.added > 0) // tickets created under the new versions are evaluated again
        SlaComplianceCommand::refreshResults(call.context(), *portfolio.database(), {engagement.key});
    call.out() << tr("%1: %n new policy version(s) added", nullptr, counts.added).arg(engagement.key) << ", "
               << tr("%n already stored", nullptr, counts.unchanged) << '\n';
    return Success;
}

QString SlaCommand::actionsHelp()
{
    // Every action of `sla`, also those other classes run (compliance, breaches, chart), so that
    // `sla --help` is where a user finds them all.
    const QList<QPair<QString, QString>> actions = {
        {QStringLiteral("compliance"), tr("SLA compliance per month and severity from the stored results")},
        {QStringLiteral("breaches"), tr("every SLA breach of a month with its reason")},
        {QStringLiteral("explain"), tr("how one ticket's SLA clocks ran, event by event")},
        {QStringLiteral("replay"),
         tr("evaluate tickets from files (calendar, policy, tickets) without a database")},
        {QStringLiteral("chart"), tr("the compliance trend chart as PNG or SVG")},
        {QStringLiteral("policy export"), tr("write an engagement's SLA policy as JSON")},
        {QStringLiteral("policy import"), tr("add the versions of a policy file to an engagement")},
    };
    int width = 0;
    for (const auto &action : actions)
        width = qMax(width, int(action.first.size()));
    QString text = tr("Actions (sla ACTION --help for the options of each):") + QLatin1Char('\n');
    for (const auto &action : actions)
        text +=
            QStringLiteral("  ") + action.first.leftJustified(width + 2) + action.second + QLatin1Char('\n');
    return text;
}

const CommandSpec &SlaCommand::spec(const QStringList &arguments)
{
    // `sla compliance` and `sla breaches` read stored results (app/slacompliancecommand.cpp), `sla
    // chart` draws them (app/slachartcommand.cpp): each has its own options and help.
    if (SlaChartCommand::handles(arguments))
        return SlaChartCommand::spec(arguments);
    if (SlaComplianceCommand::handles(arguments))
        return SlaComplianceCommand::spec(arguments);
    static const CommandSpec s_spec{
        "sla",
        "SlaCommand",
        QT_TRANSLATE_NOOP(
            "SlaCommand",
            "SLA of an engagement: compliance, breaches, explanations, replays, charts and its policy."),
        {{"calendar", QT_TRANSLATE_NOOP("SlaCommand", "replay/explain: the calendar file (JSON)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"policy", QT_TRANSLATE_NOOP("SlaCommand", "replay/explain: the policy file (JSON)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"tickets", QT_TRANSLATE_NOOP("SlaCommand", "replay/explain: the tickets (CSV)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"history", QT_TRANSLATE_NOOP("SlaCommand", "replay/explain: the status history (CSV)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"now", QT_TRANSLATE_NOOP("SlaCommand", "Evaluate at this ISO-8601 instant instead of now."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")},
         {"engagement", QT_TRANSLATE_NOOP("SlaCommand", "explain/policy: the engagement."),
          QT_TRANSLATE_NOOP("Command", "KEY")},
         {"ticket", QT_TRANSLATE_NOOP("SlaCommand", "explain: the ticket."),
          QT_TRANSLATE_NOOP("Command", "KEY")},
         {"out", QT_TRANSLATE_NOOP("SlaCommand", "policy export: write to this file instead of stdout."),
          QT_TRANSLATE_NOOP("Command", "FILE")}},
        {{"action",
          QT_TRANSLATE_NOOP("SlaCommand",
                            "compliance, breaches, explain, replay, chart, policy export or policy import "
                            "FILE (see Actions below)."),
          QT_TRANSLATE_NOOP("SlaCommand",
                            "compliance|breaches|explain|replay|chart|policy export|policy import FILE")}},
        &SlaCommand::run,
        &SlaCommand::actionsHelp};
    return s_spec;
}

int SlaCommand::run(CommandCall &call)
{
    const std::optional<qint64> now = call.now(); // the wall clock is read in app/ only
    if (!now)
        return UsageError;
    const QStringList positional = call.arguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("replay"))
        return replay(call, *now);
    if (action == QLatin1String("explain"))
        return explain(call, *now);
    if (action == QLatin1String("policy") && positional.value(1) == QLatin1String("export"))
        return exportPolicy(call);
    if (action == QLatin1String("policy") && positional.value(1) == QLatin1String("import"))
        return importPolicy(call);
    return call.usageError(tr("sla needs replay, explain, policy export or policy import"));
}

} // namespace App

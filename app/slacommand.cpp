#include "app/slacommand.h"

#include "app/calendarcommand.h"
#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "app/slacompliancecommand.h"
#include "models/domain/sla/slaevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/policyfile.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/exchange/sla/slareplay.h"
#include "models/portfolio.h"
#include "models/ticketexplanationloader.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace App {

namespace {
const QString s_calendar = QStringLiteral("calendar");
const QString s_policy = QStringLiteral("policy");
const QString s_tickets = QStringLiteral("tickets");
const QString s_history = QStringLiteral("history");
const QString s_now = QStringLiteral("now");
const QString s_ticket = QStringLiteral("ticket");
const QString s_engagement = QStringLiteral("engagement");
const QString s_out = QStringLiteral("out");

} // namespace

int SlaCommand::replay(CliContext &context, const QCommandLineParser &parser, qint64 now)
{
    for (const QString &option : {s_calendar, s_policy, s_tickets}) {
        if (parser.value(option).isEmpty())
            return context.fail(tr("sla replay needs --calendar FILE, --policy FILE and --tickets FILE"),
                                UsageError);
    }
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("sla replay takes no further arguments"), UsageError);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("cannot write stdout"));
    Exchange::ExchangeError error;
    QVector<Exchange::ExchangeError> problems;
    if (!Exchange::SlaReplay::run(parser.value(s_calendar), parser.value(s_policy), parser.value(s_tickets),
                                  parser.value(s_history), now, &out, &error, &problems))
        return context.fail(error.toString());
    out.flush();
    // Tickets with data problems are rows of the output ("invalid" and the like); stderr says why.
    for (const Exchange::ExchangeError &problem : qAsConst(problems))
        context.err() << "deliverydesk: " << tr("warning: %1").arg(problem.toString()) << '\n';
    context.err().flush();
    return Success;
}

int SlaCommand::explainFromFiles(CliContext &context, const QCommandLineParser &parser, qint64 now)
{
    if (parser.value(s_calendar).isEmpty() || parser.value(s_policy).isEmpty() ||
        parser.value(s_tickets).isEmpty())
        return context.fail(
            tr("sla explain from files needs --calendar FILE, --policy FILE and --tickets FILE"), UsageError);
    Exchange::ExchangeError error;
    const std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::read(parser.value(s_calendar), &error);
    if (!calendar)
        return context.fail(error.toString());
    const std::optional<Domain::SlaExplanation> explanation = Exchange::SlaReplay::explain(
        parser.value(s_calendar), parser.value(s_policy), parser.value(s_tickets), parser.value(s_history),
        parser.value(s_ticket), now, &error);
    if (!explanation)
        return context.fail(error.toString());
    context.out() << Exchange::SlaExplainText::render(*explanation, QTimeZone(calendar->timeZoneId()))
                  << '\n';
    return Success;
}

int SlaCommand::explain(CliContext &context, const QCommandLineParser &parser, qint64 now)
{
    if (parser.value(s_ticket).isEmpty())
        return context.fail(tr("sla explain needs --ticket KEY"), UsageError);
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("sla explain takes no further arguments"), UsageError);
    if (parser.isSet(s_tickets))
        return explainFromFiles(context, parser, now);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadOnly,
                                         &engagement, &code))
        return code;
    // The same loader as the ticket timeline dialog: one ticket read through an index.
    Models::TicketExplanationLoader::Result result;
    const QString key = parser.value(s_ticket);
    if (const Models::TicketExplanationLoader::Error error =
            Models::TicketExplanationLoader(*portfolio.database()).load(engagement, key, now, &result))
        return context.fail(error.message(engagement, key));
    context.out() << Exchange::SlaExplainText::render(result.explanation, result.zone) << '\n';
    return Success;
}

int SlaCommand::exportPolicy(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 3)
        return context.fail(tr("sla policy export takes no file argument; use --out FILE"), UsageError);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadOnly,
                                         &engagement, &code))
        return code;
    Domain::SlaPolicyHistory policy;
    bool stored = false;
    if (const Storage::StorageError error =
            Storage::SlaPolicyRepository(*portfolio.database()).historyFor(engagement.id, &policy, &stored))
        return context.fail(Models::StorageText::message(error));
    if (!stored)
        context.err()
            << "deliverydesk: "
            << tr("note: %1 has no SLA policy of its own; this is the default for its support model")
                   .arg(engagement.key)
            << Qt::endl;
    const QString path = parser.value(s_out);
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(Exchange::PolicyFile::toJson(policy));
        return Success;
    }
    Exchange::ExchangeError error;
    if (!Exchange::PolicyFile::write(path, policy, &error))
        return context.fail(error.toString());
    return Success;
}

int SlaCommand::importPolicy(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 4)
        return context.fail(tr("sla policy import needs exactly one FILE"), UsageError);
    Exchange::ExchangeError fileError;
    const std::optional<Domain::SlaPolicyHistory> policy =
        Exchange::PolicyFile::read(positional.at(3), &fileError);
    if (!policy)
        return context.fail(fileError.toString());
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadWrite,
                                         &engagement, &code))
        return code;
    Storage::PolicyVersionCounts counts;
    if (const Storage::StorageError error =
            Storage::SlaPolicyRepository(*portfolio.database()).save(engagement.id, *policy, &counts))
        return context.fail(Models::StorageText::message(error));
    if (counts.added > 0) // tickets created under the new versions are evaluated again
        SlaComplianceCommand::refreshResults(context, *portfolio.database(), {engagement.key});
    context.out() << tr("%1: %n new policy version(s) added", nullptr, counts.added).arg(engagement.key)
                  << ", " << tr("%n already stored", nullptr, counts.unchanged) << '\n';
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
        {QStringLiteral("replay"), tr("evaluate tickets from files (calendar, policy, tickets) without a database")},
        {QStringLiteral("chart"), tr("the compliance trend chart as PNG or SVG")},
        {QStringLiteral("policy export"), tr("write an engagement's SLA policy as JSON")},
        {QStringLiteral("policy import"), tr("add the versions of a policy file to an engagement")},
    };
    int width = 0;
    for (const auto &action : actions)
        width = qMax(width, int(action.first.size()));
    QString text = tr("Actions (sla ACTION --help for the options of each):") + QLatin1Char('\n');
    for (const auto &action : actions)
        text += QStringLiteral("  ") + action.first.leftJustified(width + 2) + action.second + QLatin1Char('\n');
    return text;
}

int SlaCommand::run(const QStringList &arguments)
{
    // `sla compliance` and `sla breaches` read stored results: app/slacompliancecommand.cpp.
    if (SlaComplianceCommand::handles(arguments))
        return SlaComplianceCommand::run(arguments);
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SLA of an engagement: compliance, breaches, explanations, replays, charts and its policy."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_calendar, tr("replay/explain: the calendar file (JSON)."), tr("FILE")});
    parser.addOption({s_policy, tr("replay/explain: the policy file (JSON)."), tr("FILE")});
    parser.addOption({s_tickets, tr("replay/explain: the tickets (CSV)."), tr("FILE")});
    parser.addOption({s_history, tr("replay/explain: the status history (CSV)."), tr("FILE")});
    parser.addOption({s_now, tr("Evaluate at this ISO-8601 instant instead of now."), tr("INSTANT")});
    parser.addOption({s_engagement, tr("explain/policy: the engagement."), tr("KEY")});
    parser.addOption({s_ticket, tr("explain: the ticket."), tr("KEY")});
    parser.addOption({s_out, tr("policy export: write to this file instead of stdout."), tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("sla"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("compliance, breaches, explain, replay, chart, policy export or policy import "
                                    "FILE (see Actions below)."),
                                 tr("compliance|breaches|explain|replay|chart|policy export|policy import FILE"));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText() << '\n' << actionsHelp();
        return Success;
    }
    // The wall clock is read here, in app/, and nowhere below.
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(s_now)) {
        const std::optional<qint64> parsed = Exchange::parseIsoInstant(parser.value(s_now));
        if (!parsed)
            return context.fail(
                tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                    .arg(parser.value(s_now)),
                UsageError);
        now = *parsed;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action == QLatin1String("replay"))
        return replay(context, parser, now);
    if (action == QLatin1String("explain"))
        return explain(context, parser, now);
    if (action == QLatin1String("policy") && positional.value(2) == QLatin1String("export"))
        return exportPolicy(context, parser);
    if (action == QLatin1String("policy") && positional.value(2) == QLatin1String("import"))
        return importPolicy(context, parser);
    return context.fail(tr("sla needs replay, explain, policy export or policy import"), UsageError);
}

} // namespace App

#include "app/slachartcommand.h"

#include "app/burndowncommand.h"
#include "app/calendarcommand.h"
#include "app/clicontext.h"
#include "app/commandline.h"
#include "app/engagementcommand.h"
#include "app/slacommand.h"
#include "models/exchange/isoinstant.h"
#include "models/portfolio.h"
#include "models/slaoverviewloader.h"
#include "ui/charts/chartexport.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace App {

namespace {
const QString s_engagement = QStringLiteral("engagement");
const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");
const QString s_out = QStringLiteral("out");
const QString s_now = QStringLiteral("now");

bool isChart(const QStringList &arguments)
{
    // The action is the first argument after `sla` that is not an option or an option's value.
    const int sla = arguments.indexOf(QStringLiteral("sla"));
    if (sla < 0)
        return false;
    QStringList rest = arguments.mid(sla);
    rest.prepend(arguments.value(0));
    rest.removeAt(1);
    return CommandLine::findCommand(rest) == QLatin1String("chart");
}
} // namespace

bool SlaChartCommand::needsWidgets(const QStringList &arguments) { return isChart(arguments); }

int SlaChartCommand::runSla(const QStringList &arguments)
{
    return isChart(arguments) ? run(arguments) : SlaCommand::run(arguments);
}

int SlaChartCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The SLA compliance trend chart of an engagement (met % per severity and "
                                        "month, response and resolution, with targets), as PNG or SVG."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_engagement, tr("The engagement."), tr("KEY")});
    parser.addOption({s_from, tr("The first month (default: eleven months before --to)."), tr("YYYY-MM")});
    parser.addOption({s_to, tr("The last month (default: this month)."), tr("YYYY-MM")});
    parser.addOption({s_out, tr("The file to write: its name ends in .png or .svg."), tr("FILE")});
    parser.addOption({s_now, tr("Take this ISO-8601 instant as now (default months)."), tr("INSTANT")});
    parser.addPositionalArgument(QStringLiteral("sla"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("chart"), tr("The action."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("sla chart takes no further arguments"), UsageError);
    if (!parser.isSet(s_engagement))
        return context.fail(tr("sla chart needs --engagement KEY"), UsageError);
    const QString out = parser.value(s_out);
    if (out.isEmpty())
        return context.fail(tr("sla chart needs --out FILE.png or --out FILE.svg"), UsageError);
    if (!Gui::ChartExport::isSupported(out))
        return context.fail(tr("--out \"%1\": the file name must end in .png or .svg").arg(out), UsageError);
    QDate months[2];
    const QString names[2] = {s_from, s_to};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            continue;
        months[i] = BurnDownCommand::parseMonth(parser.value(names[i]));
        if (!months[i].isValid())
            return context.fail(tr("--%1 \"%2\" is not a month like 2026-11").arg(names[i], parser.value(names[i])),
                                UsageError);
    }
    // The wall clock is read here, in app/, and nowhere below.
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(s_now)) {
        const std::optional<qint64> parsed = Exchange::parseIsoInstant(parser.value(s_now));
        if (!parsed)
            return context.fail(tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                                    .arg(parser.value(s_now)),
                                UsageError);
        now = *parsed;
    }

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadOnly, &engagement,
                                         &code))
        return code;
    QDate from = months[0];
    QDate to = months[1];
    if (from.isValid() != to.isValid()) {
        const int span = Models::SlaOverviewLoader::DefaultMonths - 1;
        if (!to.isValid())
            to = qMax(from, Models::SlaOverviewLoader::monthOf(engagement, now));
        if (!from.isValid())
            from = to.addMonths(-span);
    }
    Models::SlaOverview data;
    if (const Models::SlaOverviewLoader::Error error =
            Models::SlaOverviewLoader(*portfolio.database()).load(engagement, from, to, 0, now, &data))
        return context.fail(error.message(engagement));
    if (!data.evaluatedAt)
        return context.fail(tr("%1 has no stored SLA results yet; run: deliverydesk sla compliance --engagement %1 "
                               "--recompute")
                                .arg(engagement.key));
    QString reason;
    if (!Gui::ChartExport::saveComplianceTrend(data, out, &reason))
        return context.fail(reason);
    return Success;
}

} // namespace App

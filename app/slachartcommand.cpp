#include "app/slachartcommand.h"

#include "app/command.h"
#include "app/commandline.h"
#include "models/portfolio.h"
#include "models/slaoverviewloader.h"
#include "models/slastaleness.h"
#include "ui/charts/chartexport.h"

#include <QDateTime>
#include <QTimeZone>

namespace App {

namespace {
const QString s_engagement = QStringLiteral("engagement");
const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");
const QString s_out = QStringLiteral("out");

} // namespace

bool SlaChartCommand::handles(const QStringList &arguments)
{
    return CommandLine::findAction(arguments) == QLatin1String("chart");
}

bool SlaChartCommand::needsWidgets(const QStringList &arguments)
{
    return handles(arguments);
}

const CommandSpec &SlaChartCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "sla",
        "SlaChartCommand",
        QT_TRANSLATE_NOOP("SlaChartCommand",
                          "The SLA compliance trend chart of an engagement (met % per severity and "
                          "month, response and resolution, with targets), as PNG or SVG."),
        {CommandOption::engagement(),
         {"from",
          QT_TRANSLATE_NOOP("SlaChartCommand", "The first month (default: eleven months before --to)."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"to", QT_TRANSLATE_NOOP("SlaChartCommand", "The last month (default: this month)."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"out", QT_TRANSLATE_NOOP("SlaChartCommand", "The file to write: its name ends in .png or .svg."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"now", QT_TRANSLATE_NOOP("SlaChartCommand", "Take this ISO-8601 instant as now (default months)."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")}},
        {CommandArgument::action("chart")},
        &SlaChartCommand::run};
    return s_spec;
}

int SlaChartCommand::run(CommandCall &call)
{
    if (call.arguments().size() != 1)
        return call.noFurtherArguments(QStringLiteral("sla chart"));
    if (!call.isSet(s_engagement))
        return call.missingEngagement(QStringLiteral("sla chart"));
    const QString out = call.value(s_out);
    if (out.isEmpty())
        return call.usageError(tr("sla chart needs --out FILE.png or --out FILE.svg"));
    if (!Gui::ChartExport::isSupported(out))
        return call.usageError(tr("--out \"%1\": the file name must end in .png or .svg").arg(out));
    const std::optional<QDate> fromOption = call.month(s_from);
    const std::optional<QDate> toOption = fromOption ? call.month(s_to) : std::nullopt;
    const std::optional<qint64> nowOption =
        toOption ? call.now() : std::nullopt; // the wall clock is read in app/ only
    if (!nowOption)
        return UsageError;
    const qint64 now = *nowOption;

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla chart"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    QDate from = *fromOption;
    QDate to = *toOption;
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
        return call.fail(error.message(engagement));
    if (!data.evaluatedAt)
        return call.fail(
            tr("%1 has no stored SLA results yet; run: deliverydesk sla compliance --engagement %1 "
               "--recompute")
                .arg(engagement.key));
    if (data.staleBy) // the chart shows figures of older rules: say so, as `sla compliance` does
        call.err() << "deliverydesk: "
                   << tr("warning: %1 Run: deliverydesk sla compliance --engagement %2 --recompute")
                          .arg(Models::SlaStaleness::text(*data.staleBy, QTimeZone(engagement.timeZone)),
                               engagement.key)
                   << Qt::endl;
    QString reason;
    if (!Gui::ChartExport::saveComplianceTrend(data, out, &reason))
        return call.fail(reason);
    return Success;
}

} // namespace App

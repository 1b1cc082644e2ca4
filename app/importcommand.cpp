#include "app/importcommand.h"

#include "app/command.h"
#include "models/exchange/sources/importsources.h"
#include "models/importreporttext.h"
#include "models/importrun.h"

#include <QDir>
#include <QTimeZone>

namespace App {

namespace {

bool isKnownSource(const QString &source)
{
    return Exchange::ImportSources::ids().contains(source) ||
           (source.startsWith(QLatin1String("profile:")) && source.size() > 8);
}

/// The wizard asks before it imports a file that lies far outside the engagement's period; the
/// command line cannot ask, so it says so beside the report (the exit code stays the import's).
void warnOutsidePeriod(CommandCall &call, const Storage::ImportReport &report,
                       const Domain::Engagement &engagement)
{
    const QString warning = Models::ImportReportText::outsidePeriodWarning(report, engagement);
    if (!warning.isEmpty())
        call.err() << "deliverydesk: " << ImportCommand::tr("warning: %1").arg(warning) << '\n';
}

} // namespace

const CommandSpec &ImportCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "import",
        "ImportCommand",
        QT_TRANSLATE_NOOP("ImportCommand", "Import an export file into an engagement, all or nothing."),
        {{"engagement", QT_TRANSLATE_NOOP("ImportCommand", "The engagement to import into."),
          QT_TRANSLATE_NOOP("Command", "KEY")},
         {"source", QT_TRANSLATE_NOOP("ImportCommand", "What the file is: %1 or profile:NAME."),
          QT_TRANSLATE_NOOP("Command", "SOURCE"), nullptr, false,
          [](const QString &help) {
              return help.arg(Exchange::ImportSources::ids().join(QStringLiteral(", ")));
          }},
         {"timezone",
          QT_TRANSLATE_NOOP("ImportCommand",
                            "The zone the export's times are in (default: the last one used)."),
          QT_TRANSLATE_NOOP("Command", "ZONE")},
         {"date-order",
          QT_TRANSLATE_NOOP(
              "ImportCommand",
              "The export's date order when it is not the source's usual one: dmy, mdy or ymd."),
          QT_TRANSLATE_NOOP("Command", "ORDER")},
         {"severity",
          QT_TRANSLATE_NOOP("ImportCommand",
                            "One severity (1-4) for every ticket, for a list without a priority column."),
          QT_TRANSLATE_NOOP("Command", "N")},
         {"max-worklog-hours",
          QT_TRANSLATE_NOOP(
              "ImportCommand",
              "The longest worklog accepted, in hours (default 24); a longer one is a row error."),
          QT_TRANSLATE_NOOP("Command", "HOURS")},
         {"dry-run", QT_TRANSLATE_NOOP("ImportCommand", "Report only; never write.")},
         {"skip-bad-rows",
          QT_TRANSLATE_NOOP("ImportCommand",
                            "Write the good rows and save the report next to the database.")}},
        {{"file", QT_TRANSLATE_NOOP("ImportCommand", "The CSV file."),
          QT_TRANSLATE_NOOP("ImportCommand", "FILE")}},
        &ImportCommand::run};
    return s_spec;
}

int ImportCommand::run(CommandCall &call)
{
    const QStringList positional = call.parser().positionalArguments();
    const QString source = call.value(QStringLiteral("source"));
    const QByteArray zone = call.value(QStringLiteral("timezone")).toUtf8();
    if (positional.size() != 2)
        return call.usageError(tr("import needs exactly one FILE"));
    if (!isKnownSource(source))
        return call.usageError(tr("unknown source '%1' (use %2 or profile:NAME)")
                                   .arg(source, Exchange::ImportSources::ids().join(QStringLiteral(", "))));
    if (!zone.isEmpty() && !QTimeZone(zone).isValid())
        return call.usageError(tr("unknown time zone '%1'").arg(QString::fromUtf8(zone)));
    Models::ImportRun::Options options;
    if (call.isSet(QStringLiteral("date-order"))) {
        const QString order = call.value(QStringLiteral("date-order"));
        Exchange::DateTimeParser::Format format;
        if (order == QLatin1String("ymd"))
            format = Exchange::DateTimeParser::Format::Iso8601;
        else if (order == QLatin1String("dmy") || order == QLatin1String("mdy"))
            Exchange::DateTimeParser::formatFromId(order, &format);
        else
            return call.usageError(tr("unknown date order '%1' (use dmy, mdy or ymd)").arg(order));
        options.dateFormat = format;
    }
    if (call.isSet(QStringLiteral("severity"))) {
        bool ok = false;
        const int severity = call.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || severity < 1 || severity > 4)
            return call.usageError(tr("--severity needs a number from 1 to 4"));
        options.severity = severity;
    }
    if (call.isSet(QStringLiteral("max-worklog-hours"))) {
        bool ok = false;
        const double hours = call.value(QStringLiteral("max-worklog-hours")).toDouble(&ok);
        if (!ok || !(hours > 0) || hours > 24 * 366)
            return call.usageError(tr("--max-worklog-hours needs a number of hours above 0"));
        options.maxWorklogHours = hours;
    }

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("import"), &portfolio,
                                             Storage::Database::Access::ReadWrite, &engagement))
        return code;

    const Models::ImportRun run(*portfolio.database(), portfolio.beforeImportCommit(), engagement);
    options.source = source;
    options.timeZone = zone;
    options.skipBadRows = call.isSet(QStringLiteral("skip-bad-rows"));
    if (call.isSet(QStringLiteral("dry-run"))) {
        bool wouldCommit = false;
        const Models::ImportRun::Report report = run.dryRun(positional.at(1), options, &wouldCommit);
        call.out() << Models::ImportReportText::text(report);
        warnOutsidePeriod(call, report, engagement);
        if (!wouldCommit)
            call.fail(Models::ImportReportText::failureReason(report, source, positional.at(1)));
        return wouldCommit ? Success : Failure;
    }
    const Models::ImportRun::Report report = run.import(positional.at(1), options);
    call.out() << Models::ImportReportText::text(report);
    warnOutsidePeriod(call, report, engagement);
    // The report stays on stdout; the reason of a failure is one line on stderr as well.
    if (!report.isCommitted())
        call.fail(Models::ImportReportText::failureReason(report, source, positional.at(1)));
    if (report.isCommitted() && options.skipBadRows) {
        const QString path =
            Models::ImportReportText::reportFilePath(portfolio.path(), source, QDateTime::currentDateTime());
        QString error;
        if (Models::ImportReportText::save(report, path, &error))
            call.out() << tr("Report saved to %1").arg(QDir::toNativeSeparators(path)) << '\n';
        else
            call.err() << tr("deliverydesk: the report could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(path), error)
                       << '\n';
    }
    return report.isCommitted() ? Success : Failure;
}

} // namespace App

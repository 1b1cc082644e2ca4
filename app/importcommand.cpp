#include "app/importcommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/exchange/sources/importsources.h"
#include "models/importreporttext.h"
#include "models/storage/importsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTimeZone>

namespace App {

namespace {

bool isKnownSource(const QString &source)
{
    return Exchange::ImportSources::ids().contains(source)
        || (source.startsWith(QLatin1String("profile:")) && source.size() > 8);
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import an export file into an engagement, all or nothing."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({QStringLiteral("engagement"), tr("The engagement to import into."), tr("KEY")});
    parser.addOption({QStringLiteral("source"),
                      tr("What the file is: %1 or profile:NAME.").arg(Exchange::ImportSources::ids().join(QStringLiteral(", "))),
                      tr("SOURCE")});
    parser.addOption({QStringLiteral("timezone"), tr("The zone the export's times are in (default: the last one used)."),
                      tr("ZONE")});
    parser.addOption({QStringLiteral("date-order"),
                      tr("The export's date order when it is not the source's usual one: dmy, mdy or ymd."),
                      tr("ORDER")});
    parser.addOption({QStringLiteral("severity"),
                      tr("One severity (1-4) for every ticket, for a list without a priority column."), tr("N")});
    parser.addOption({QStringLiteral("max-worklog-hours"),
                      tr("The longest worklog accepted, in hours (default 24); a longer one is a row error."),
                      tr("HOURS")});
    parser.addOption({QStringLiteral("dry-run"), tr("Report only; never write.")});
    parser.addOption({QStringLiteral("skip-bad-rows"), tr("Write the good rows and save the report next to the database.")});
    parser.addPositionalArgument(QStringLiteral("import"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."), tr("FILE"));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString key = parser.value(QStringLiteral("engagement"));
    const QString source = parser.value(QStringLiteral("source"));
    const QByteArray zone = parser.value(QStringLiteral("timezone")).toUtf8();
    if (positional.size() != 2)
        return context.fail(tr("import needs exactly one FILE"), UsageError);
    if (key.isEmpty())
        return context.fail(tr("import needs --engagement KEY"), UsageError);
    if (!isKnownSource(source))
        return context.fail(tr("unknown source '%1' (use %2 or profile:NAME)")
                                .arg(source, Exchange::ImportSources::ids().join(QStringLiteral(", "))),
                            UsageError);
    if (!zone.isEmpty() && !QTimeZone(zone).isValid())
        return context.fail(tr("unknown time zone '%1'").arg(QString::fromUtf8(zone)), UsageError);
    Storage::ImportSession::Options options;
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        Exchange::DateTimeParser::Format format;
        if (order == QLatin1String("ymd"))
            format = Exchange::DateTimeParser::Format::Iso8601;
        else if (order == QLatin1String("dmy") || order == QLatin1String("mdy"))
            Exchange::DateTimeParser::formatFromId(order, &format);
        else
            return context.fail(tr("unknown date order '%1' (use dmy, mdy or ymd)").arg(order), UsageError);
        options.dateFormat = format;
    }
    if (parser.isSet(QStringLiteral("severity"))) {
        bool ok = false;
        const int severity = parser.value(QStringLiteral("severity")).toInt(&ok);
        if (!ok || severity < 1 || severity > 4)
            return context.fail(tr("--severity needs a number from 1 to 4"), UsageError);
        options.severity = severity;
    }
    if (parser.isSet(QStringLiteral("max-worklog-hours"))) {
        bool ok = false;
        const double hours = parser.value(QStringLiteral("max-worklog-hours")).toDouble(&ok);
        if (!ok || !(hours > 0) || hours > 24 * 366)
            return context.fail(tr("--max-worklog-hours needs a number of hours above 0"), UsageError);
        options.maxWorklogHours = hours;
    }

    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio))
        return Failure;
    const int row = portfolio.engagements()->rowOfKey(key);
    if (row < 0)
        return context.fail(tr("no engagement with the key '%1'").arg(key));

    Storage::ImportSession session(*portfolio.database(), portfolio.engagements()->engagementAt(row));
    options.source = source;
    options.timeZone = zone;
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    Storage::ImportReport report = session.stage(positional.at(1), options);
    if (parser.isSet(QStringLiteral("dry-run"))) {
        const bool wouldCommit = report.isAcceptable();
        if (session.isPending())
            session.rollback(&report, wouldCommit ? Storage::ImportReport::Outcome::DryRun
                                                  : Storage::ImportReport::Outcome::Rejected);
        context.out() << Models::ImportReportText::text(report);
        if (!wouldCommit)
            context.fail(Models::ImportReportText::failureReason(report, source, positional.at(1)));
        return wouldCommit ? Success : Failure;
    }
    session.commit(&report);
    context.out() << Models::ImportReportText::text(report);
    // The report stays on stdout; the reason of a failure is one line on stderr as well.
    if (!report.isCommitted())
        context.fail(Models::ImportReportText::failureReason(report, source, positional.at(1)));
    if (report.isCommitted() && options.skipBadRows) {
        const QString path = Models::ImportReportText::reportFilePath(portfolio.path(), source, QDateTime::currentDateTime());
        QString error;
        if (Models::ImportReportText::save(report, path, &error))
            context.out() << tr("Report saved to %1").arg(QDir::toNativeSeparators(path)) << '\n';
        else
            context.err() << tr("deliverydesk: the report could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error)
                          << '\n';
    }
    return report.isCommitted() ? Success : Failure;
}

} // namespace App

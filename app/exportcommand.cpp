#include "app/exportcommand.h"

#include "app/calendarcommand.h"
#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/exporttables.h"
#include "models/exchange/export/xlsxtablewriter.h"
#include "models/exchange/isoinstant.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace App {

namespace {
const QString s_format = QStringLiteral("format");
const QString s_out = QStringLiteral("out");
const QString s_force = QStringLiteral("force");
const QString s_engagement = QStringLiteral("engagement");
const QString s_now = QStringLiteral("now");
const QString s_separator = QStringLiteral("separator");

/// The files a CSV export writes into its folder.
const QStringList s_csvFiles = {QStringLiteral("tickets.csv"), QStringLiteral("worklogs.csv"), QStringLiteral("sla.csv")};
} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export an engagement's tickets, worklogs and SLA results, or an offline bundle."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_engagement, tr("The engagement (optional for a bundle: without it, the whole portfolio)."),
                      tr("KEY")});
    parser.addOption({s_format, tr("csv (a folder of tickets.csv, worklogs.csv, sla.csv), xlsx or bundle."), tr("FORMAT")});
    parser.addOption({s_out, tr("The folder (csv) or file (xlsx, bundle) to write."), tr("PATH")});
    parser.addOption({s_force, tr("Replace existing files.")});
    parser.addOption({s_now, tr("Evaluate the SLA at this ISO-8601 instant instead of now."), tr("INSTANT")});
    parser.addOption({s_separator,
                      tr("csv: the field separator, comma, semicolon or tab (default: semicolon with decimal commas "
                         "in Swedish, comma otherwise)."),
                      tr("SEPARATOR")});
    parser.addPositionalArgument(QStringLiteral("export"), tr("The command."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() > 1)
        return context.fail(tr("export takes no further arguments"), UsageError);
    if (parser.value(s_out).isEmpty())
        return context.fail(tr("--out PATH is required"), UsageError);
    const QString format = parser.value(s_format);
    if (format == QLatin1String("bundle"))
        return exportBundle(context, parser);
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return context.fail(tr("--format must be csv, xlsx or bundle"), UsageError);
    if (parser.isSet(s_separator)
        && (format != QLatin1String("csv") || !Exchange::CsvTableWriter::Dialect::fromName(parser.value(s_separator), QLocale())))
        return context.fail(format != QLatin1String("csv")
                                ? tr("--separator is for --format csv")
                                : tr("unknown separator '%1' (use comma, semicolon or tab)").arg(parser.value(s_separator)),
                            UsageError);
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
    return exportTables(context, parser, format, now);
}

int ExportCommand::exportTables(CliContext &context, const QCommandLineParser &parser, const QString &format, qint64 now)
{
    const QString out = parser.value(s_out);
    const bool force = parser.isSet(s_force);
    QStringList targets;
    if (format == QLatin1String("csv")) {
        if (QFileInfo(out).isFile())
            return context.fail(tr("%1 is a file; a CSV export needs a folder").arg(QDir::toNativeSeparators(out)));
        for (const QString &name : s_csvFiles)
            targets.append(QDir(out).filePath(name));
    } else {
        targets.append(out);
    }
    for (const QString &target : qAsConst(targets)) {
        if (QFileInfo::exists(target) && !force)
            return context.fail(tr("%1 already exists (use --force to replace it)").arg(QDir::toNativeSeparators(target)));
    }

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadOnly, &engagement,
                                         &code))
        return code;
    const Storage::Database &db = *portfolio.database();
    QVector<Domain::Ticket> tickets;
    QVector<Domain::Worklog> worklogs;
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory policy;
    Storage::StorageError error = Storage::TicketRepository(db).list(engagement.id, &tickets);
    if (!error)
        error = Storage::WorklogRepository(db).list(engagement.id, QDate(), QDate(), &worklogs);
    if (!error)
        error = Storage::CalendarRepository(db).calendarFor(engagement.id, &calendar);
    if (!error)
        error = Storage::SlaPolicyRepository(db).historyFor(engagement.id, &policy);
    if (error)
        return context.fail(Models::StorageText::message(error));

    const QTimeZone zone(engagement.timeZone);
    const QVector<Exchange::ExportTable> tables = {
        Exchange::ExportTables::tickets(tickets, zone), Exchange::ExportTables::worklogs(worklogs),
        Exchange::ExportTables::slaResults(tickets, Exchange::ExportTables::evaluate(tickets, policy, calendar, now), zone,
                                           Exchange::ExportTables::stateValuesFor(QLocale()))};
    // Swedish Excel reads ';' and decimal commas; --separator chooses explicitly.
    const Exchange::CsvTableWriter::Dialect dialect =
        parser.isSet(s_separator) ? *Exchange::CsvTableWriter::Dialect::fromName(parser.value(s_separator), QLocale())
                                  : Exchange::CsvTableWriter::Dialect::forLocale(QLocale());
    QString message;
    if (format == QLatin1String("csv")) {
        if (!QDir().mkpath(out))
            return context.fail(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(out)));
        for (int i = 0; i < tables.size(); ++i) {
            if (!Exchange::CsvTableWriter::write(tables.at(i), targets.at(i), &message, dialect))
                return context.fail(message);
        }
    } else if (!Exchange::XlsxTableWriter::write(tables, out, &message)) {
        return context.fail(message);
    }
    context.out() << tr("Exported %1: %2 tickets, %3 worklogs and %4 SLA results to %5")
                         .arg(engagement.key)
                         .arg(tickets.size())
                         .arg(worklogs.size())
                         .arg(tickets.size())
                         .arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    return Success;
}

int ExportCommand::exportBundle(CliContext &context, const QCommandLineParser &parser)
{
    const QString out = parser.value(s_out);
    const QString key = parser.value(s_engagement);
    if (QFileInfo::exists(out) && !parser.isSet(s_force))
        return context.fail(tr("%1 already exists (use --force to replace it)").arg(QDir::toNativeSeparators(out)));
    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    const Storage::StorageError error = Storage::BundleWriter(*portfolio.database())
                                            .write(out, key, QDateTime::currentDateTimeUtc(),
                                                   parser.isSet(s_force) ? Storage::BundleWriter::Overwrite::Replace
                                                                         : Storage::BundleWriter::Overwrite::Refuse);
    if (error) {
        if (error.kind == Storage::StorageError::Kind::NotFound)
            return context.fail(tr("there is no engagement '%1' (see deliverydesk engagement list)").arg(key));
        return context.fail(Models::StorageText::message(error));
    }
    context.out() << (key.isEmpty() ? tr("Wrote an offline bundle of the portfolio to %1").arg(QDir::toNativeSeparators(out))
                                    : tr("Wrote an offline bundle of %1 to %2").arg(key, QDir::toNativeSeparators(out)))
                  << Qt::endl;
    return Success;
}

} // namespace App

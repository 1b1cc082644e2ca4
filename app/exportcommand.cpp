#include "app/exportcommand.h"

#include "app/command.h"
#include "models/engagementexport.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/xlsxtablewriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace App {

namespace {
const QString s_format = QStringLiteral("format");
const QString s_out = QStringLiteral("out");
const QString s_force = QStringLiteral("force");
const QString s_engagement = QStringLiteral("engagement");
const QString s_separator = QStringLiteral("separator");
} // namespace

const CommandSpec &ExportCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "export",
        "ExportCommand",
        QT_TRANSLATE_NOOP("ExportCommand",
                          "Export an engagement's tickets, worklogs and SLA results, or an offline bundle."),
        {{"engagement",
          QT_TRANSLATE_NOOP("ExportCommand",
                            "The engagement (optional for a bundle: without it, the whole portfolio)."),
          QT_TRANSLATE_NOOP("Command", "KEY")},
         {"format",
          QT_TRANSLATE_NOOP("ExportCommand",
                            "csv (a folder of tickets.csv, worklogs.csv, sla.csv), xlsx or bundle."),
          QT_TRANSLATE_NOOP("Command", "FORMAT")},
         {"out", QT_TRANSLATE_NOOP("ExportCommand", "The folder (csv) or file (xlsx, bundle) to write."),
          QT_TRANSLATE_NOOP("Command", "PATH")},
         {"force", QT_TRANSLATE_NOOP("ExportCommand", "Replace existing files.")},
         {"now",
          QT_TRANSLATE_NOOP("ExportCommand",
                            "Export as of this ISO-8601 instant instead of now: the date of a bundle, "
                            "and of the SLA of tickets without a stored result."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")},
         {"separator",
          QT_TRANSLATE_NOOP(
              "ExportCommand",
              "csv: the field separator, comma, semicolon or tab (default: semicolon with decimal commas "
              "in Swedish, comma otherwise)."),
          QT_TRANSLATE_NOOP("Command", "SEPARATOR")}},
        {},
        &ExportCommand::run};
    return s_spec;
}

int ExportCommand::run(CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("export"));
    if (call.value(s_out).isEmpty())
        return call.usageError(tr("--out PATH is required"));
    const QString format = call.value(s_format);
    if (format == QLatin1String("bundle"))
        return exportBundle(call);
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return call.usageError(tr("--format must be csv, xlsx or bundle"));
    if (call.isSet(s_separator) &&
        (format != QLatin1String("csv") ||
         !Exchange::CsvTableWriter::Dialect::fromName(call.value(s_separator), QLocale())))
        return call.usageError(
            format != QLatin1String("csv")
                ? tr("--separator is for --format csv")
                : tr("unknown separator '%1' (use comma, semicolon or tab)").arg(call.value(s_separator)));
    const std::optional<qint64> now = call.now(); // the wall clock is read in app/ only
    if (!now)
        return UsageError;
    return exportTables(call, format, *now);
}

int ExportCommand::exportTables(CommandCall &call, const QString &format, qint64 now)
{
    const QString out = call.value(s_out);
    const bool force = call.isSet(s_force);
    QStringList targets;
    if (format == QLatin1String("csv")) {
        if (QFileInfo(out).isFile())
            return call.fail(
                tr("%1 is a file; a CSV export needs a folder").arg(QDir::toNativeSeparators(out)));
        for (const QString &name : Models::EngagementExportLoader::csvFileNames())
            targets.append(QDir(out).filePath(name));
    } else {
        targets.append(out);
    }
    for (const QString &target : qAsConst(targets)) {
        if (QFileInfo::exists(target) && !force)
            return call.fail(
                tr("%1 already exists (use --force to replace it)").arg(QDir::toNativeSeparators(target)));
    }

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("export"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    // Swedish Excel reads ';' and decimal commas; --separator chooses explicitly.
    const Exchange::CsvTableWriter::Dialect dialect =
        call.isSet(s_separator)
            ? *Exchange::CsvTableWriter::Dialect::fromName(call.value(s_separator), QLocale())
            : Exchange::CsvTableWriter::Dialect::forLocale(QLocale());
    if (format == QLatin1String("csv") && !QDir().mkpath(out))
        return call.fail(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(out)));
    // The same loader as the Export dialog: the stored SLA results, read, and written as they are read.
    std::unique_ptr<Exchange::TableStream> stream;
    if (format == QLatin1String("csv"))
        stream = std::make_unique<Exchange::CsvTableStream>(targets, dialect);
    else
        stream = std::make_unique<Exchange::XlsxTableStream>(out);
    Models::EngagementExport data;
    if (const QString error = Models::EngagementExportLoader(*portfolio.database())
                                  .write(engagement, now, QLocale(), *stream, &data);
        !error.isEmpty())
        return call.fail(error);
    call.out() << tr("Exported %1: %2 tickets, %3 worklogs and %4 SLA results to %5")
                      .arg(engagement.key)
                      .arg(data.tickets)
                      .arg(data.worklogs)
                      .arg(data.tickets)
                      .arg(QDir::toNativeSeparators(out))
               << Qt::endl;
    return Success;
}

int ExportCommand::exportBundle(CommandCall &call)
{
    const QString out = call.value(s_out);
    const QString key = call.value(s_engagement);
    if (QFileInfo::exists(out) && !call.isSet(s_force))
        return call.fail(
            tr("%1 already exists (use --force to replace it)").arg(QDir::toNativeSeparators(out)));
    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadOnly))
        return Failure;
    const std::optional<qint64> now = call.now(); // the wall clock is read in app/ only
    if (!now)
        return UsageError;
    bool unknownKey = false;
    const QString error = Models::EngagementExportLoader(*portfolio.database())
                              .writeBundle(out, key, *now, call.isSet(s_force), &unknownKey);
    if (unknownKey)
        return call.fail(tr("there is no engagement '%1' (see deliverydesk engagement list)").arg(key));
    if (!error.isEmpty())
        return call.fail(error);
    call.out()
        << (key.isEmpty()
                ? tr("Wrote an offline bundle of the portfolio to %1").arg(QDir::toNativeSeparators(out))
                : tr("Wrote an offline bundle of %1 to %2").arg(key, QDir::toNativeSeparators(out)))
        << Qt::endl;
    return Success;
}

} // namespace App

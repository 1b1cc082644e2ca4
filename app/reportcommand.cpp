#include "app/reportcommand.h"

#include "app/command.h"
#include "models/reviewpackloader.h"
#include "models/reviewpacktables.h"
#include "ui/preferences.h"
#include "ui/report/reviewpackrenderer.h"

#include <QDir>
#include <QFileInfo>

namespace App {

namespace {

const QString s_engagement = QStringLiteral("engagement");
const QString s_period = QStringLiteral("period");
const QString s_out = QStringLiteral("out");
const QString s_data = QStringLiteral("data");
const QString s_preparedBy = QStringLiteral("prepared-by");

/// Why `path` cannot be written, or empty: its folder must exist and be writable.
QString unwritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return ReportCommand::tr("cannot write %1: the folder %2 does not exist")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isDir() || !folder.isWritable())
        return ReportCommand::tr("cannot write %1: the folder %2 is not writable")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.filePath()));
    if (info.exists() && info.isDir() && path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ReportCommand::tr("cannot write %1: it is a folder").arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace

bool ReportCommand::needsWidgets(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return true;
}

const CommandSpec &ReportCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "report",
        "ReportCommand",
        QT_TRANSLATE_NOOP("ReportCommand",
                          "The governance review of an engagement and a period: a PDF and its data."),
        {CommandOption::engagement(),
         {"period",
          QT_TRANSLATE_NOOP(
              "ReportCommand",
              "The period: a month (2026-10), a quarter (2026-Q3) or days (2026-10-01..2026-12-31)."),
          QT_TRANSLATE_NOOP("Command", "PERIOD")},
         {"out", QT_TRANSLATE_NOOP("ReportCommand", "The PDF to write."),
          QT_TRANSLATE_NOOP("Command", "FILE.pdf")},
         {"data",
          QT_TRANSLATE_NOOP("ReportCommand",
                            "Also write the figures: an .xlsx workbook, or else a folder of CSV files."),
          QT_TRANSLATE_NOOP("Command", "FILE.xlsx|DIR")},
         {"prepared-by",
          QT_TRANSLATE_NOOP("ReportCommand", "The name on the cover (default: the Review page's setting)."),
          QT_TRANSLATE_NOOP("Command", "NAME")},
         {"now", QT_TRANSLATE_NOOP("ReportCommand", "Report as of this ISO-8601 instant instead of now."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")}},
        {},
        &ReportCommand::run};
    return s_spec;
}

int ReportCommand::run(CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("report"));
    if (!call.isSet(s_engagement))
        return call.missingEngagement(QStringLiteral("report"));
    if (!call.isSet(s_period))
        return call.usageError(tr("report needs --period, e.g. 2026-Q3"));
    if (!call.isSet(s_out))
        return call.usageError(tr("report needs --out FILE.pdf"));
    const QString periodText = call.value(s_period);
    const std::optional<Models::ReviewPeriod> period = Models::ReviewPeriod::parse(periodText);
    if (!period) {
        const Models::ReviewPackLoader::Error malformed{
            Models::ReviewPackLoader::Problem::MalformedPeriod, {}, {}};
        return call.usageError(malformed.message(call.value(s_engagement), periodText));
    }
    const std::optional<qint64> nowOption = call.now(); // the wall clock is read in app/ only
    if (!nowOption)
        return UsageError;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(*nowOption, Qt::UTC);
    const QString out = call.value(s_out);
    const QString data = call.value(s_data);
    // Checked before the work, so that a wrong path costs nothing and leaves nothing behind.
    if (const QString why = unwritable(out); !why.isEmpty())
        return call.fail(why);
    if (call.isSet(s_data)) {
        if (const QString why = unwritable(data); !why.isEmpty())
            return call.fail(why);
    }

    Models::Portfolio portfolio;
    // Opened for writing, so that an older database is brought up to the schema with the review
    // notes (a backup is taken first); the report itself writes nothing there.
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadWrite))
        return Failure;
    Models::ReviewPack pack;
    const QString key = call.value(s_engagement);
    if (const Models::ReviewPackLoader::Error error =
            Models::ReviewPackLoader(*portfolio.database()).load(key, *period, now, &pack)) {
        Domain::Engagement engagement;
        const int row = portfolio.engagements()->rowOfKey(key);
        if (row >= 0)
            engagement = portfolio.engagements()->engagementAt(row);
        return call.fail(error.message(key, periodText, engagement));
    }
    pack.preparedBy = call.isSet(s_preparedBy) ? call.value(s_preparedBy)
                                               : Gui::Preferences().preparedBy(); // the Review page's setting
    QString reason;
    int pages = 0;
    if (!Gui::ReviewPackRenderer::writePdf(pack, out, &reason, &pages))
        return call.fail(reason);
    if (call.isSet(s_data) && !Models::ReviewPackTables::write(pack, data, &reason)) {
        QFile::remove(out); // the PDF without its data would be half the result
        return call.fail(reason);
    }
    call.out() << tr("%1: %n page(s), data fingerprint %2", nullptr, pages)
                      .arg(QDir::toNativeSeparators(out), pack.shortFingerprint())
               << '\n';
    return Success;
}

} // namespace App

#include "app/reportcommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/exchange/isoinstant.h"
#include "models/reviewpackloader.h"
#include "models/reviewpacktables.h"
#include "ui/preferences.h"
#include "ui/report/reviewpackrenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace App {

namespace {

const QString s_engagement = QStringLiteral("engagement");
const QString s_period = QStringLiteral("period");
const QString s_out = QStringLiteral("out");
const QString s_data = QStringLiteral("data");
const QString s_preparedBy = QStringLiteral("prepared-by");
const QString s_now = QStringLiteral("now");

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

int ReportCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The governance review of an engagement and a period: a PDF and its data."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_engagement, tr("The engagement."), tr("KEY")});
    parser.addOption({s_period, tr("The period: a month (2026-10), a quarter (2026-Q3) or days (2026-10-01..2026-12-31)."),
                      tr("PERIOD")});
    parser.addOption({s_out, tr("The PDF to write."), tr("FILE.pdf")});
    parser.addOption({s_data, tr("Also write the figures: an .xlsx workbook, or else a folder of CSV files."), tr("FILE.xlsx|DIR")});
    parser.addOption({s_preparedBy, tr("The name on the cover (default: the Review page's setting)."), tr("NAME")});
    parser.addOption({s_now, tr("Report as of this ISO-8601 instant instead of now."), tr("INSTANT")});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The command."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("report takes no further arguments"), UsageError);
    if (!parser.isSet(s_engagement))
        return context.fail(tr("report needs --engagement KEY"), UsageError);
    if (!parser.isSet(s_period))
        return context.fail(tr("report needs --period, e.g. 2026-Q3"), UsageError);
    if (!parser.isSet(s_out))
        return context.fail(tr("report needs --out FILE.pdf"), UsageError);
    const QString periodText = parser.value(s_period);
    const std::optional<Models::ReviewPeriod> period = Models::ReviewPeriod::parse(periodText);
    if (!period) {
        const Models::ReviewPackLoader::Error malformed{Models::ReviewPackLoader::Problem::MalformedPeriod, {}, {}};
        return context.fail(malformed.message(parser.value(s_engagement), periodText), UsageError);
    }
    // The wall clock is read here, in app/, and nowhere below.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(s_now)) {
        const std::optional<qint64> parsed = Exchange::parseIsoInstant(parser.value(s_now));
        if (!parsed)
            return context.fail(tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                                    .arg(parser.value(s_now)),
                                UsageError);
        now = QDateTime::fromSecsSinceEpoch(*parsed, Qt::UTC);
    }
    const QString out = parser.value(s_out);
    const QString data = parser.value(s_data);
    // Checked before the work, so that a wrong path costs nothing and leaves nothing behind.
    if (const QString why = unwritable(out); !why.isEmpty())
        return context.fail(why);
    if (parser.isSet(s_data)) {
        if (const QString why = unwritable(data); !why.isEmpty())
            return context.fail(why);
    }

    Models::Portfolio portfolio;
    // Opened for writing, so that an older database is brought up to the schema with the review
    // notes (a backup is taken first); the report itself writes nothing there.
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio))
        return Failure;
    Models::ReviewPack pack;
    const QString key = parser.value(s_engagement);
    if (const Models::ReviewPackLoader::Error error = Models::ReviewPackLoader(*portfolio.database()).load(key, *period, now, &pack)) {
        Domain::Engagement engagement;
        const int row = portfolio.engagements()->rowOfKey(key);
        if (row >= 0)
            engagement = portfolio.engagements()->engagementAt(row);
        return context.fail(error.message(key, periodText, engagement));
    }
    pack.preparedBy = parser.isSet(s_preparedBy) ? parser.value(s_preparedBy)
                                                 : Gui::Preferences().preparedBy(); // the Review page's setting
    QString reason;
    int pages = 0;
    if (!Gui::ReviewPackRenderer::writePdf(pack, out, &reason, &pages))
        return context.fail(reason);
    if (parser.isSet(s_data) && !Models::ReviewPackTables::write(pack, data, &reason)) {
        QFile::remove(out); // the PDF without its data would be half the result
        return context.fail(reason);
    }
    context.out() << tr("%1: %n page(s), data fingerprint %2", nullptr, pages).arg(QDir::toNativeSeparators(out), pack.shortFingerprint())
                  << '\n';
    return Success;
}

} // namespace App

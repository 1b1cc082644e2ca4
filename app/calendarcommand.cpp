#include "app/calendarcommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "app/slacompliancecommand.h"
#include "models/exchange/calendar/calendarevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/portfolio.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/engagementrepository.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace App {

namespace {
const QString s_calendar = QStringLiteral("calendar");
const QString s_engagement = QStringLiteral("engagement");
const QString s_out = QStringLiteral("out");
} // namespace

bool CalendarCommand::openEngagement(CliContext &context, const QCommandLineParser &parser,
                                     Models::Portfolio *portfolio, Storage::Database::Access access,
                                     Domain::Engagement *engagement, int *exitCode)
{
    const QString key = parser.value(s_engagement);
    *exitCode = UsageError;
    if (key.isEmpty()) {
        context.fail(tr("--engagement KEY is required"), UsageError);
        return false;
    }
    *exitCode = Failure;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")),
                              portfolio, access))
        return false;
    std::optional<Domain::Engagement> found;
    if (const Storage::StorageError error =
            Storage::EngagementRepository(*portfolio->database()).findByKey(key, &found)) {
        context.fail(Models::StorageText::message(error));
        return false;
    }
    if (!found) {
        context.fail(tr("there is no engagement '%1' (see deliverydesk engagement list)").arg(key));
        return false;
    }
    *engagement = *found;
    return true;
}

int CalendarCommand::evaluate(CliContext &context, const QCommandLineParser &parser)
{
    const QString path = parser.value(s_calendar);
    if (path.isEmpty())
        return context.fail(tr("calendar eval needs --calendar FILE"), UsageError);
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("calendar eval takes no further arguments; the questions come on stdin"),
                            UsageError);
    Exchange::ExchangeError error;
    const std::optional<Domain::BusinessCalendar> calendar = Exchange::CalendarFile::read(path, &error);
    if (!calendar)
        return context.fail(error.toString());
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("cannot read stdin or write stdout"));
    // Answers go straight to stdout, line by line, so that a script can talk to a running eval.
    context.out().flush();
    return Exchange::CalendarEvaluator(*calendar).run(&in, &out) ? Success : Failure;
}

int CalendarCommand::exportCalendar(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("calendar export takes no file argument; use --out FILE"), UsageError);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadOnly, &engagement, &code))
        return code;
    Domain::BusinessCalendar calendar;
    bool stored = false;
    if (const Storage::StorageError error =
            Storage::CalendarRepository(*portfolio.database()).calendarFor(engagement.id, &calendar, &stored))
        return context.fail(Models::StorageText::message(error));
    if (!stored)
        context.err() << "deliverydesk: "
                      << tr("note: %1 has no calendar of its own; this is the default for its time zone")
                             .arg(engagement.key)
                      << Qt::endl;
    const QString path = parser.value(s_out);
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(Exchange::CalendarFile::toJson(calendar));
        return Success;
    }
    Exchange::ExchangeError error;
    if (!Exchange::CalendarFile::write(path, calendar, &error))
        return context.fail(error.toString());
    return Success;
}

int CalendarCommand::importCalendar(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return context.fail(tr("calendar import needs exactly one FILE"), UsageError);
    // The file is checked before the database is touched: a bad file changes nothing.
    Exchange::ExchangeError fileError;
    std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::read(positional.at(2), &fileError);
    if (!calendar)
        return context.fail(fileError.toString());
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadWrite, &engagement,
                        &code))
        return code;
    // The name is the calendar's key in the database; a nameless file becomes the engagement's own.
    if (calendar->name().trimmed().isEmpty())
        calendar->setName(tr("%1 calendar").arg(engagement.key));
    const Storage::CalendarRepository calendars(*portfolio.database());
    qint64 calendarId = 0;
    QStringList users;
    Storage::StorageError error = calendars.saveCalendarFor(engagement.id, *calendar, &calendarId);
    if (!error)
        error = calendars.engagementsUsing(calendarId, &users);
    if (error)
        return context.fail(Models::StorageText::message(error));
    // Every engagement on this calendar counts its SLA clocks on the new hours.
    SlaComplianceCommand::refreshResults(context, *portfolio.database(), users);
    const QString name = calendar->name().trimmed();
    context.out() << tr("%1 now counts on the calendar \"%2\".").arg(engagement.key, name) << '\n';
    users.removeAll(engagement.key);
    // Calendars are shared by name: saying so avoids a silent change of another engagement's SLA clocks.
    if (!users.isEmpty())
        context.out() << tr("The calendar \"%1\" is also used by %2: their hours changed too.")
                             .arg(name, users.join(QStringLiteral(", ")))
                      << '\n';
    if (calendar->timeZoneId() != engagement.timeZone)
        context.err() << "deliverydesk: "
                      << tr("warning: the calendar's time zone %1 differs from the engagement's time zone %2")
                             .arg(QString::fromUtf8(calendar->timeZoneId()),
                                  QString::fromUtf8(engagement.timeZone))
                      << Qt::endl;
    return Success;
}

int CalendarCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate a calendar file, or export and import an engagement's calendar."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_calendar, tr("eval: the calendar file (JSON)."), tr("FILE")});
    parser.addOption({s_engagement, tr("export/import: the engagement."), tr("KEY")});
    parser.addOption({s_out, tr("export: write to this file instead of stdout."), tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("calendar"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("eval, export or import FILE."),
                                 tr("eval|export|import FILE"));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QString action = parser.positionalArguments().value(1);
    if (action == QLatin1String("eval"))
        return evaluate(context, parser);
    if (action == QLatin1String("export"))
        return exportCalendar(context, parser);
    if (action == QLatin1String("import"))
        return importCalendar(context, parser);
    return context.fail(tr("calendar needs eval, export or import"), UsageError);
}

} // namespace App

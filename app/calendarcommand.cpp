#include "app/calendarcommand.h"

#include "app/command.h"
#include "app/slacompliancecommand.h"
#include "models/calendarloader.h"
#include "models/exchange/calendar/calendarevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/portfolio.h"
#include "models/storagetext.h"

#include <QDir>
#include <QFile>

namespace App {

namespace {
const QString s_calendar = QStringLiteral("calendar");
const QString s_engagement = QStringLiteral("engagement");
const QString s_out = QStringLiteral("out");
} // namespace

int CalendarCommand::evaluate(CommandCall &call)
{
    const QString path = call.value(s_calendar);
    if (path.isEmpty())
        return call.usageError(tr("calendar eval needs --calendar FILE"));
    if (call.parser().positionalArguments().size() != 2)
        return call.usageError(tr("calendar eval takes no further arguments; the questions come on stdin"));
    Exchange::ExchangeError error;
    const std::optional<Domain::BusinessCalendar> calendar = Exchange::CalendarFile::read(path, &error);
    if (!calendar)
        return call.fail(error.toString());
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return call.fail(tr("cannot read stdin or write stdout"));
    // Answers go straight to stdout, line by line, so that a script can talk to a running eval.
    call.out().flush();
    return Exchange::CalendarEvaluator(*calendar).run(&in, &out) ? Success : Failure;
}

int CalendarCommand::exportCalendar(CommandCall &call)
{
    if (call.parser().positionalArguments().size() != 2)
        return call.usageError(tr("calendar export takes no file argument; use --out FILE"));
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("calendar export"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Domain::BusinessCalendar calendar;
    bool stored = false;
    if (const Storage::StorageError error =
            Models::CalendarLoader(*portfolio.database()).load(engagement.id, &calendar, &stored))
        return call.fail(Models::StorageText::message(error));
    if (!stored)
        call.err() << "deliverydesk: "
                   << tr("note: %1 has no calendar of its own; this is the default for its time zone")
                          .arg(engagement.key)
                   << Qt::endl;
    const QString path = call.value(s_out);
    if (path.isEmpty() || path == QLatin1String("-")) {
        call.out() << QString::fromUtf8(Exchange::CalendarFile::toJson(calendar));
        return Success;
    }
    Exchange::ExchangeError error;
    if (!Exchange::CalendarFile::write(path, calendar, &error))
        return call.fail(error.toString());
    return Success;
}

int CalendarCommand::importCalendar(CommandCall &call)
{
    const QStringList positional = call.parser().positionalArguments();
    if (positional.size() != 3)
        return call.usageError(tr("calendar import needs exactly one FILE"));
    // The file is checked before the database is touched: a bad file changes nothing.
    Exchange::ExchangeError fileError;
    std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::read(positional.at(2), &fileError);
    if (!calendar)
        return call.fail(fileError.toString());
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("calendar import"), &portfolio,
                                             Storage::Database::Access::ReadWrite, &engagement))
        return code;
    // The name is the calendar's key in the database; a nameless file becomes the engagement's own.
    if (calendar->name().trimmed().isEmpty())
        calendar->setName(Models::CalendarLoader::ownCalendarName(engagement.key));
    QStringList users;
    if (const Storage::StorageError error =
            Models::CalendarLoader(*portfolio.database()).save(engagement.id, *calendar, &users))
        return call.fail(Models::StorageText::message(error));
    // Every engagement on this calendar counts its SLA clocks on the new hours.
    SlaComplianceCommand::refreshResults(call.context(), *portfolio.database(), users);
    const QString name = calendar->name().trimmed();
    call.out() << tr("%1 now counts on the calendar \"%2\".").arg(engagement.key, name) << '\n';
    users.removeAll(engagement.key);
    // Calendars are shared by name: saying so avoids a silent change of another engagement's SLA clocks.
    if (!users.isEmpty())
        call.out() << tr("The calendar \"%1\" is also used by %2: their hours changed too.")
                          .arg(name, users.join(QStringLiteral(", ")))
                   << '\n';
    if (calendar->timeZoneId() != engagement.timeZone)
        call.err() << "deliverydesk: "
                   << tr("warning: the calendar's time zone %1 differs from the engagement's time zone %2")
                          .arg(QString::fromUtf8(calendar->timeZoneId()),
                               QString::fromUtf8(engagement.timeZone))
                   << Qt::endl;
    return Success;
}

const CommandSpec &CalendarCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "calendar",
        "CalendarCommand",
        QT_TRANSLATE_NOOP("CalendarCommand",
                          "Evaluate a calendar file, or export and import an engagement's calendar."),
        {{"calendar", QT_TRANSLATE_NOOP("CalendarCommand", "eval: the calendar file (JSON)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"engagement", QT_TRANSLATE_NOOP("CalendarCommand", "export/import: the engagement."),
          QT_TRANSLATE_NOOP("Command", "KEY")},
         {"out", QT_TRANSLATE_NOOP("CalendarCommand", "export: write to this file instead of stdout."),
          QT_TRANSLATE_NOOP("Command", "FILE")}},
        {{"action", QT_TRANSLATE_NOOP("CalendarCommand", "eval, export or import FILE."),
          QT_TRANSLATE_NOOP("CalendarCommand", "eval|export|import FILE")}},
        &CalendarCommand::run};
    return s_spec;
}

int CalendarCommand::run(CommandCall &call)
{
    const QString action = call.arguments().value(0);
    if (action == QLatin1String("eval"))
        return evaluate(call);
    if (action == QLatin1String("export"))
        return exportCalendar(call);
    if (action == QLatin1String("import"))
        return importCalendar(call);
    return call.usageError(tr("calendar needs eval, export or import"));
}

} // namespace App

#include "app/worklogscommand.h"

#include "app/command.h"
#include "app/texttable.h"
#include "models/capacitytext.h"
#include "models/storagetext.h"
#include "models/worklogloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace App {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

/// Where a worklog stands against the budget, as the budget ledger counts it.
const char *const s_budgetClassIds[] = {"counted", "billed_outside", "outside_period",
                                        "service_not_contracted", "role_not_covered"};

QString budgetClassId(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return QLatin1String(s_budgetClassIds[int(policy.classify(w))]);
}

QStringList cells(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return {w.sourceKey,
            w.date.toString(Qt::ISODate),
            w.person,
            w.role ? Domain::roleId(*w.role) : QString(),
            QString::number(w.minutes()),
            w.ticketKey,
            Domain::serviceLevelId(w.serviceLevel),
            w.activity,
            w.description,
            budgetClassId(policy, w)};
}

QJsonObject toJson(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), w.sourceKey);
    o.insert(QStringLiteral("date"), w.date.toString(Qt::ISODate));
    o.insert(QStringLiteral("person"), w.person);
    o.insert(QStringLiteral("role"), w.role ? QJsonValue(Domain::roleId(*w.role)) : QJsonValue());
    o.insert(QStringLiteral("minutes"), w.minutes());
    o.insert(QStringLiteral("seconds"), w.seconds);
    o.insert(QStringLiteral("ticket"), w.ticketKey);
    o.insert(QStringLiteral("service_level"), Domain::serviceLevelId(w.serviceLevel));
    o.insert(QStringLiteral("activity"), w.activity);
    o.insert(QStringLiteral("description"), w.description);
    o.insert(QStringLiteral("budget"), budgetClassId(policy, w));
    return o;
}

/// For people: aligned columns, translated headings, hours with the locale's decimals.
void printTable(QTextStream &out, const Domain::BudgetPolicy &policy,
                const QVector<Domain::Worklog> &worklogs)
{
    using Align = TextTable::Align;
    TextTable table(out,
                    {WorklogsCommand::tr("Key"), WorklogsCommand::tr("Date"), WorklogsCommand::tr("Person"),
                     WorklogsCommand::tr("Role"), WorklogsCommand::tr("Hours"), WorklogsCommand::tr("Ticket"),
                     WorklogsCommand::tr("Level"), WorklogsCommand::tr("Activity"),
                     WorklogsCommand::tr("Budget"), WorklogsCommand::tr("Description")},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left,
                     Align::Left, Align::Left, Align::Left, Align::Left});
    for (const Domain::Worklog &w : worklogs) {
        const QStringList c = cells(policy, w);
        table.addRow({c.at(0), c.at(1), c.at(2), c.at(3), TextTable::number(double(w.seconds) / 3600.0, 2),
                      c.at(5), c.at(6), c.at(7), Models::CapacityText::budgetClass(policy.classify(w)),
                      c.at(8)});
    }
}

void print(QTextStream &out, const QString &format, const Domain::BudgetPolicy &policy,
           const QVector<Domain::Worklog> &worklogs)
{
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Domain::Worklog &w : worklogs)
            array.append(toJson(policy, w));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == QLatin1String("table")) {
        printTable(out, policy, worklogs);
        return;
    }
    const QString separator = QStringLiteral(",");
    out << QStringList{QStringLiteral("key"),           QStringLiteral("date"),
                       QStringLiteral("person"),        QStringLiteral("role"),
                       QStringLiteral("minutes"),       QStringLiteral("ticket"),
                       QStringLiteral("service_level"), QStringLiteral("activity"),
                       QStringLiteral("description"),   QStringLiteral("budget")}
               .join(separator)
        << '\n';
    for (const Domain::Worklog &w : worklogs) {
        QStringList line = cells(policy, w);
        if (format == QLatin1String("csv"))
            std::transform(line.begin(), line.end(), line.begin(), csvCell);
        out << line.join(separator) << '\n';
    }
}

} // namespace

const CommandSpec &WorklogsCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "worklogs",
        "WorklogsCommand",
        QT_TRANSLATE_NOOP("WorklogsCommand", "List the worklogs stored for an engagement."),
        {CommandOption::engagement(),
         {"from", QT_TRANSLATE_NOOP("WorklogsCommand", "First date (YYYY-MM-DD)."),
          QT_TRANSLATE_NOOP("Command", "DATE")},
         {"to", QT_TRANSLATE_NOOP("WorklogsCommand", "Last date (YYYY-MM-DD)."),
          QT_TRANSLATE_NOOP("Command", "DATE")},
         CommandOption::tableCsvJson()},
        {CommandArgument::action("list", QT_TRANSLATE_NOOP("WorklogsCommand", "list"))},
        &WorklogsCommand::run};
    return s_spec;
}

int WorklogsCommand::run(CommandCall &call)
{
    const QDate from = QDate::fromString(call.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(call.value(QStringLiteral("to")), Qt::ISODate);
    if (call.arguments() != QStringList{QStringLiteral("list")})
        return call.usageError(tr("worklogs needs list"));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    if ((call.isSet(QStringLiteral("from")) && !from.isValid()) ||
        (call.isSet(QStringLiteral("to")) && !to.isValid()))
        return call.usageError(tr("dates are written YYYY-MM-DD"));
    if (from.isValid() && to.isValid() && from > to)
        return call.usageError(
            tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("worklogs list"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Models::WorklogList list;
    if (const Storage::StorageError error =
            Models::WorklogLoader(*portfolio.database()).load(engagement, from, to, &list))
        return call.fail(Models::StorageText::message(error));
    print(call.out(), *format, list.policy, list.worklogs);
    return Success;
}

} // namespace App

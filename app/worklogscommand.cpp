#include "app/worklogscommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "app/texttable.h"
#include "models/capacitytext.h"
#include "models/burndownloader.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace App {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// Where a worklog stands against the budget, as the budget ledger counts it.
const char *const s_budgetClassIds[] = {"counted", "billed_outside", "outside_period", "service_not_contracted",
                                        "role_not_covered"};

QString budgetClassId(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return QLatin1String(s_budgetClassIds[int(policy.classify(w))]);
}

QStringList cells(const Domain::BudgetPolicy &policy, const Domain::Worklog &w)
{
    return {w.sourceKey, w.date.toString(Qt::ISODate), w.person, w.role ? Domain::roleId(*w.role) : QString(),
            QString::number(w.minutes()), w.ticketKey, Domain::serviceLevelId(w.serviceLevel), w.activity, w.description,
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
void printTable(QTextStream &out, const Domain::BudgetPolicy &policy, const QVector<Domain::Worklog> &worklogs)
{
    using Align = TextTable::Align;
    TextTable table(out,
                    {WorklogsCommand::tr("Key"), WorklogsCommand::tr("Date"), WorklogsCommand::tr("Person"),
                     WorklogsCommand::tr("Role"), WorklogsCommand::tr("Hours"), WorklogsCommand::tr("Ticket"),
                     WorklogsCommand::tr("Level"), WorklogsCommand::tr("Activity"), WorklogsCommand::tr("Budget"),
                     WorklogsCommand::tr("Description")},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left, Align::Left,
                     Align::Left, Align::Left, Align::Left});
    for (const Domain::Worklog &w : worklogs) {
        const QStringList c = cells(policy, w);
        table.addRow({c.at(0), c.at(1), c.at(2), c.at(3), TextTable::number(double(w.seconds) / 3600.0, 2), c.at(5),
                      c.at(6), c.at(7), Models::CapacityText::budgetClass(policy.classify(w)), c.at(8)});
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
    out << QStringList{QStringLiteral("key"), QStringLiteral("date"), QStringLiteral("person"), QStringLiteral("role"),
                       QStringLiteral("minutes"), QStringLiteral("ticket"), QStringLiteral("service_level"),
                       QStringLiteral("activity"), QStringLiteral("description"), QStringLiteral("budget")}
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

int WorklogsCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the worklogs stored for an engagement."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({QStringLiteral("engagement"), tr("The engagement."), tr("KEY")});
    parser.addOption({QStringLiteral("from"), tr("First date (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last date (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("format"), tr("Output format: table, csv or json."), tr("FORMAT"), QStringLiteral("table")});
    parser.addPositionalArgument(QStringLiteral("worklogs"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("list"), tr("The action."), tr("list"));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QString key = parser.value(QStringLiteral("engagement"));
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (parser.positionalArguments() != QStringList{QStringLiteral("worklogs"), QStringLiteral("list")})
        return context.fail(tr("worklogs needs list"), UsageError);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return context.fail(tr("unknown format '%1' (use table, csv or json)").arg(format), UsageError);
    if (key.isEmpty())
        return context.fail(tr("worklogs list needs --engagement KEY"), UsageError);
    if ((parser.isSet(QStringLiteral("from")) && !from.isValid()) || (parser.isSet(QStringLiteral("to")) && !to.isValid()))
        return context.fail(tr("dates are written YYYY-MM-DD"), UsageError);
    if (from.isValid() && to.isValid() && from > to)
        return context.fail(tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                            UsageError);

    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    const int index = portfolio.engagements()->rowOfKey(key);
    if (index < 0)
        return context.fail(tr("no engagement with the key '%1'").arg(key));
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(index);
    QVector<Domain::Worklog> worklogs;
    if (const Storage::StorageError error = Storage::WorklogRepository(*portfolio.database())
                                                .list(engagement.id, from, to, &worklogs))
        return context.fail(Models::StorageText::message(error));
    Domain::BudgetPolicy policy;
    if (const Storage::StorageError error = Models::BurnDownLoader(*portfolio.database()).policyFor(engagement, &policy))
        return context.fail(Models::StorageText::message(error));
    print(context.out(), format, policy, worklogs);
    return Success;
}

} // namespace App

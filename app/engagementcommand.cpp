#include "app/engagementcommand.h"

#include "app/command.h"
#include "models/domaintext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace App {

namespace {

QJsonObject toJson(const Domain::Engagement &e)
{
    QJsonArray roles;
    for (Domain::Role role : e.rolesCovered)
        roles.append(Domain::roleId(role));
    QJsonObject o;
    o.insert(QStringLiteral("key"), e.key);
    o.insert(QStringLiteral("client"), e.client);
    o.insert(QStringLiteral("name"), e.name);
    o.insert(QStringLiteral("support_model"), Domain::supportModelId(e.model));
    o.insert(QStringLiteral("start"), e.start.toString(Qt::ISODate));
    o.insert(QStringLiteral("end"), e.end.isValid() ? QJsonValue(e.end.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("time_zone"), QString::fromUtf8(e.timeZone));
    o.insert(QStringLiteral("committed_hours_per_month"), e.committedMinutesPerMonth / 60.0);
    o.insert(QStringLiteral("severity1_24x7"), e.severity1Cover24x7);
    o.insert(QStringLiteral("roles_covered"), roles);
    o.insert(QStringLiteral("optional_services"), QJsonArray::fromStringList(e.optionalServices));
    o.insert(QStringLiteral("notes"), e.notes);
    return o;
}

/// Columns padded to their widest cell: readable in a terminal, easy to cut with awk.
void printTable(QTextStream &out, const QStringList &header, const QVector<QStringList> &rows)
{
    QVector<int> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), int(row.at(i).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        out << text << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

QStringList tableRow(const Domain::Engagement &e)
{
    return {e.key,
            e.client,
            Models::DomainText::supportModel(e.model),
            Models::DomainText::hours(e.committedMinutesPerMonth),
            e.start.toString(Qt::ISODate),
            e.end.isValid() ? e.end.toString(Qt::ISODate) : QStringLiteral("-"),
            QString::fromUtf8(e.timeZone)};
}

void printDetails(QTextStream &out, const Domain::Engagement &e)
{
    using Models::DomainText;
    QStringList roles;
    for (Domain::Role role : e.rolesCovered)
        roles.append(DomainText::role(role));
    QStringList services;
    for (const QString &id : e.optionalServices)
        services.append(DomainText::activity(id));
    const QVector<QPair<QString, QString>> fields = {
        {EngagementCommand::tr("Key"), e.key},
        {EngagementCommand::tr("Client"), e.client},
        {EngagementCommand::tr("Name"), e.name},
        {EngagementCommand::tr("Support model"), DomainText::supportModel(e.model)},
        {EngagementCommand::tr("Committed per month"), DomainText::hours(e.committedMinutesPerMonth)},
        {EngagementCommand::tr("Start"), e.start.toString(Qt::ISODate)},
        {EngagementCommand::tr("End"),
         e.end.isValid() ? e.end.toString(Qt::ISODate) : EngagementCommand::tr("open-ended")},
        {EngagementCommand::tr("Time zone"), QString::fromUtf8(e.timeZone)},
        {EngagementCommand::tr("24×7 severity 1"),
         e.severity1Cover24x7 ? EngagementCommand::tr("yes") : EngagementCommand::tr("no")},
        {EngagementCommand::tr("Roles covered"), roles.join(QStringLiteral(", "))},
        {EngagementCommand::tr("Optional services"), services.join(QStringLiteral(", "))},
    };
    int width = 0;
    for (const auto &field : fields)
        width = qMax(width, int(field.first.size()));
    for (const auto &[label, value] : fields)
        out << (label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
}

} // namespace

const CommandSpec &EngagementCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "engagement",
        "EngagementCommand",
        QT_TRANSLATE_NOOP("EngagementCommand", "List engagements or show one."),
        {{"format", QT_TRANSLATE_NOOP("EngagementCommand", "Output format: table or json."),
          QT_TRANSLATE_NOOP("Command", "FORMAT"), "table"}},
        {{"action", QT_TRANSLATE_NOOP("EngagementCommand", "list, or show KEY."),
          QT_TRANSLATE_NOOP("EngagementCommand", "list|show KEY")}},
        &EngagementCommand::run};
    return s_spec;
}

int EngagementCommand::run(CommandCall &call)
{
    const QStringList positional = call.arguments();
    const QString action = positional.value(0);
    const std::optional<QString> format = call.format({QStringLiteral("table"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    if (action == QLatin1String("list") && positional.size() != 1)
        return call.noFurtherArguments(QStringLiteral("engagement list"));
    if (action == QLatin1String("show") && positional.size() != 2)
        return call.usageError(tr("engagement show needs exactly one KEY"));
    if (action != QLatin1String("list") && action != QLatin1String("show"))
        return call.usageError(tr("engagement needs list or show KEY"));

    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadOnly))
        return Failure;
    const QVector<Domain::Engagement> &all = portfolio.engagements()->engagements();
    if (action == QLatin1String("list")) {
        if (*format == QLatin1String("json")) {
            QJsonArray array;
            for (const Domain::Engagement &e : all)
                array.append(toJson(e));
            call.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        QVector<QStringList> rows;
        for (const Domain::Engagement &e : all)
            rows.append(tableRow(e));
        printTable(call.out(),
                   {tr("KEY"), tr("CLIENT"), tr("SUPPORT MODEL"), tr("HOURS/MONTH"), tr("START"), tr("END"),
                    tr("TIME ZONE")},
                   rows);
        return Success;
    }
    const int row = portfolio.engagements()->rowOfKey(positional.at(1));
    if (row < 0)
        return call.fail(tr("no engagement with the key '%1'").arg(positional.at(1)));
    const Domain::Engagement e = portfolio.engagements()->engagementAt(row);
    if (*format == QLatin1String("json"))
        call.out() << QJsonDocument(toJson(e)).toJson(QJsonDocument::Indented);
    else
        printDetails(call.out(), e);
    return Success;
}

} // namespace App

#include "app/allocationcommand.h"

#include "app/command.h"
#include "models/allocationplanloader.h"
#include "models/capacitytext.h"
#include "models/domain/capacity/allocationplan.h"
#include "models/domaintext.h"
#include "models/storagetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace App {

namespace {

const char *const s_warningIds[] = {"person_overbooked",     "engagement_under_allocated",
                                    "no_on_call_cover",      "role_not_covered",
                                    "required_role_missing", "unknown_person",
                                    "unknown_engagement",    "invalid_month",
                                    "negative_minutes",      "absurd_minutes",
                                    "duplicate_allocation",  "person_not_started",
                                    "person_has_left",       "engagement_not_started",
                                    "engagement_ended"};

double hours(qint64 minutes)
{
    return qRound(minutes / 60.0 * 100.0) / 100.0;
}

QString loadText(double percent)
{
    return percent < 0 ? QStringLiteral("-")
                       : AllocationCommand::tr("%1 %").arg(QLocale().toString(percent, 'f', 0));
}

QJsonObject toJson(const QDate &month, const QVector<Domain::PersonMonthLoad> &loads,
                   const QVector<Domain::AllocationWarning> &warnings)
{
    QJsonArray people;
    for (const Domain::PersonMonthLoad &load : loads) {
        QJsonObject engagements;
        for (auto it = load.byEngagement.cbegin(); it != load.byEngagement.cend(); ++it)
            engagements.insert(it.key(), hours(it.value()));
        people.append(
            QJsonObject{{QStringLiteral("person"), load.person},
                        {QStringLiteral("role"), Domain::roleId(load.role)},
                        {QStringLiteral("capacity"), hours(load.capacity.capacityMinutes)},
                        {QStringLiteral("allocated"), hours(load.allocated)},
                        {QStringLiteral("load_percent"),
                         load.loadPercent() < 0 ? QJsonValue() : QJsonValue(qRound(load.loadPercent()))},
                        {QStringLiteral("absence_days"), load.capacity.absenceDays},
                        {QStringLiteral("engagements"), engagements}});
    }
    QJsonArray warningArray;
    for (const Domain::AllocationWarning &w : warnings) {
        warningArray.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(s_warningIds[int(w.kind)])},
                        {QStringLiteral("error"), w.isError()},
                        {QStringLiteral("person"), w.person},
                        {QStringLiteral("engagement"), w.engagement},
                        {QStringLiteral("text"), Models::CapacityText::allocationWarning(w)}});
    }
    return {{QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("unit"), QStringLiteral("hours")},
            {QStringLiteral("people"), people},
            {QStringLiteral("warnings"), warningArray}};
}

void printCsv(QTextStream &out, const QVector<Domain::PersonMonthLoad> &loads)
{
    out << "person,role,capacity,allocated,load_percent,engagement,engagement_allocated\n";
    for (const Domain::PersonMonthLoad &load : loads) {
        const QString head =
            QStringLiteral("\"%1\",%2,%3,%4,%5")
                .arg(QString(load.person).replace(QLatin1Char('"'), QStringLiteral("\"\"")),
                     Domain::roleId(load.role), QString::number(hours(load.capacity.capacityMinutes), 'f', 2),
                     QString::number(hours(load.allocated), 'f', 2),
                     load.loadPercent() < 0 ? QString() : QString::number(qRound(load.loadPercent())));
        if (load.byEngagement.isEmpty())
            out << head << ",,\n";
        for (auto it = load.byEngagement.cbegin(); it != load.byEngagement.cend(); ++it)
            out << head << ',' << it.key() << ',' << QString::number(hours(it.value()), 'f', 2) << '\n';
    }
}

void printTable(QTextStream &out, const QDate &month, const QVector<Domain::PersonMonthLoad> &loads,
                const QVector<Domain::AllocationWarning> &warnings)
{
    using Models::DomainText;
    out << AllocationCommand::tr("Allocation %1").arg(Models::CapacityText::month(month)) << "\n\n";
    QVector<QStringList> rows = {{AllocationCommand::tr("PERSON"), AllocationCommand::tr("ROLE"),
                                  AllocationCommand::tr("CAPACITY"), AllocationCommand::tr("ALLOCATED"),
                                  AllocationCommand::tr("LOAD"), AllocationCommand::tr("ENGAGEMENTS")}};
    for (const Domain::PersonMonthLoad &load : loads) {
        QStringList where;
        for (auto it = load.byEngagement.cbegin(); it != load.byEngagement.cend(); ++it)
            where.append(QStringLiteral("%1 %2").arg(it.key(), DomainText::hours(it.value())));
        rows.append({load.person, DomainText::roleShort(load.role),
                     DomainText::hours(load.capacity.capacityMinutes), DomainText::hours(load.allocated),
                     loadText(load.loadPercent()), where.join(QStringLiteral(", "))});
    }
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), int(row.at(i).size()));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    }
    out << '\n';
    if (warnings.isEmpty())
        out << AllocationCommand::tr("No warnings.") << '\n';
    for (const Domain::AllocationWarning &w : warnings)
        out << (w.isError() ? AllocationCommand::tr("Error: ") : AllocationCommand::tr("Warning: "))
            << Models::CapacityText::allocationWarning(w) << '\n';
}

} // namespace

const CommandSpec &AllocationCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "allocation",
        "AllocationCommand",
        QT_TRANSLATE_NOOP("AllocationCommand",
                          "Capacity, allocated hours and warnings of every person in a month, or set the "
                          "hours of one person on one engagement in it."),
        {{"month", QT_TRANSLATE_NOOP("AllocationCommand", "The month, e.g. 2026-12."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         CommandOption::tableCsvJson()},
        {{"action",
          QT_TRANSLATE_NOOP(
              "AllocationCommand",
              "Nothing to show the month, or set PERSON ENGAGEMENT HOURS (0 removes the hours)."),
          QT_TRANSLATE_NOOP("AllocationCommand", "[set PERSON ENGAGEMENT HOURS]")}},
        &AllocationCommand::run};
    return s_spec;
}

int AllocationCommand::set(CommandCall &call)
{
    const QStringList arguments = call.arguments();
    if (arguments.size() != 4)
        return call.usageError(tr("allocation set needs PERSON ENGAGEMENT HOURS"));
    const std::optional<QDate> month = call.requiredMonth(QStringLiteral("allocation set"));
    if (!month)
        return UsageError;
    bool ok = false;
    double hours = arguments.at(3).toDouble(&ok);
    if (!ok)
        hours = QLocale().toDouble(arguments.at(3), &ok);
    if (!ok || hours < 0)
        return call.usageError(tr("%1 is not a number of hours").arg(arguments.at(3)));
    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadWrite))
        return Failure;
    const Domain::Allocation allocation{arguments.at(1), arguments.at(2), *month, qRound(hours * 60.0)};
    if (Storage::StorageError error = Models::AllocationPlanLoader(*portfolio.database()).setCell(allocation))
        return call.fail(Models::StorageText::message(
            tr("The allocation of %1 was not saved").arg(allocation.person), error));
    call.out() << tr("%1 on %2 in %3: %4 h")
                      .arg(allocation.person, allocation.engagementKey,
                           month->toString(QStringLiteral("yyyy-MM")),
                           Models::DomainText::hours(allocation.minutes))
               << '\n';
    return Success;
}

int AllocationCommand::run(CommandCall &call)
{
    if (call.arguments().value(0) == QLatin1String("set"))
        return set(call);
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("allocation"));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    const std::optional<QDate> month = call.requiredMonth(QStringLiteral("allocation"));
    if (!month)
        return UsageError;

    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadOnly))
        return Failure;
    const QVector<Domain::Engagement> &engagements = portfolio.engagements()->engagements();
    Domain::AllocationPlan plan;
    // The plan as the Allocation page reads it (people, the month's allocations, team calendar,
    // each engagement's budget policy as the budget ledger reads it).
    if (Storage::StorageError error =
            Models::AllocationPlanLoader(*portfolio.database()).load(engagements, *month, *month, &plan))
        return call.fail(Models::StorageText::message(error));
    const QVector<Domain::PersonMonthLoad> loads = plan.loads(*month);
    const QVector<Domain::AllocationWarning> warnings = plan.check(*month);
    if (*format == QLatin1String("json"))
        call.out() << QJsonDocument(toJson(*month, loads, warnings)).toJson(QJsonDocument::Indented);
    else if (*format == QLatin1String("csv"))
        printCsv(call.out(), loads);
    else
        printTable(call.out(), *month, loads, warnings);
    return Success;
}

} // namespace App

#include "app/burndowncommand.h"

#include "app/command.h"
#include "models/burndownloader.h"
#include "models/capacitytext.h"
#include "models/domain/capacity/portfolioburn.h"
#include "models/domaintext.h"
#include "ui/charts/burndownimage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace App {

namespace {

const QString s_out = QStringLiteral("out");

const char *const s_kindIds[] = {"committed", "carried_in",  "expired",   "overrun_deducted", "used",
                                 "overrun",   "carried_out", "forfeited", "expired_at_end",   "ended"};
const char *const s_stateIds[] = {"closed", "open", "not_started", "ended"};
const char *const s_statusIds[] = {"on_track", "at_risk", "overrun", "no_budget"};

double hours(double minutes)
{
    return qRound(minutes / 60.0 * 100.0) / 100.0;
}

QJsonValue optionalHours(const std::optional<double> &minutes)
{
    return minutes ? QJsonValue(hours(*minutes)) : QJsonValue();
}

QJsonValue optionalHours(const std::optional<qint64> &minutes)
{
    return minutes ? QJsonValue(hours(double(*minutes))) : QJsonValue();
}

QJsonValue optionalDate(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const Models::BurnDownData &data)
{
    const Domain::BurnDown &b = data.burnDown;
    const Domain::PortfolioBurnRow row = Domain::PortfolioBurn::row(data.engagement.key, b);
    QJsonArray days;
    for (const Domain::BurnDownDay &day : b.days) {
        days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("working_day"), day.workingDay},
                                {QStringLiteral("ideal_remaining"), hours(day.idealRemaining)},
                                {QStringLiteral("actual_remaining"), optionalHours(day.actualRemaining)},
                                {QStringLiteral("forecast"), optionalHours(day.forecast)},
                                {QStringLiteral("forecast_low"), optionalHours(day.forecastLow)},
                                {QStringLiteral("forecast_high"), optionalHours(day.forecastHigh)}});
    }
    QJsonArray explanation;
    for (const Domain::LedgerEntry &entry : data.ledgerMonth.explanation) {
        explanation.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(s_kindIds[int(entry.kind)])},
                        {QStringLiteral("hours"), hours(double(entry.minutes))},
                        {QStringLiteral("month"), entry.month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("projected"), entry.projected},
                        {QStringLiteral("text"), Models::CapacityText::ledgerEntry(entry)}});
    }
    const Domain::BudgetSplit &split = data.split;
    QJsonObject services;
    for (auto it = split.byService.cbegin(); it != split.byService.cend(); ++it)
        services.insert(it.key(), hours(double(it.value())));
    QJsonObject roles;
    for (auto it = split.byRole.cbegin(); it != split.byRole.cend(); ++it)
        roles.insert(Domain::roleId(it.key()), hours(double(it.value())));
    const QJsonObject outside{
        {QStringLiteral("hours"), hours(double(split.outsideContract()))},
        {QStringLiteral("outside_period"), hours(double(split.of(Domain::BudgetClass::OutsidePeriod)))},
        {QStringLiteral("service_not_contracted"),
         hours(double(split.of(Domain::BudgetClass::ServiceNotContracted)))},
        {QStringLiteral("role_not_covered"), hours(double(split.of(Domain::BudgetClass::RoleNotCovered)))},
        {QStringLiteral("services"), services},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("text"), QJsonArray::fromStringList(Models::CapacityText::budgetSplit(split))}};
    const Domain::LedgerMonth &lm = data.ledgerMonth;
    return {
        {QStringLiteral("engagement"), data.engagement.key},
        {QStringLiteral("month"), data.month.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("today"), data.today.toString(Qt::ISODate)},
        {QStringLiteral("unit"), QStringLiteral("hours")},
        {QStringLiteral("committed"), hours(double(b.committed))},
        {QStringLiteral("carried_in"), hours(double(b.carriedIn))},
        {QStringLiteral("overrun_deducted"), hours(double(b.overrunDeducted))},
        {QStringLiteral("budget"), hours(double(b.budget))},
        {QStringLiteral("used"), hours(double(b.used))},
        {QStringLiteral("remaining"), hours(double(b.remaining))},
        {QStringLiteral("forecast_at_month_end"), hours(b.forecastAtMonthEnd)},
        {QStringLiteral("overrun_at_month_end"), hours(double(b.overrunAtMonthEnd))},
        {QStringLiteral("run_out_date"), optionalDate(b.runOutDate)},
        {QStringLiteral("earliest_run_out_date"), optionalDate(b.earliestRunOutDate)},
        {QStringLiteral("status"), QLatin1String(s_statusIds[int(row.status)])},
        {QStringLiteral("month_state"), QLatin1String(s_stateIds[int(lm.state)])},
        {QStringLiteral("projected_used_at_month_end"), hours(double(lm.projectedUsed))},
        {QStringLiteral("projected_overrun_at_month_end"), hours(double(lm.projectedOverrun))},
        {QStringLiteral("carried_out"), hours(double(lm.carriedOut))},
        {QStringLiteral("forfeited"), hours(double(lm.forfeited))},
        {QStringLiteral("logged"), hours(double(split.logged))},
        {QStringLiteral("billed_outside_budget"),
         hours(double(split.of(Domain::BudgetClass::BilledOutside)))},
        {QStringLiteral("outside_contract"), outside},
        {QStringLiteral("explanation"), explanation},
        {QStringLiteral("explanation_text"),
         QJsonArray::fromStringList(Models::CapacityText::ledgerExplanation(lm))},
        {QStringLiteral("rules"), QJsonArray::fromStringList(Models::CapacityText::budgetRules(data.policy))},
        {QStringLiteral("days"), days}};
}

QString csvNumber(const std::optional<double> &minutes)
{
    return minutes ? QString::number(hours(*minutes), 'f', 2) : QString();
}

QString csvNumber(const std::optional<qint64> &minutes)
{
    return minutes ? QString::number(hours(double(*minutes)), 'f', 2) : QString();
}

void printCsv(QTextStream &out, const Models::BurnDownData &data)
{
    out << "date,working_day,ideal_remaining,actual_remaining,forecast,forecast_low,forecast_high\n";
    for (const Domain::BurnDownDay &day : data.burnDown.days) {
        out << day.date.toString(Qt::ISODate) << ',' << (day.workingDay ? "1" : "0") << ','
            << csvNumber(std::optional<double>(day.idealRemaining)) << ',' << csvNumber(day.actualRemaining)
            << ',' << csvNumber(day.forecast) << ',' << csvNumber(day.forecastLow) << ','
            << csvNumber(day.forecastHigh) << '\n';
    }
}

QString tableHours(const std::optional<double> &minutes)
{
    return minutes ? QLocale().toString(*minutes / 60.0, 'f', 1) : QStringLiteral("-");
}

QString tableHours(const std::optional<qint64> &minutes)
{
    return minutes ? QLocale().toString(double(*minutes) / 60.0, 'f', 1) : QStringLiteral("-");
}

void printTable(QTextStream &out, const Models::BurnDownData &data)
{
    using Models::CapacityText;
    using Models::DomainText;
    const Domain::BurnDown &b = data.burnDown;
    const Domain::PortfolioBurnRow row = Domain::PortfolioBurn::row(data.engagement.key, b);
    out << BurnDownCommand::tr("%1, %2: %3 (%4)")
               .arg(data.engagement.key, CapacityText::month(data.month),
                    CapacityText::burnStatus(row.status),
                    CapacityText::ledgerMonthState(data.ledgerMonth.state))
        << '\n';
    for (const QString &line : CapacityText::ledgerExplanation(data.ledgerMonth))
        out << "  " << line << '\n';
    out << BurnDownCommand::tr("Budget %1, used %2, remaining %3")
               .arg(DomainText::hours(b.budget), DomainText::hours(b.used), DomainText::hours(b.remaining))
        << '\n';
    for (const QString &line : CapacityText::budgetSplit(data.split))
        out << BurnDownCommand::tr("Note: %1").arg(line) << '\n';
    const QString forecast = DomainText::hours(qRound64(b.forecastAtMonthEnd));
    const QString low = DomainText::hours(qRound64(b.forecastLowAtMonthEnd));
    const QString high = DomainText::hours(qRound64(b.forecastHighAtMonthEnd));
    if (data.ledgerMonth.isFinal())
        out << BurnDownCommand::tr("At month end: %1 left").arg(forecast) << '\n';
    else
        out << BurnDownCommand::tr("Forecast at month end: %1 left (range %2 to %3)").arg(forecast, low, high)
            << '\n';
    if (b.runOutDate)
        out << BurnDownCommand::tr("Runs out on %1").arg(Models::DomainText::date(*b.runOutDate)) << '\n';
    out << '\n';
    const QStringList header = {BurnDownCommand::tr("DATE"),   BurnDownCommand::tr("IDEAL"),
                                BurnDownCommand::tr("ACTUAL"), BurnDownCommand::tr("FORECAST"),
                                BurnDownCommand::tr("LOW"),    BurnDownCommand::tr("HIGH")};
    auto line = [&out](const QStringList &cells) {
        out << cells.at(0).leftJustified(12);
        for (int i = 1; i < cells.size(); ++i)
            out << cells.at(i).rightJustified(10);
        out << '\n';
    };
    line(header);
    for (const Domain::BurnDownDay &day : b.days) {
        line({day.date.toString(Qt::ISODate) + (day.workingDay ? QString() : QStringLiteral(" *")),
              tableHours(std::optional<double>(day.idealRemaining)), tableHours(day.actualRemaining),
              tableHours(day.forecast), tableHours(day.forecastLow), tableHours(day.forecastHigh)});
    }
    out << BurnDownCommand::tr("* not a working day; figures are hours remaining at the end of the day")
        << '\n';
    out << '\n' << BurnDownCommand::tr("How the budget is counted:") << '\n';
    for (const QString &rule : CapacityText::budgetRules(data.policy))
        out << "  - " << rule << '\n';
}

} // namespace

QDate BurnDownCommand::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

bool BurnDownCommand::needsWidgets(const QStringList &arguments)
{
    const int index = arguments.indexOf(QStringLiteral("--format"));
    return arguments.contains(QStringLiteral("--format=png")) ||
           (index >= 0 && arguments.value(index + 1) == QLatin1String("png"));
}

const CommandSpec &BurnDownCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "burndown",
        "BurnDownCommand",
        QT_TRANSLATE_NOOP("BurnDownCommand",
                          "The burn-down of one engagement-month: budget, ledger, forecast per day."),
        {CommandOption::engagement(),
         {"month", QT_TRANSLATE_NOOP("BurnDownCommand", "The month, e.g. 2026-11."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"format", QT_TRANSLATE_NOOP("BurnDownCommand", "Output format: table, csv, json or png."),
          QT_TRANSLATE_NOOP("Command", "FORMAT"), "table"},
         {"out",
          QT_TRANSLATE_NOOP("BurnDownCommand", "Write to this file instead of stdout (needed for png)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"now", QT_TRANSLATE_NOOP("BurnDownCommand", "Compute as of this ISO-8601 instant instead of now."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")}},
        {},
        &BurnDownCommand::run};
    return s_spec;
}

int BurnDownCommand::run(CommandCall &call)
{
    if (!call.arguments().isEmpty())
        return call.noFurtherArguments(QStringLiteral("burndown"));
    const std::optional<QString> format = call.format(
        {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("png")});
    if (!format)
        return UsageError;
    if (*format == QLatin1String("png") && !call.isSet(s_out))
        return call.usageError(tr("--format png needs --out FILE"));
    const std::optional<QDate> monthOption = call.requiredMonth(QStringLiteral("burndown"));
    if (!monthOption)
        return UsageError;
    const std::optional<qint64> nowOption = call.now(); // the wall clock is read in app/ only
    if (!nowOption)
        return UsageError;
    const QDate month = *monthOption;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(*nowOption, Qt::UTC);

    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("burndown"), &portfolio,
                                             Storage::Database::Access::ReadOnly, &engagement))
        return code;
    Models::BurnDownData data;
    if (const Models::BurnDownLoader::Error error =
            Models::BurnDownLoader(*portfolio.database()).load(engagement, month, now, &data))
        return call.fail(error.message(engagement, month));

    if (*format == QLatin1String("png")) {
        QString reason;
        if (!Gui::BurnDownImage::savePng(data, call.value(s_out), &reason))
            return call.fail(reason);
        return Success;
    }
    QByteArray bytes;
    {
        QTextStream text(&bytes);
        if (*format == QLatin1String("json"))
            text << QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
        else if (*format == QLatin1String("csv"))
            printCsv(text, data);
        else
            printTable(text, data);
    }
    if (!call.isSet(s_out)) {
        call.out() << QString::fromUtf8(bytes);
        return Success;
    }
    QFile file(call.value(s_out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return call.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

} // namespace App

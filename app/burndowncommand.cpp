#include "app/burndowncommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/burndownloader.h"
#include "models/capacitytext.h"
#include "models/domain/capacity/portfolioburn.h"
#include "models/domaintext.h"
#include "models/exchange/isoinstant.h"
#include "ui/charts/burndownimage.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace App {

namespace {

const QString s_engagement = QStringLiteral("engagement");
const QString s_month = QStringLiteral("month");
const QString s_format = QStringLiteral("format");
const QString s_out = QStringLiteral("out");
const QString s_now = QStringLiteral("now");

const char *const s_kindIds[] = {"committed", "carried_in", "expired", "overrun_deducted", "used",
                                 "overrun", "carried_out", "forfeited", "expired_at_end", "ended"};
const char *const s_stateIds[] = {"closed", "open", "not_started", "ended"};
const char *const s_statusIds[] = {"on_track", "at_risk", "overrun", "no_budget"};

double hours(double minutes) { return qRound(minutes / 60.0 * 100.0) / 100.0; }

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
        explanation.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(s_kindIds[int(entry.kind)])},
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
        {QStringLiteral("service_not_contracted"), hours(double(split.of(Domain::BudgetClass::ServiceNotContracted)))},
        {QStringLiteral("role_not_covered"), hours(double(split.of(Domain::BudgetClass::RoleNotCovered)))},
        {QStringLiteral("services"), services},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("text"), QJsonArray::fromStringList(Models::CapacityText::budgetSplit(split))}};
    const Domain::LedgerMonth &lm = data.ledgerMonth;
    return {{QStringLiteral("engagement"), data.engagement.key},
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
            {QStringLiteral("billed_outside_budget"), hours(double(split.of(Domain::BudgetClass::BilledOutside)))},
            {QStringLiteral("outside_contract"), outside},
            {QStringLiteral("explanation"), explanation},
            {QStringLiteral("explanation_text"), QJsonArray::fromStringList(Models::CapacityText::ledgerExplanation(lm))},
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
            << csvNumber(std::optional<double>(day.idealRemaining)) << ',' << csvNumber(day.actualRemaining) << ',' << csvNumber(day.forecast) << ','
            << csvNumber(day.forecastLow) << ',' << csvNumber(day.forecastHigh) << '\n';
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
    out << BurnDownCommand::tr("%1, %2: %3 (%4)").arg(data.engagement.key, CapacityText::month(data.month),
                                                      CapacityText::burnStatus(row.status),
                                                      CapacityText::ledgerMonthState(data.ledgerMonth.state))
        << '\n';
    for (const QString &line : CapacityText::ledgerExplanation(data.ledgerMonth))
        out << "  " << line << '\n';
    out << BurnDownCommand::tr("Budget %1, used %2, remaining %3").arg(DomainText::hours(b.budget), DomainText::hours(b.used), DomainText::hours(b.remaining))
        << '\n';
    for (const QString &line : CapacityText::budgetSplit(data.split))
        out << BurnDownCommand::tr("Note: %1").arg(line) << '\n';
    const QString forecast = DomainText::hours(qRound64(b.forecastAtMonthEnd));
    const QString low = DomainText::hours(qRound64(b.forecastLowAtMonthEnd));
    const QString high = DomainText::hours(qRound64(b.forecastHighAtMonthEnd));
    if (data.ledgerMonth.isFinal())
        out << BurnDownCommand::tr("At month end: %1 left").arg(forecast) << '\n';
    else
        out << BurnDownCommand::tr("Forecast at month end: %1 left (range %2 to %3)").arg(forecast, low, high) << '\n';
    if (b.runOutDate)
        out << BurnDownCommand::tr("Runs out on %1").arg(QLocale().toString(*b.runOutDate, QLocale::ShortFormat)) << '\n';
    out << '\n';
    const QStringList header = {BurnDownCommand::tr("DATE"), BurnDownCommand::tr("IDEAL"), BurnDownCommand::tr("ACTUAL"),
                                BurnDownCommand::tr("FORECAST"), BurnDownCommand::tr("LOW"), BurnDownCommand::tr("HIGH")};
    auto line = [&out](const QStringList &cells) {
        out << cells.at(0).leftJustified(12);
        for (int i = 1; i < cells.size(); ++i)
            out << cells.at(i).rightJustified(10);
        out << '\n';
    };
    line(header);
    for (const Domain::BurnDownDay &day : b.days) {
        line({day.date.toString(Qt::ISODate) + (day.workingDay ? QString() : QStringLiteral(" *")),
              tableHours(std::optional<double>(day.idealRemaining)), tableHours(day.actualRemaining), tableHours(day.forecast),
              tableHours(day.forecastLow), tableHours(day.forecastHigh)});
    }
    out << BurnDownCommand::tr("* not a working day; figures are hours remaining at the end of the day") << '\n';
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
    return arguments.contains(QStringLiteral("--format=png"))
           || (index >= 0 && arguments.value(index + 1) == QLatin1String("png"));
}

int BurnDownCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The burn-down of one engagement-month: budget, ledger, forecast per day."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_engagement, tr("The engagement."), tr("KEY")});
    parser.addOption({s_month, tr("The month, e.g. 2026-11."), tr("YYYY-MM")});
    parser.addOption({s_format, tr("Output format: table, csv, json or png."), tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({s_out, tr("Write to this file instead of stdout (needed for png)."), tr("FILE")});
    parser.addOption({s_now, tr("Compute as of this ISO-8601 instant instead of now."), tr("INSTANT")});
    parser.addPositionalArgument(QStringLiteral("burndown"), tr("The command."));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(tr("burndown takes no further arguments"), UsageError);
    const QString format = parser.value(s_format);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("png")}.contains(format))
        return context.fail(tr("unknown format '%1' (use table, csv, json or png)").arg(format), UsageError);
    if (format == QLatin1String("png") && !parser.isSet(s_out))
        return context.fail(tr("--format png needs --out FILE"), UsageError);
    if (!parser.isSet(s_engagement))
        return context.fail(tr("burndown needs --engagement KEY"), UsageError);
    if (!parser.isSet(s_month))
        return context.fail(tr("burndown needs --month YYYY-MM"), UsageError);
    const QDate month = parseMonth(parser.value(s_month));
    if (!month.isValid())
        return context.fail(tr("--month \"%1\" is not a month like 2026-11").arg(parser.value(s_month)), UsageError);
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

    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    const int row = portfolio.engagements()->rowOfKey(parser.value(s_engagement));
    if (row < 0)
        return context.fail(tr("no engagement with the key '%1'").arg(parser.value(s_engagement)));
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(row);
    Models::BurnDownData data;
    if (const Models::BurnDownLoader::Error error = Models::BurnDownLoader(*portfolio.database()).load(engagement, month, now, &data))
        return context.fail(error.message(engagement, month));

    if (format == QLatin1String("png")) {
        QString reason;
        if (!Gui::BurnDownImage::savePng(data, parser.value(s_out), &reason))
            return context.fail(reason);
        return Success;
    }
    QByteArray bytes;
    {
        QTextStream text(&bytes);
        if (format == QLatin1String("json"))
            text << QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
        else if (format == QLatin1String("csv"))
            printCsv(text, data);
        else
            printTable(text, data);
    }
    if (!parser.isSet(s_out)) {
        context.out() << QString::fromUtf8(bytes);
        return Success;
    }
    QFile file(parser.value(s_out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

} // namespace App

#include "app/slacompliancecommand.h"

#include "app/calendarcommand.h"
#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "app/texttable.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/portfolio.h"
#include "models/slaoverviewloader.h"
#include "models/slarecomputer.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/domaintext.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace App {

namespace {

const QString s_engagement = QStringLiteral("engagement");
const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");
const QString s_month = QStringLiteral("month");
const QString s_format = QStringLiteral("format");
const QString s_recompute = QStringLiteral("recompute");
const QString s_now = QStringLiteral("now");
const QString s_compliance = QStringLiteral("compliance");
const QString s_breaches = QStringLiteral("breaches");

void addOptions(QCommandLineParser &parser)
{
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({s_engagement, SlaComplianceCommand::tr("The engagement."), SlaComplianceCommand::tr("KEY")});
    parser.addOption({s_from, SlaComplianceCommand::tr("compliance: the first month."), SlaComplianceCommand::tr("YYYY-MM")});
    parser.addOption({s_to, SlaComplianceCommand::tr("compliance: the last month."), SlaComplianceCommand::tr("YYYY-MM")});
    parser.addOption({s_month, SlaComplianceCommand::tr("breaches: the month."), SlaComplianceCommand::tr("YYYY-MM")});
    parser.addOption({s_format, SlaComplianceCommand::tr("Output format: table, csv or json."),
                      SlaComplianceCommand::tr("FORMAT"), QStringLiteral("table")});
    parser.addOption({s_recompute, SlaComplianceCommand::tr("Evaluate every ticket again and store the results first.")});
    parser.addOption({s_now, SlaComplianceCommand::tr("With a recomputation: evaluate at this ISO-8601 instant instead of now."),
                      SlaComplianceCommand::tr("INSTANT")});
    parser.addPositionalArgument(QStringLiteral("sla"), SlaComplianceCommand::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), SlaComplianceCommand::tr("compliance or breaches."),
                                 QStringLiteral("compliance|breaches"));
}

/// "2026-03" → 2026-03-01; nothing for anything else.
std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression s_pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = s_pattern.match(text);
    const QDate date = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// Rows as a table with columns padded to their widest cell, or as CSV.
void printRows(QTextStream &out, const QStringList &header, const QVector<QStringList> &rows, bool csv)
{
    if (csv) {
        for (const QStringList &row : QVector<QStringList>{header} + rows) {
            QStringList cells = row;
            std::transform(cells.begin(), cells.end(), cells.begin(), csvCell);
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        return;
    }
    QVector<int> widths(header.size(), 0);
    for (const QStringList &row : QVector<QStringList>{header} + rows)
        for (qsizetype i = 0; i < row.size() && i + 1 < header.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    for (const QStringList &row : QVector<QStringList>{header} + rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out << line << '\n';
    }
}

QStringList complianceCells(const Domain::MonthlyCompliance &m, bool ids)
{
    const QString result = m.targetMet() ? (ids ? QStringLiteral("met") : SlaComplianceCommand::tr("met"))
                                         : (ids ? QStringLiteral("missed") : SlaComplianceCommand::tr("missed"));
    // CSV keeps '.' for scripts; the table for people has the language's decimal sign.
    const auto number = [ids](double value, int decimals) {
        return ids ? QString::number(value, 'f', decimals) : TextTable::number(value, decimals);
    };
    const auto percent = [&](std::optional<double> p) { return p ? number(*p, 1) : QString(); };
    const auto hoursOf = [&](qint64 seconds) { return number(double(seconds) / 3600.0, 2); };
    return {m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.severity), QString::number(m.tickets),
            QString::number(m.excluded), percent(m.responseMetPercent()),
            percent(m.resolutionMetPercent()), QString::number(m.breaches), hoursOf(m.responseMedianSeconds),
            hoursOf(m.responseP90Seconds), hoursOf(m.resolutionMedianSeconds), hoursOf(m.resolutionP90Seconds),
            ids ? QString::number(m.targetPercent, 'g', 4) : QLocale().toString(m.targetPercent, 'g', 4), result};
}

QJsonObject complianceJson(const Domain::MonthlyCompliance &m)
{
    const auto percent = [](std::optional<double> p) { return p ? QJsonValue(*p) : QJsonValue(); };
    QJsonObject o;
    o.insert(QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM")));
    o.insert(QStringLiteral("severity"), m.severity);
    o.insert(QStringLiteral("tickets"), m.tickets);
    o.insert(QStringLiteral("excluded"), m.excluded);
    o.insert(QStringLiteral("response_measured"), m.responseMeasured);
    o.insert(QStringLiteral("response_met"), m.responseMet);
    o.insert(QStringLiteral("response_met_percent"), percent(m.responseMetPercent()));
    o.insert(QStringLiteral("resolution_measured"), m.resolutionMeasured);
    o.insert(QStringLiteral("resolution_met"), m.resolutionMet);
    o.insert(QStringLiteral("resolution_met_percent"), percent(m.resolutionMetPercent()));
    o.insert(QStringLiteral("breaches"), m.breaches);
    o.insert(QStringLiteral("response_median_seconds"), m.responseMedianSeconds);
    o.insert(QStringLiteral("response_p90_seconds"), m.responseP90Seconds);
    o.insert(QStringLiteral("resolution_median_seconds"), m.resolutionMedianSeconds);
    o.insert(QStringLiteral("resolution_p90_seconds"), m.resolutionP90Seconds);
    o.insert(QStringLiteral("target_percent"), m.targetPercent);
    o.insert(QStringLiteral("target_met"), m.targetMet());
    return o;
}

/// Recomputes when asked or when nothing is stored yet; sets `evaluatedAt` to the stored run's instant.
bool ensureResults(CliContext &context, const Storage::Database &database, const Domain::Engagement &engagement,
                   bool force, qint64 now, qint64 *evaluatedAt)
{
    std::optional<qint64> stored;
    Storage::StorageError error = Storage::SlaResultRepository(database).lastEvaluation(engagement.id, &stored);
    if (!error && (force || !stored)) {
        error = Models::SlaRecomputer::recompute(database, engagement.id, now);
        stored = now;
    }
    if (error) {
        context.fail(Models::StorageText::message(error));
        return false;
    }
    *evaluatedAt = *stored;
    return true;
}

/// The breach lines of a ticket's explanation ("Resolution target of 8 h 00 min breached").
QString breachReason(const Domain::SlaExplanation &explanation)
{
    QStringList lines;
    for (const Domain::SlaEvent &event : explanation.events) {
        if (event.kind == Domain::SlaEventKind::ResponseBreached || event.kind == Domain::SlaEventKind::ResolutionBreached)
            lines.append(Exchange::SlaExplainText::eventText(event));
    }
    return lines.isEmpty() ? Exchange::SlaExplainText::summary(explanation) : lines.join(QStringLiteral("; "));
}

} // namespace

bool SlaComplianceCommand::handles(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments); // unknown options belong to the other sla actions: not an error here
    const QString action = parser.positionalArguments().value(1);
    return action == s_compliance || action == s_breaches;
}

int SlaComplianceCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SLA compliance per month and severity, and the breaches of a month, "
                                        "from the stored SLA results."));
    addOptions(parser);
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 2)
        return context.fail(tr("sla %1 takes no further arguments").arg(parser.positionalArguments().value(1)),
                            UsageError);
    const QString format = parser.value(s_format);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return context.fail(tr("unknown format '%1' (use table, csv or json)").arg(format), UsageError);
    // The wall clock is read here, in app/, and nowhere below.
    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(s_now)) {
        const std::optional<qint64> parsed = Exchange::parseIsoInstant(parser.value(s_now));
        if (!parsed)
            return context.fail(tr("--now \"%1\" is not an ISO-8601 instant with an offset, e.g. 2026-03-10T12:00:00Z")
                                    .arg(parser.value(s_now)),
                                UsageError);
        now = *parsed;
    }
    if (parser.positionalArguments().value(1) == s_compliance)
        return compliance(context, parser, now);
    return breaches(context, parser, now);
}

int SlaComplianceCommand::noSla(CliContext &context, const Domain::Engagement &engagement, const QString &format)
{
    // A fixed-capacity engagement has no targets: rows would read "met" for tickets nobody promised
    // anything on. The table says so in one sentence; CSV and JSON stay machine-readable and empty.
    const QString sentence =
        Models::SlaOverviewLoader::Error{Models::SlaOverviewLoader::Problem::NoSla, {}}.message(engagement);
    if (format == QLatin1String("json")) {
        context.out() << "[]\n";
        context.err() << "deliverydesk: " << sentence << '\n';
    } else if (format == QLatin1String("csv")) {
        context.err() << "deliverydesk: " << sentence << '\n';
    } else {
        context.out() << sentence << '\n';
    }
    return Success;
}

int SlaComplianceCommand::compliance(CliContext &context, const QCommandLineParser &parser, qint64 now)
{
    std::optional<QDate> from, to;
    for (const QString &option : {s_from, s_to}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<QDate> month = parseMonth(parser.value(option));
        if (!month)
            return context.fail(tr("--%1 \"%2\" is not a month like 2026-03").arg(option, parser.value(option)), UsageError);
        (option == s_from ? from : to) = month;
    }
    if (from && to && *to < *from)
        return context.fail(tr("--to is before --from"), UsageError);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadWrite,
                                         &engagement, &code))
        return code;
    if (!Models::SlaOverviewLoader::hasSla(engagement))
        return noSla(context, engagement, parser.value(s_format));
    const Storage::Database &db = *portfolio.database();
    qint64 evaluatedAt = 0;
    if (!ensureResults(context, db, engagement, parser.isSet(s_recompute), now, &evaluatedAt))
        return Failure;
    QVector<Domain::MonthlyCompliance> months;
    if (const Storage::StorageError error =
            Storage::SlaResultRepository(db).compliance(engagement.id, from.value_or(QDate()), to.value_or(QDate()), &months))
        return context.fail(Models::StorageText::message(error));
    const QString format = parser.value(s_format);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Domain::MonthlyCompliance &m : std::as_const(months))
            array.append(complianceJson(m));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const bool csv = format == QLatin1String("csv");
    QVector<QStringList> rows;
    for (const Domain::MonthlyCompliance &m : std::as_const(months))
        rows.append(complianceCells(m, csv));
    const QStringList header =
        csv ? QStringList{QStringLiteral("month"), QStringLiteral("severity"), QStringLiteral("tickets"),
                          QStringLiteral("excluded"), QStringLiteral("response_met_percent"),
                          QStringLiteral("resolution_met_percent"), QStringLiteral("breaches"),
                          QStringLiteral("response_median_hours"), QStringLiteral("response_p90_hours"),
                          QStringLiteral("resolution_median_hours"), QStringLiteral("resolution_p90_hours"),
                          QStringLiteral("target_percent"), QStringLiteral("result")}
            : QStringList{tr("Month"), tr("Sev"), tr("Tickets"), tr("Excl."), tr("Resp. met %"), tr("Res. met %"),
                          tr("Breaches"), tr("Resp. median h"), tr("Resp. p90 h"), tr("Res. median h"),
                          tr("Res. p90 h"), tr("Target %"), tr("Result")};
    if (!csv)
        context.out() << tr("SLA compliance of %1 (business hours; results evaluated %2)")
                             .arg(engagement.key, Exchange::SlaExplainText::instant(evaluatedAt, QTimeZone(engagement.timeZone)))
                      << '\n';
    printRows(context.out(), header, rows, csv);
    return Success;
}

int SlaComplianceCommand::breaches(CliContext &context, const QCommandLineParser &parser, qint64 now)
{
    const std::optional<QDate> month = parseMonth(parser.value(s_month));
    if (!month)
        return context.fail(parser.isSet(s_month) ? tr("--month \"%1\" is not a month like 2026-03").arg(parser.value(s_month))
                                                  : tr("sla breaches needs --month YYYY-MM"),
                            UsageError);
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    int code = Failure;
    if (!CalendarCommand::openEngagement(context, parser, &portfolio, Storage::Database::Access::ReadWrite,
                                         &engagement, &code))
        return code;
    if (!Models::SlaOverviewLoader::hasSla(engagement))
        return noSla(context, engagement, parser.value(s_format));
    const Storage::Database &db = *portfolio.database();
    qint64 evaluatedAt = 0;
    if (!ensureResults(context, db, engagement, parser.isSet(s_recompute), now, &evaluatedAt))
        return Failure;
    const Storage::SlaResultRepository results(db);
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory history;
    Storage::TicketsWithIds tickets;
    QVector<Storage::StoredSlaResult> breached;
    Storage::StorageError error = Storage::CalendarRepository(db).calendarFor(engagement.id, &calendar);
    const QTimeZone zone(calendar.timeZoneId());
    const qint64 start = QDateTime(*month, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(month->addMonths(1), QTime(0, 0), zone).toSecsSinceEpoch();
    if (!error)
        error = Storage::SlaPolicyRepository(db).historyFor(engagement.id, &history);
    if (!error)
        error = results.breaches(engagement.id, *month, start, end, &breached);
    if (!error && !breached.isEmpty())
        error = results.tickets(engagement.id, &tickets);
    if (error)
        return context.fail(Models::StorageText::message(error));
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < tickets.ids.size(); ++i)
        indexById.insert(tickets.ids.at(i), i);
    const Domain::SlaPolicyEvaluator evaluator(history, calendar);
    const QString format = parser.value(s_format);
    const bool csv = format == QLatin1String("csv");
    QJsonArray array;
    QVector<QStringList> rows;
    for (const Storage::StoredSlaResult &stored : std::as_const(breached)) {
        const auto it = indexById.constFind(stored.ticketId);
        if (it == indexById.constEnd())
            continue; // removed since the results were stored
        const Domain::Ticket &ticket = tickets.tickets.at(*it);
        // Explained at the stored evaluation instant, so the reason matches the stored figures.
        const QString reason = breachReason(evaluator.explain(ticket, stored.evaluatedAt));
        const qint64 breachAt = stored.breachAt().value_or(0);
        const QString resolved = stored.result.resolution.stoppedAt
            ? QDateTime::fromSecsSinceEpoch(*stored.result.resolution.stoppedAt, QTimeZone::utc()).toString(Qt::ISODate)
            : QString();
        if (format == QLatin1String("json")) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), ticket.key);
            o.insert(QStringLiteral("severity"), stored.result.severity);
            o.insert(QStringLiteral("breached_at"), QDateTime::fromSecsSinceEpoch(breachAt, QTimeZone::utc()).toString(Qt::ISODate));
            o.insert(QStringLiteral("resolved"), resolved.isEmpty() ? QJsonValue() : QJsonValue(resolved));
            o.insert(QStringLiteral("reason"), reason);
            array.append(o);
        } else if (csv) {
            rows.append({ticket.key, QString::number(stored.result.severity),
                          QDateTime::fromSecsSinceEpoch(breachAt, QTimeZone::utc()).toString(Qt::ISODate), resolved, reason});
        } else {
            rows.append({ticket.key, QString::number(stored.result.severity),
                         Exchange::SlaExplainText::instant(breachAt, zone), resolved.isEmpty() ? tr("open") : tr("resolved"),
                         reason});
        }
    }
    if (format == QLatin1String("json")) {
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (csv) {
        printRows(context.out(), {QStringLiteral("key"), QStringLiteral("severity"), QStringLiteral("breached_at"),
                                  QStringLiteral("resolved"), QStringLiteral("reason")},
                  rows, true);
        return Success;
    }
    context.out() << tr("%n SLA breach(es) of %1 in %2 (results evaluated %3)", nullptr, int(rows.size()))
                         .arg(engagement.key, Models::DomainText::monthInSentence(*month),
                              Exchange::SlaExplainText::instant(evaluatedAt, zone))
                  << '\n';
    if (!rows.isEmpty())
        printRows(context.out(), {tr("Ticket"), tr("Sev"), tr("Breached at"), tr("Ticket state"), tr("Reason")}, rows, false);
    return Success;
}

void SlaComplianceCommand::refreshResults(CliContext &context, const Storage::Database &database, const QStringList &keys)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &key : keys) {
        std::optional<Domain::Engagement> engagement;
        Storage::StorageError error = Storage::EngagementRepository(database).findByKey(key, &engagement);
        if (!error && engagement)
            error = Models::SlaRecomputer::recompute(database, engagement->id, now);
        if (error)
            context.err() << "deliverydesk: "
                          << tr("warning: the SLA results of %1 could not be brought up to date: %2")
                                 .arg(key, Models::StorageText::message(error))
                          << Qt::endl;
    }
}

} // namespace App

#include "app/slacompliancecommand.h"

#include "app/command.h"
#include "app/commandline.h"
#include "app/texttable.h"
#include "models/domaintext.h"
#include "models/exchange/sla/slaexplaintext.h"
#include "models/portfolio.h"
#include "models/slacomplianceloader.h"
#include "models/slaoverviewloader.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace App {

namespace {

const QString s_from = QStringLiteral("from");
const QString s_to = QStringLiteral("to");
const QString s_month = QStringLiteral("month");
const QString s_format = QStringLiteral("format");
const QString s_recompute = QStringLiteral("recompute");
const QString s_compliance = QStringLiteral("compliance");
const QString s_breaches = QStringLiteral("breaches");

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
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
    const std::optional<bool> met = m.targetKept();
    const QString result = !met
                               ? (ids ? QStringLiteral("none") : SlaComplianceCommand::tr("nothing measured"))
                           : *met ? (ids ? QStringLiteral("met") : SlaComplianceCommand::tr("met"))
                                  : (ids ? QStringLiteral("missed") : SlaComplianceCommand::tr("missed"));
    // CSV keeps '.' for scripts; the table for people has the language's decimal sign.
    const auto number = [ids](double value, int decimals) {
        return ids ? QString::number(value, 'f', decimals) : TextTable::number(value, decimals);
    };
    const auto percent = [&](std::optional<double> p) { return p ? number(*p, 1) : QString(); };
    // A median over no tickets is not 0 h: the cells stay empty, as the percentages do.
    const auto hoursOf = [&](qint64 seconds, int measured) {
        return measured > 0 ? number(double(seconds) / 3600.0, 2) : QString();
    };
    return {m.month.toString(QStringLiteral("yyyy-MM")),
            QString::number(m.severity),
            QString::number(m.tickets),
            QString::number(m.excluded),
            percent(m.responseMetPercent()),
            percent(m.resolutionMetPercent()),
            QString::number(m.breaches),
            hoursOf(m.responseMedianSeconds, m.responseMeasured),
            hoursOf(m.responseP90Seconds, m.responseMeasured),
            hoursOf(m.resolutionMedianSeconds, m.resolutionMeasured),
            hoursOf(m.resolutionP90Seconds, m.resolutionMeasured),
            ids ? QString::number(m.targetPercent, 'g', 4) : QLocale().toString(m.targetPercent, 'g', 4),
            result};
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
    const auto seconds = [](qint64 value, int measured) {
        return measured > 0 ? QJsonValue(value) : QJsonValue();
    };
    o.insert(QStringLiteral("response_median_seconds"), seconds(m.responseMedianSeconds, m.responseMeasured));
    o.insert(QStringLiteral("response_p90_seconds"), seconds(m.responseP90Seconds, m.responseMeasured));
    o.insert(QStringLiteral("resolution_median_seconds"),
             seconds(m.resolutionMedianSeconds, m.resolutionMeasured));
    o.insert(QStringLiteral("resolution_p90_seconds"), seconds(m.resolutionP90Seconds, m.resolutionMeasured));
    o.insert(QStringLiteral("target_percent"), m.targetPercent);
    const std::optional<bool> met = m.targetKept();
    o.insert(QStringLiteral("target_met"), met ? QJsonValue(*met) : QJsonValue());
    return o;
}

/// Recomputes when asked or when nothing is stored yet; sets `evaluatedAt` to the stored run's instant.
bool ensureResults(CliContext &context, const Models::SlaComplianceLoader &loader,
                   const Domain::Engagement &engagement, bool force, qint64 now, qint64 *evaluatedAt)
{
    if (const Storage::StorageError error = loader.ensureResults(engagement, force, now, evaluatedAt)) {
        context.fail(Models::StorageText::message(error));
        return false;
    }
    // Figures of an old calendar or policy are not printed as today's without a word.
    std::optional<Models::SlaRulesChange> change;
    if (const Storage::StorageError error = loader.staleBy(engagement, &change)) {
        context.fail(Models::StorageText::message(error));
        return false;
    }
    if (change)
        context.err() << "deliverydesk: "
                      << SlaComplianceCommand::tr("warning: %1 Add --recompute to bring them up to date.")
                             .arg(Models::SlaStaleness::text(*change, QTimeZone(engagement.timeZone)))
                      << Qt::endl;
    return true;
}

/// The breach lines of a ticket's explanation ("Resolution target of 8 h 00 min breached").
QString breachReason(const Domain::SlaExplanation &explanation)
{
    QStringList lines;
    for (const Domain::SlaEvent &event : explanation.events) {
        if (event.kind == Domain::SlaEventKind::ResponseBreached ||
            event.kind == Domain::SlaEventKind::ResolutionBreached)
            lines.append(Exchange::SlaExplainText::eventText(event));
    }
    return lines.isEmpty() ? Exchange::SlaExplainText::summary(explanation)
                           : lines.join(QStringLiteral("; "));
}

} // namespace

bool SlaComplianceCommand::handles(const QStringList &arguments)
{
    const QString action = CommandLine::findAction(arguments);
    return action == s_compliance || action == s_breaches;
}

const CommandSpec &SlaComplianceCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "sla",
        "SlaComplianceCommand",
        QT_TRANSLATE_NOOP("SlaComplianceCommand",
                          "SLA compliance per month and severity, and the breaches of a month, "
                          "from the stored SLA results."),
        {CommandOption::engagement(),
         {"from", QT_TRANSLATE_NOOP("SlaComplianceCommand", "compliance: the first month."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"to", QT_TRANSLATE_NOOP("SlaComplianceCommand", "compliance: the last month."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         {"month", QT_TRANSLATE_NOOP("SlaComplianceCommand", "breaches: the month."),
          QT_TRANSLATE_NOOP("Command", "YYYY-MM")},
         CommandOption::tableCsvJson(),
         {"recompute", QT_TRANSLATE_NOOP("SlaComplianceCommand",
                                         "Evaluate every ticket again and store the results first.")},
         {"now",
          QT_TRANSLATE_NOOP("SlaComplianceCommand",
                            "With a recomputation: evaluate at this ISO-8601 instant instead of now."),
          QT_TRANSLATE_NOOP("Command", "INSTANT")}},
        {{"action", QT_TRANSLATE_NOOP("SlaComplianceCommand", "compliance or breaches."),
          QT_TRANSLATE_NOOP("SlaComplianceCommand", "compliance|breaches")}},
        &SlaComplianceCommand::run};
    return s_spec;
}

int SlaComplianceCommand::run(CommandCall &call)
{
    const QStringList positional = call.arguments();
    if (positional.size() != 1)
        return call.noFurtherArguments(QStringLiteral("sla ") + positional.value(0));
    const std::optional<QString> format =
        call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format)
        return UsageError;
    const std::optional<qint64> now = call.now(); // the wall clock is read in app/ only
    if (!now)
        return UsageError;
    if (positional.value(0) == s_compliance)
        return compliance(call, *now);
    return breaches(call, *now);
}

int SlaComplianceCommand::noSla(CliContext &context, const Domain::Engagement &engagement,
                                const QString &format)
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

int SlaComplianceCommand::compliance(CommandCall &call, qint64 now)
{
    const std::optional<QDate> from = call.month(s_from);
    const std::optional<QDate> to = from ? call.month(s_to) : std::nullopt;
    if (!from || !to)
        return UsageError;
    if (from->isValid() && to->isValid() && *to < *from)
        return call.usageError(tr("--to is before --from"));
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla compliance"), &portfolio,
                                             Storage::Database::Access::ReadWrite, &engagement))
        return code;
    if (!Models::SlaOverviewLoader::hasSla(engagement))
        return noSla(call.context(), engagement, call.value(s_format));
    const Models::SlaComplianceLoader loader(*portfolio.database());
    qint64 evaluatedAt = 0;
    if (!ensureResults(call.context(), loader, engagement, call.isSet(s_recompute), now, &evaluatedAt))
        return Failure;
    QVector<Domain::MonthlyCompliance> months;
    if (const Storage::StorageError error = loader.compliance(engagement, *from, *to, &months))
        return call.fail(Models::StorageText::message(error));
    const QString format = call.value(s_format);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Domain::MonthlyCompliance &m : std::as_const(months))
            array.append(complianceJson(m));
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    const bool csv = format == QLatin1String("csv");
    QVector<QStringList> rows;
    for (const Domain::MonthlyCompliance &m : std::as_const(months))
        rows.append(complianceCells(m, csv));
    const QStringList header =
        csv ? QStringList{QStringLiteral("month"),
                          QStringLiteral("severity"),
                          QStringLiteral("tickets"),
                          QStringLiteral("excluded"),
                          QStringLiteral("response_met_percent"),
                          QStringLiteral("resolution_met_percent"),
                          QStringLiteral("breaches"),
                          QStringLiteral("response_median_hours"),
                          QStringLiteral("response_p90_hours"),
                          QStringLiteral("resolution_median_hours"),
                          QStringLiteral("resolution_p90_hours"),
                          QStringLiteral("target_percent"),
                          QStringLiteral("result")}
            : QStringList{tr("Month"),       tr("Sev"),           tr("Tickets"),    tr("Excl."),
                          tr("Resp. met %"), tr("Res. met %"),    tr("Breaches"),   tr("Resp. median h"),
                          tr("Resp. p90 h"), tr("Res. median h"), tr("Res. p90 h"), tr("Target %"),
                          tr("Result")};
    if (!csv)
        call.out() << tr("SLA compliance of %1 (business hours; results evaluated %2)")
                          .arg(engagement.key,
                               Exchange::SlaExplainText::instant(evaluatedAt, QTimeZone(engagement.timeZone)))
                   << '\n';
    printRows(call.out(), header, rows, csv);
    return Success;
}

int SlaComplianceCommand::breaches(CommandCall &call, qint64 now)
{
    const std::optional<QDate> month = call.requiredMonth(QStringLiteral("sla breaches"));
    if (!month)
        return UsageError;
    Models::Portfolio portfolio;
    Domain::Engagement engagement;
    if (const int code = call.openEngagement(QStringLiteral("sla breaches"), &portfolio,
                                             Storage::Database::Access::ReadWrite, &engagement))
        return code;
    if (!Models::SlaOverviewLoader::hasSla(engagement))
        return noSla(call.context(), engagement, call.value(s_format));
    const Models::SlaComplianceLoader loader(*portfolio.database());
    qint64 evaluatedAt = 0;
    if (!ensureResults(call.context(), loader, engagement, call.isSet(s_recompute), now, &evaluatedAt))
        return Failure;
    Models::SlaBreaches breached;
    if (const Storage::StorageError error = loader.breaches(engagement, *month, &breached))
        return call.fail(Models::StorageText::message(error));
    const QTimeZone &zone = breached.zone;
    const QString format = call.value(s_format);
    const bool csv = format == QLatin1String("csv");
    QJsonArray array;
    QVector<QStringList> rows;
    for (const Models::SlaBreach &breach : std::as_const(breached.breaches)) {
        // Explained at the stored evaluation instant, so the reason matches the stored figures.
        const QString reason = breachReason(breach.explanation);
        const qint64 breachAt = breach.breachedAt;
        const QString resolved =
            breach.resolvedAt
                ? QDateTime::fromSecsSinceEpoch(*breach.resolvedAt, QTimeZone::utc()).toString(Qt::ISODate)
                : QString();
        if (format == QLatin1String("json")) {
            QJsonObject o;
            o.insert(QStringLiteral("key"), breach.key);
            o.insert(QStringLiteral("severity"), breach.severity);
            o.insert(QStringLiteral("breached_at"),
                     QDateTime::fromSecsSinceEpoch(breachAt, QTimeZone::utc()).toString(Qt::ISODate));
            o.insert(QStringLiteral("resolved"), resolved.isEmpty() ? QJsonValue() : QJsonValue(resolved));
            o.insert(QStringLiteral("reason"), reason);
            array.append(o);
        } else if (csv) {
            rows.append({breach.key, QString::number(breach.severity),
                         QDateTime::fromSecsSinceEpoch(breachAt, QTimeZone::utc()).toString(Qt::ISODate),
                         resolved, reason});
        } else {
            rows.append({breach.key, QString::number(breach.severity),
                         Exchange::SlaExplainText::instant(breachAt, zone),
                         resolved.isEmpty() ? tr("open") : tr("resolved"), reason});
        }
    }
    if (format == QLatin1String("json")) {
        call.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (csv) {
        printRows(call.out(),
                  {QStringLiteral("key"), QStringLiteral("severity"), QStringLiteral("breached_at"),
                   QStringLiteral("resolved"), QStringLiteral("reason")},
                  rows, true);
        return Success;
    }
    call.out() << tr("%n SLA breach(es) of %1 in %2 (results evaluated %3)", nullptr, int(rows.size()))
                      .arg(engagement.key, Models::DomainText::monthInSentence(*month),
                           Exchange::SlaExplainText::instant(evaluatedAt, zone))
               << '\n';
    if (!rows.isEmpty())
        printRows(call.out(), {tr("Ticket"), tr("Sev"), tr("Breached at"), tr("Ticket state"), tr("Reason")},
                  rows, false);
    return Success;
}

void SlaComplianceCommand::refreshResults(CliContext &context, const Storage::Database &database,
                                          const QStringList &keys)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[key, error] : Models::SlaComplianceLoader(database).refresh(keys, now))
        context.err() << "deliverydesk: "
                      << tr("warning: the SLA results of %1 could not be brought up to date: %2")
                             .arg(key, Models::StorageText::message(error))
                      << Qt::endl;
}

} // namespace App

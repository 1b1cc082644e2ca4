#include "models/exchange/export/exporttables.h"

#include "models/exchange/sla/slaexplaintext.h"

#include <QDateTime>

namespace Exchange {

namespace {

using Type = ExportColumn::Type;

QVariant instant(const std::optional<qint64> &seconds, const QTimeZone &zone)
{
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, zone);
}

QVariant hours(qint64 seconds)
{
    return qRound64(double(seconds) / 36.0) / 100.0;
}

QVariant optionalHours(qint64 seconds, bool present)
{
    return present ? hours(seconds) : QVariant();
}

} // namespace

QString ExportTables::clockOutcomeId(Domain::SlaClockOutcome outcome)
{
    switch (outcome) {
    case Domain::SlaClockOutcome::Met:
        return QStringLiteral("met");
    case Domain::SlaClockOutcome::Breached:
        return QStringLiteral("breached");
    case Domain::SlaClockOutcome::Running:
        return QStringLiteral("running");
    case Domain::SlaClockOutcome::NoTarget:
        return QStringLiteral("no-target");
    case Domain::SlaClockOutcome::NotMeasurable:
        return QStringLiteral("not-measurable");
    }
    return {};
}

QString ExportTables::problemIds(Domain::SlaDataProblems problems)
{
    static const char *const s_ids[] = {
        "missing-creation",         "unknown-severity",     "response-before-creation",
        "resolved-before-creation", "history-out-of-order", "history-before-creation",
        "history-after-resolution", "created-after-now",    "no-policy-in-force",
        "response-missing",
    };
    static_assert(std::size(s_ids) == std::size(Domain::AllSlaDataProblems));
    QStringList ids;
    for (std::size_t i = 0; i < std::size(Domain::AllSlaDataProblems); ++i) {
        if (problems.testFlag(Domain::AllSlaDataProblems[i]))
            ids.append(QLatin1String(s_ids[i]));
    }
    return ids.join(QLatin1Char(' '));
}

QVector<ExportColumn> ExportTables::ticketColumns()
{
    return {{tr("Key"), Type::Text, 14},
            {tr("Kind"), Type::Text, 14},
            {tr("Severity"), Type::Integer, 9},
            {tr("Service level"), Type::Text, 10},
            {tr("Activity"), Type::Text, 22},
            {tr("Title"), Type::Text, 48},
            {tr("Status"), Type::Text, 16},
            {tr("Created"), Type::DateTime, 17},
            {tr("First response"), Type::DateTime, 17},
            {tr("Resolved"), Type::DateTime, 17},
            {tr("Status changes"), Type::Integer, 9}};
}

QVector<QVariant> ExportTables::ticketRow(const Domain::Ticket &t, const QTimeZone &zone)
{
    return {t.key,
            Domain::ticketKindId(t.kind),
            t.severity,
            Domain::serviceLevelId(t.serviceLevel),
            t.activity,
            t.title,
            t.status,
            instant(t.created, zone),
            instant(t.firstResponse, zone),
            instant(t.resolved, zone),
            qint64(t.history.size())};
}

ExportTable ExportTables::tickets(const QVector<Domain::Ticket> &tickets, const QTimeZone &zone)
{
    ExportTable table;
    table.name = ticketsName();
    table.columns = ticketColumns();
    table.rows.reserve(tickets.size());
    for (const Domain::Ticket &t : tickets)
        table.rows.append(ticketRow(t, zone));
    return table;
}

QVector<ExportColumn> ExportTables::worklogColumns()
{
    return {{tr("Id"), Type::Text, 16},
            {tr("Date"), Type::Date, 11},
            {tr("Person"), Type::Text, 22},
            {tr("Role"), Type::Text, 6},
            {tr("Hours"), Type::Decimal, 7},
            {tr("Ticket"), Type::Text, 14},
            {tr("Service level"), Type::Text, 10},
            {tr("Activity"), Type::Text, 22},
            {tr("Description"), Type::Text, 48}};
}

QVector<QVariant> ExportTables::worklogRow(const Domain::Worklog &w)
{
    return {w.sourceKey,
            w.date,
            w.person,
            w.role ? Domain::roleId(*w.role) : QVariant(),
            qRound64(double(w.seconds) / 36.0) / 100.0,
            w.ticketKey,
            Domain::serviceLevelId(w.serviceLevel),
            w.activity,
            w.description};
}

ExportTable ExportTables::worklogs(const QVector<Domain::Worklog> &worklogs)
{
    ExportTable table;
    table.name = worklogsName();
    table.columns = worklogColumns();
    table.rows.reserve(worklogs.size());
    for (const Domain::Worklog &w : worklogs)
        table.rows.append(worklogRow(w));
    return table;
}

ExportTables::StateValues ExportTables::stateValuesFor(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C ? StateValues::Ids
                                                                                    : StateValues::Words;
}

QVector<ExportColumn> ExportTables::slaColumns()
{
    return {{tr("Key"), Type::Text, 14},
            {tr("Severity"), Type::Integer, 9},
            {tr("State"), Type::Text, 12},
            {tr("Response"), Type::Text, 14},
            {tr("Response target (h)"), Type::Decimal, 10},
            {tr("Response time (business h)"), Type::Decimal, 10},
            {tr("Response due"), Type::DateTime, 17},
            {tr("Resolution"), Type::Text, 14},
            {tr("Resolution target (h)"), Type::Decimal, 10},
            {tr("Resolution time (business h)"), Type::Decimal, 10},
            {tr("Resolution due"), Type::DateTime, 17},
            {tr("Breached at"), Type::DateTime, 17},
            {tr("Paused (business h)"), Type::Decimal, 10},
            {tr("Reopened"), Type::Integer, 9},
            {tr("Data problems"), Type::Text, 30}};
}

QVector<QVariant> ExportTables::slaRow(const Domain::Ticket &t, const Domain::SlaResult &r,
                                       const QTimeZone &zone, StateValues values)
{
    const bool words = values == StateValues::Words;
    const auto outcome = [words](Domain::SlaClockOutcome o) {
        return words ? SlaExplainText::outcomeText(o) : clockOutcomeId(o);
    };
    const std::optional<qint64> breachedAt =
        r.response.breachedAt ? r.response.breachedAt : r.resolution.breachedAt;
    return {t.key,
            r.severity,
            words ? SlaExplainText::stateText(r.state) : Domain::slaStateId(r.state),
            outcome(r.response.outcome),
            optionalHours(r.response.targetSeconds, r.response.targetSeconds > 0),
            hours(r.response.businessSeconds),
            instant(r.response.due, zone),
            outcome(r.resolution.outcome),
            optionalHours(r.resolution.targetSeconds, r.resolution.targetSeconds > 0),
            hours(r.resolution.businessSeconds),
            instant(r.resolution.due, zone),
            instant(breachedAt, zone),
            hours(r.pausedSeconds),
            r.reopenCount,
            problemIds(r.problems)};
}

ExportTable ExportTables::slaResults(const QVector<Domain::Ticket> &tickets,
                                     const QVector<Domain::SlaResult> &results, const QTimeZone &zone,
                                     StateValues values)
{
    ExportTable table;
    table.name = slaName();
    table.columns = slaColumns();
    const int count = int(qMin(tickets.size(), results.size()));
    table.rows.reserve(count);
    for (int i = 0; i < count; ++i)
        table.rows.append(slaRow(tickets.at(i), results.at(i), zone, values));
    return table;
}

} // namespace Exchange

#include "models/storage/slaresultrepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

namespace Storage {

void appendHistoryRows(QSqlQuery &rows, TicketsWithIds *out, qsizetype first)
{
    qsizetype index = first;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        while (index < out->ids.size() && out->ids.at(index) < id)
            ++index;
        if (index < out->ids.size() && out->ids.at(index) == id)
            out->tickets[index].history.append(
                {rows.value(1).toLongLong(), rows.value(2).toString(), rows.value(3).toInt()});
    }
}

namespace {

constexpr std::array<const char *, 5> s_outcomeIds = {"met", "breached", "running", "no-target",
                                                      "not-measurable"};

const QString s_resultColumns =
    QStringLiteral("r.ticket_id, t.source_key, r.policy_effective, r.compliance_month, r.severity, r.state, "
                   "r.response_outcome, r.response_target_seconds, r.response_due, r.response_at, "
                   "r.response_business_seconds, r.response_breached_at, "
                   "r.resolution_outcome, r.resolution_target_seconds, r.resolution_due, r.resolution_at, "
                   "r.resolution_business_seconds, r.resolution_breached_at, "
                   "r.paused_seconds, r.reopen_count, r.paused_now, r.problems, r.evaluated_at");

void bindClock(QSqlQuery &q, const QString &prefix, const Domain::SlaClock &clock)
{
    q.bindValue(prefix + QStringLiteral("_outcome"), SlaResultRepository::outcomeId(clock.outcome));
    q.bindValue(prefix + QStringLiteral("_target"), clock.targetSeconds);
    q.bindValue(prefix + QStringLiteral("_due"), optionalToSql(clock.due));
    q.bindValue(prefix + QStringLiteral("_at"), optionalToSql(clock.stoppedAt));
    q.bindValue(prefix + QStringLiteral("_seconds"), clock.businessSeconds);
    q.bindValue(prefix + QStringLiteral("_breached"), optionalToSql(clock.breachedAt));
}

/// Reads the six columns of a clock starting at `first` (see s_resultColumns).
Domain::SlaClock clockFromQuery(const QSqlQuery &q, int first)
{
    Domain::SlaClock clock;
    SlaResultRepository::outcomeFromId(q.value(first).toString(), &clock.outcome);
    clock.targetSeconds = q.value(first + 1).toLongLong();
    clock.due = optionalFromSql(q.value(first + 2));
    clock.stoppedAt = optionalFromSql(q.value(first + 3));
    clock.businessSeconds = q.value(first + 4).toLongLong();
    clock.breachedAt = optionalFromSql(q.value(first + 5));
    return clock;
}

/// The columns of s_resultColumns from `f` on.
StoredSlaResult resultFromQuery(const QSqlQuery &q, int f)
{
    StoredSlaResult stored;
    stored.ticketId = q.value(f).toLongLong();
    stored.ticketKey = q.value(f + 1).toString();
    stored.policyEffective = dateFromSql(q.value(f + 2));
    stored.complianceMonth = dateFromSql(q.value(f + 3));
    Domain::SlaResult &r = stored.result;
    r.severity = q.value(f + 4).toInt();
    Domain::slaStateFromId(q.value(f + 5).toString(), &r.state);
    r.response = clockFromQuery(q, f + 6);
    r.resolution = clockFromQuery(q, f + 12);
    r.pausedSeconds = q.value(f + 18).toLongLong();
    r.reopenCount = q.value(f + 19).toInt();
    r.pausedNow = q.value(f + 20).toInt() != 0;
    r.problems = Domain::SlaDataProblems::fromInt(q.value(f + 21).toInt());
    stored.evaluatedAt = q.value(f + 22).toLongLong();
    return stored;
}

} // namespace

QString SlaResultRepository::ticketColumns()
{
    return QStringLiteral(
        "id, source_key, kind, severity, service_level, activity, title, status, created_at, "
        "first_response_at, resolved_at");
}

Domain::Ticket SlaResultRepository::ticketFromRow(const QSqlQuery &q)
{
    Domain::Ticket t;
    t.key = q.value(1).toString();
    Domain::ticketKindFromId(q.value(2).toString(), &t.kind);
    t.severity = q.value(3).toInt();
    Domain::serviceLevelFromId(q.value(4).toString(), &t.serviceLevel);
    t.activity = q.value(5).toString();
    t.title = q.value(6).toString();
    t.status = q.value(7).toString();
    t.created = q.value(8).toLongLong();
    t.firstResponse = optionalFromSql(q.value(9));
    t.resolved = optionalFromSql(q.value(10));
    return t;
}

std::optional<qint64> StoredSlaResult::breachAt() const
{
    const std::optional<qint64> &a = result.response.breachedAt;
    const std::optional<qint64> &b = result.resolution.breachedAt;
    if (a && b)
        return std::min(*a, *b);
    return a ? a : b;
}

SlaResultRepository::SlaResultRepository(const Database &database) : m_database(database)
{
}

QString SlaResultRepository::resultColumns()
{
    return s_resultColumns;
}

StoredSlaResult SlaResultRepository::resultFromRow(const QSqlQuery &query, int first)
{
    return resultFromQuery(query, first);
}

QString SlaResultRepository::outcomeId(Domain::SlaClockOutcome outcome)
{
    return QLatin1String(s_outcomeIds.at(std::size_t(outcome)));
}

bool SlaResultRepository::outcomeFromId(const QString &id, Domain::SlaClockOutcome *outcome)
{
    for (std::size_t i = 0; i < s_outcomeIds.size(); ++i) {
        if (id == QLatin1String(s_outcomeIds.at(i))) {
            *outcome = Domain::SlaClockOutcome(i);
            return true;
        }
    }
    return false;
}

StorageError SlaResultRepository::tickets(qint64 engagementId, TicketsWithIds *out) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE engagement_id = :e ORDER BY id")
                       .arg(ticketColumns())))
        return queryError(q, QStringLiteral("read tickets for SLA"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read tickets for SLA"));
    out->ids.clear();
    out->tickets.clear();
    while (q.next()) {
        out->ids.append(q.value(0).toLongLong());
        out->tickets.append(ticketFromRow(q));
    }
    QSqlQuery h(db);
    h.setForwardOnly(true);
    if (!h.prepare(QStringLiteral(
            "SELECT h.ticket_id, h.changed_at, h.status, h.severity FROM ticket_status_history h "
            "JOIN tickets t ON t.id = h.ticket_id WHERE t.engagement_id = :e "
            "ORDER BY h.ticket_id, h.seq")))
        return queryError(h, QStringLiteral("read ticket history for SLA"));
    h.bindValue(QStringLiteral(":e"), engagementId);
    if (!h.exec())
        return queryError(h, QStringLiteral("read ticket history for SLA"));
    // Both are in id order: walk them together instead of hashing 100k ids.
    appendHistoryRows(h, out);
    return {};
}

StorageError SlaResultRepository::replace(qint64 engagementId, const QVector<StoredSlaResult> &results,
                                          const QVector<Domain::MonthlyCompliance> &months,
                                          qint64 evaluatedAt) const
{
    const QString operation = QStringLiteral("store SLA results");
    const QString record = QString::number(engagementId);
    if (m_database.isReadOnly())
        return readOnlyError(operation, record);
    QSqlDatabase db = m_database.connection();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return guard.beginError(operation, record);
    if (StorageError error = writeResults(engagementId, results))
        return error;
    if (StorageError error = writeMonths(engagementId, months))
        return error;
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO sla_evaluations (engagement_id, evaluated_at, tickets, computed_at) "
                           "VALUES (:e, :at, :n, :computed) ON CONFLICT (engagement_id) DO UPDATE SET "
                           "evaluated_at = excluded.evaluated_at, tickets = excluded.tickets, "
                           "computed_at = excluded.computed_at")))
        return queryError(q, operation, record);
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":at"), evaluatedAt);
    q.bindValue(QStringLiteral(":computed"), QDateTime::currentSecsSinceEpoch());
    q.bindValue(QStringLiteral(":n"), qint64(results.size()));
    if (!q.exec())
        return queryError(q, operation, record);
    if (!guard.commit())
        return {StorageError::Kind::Query, operation, record, db.lastError().text()};
    return {};
}

StorageError SlaResultRepository::writeResults(qint64 engagementId,
                                               const QVector<StoredSlaResult> &results) const
{
    const QString operation = QStringLiteral("store SLA results");
    QSqlDatabase db = m_database.connection();
    QSqlQuery clear(db);
    if (!clear.prepare(QStringLiteral("DELETE FROM sla_results WHERE engagement_id = :e")))
        return queryError(clear, operation, QString::number(engagementId));
    clear.bindValue(QStringLiteral(":e"), engagementId);
    if (!clear.exec())
        return queryError(clear, operation, QString::number(engagementId));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO sla_results (ticket_id, engagement_id, policy_effective, severity, state, "
            "compliance_month, "
            "response_outcome, response_target_seconds, response_due, response_at, "
            "response_business_seconds, "
            "response_breached_at, resolution_outcome, resolution_target_seconds, resolution_due, "
            "resolution_at, "
            "resolution_business_seconds, resolution_breached_at, paused_seconds, reopen_count, paused_now, "
            "breach_at, problems, evaluated_at) VALUES (:ticket, :e, :policy, :severity, :state, :month, "
            ":response_outcome, :response_target, :response_due, :response_at, :response_seconds, "
            ":response_breached, :resolution_outcome, :resolution_target, :resolution_due, :resolution_at, "
            ":resolution_seconds, :resolution_breached, :paused, :reopens, :paused_now, :breach, :problems, "
            ":at)")))
        return queryError(q, operation, QString::number(engagementId));
    for (const StoredSlaResult &stored : results) {
        const Domain::SlaResult &r = stored.result;
        q.bindValue(QStringLiteral(":ticket"), stored.ticketId);
        q.bindValue(QStringLiteral(":e"), engagementId);
        q.bindValue(QStringLiteral(":policy"), dateToSql(stored.policyEffective));
        q.bindValue(QStringLiteral(":severity"), r.severity);
        q.bindValue(QStringLiteral(":state"), Domain::slaStateId(r.state));
        q.bindValue(QStringLiteral(":month"), dateToSql(stored.complianceMonth));
        bindClock(q, QStringLiteral(":response"), r.response);
        bindClock(q, QStringLiteral(":resolution"), r.resolution);
        q.bindValue(QStringLiteral(":paused"), r.pausedSeconds);
        q.bindValue(QStringLiteral(":reopens"), r.reopenCount);
        q.bindValue(QStringLiteral(":paused_now"), r.pausedNow ? 1 : 0);
        q.bindValue(QStringLiteral(":breach"), optionalToSql(stored.breachAt()));
        q.bindValue(QStringLiteral(":problems"), int(r.problems.toInt()));
        q.bindValue(QStringLiteral(":at"), stored.evaluatedAt);
        if (!q.exec())
            return queryError(q, operation, QString::number(stored.ticketId));
    }
    return {};
}

StorageError SlaResultRepository::writeMonths(qint64 engagementId,
                                              const QVector<Domain::MonthlyCompliance> &months) const
{
    const QString operation = QStringLiteral("store SLA compliance");
    QSqlDatabase db = m_database.connection();
    QSqlQuery clear(db);
    if (!clear.prepare(QStringLiteral("DELETE FROM sla_monthly_compliance WHERE engagement_id = :e")))
        return queryError(clear, operation, QString::number(engagementId));
    clear.bindValue(QStringLiteral(":e"), engagementId);
    if (!clear.exec())
        return queryError(clear, operation, QString::number(engagementId));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO sla_monthly_compliance (engagement_id, month, severity, tickets, excluded, "
            "response_measured, "
            "response_met, resolution_measured, resolution_met, breaches, median_response_seconds, "
            "p90_response_seconds, median_resolution_seconds, p90_resolution_seconds, target_percent) "
            "VALUES (:e, :month, :severity, :tickets, :excluded, :response_measured, :response_met, "
            ":resolution_measured, :resolution_met, :breaches, :response_median, :response_p90, "
            ":resolution_median, :resolution_p90, :target)")))
        return queryError(q, operation, QString::number(engagementId));
    for (const Domain::MonthlyCompliance &m : months) {
        q.bindValue(QStringLiteral(":e"), engagementId);
        q.bindValue(QStringLiteral(":month"), dateToSql(m.month));
        q.bindValue(QStringLiteral(":severity"), m.severity);
        q.bindValue(QStringLiteral(":tickets"), m.tickets);
        q.bindValue(QStringLiteral(":excluded"), m.excluded);
        q.bindValue(QStringLiteral(":response_measured"), m.responseMeasured);
        q.bindValue(QStringLiteral(":response_met"), m.responseMet);
        q.bindValue(QStringLiteral(":resolution_measured"), m.resolutionMeasured);
        q.bindValue(QStringLiteral(":resolution_met"), m.resolutionMet);
        q.bindValue(QStringLiteral(":breaches"), m.breaches);
        q.bindValue(QStringLiteral(":response_median"), m.responseMedianSeconds);
        q.bindValue(QStringLiteral(":response_p90"), m.responseP90Seconds);
        q.bindValue(QStringLiteral(":resolution_median"), m.resolutionMedianSeconds);
        q.bindValue(QStringLiteral(":resolution_p90"), m.resolutionP90Seconds);
        q.bindValue(QStringLiteral(":target"), m.targetPercent);
        if (!q.exec())
            return queryError(q, operation, m.month.toString(QStringLiteral("yyyy-MM")));
    }
    return {};
}

StorageError SlaResultRepository::readResults(QSqlQuery &q, QVector<StoredSlaResult> *out) const
{
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA results"));
    out->clear();
    while (q.next())
        out->append(resultFromQuery(q, 0));
    return {};
}

StorageError SlaResultRepository::results(qint64 engagementId, QVector<StoredSlaResult> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                                  "WHERE r.engagement_id = :e ORDER BY r.ticket_id")
                       .arg(s_resultColumns)))
        return queryError(q, QStringLiteral("read SLA results"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    return readResults(q, out);
}

StorageError SlaResultRepository::breaches(qint64 engagementId, const QDate &month, qint64 monthStart,
                                           qint64 monthEnd, QVector<StoredSlaResult> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                       "SELECT %1 FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                       "WHERE r.engagement_id = :e AND r.state = :breached AND (r.compliance_month = :month "
                       "OR (r.compliance_month IS NULL AND r.breach_at >= :start AND r.breach_at < :end)) "
                       "ORDER BY r.breach_at, t.source_key")
                       .arg(s_resultColumns)))
        return queryError(q, QStringLiteral("read SLA results"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":breached"), Domain::slaStateId(Domain::SlaState::Breached));
    q.bindValue(QStringLiteral(":month"), dateToSql(QDate(month.year(), month.month(), 1)));
    q.bindValue(QStringLiteral(":start"), monthStart);
    q.bindValue(QStringLiteral(":end"), monthEnd);
    return readResults(q, out);
}

StorageError SlaResultRepository::compliance(qint64 engagementId, const QDate &fromMonth,
                                             const QDate &toMonth,
                                             QVector<Domain::MonthlyCompliance> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT month, severity, tickets, excluded, response_measured, response_met, "
            "resolution_measured, "
            "resolution_met, breaches, median_response_seconds, p90_response_seconds, "
            "median_resolution_seconds, "
            "p90_resolution_seconds, target_percent FROM sla_monthly_compliance WHERE engagement_id = :e "
            "AND month >= :from AND month <= :to ORDER BY month, severity")))
        return queryError(q, QStringLiteral("read SLA compliance"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    // ISO dates compare as text; the open ends are the extremes of the format.
    q.bindValue(QStringLiteral(":from"),
                fromMonth.isValid()
                    ? textToSql(QDate(fromMonth.year(), fromMonth.month(), 1).toString(Qt::ISODate))
                    : QVariant(QStringLiteral("0000-00-00")));
    q.bindValue(QStringLiteral(":to"),
                toMonth.isValid() ? textToSql(QDate(toMonth.year(), toMonth.month(), 1).toString(Qt::ISODate))
                                  : QVariant(QStringLiteral("9999-99-99")));
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA compliance"), QString::number(engagementId));
    out->clear();
    while (q.next()) {
        Domain::MonthlyCompliance m;
        m.month = dateFromSql(q.value(0));
        m.severity = q.value(1).toInt();
        m.tickets = q.value(2).toInt();
        m.excluded = q.value(3).toInt();
        m.responseMeasured = q.value(4).toInt();
        m.responseMet = q.value(5).toInt();
        m.resolutionMeasured = q.value(6).toInt();
        m.resolutionMet = q.value(7).toInt();
        m.breaches = q.value(8).toInt();
        m.responseMedianSeconds = q.value(9).toLongLong();
        m.responseP90Seconds = q.value(10).toLongLong();
        m.resolutionMedianSeconds = q.value(11).toLongLong();
        m.resolutionP90Seconds = q.value(12).toLongLong();
        m.targetPercent = q.value(13).toDouble();
        out->append(m);
    }
    return {};
}

StorageError SlaResultRepository::lastEvaluation(qint64 engagementId,
                                                 std::optional<qint64> *evaluatedAt) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT evaluated_at FROM sla_evaluations WHERE engagement_id = :e")))
        return queryError(q, QStringLiteral("read SLA evaluation"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA evaluation"), QString::number(engagementId));
    *evaluatedAt = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    return {};
}

StorageError SlaResultRepository::lastComputation(qint64 engagementId,
                                                  std::optional<qint64> *computedAt) const
{
    // A database of an older schema opened read-only (a bundle taken before migration 13) has no
    // computed_at: its evaluation instant stands in, as for rows stored before the migration.
    const QString computed =
        m_database.schemaVersion() >= 13 ? QStringLiteral("computed_at") : QStringLiteral("0");
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT %1, evaluated_at FROM sla_evaluations WHERE engagement_id = :e")
                       .arg(computed)))
        return queryError(q, QStringLiteral("read SLA evaluation"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA evaluation"), QString::number(engagementId));
    computedAt->reset();
    if (q.next()) // stored before migration 13: the evaluation instant stands in
        *computedAt = q.value(0).toLongLong() > 0 ? q.value(0).toLongLong() : q.value(1).toLongLong();
    return {};
}

} // namespace Storage

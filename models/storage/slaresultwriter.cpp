#include "models/storage/slaresultwriter.h"
#include "models/storage/slaresultwriter_p.h"

#include "models/storage/database.h"
#include "models/storage/serverinsertcopy.h"
#include "models/storage/serversession.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqliteslaresults.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_store = QStringLiteral("store SLA results");

/// The tickets as the evaluation reads them: SlaResultRepository's one reader of them.
const QString s_ticketSelect =
    QStringLiteral("SELECT %1 FROM tickets ").arg(SlaResultRepository::ticketColumns());

const char *const s_resultInsert =
    "INSERT INTO sla_results (ticket_id, engagement_id, policy_effective, severity, state, compliance_month, "
    "response_outcome, response_target_seconds, response_due, response_at, response_business_seconds, "
    "response_breached_at, resolution_outcome, resolution_target_seconds, resolution_due, resolution_at, "
    "resolution_business_seconds, resolution_breached_at, paused_seconds, reopen_count, paused_now, "
    "breach_at, problems, evaluated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, "
    "?, ?, ?)";

const char *const s_resultUpdate =
    " ON CONFLICT (ticket_id) DO UPDATE SET engagement_id = excluded.engagement_id, "
    "policy_effective = excluded.policy_effective, severity = excluded.severity, state = excluded.state, "
    "compliance_month = excluded.compliance_month, response_outcome = excluded.response_outcome, "
    "response_target_seconds = excluded.response_target_seconds, response_due = excluded.response_due, "
    "response_at = excluded.response_at, response_business_seconds = excluded.response_business_seconds, "
    "response_breached_at = excluded.response_breached_at, resolution_outcome = excluded.resolution_outcome, "
    "resolution_target_seconds = excluded.resolution_target_seconds, resolution_due = "
    "excluded.resolution_due, "
    "resolution_at = excluded.resolution_at, resolution_business_seconds = "
    "excluded.resolution_business_seconds, "
    "resolution_breached_at = excluded.resolution_breached_at, paused_seconds = excluded.paused_seconds, "
    "reopen_count = excluded.reopen_count, paused_now = excluded.paused_now, breach_at = excluded.breach_at, "
    "problems = excluded.problems, evaluated_at = excluded.evaluated_at";

void setClock(QVariantList &values, int first, const Domain::SlaClock &clock)
{
    values[first] = SlaResultRepository::outcomeId(clock.outcome);
    values[first + 1] = clock.targetSeconds;
    values[first + 2] = optionalToSql(clock.due);
    values[first + 3] = optionalToSql(clock.stoppedAt);
    values[first + 4] = clock.businessSeconds;
    values[first + 5] = optionalToSql(clock.breachedAt);
}

constexpr int s_resultColumns = 24;

/// A result's row, in the order of the statement's placeholders.
void setResult(QVariantList &values, const StoredSlaResult &stored, const QVariant &engagement)
{
    const Domain::SlaResult &r = stored.result;
    values[0] = stored.ticketId;
    values[1] = engagement;
    values[2] = dateToSql(stored.policyEffective);
    values[3] = r.severity;
    values[4] = Domain::slaStateId(r.state);
    values[5] = dateToSql(stored.complianceMonth);
    setClock(values, 6, r.response);
    setClock(values, 12, r.resolution);
    values[18] = r.pausedSeconds;
    values[19] = r.reopenCount;
    values[20] = r.pausedNow ? 1 : 0;
    values[21] = optionalToSql(stored.breachAt());
    values[22] = int(r.problems.toInt());
    values[23] = stored.evaluatedAt;
}

} // namespace

SlaResultWriter::SlaResultWriter(const Database &database, qint64 engagementId)
    : m_database(database), m_engagementId(engagementId),
      m_statements(std::make_unique<Statements>(database.connection()))
{
    Statements &s = *m_statements;
    for (QSqlQuery *q : {&s.ticketById, &s.history, &s.monthOf, &s.insert, &s.upsert})
        q->setForwardOnly(true);
    s.prepared =
        s.ticketById.prepare(s_ticketSelect + QStringLiteral("WHERE id = ? AND engagement_id = ?")) &&
        s.history.prepare(
            QStringLiteral("SELECT ticket_id, changed_at, status, severity FROM ticket_status_history "
                           "WHERE ticket_id >= ? AND ticket_id <= ? ORDER BY ticket_id, seq")) &&
        s.monthOf.prepare(QStringLiteral("SELECT compliance_month FROM sla_results WHERE ticket_id = ?")) &&
        s.insert.prepare(QLatin1String(s_resultInsert)) &&
        s.upsert.prepare(QLatin1String(s_resultInsert) + QLatin1String(s_resultUpdate));
    if (!database.isServer() && SqliteSlaResults::isEnabled()) {
        const QByteArray upsert = QByteArray(s_resultInsert) + s_resultUpdate;
        s.sqliteError =
            SqliteSlaResults::prepare(database.connection(), s_resultInsert, upsert.constData(), &s.sqlite);
    }
}

SlaResultWriter::~SlaResultWriter() = default;

StorageError SlaResultWriter::stampEvaluatedAt(qint64 evaluatedAt) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral(
            "UPDATE sla_results SET evaluated_at = ? WHERE +engagement_id = ? AND evaluated_at <> ?")))
        return queryError(q, s_store, QString::number(m_engagementId));
    q.bindValue(0, evaluatedAt);
    q.bindValue(1, m_engagementId);
    q.bindValue(2, evaluatedAt);
    if (!q.exec())
        return queryError(q, s_store, QString::number(m_engagementId));
    return {};
}

StorageError SlaResultWriter::clearResults() const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM sla_results WHERE engagement_id = ?")))
        return queryError(q, s_store, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    if (!q.exec())
        return queryError(q, s_store, QString::number(m_engagementId));
    return {};
}

StorageError SlaResultWriter::writeResults(const QVector<StoredSlaResult> &results, bool replace) const
{
    if (m_database.isReadOnly())
        return readOnlyError(s_store, QString::number(m_engagementId));
    if (m_statements->sqliteError)
        return m_statements->sqliteError;
    if (m_statements->sqlite)
        return m_statements->sqlite->write(m_engagementId, results, replace);
    QSqlQuery &q = replace ? m_statements->upsert : m_statements->insert;
    if (!m_statements->prepared)
        return queryError(q, s_store, QString::number(m_engagementId));
    const QVariant engagement(m_engagementId);
    // PostgreSQL: the bound rows go in one COPY and one INSERT … SELECT (issue 15).
    std::optional<ServerInsertCopy> bulk =
        results.size() > 1 ? ServerInsertCopy::open(m_database, s_resultInsert, replace ? s_resultUpdate : "",
                                                    0, s_store, QString::number(m_engagementId))
                           : std::nullopt;
    // The bulk path takes the row as it is: binding each value on the statement and copying the
    // bound list out again was a third of a 1M-row import's client CPU on a server.
    QVariantList values(s_resultColumns);
    for (const StoredSlaResult &stored : results) {
        setResult(values, stored, engagement);
        if (bulk) {
            if (StorageError error = bulk->append(values))
                return error;
            continue;
        }
        for (int i = 0; i < s_resultColumns; ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return queryError(q, s_store, QString::number(stored.ticketId));
    }
    return bulk ? bulk->finish() : StorageError{};
}

StorageError SlaResultWriter::replaceMonths(const QVector<QDate> &months,
                                            const QVector<Domain::MonthlyCompliance> &rows) const
{
    const QString operation = QStringLiteral("store SLA compliance");
    QSqlDatabase db = m_database.connection();
    QSqlQuery clear(db);
    if (!clear.prepare(
            QStringLiteral("DELETE FROM sla_monthly_compliance WHERE engagement_id = ? AND month = ?")))
        return queryError(clear, operation, QString::number(m_engagementId));
    for (const QDate &month : months) {
        clear.bindValue(0, m_engagementId);
        clear.bindValue(1, complianceMonthToSql(month));
        if (!clear.exec())
            return queryError(clear, operation, month.toString(QStringLiteral("yyyy-MM")));
    }
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO sla_monthly_compliance (engagement_id, month, severity, tickets, excluded, "
            "response_measured, "
            "response_met, resolution_measured, resolution_met, breaches, median_response_seconds, "
            "p90_response_seconds, median_resolution_seconds, p90_resolution_seconds, target_percent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return queryError(q, operation, QString::number(m_engagementId));
    for (const Domain::MonthlyCompliance &m : rows) {
        const QVariant values[] = {m_engagementId,
                                   dateToSql(m.month),
                                   m.severity,
                                   m.tickets,
                                   m.excluded,
                                   m.responseMeasured,
                                   m.responseMet,
                                   m.resolutionMeasured,
                                   m.resolutionMet,
                                   m.breaches,
                                   m.responseMedianSeconds,
                                   m.responseP90Seconds,
                                   m.resolutionMedianSeconds,
                                   m.resolutionP90Seconds,
                                   m.targetPercent};
        for (int i = 0; i < int(std::size(values)); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return queryError(q, operation, m.month.toString(QStringLiteral("yyyy-MM")));
    }
    return {};
}

StorageError SlaResultWriter::removeMonthsOutside(const QDate &first, const QDate &last) const
{
    QSqlQuery q(m_database.connection());
    if (!first.isValid() || !last.isValid()) {
        if (!q.prepare(QStringLiteral("DELETE FROM sla_monthly_compliance WHERE engagement_id = ?")))
            return queryError(q, QStringLiteral("store SLA compliance"), QString::number(m_engagementId));
        q.bindValue(0, m_engagementId);
    } else {
        if (!q.prepare(QStringLiteral(
                "DELETE FROM sla_monthly_compliance WHERE engagement_id = ? AND (month < ? OR month > ?)")))
            return queryError(q, QStringLiteral("store SLA compliance"), QString::number(m_engagementId));
        q.bindValue(0, m_engagementId);
        q.bindValue(1, complianceMonthToSql(first));
        q.bindValue(2, complianceMonthToSql(last));
    }
    if (!q.exec())
        return queryError(q, QStringLiteral("store SLA compliance"), QString::number(m_engagementId));
    return {};
}

StorageError SlaResultWriter::recordEvaluation(qint64 evaluatedAt, bool every) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(
            QStringLiteral("INSERT INTO sla_evaluations (engagement_id, evaluated_at, computed_at, tickets) "
                           "SELECT ?, ?, ?, COUNT(*) FROM sla_results WHERE engagement_id = ? "
                           "ON CONFLICT (engagement_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, "
                           "tickets = excluded.tickets%1")
                .arg(every ? QStringLiteral(", computed_at = excluded.computed_at") : QString())))
        return queryError(q, s_store, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    q.bindValue(1, evaluatedAt);
    q.bindValue(2, QDateTime::currentSecsSinceEpoch()); // when, by this machine's clock
    q.bindValue(3, m_engagementId);
    if (!q.exec())
        return queryError(q, s_store, QString::number(m_engagementId));
    return {};
}

} // namespace Storage

#include "models/storage/slaresultwriter.h"

#include "models/storage/database.h"
#include "models/storage/serverinsertcopy.h"
#include "models/storage/serversession.h"
#include "models/storage/serverslareads.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqliteslaresults.h"

#include <QSqlQuery>

namespace Storage {

namespace {

// A unary + on a column keeps SQLite from reading a range of ids through an index on
// (engagement_id, ...) and sorting it for every chunk (quadratic at a million tickets): the
// rows are read in id order along the primary key instead. Plain SQL, portable.

const QString s_store = QStringLiteral("store SLA results");
const QString s_read = QStringLiteral("read tickets for SLA");

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

QVariant monthToSql(const QDate &month)
{
    return dateToSql(month.isValid() ? QDate(month.year(), month.month(), 1) : month);
}

} // namespace

struct SlaResultWriter::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : ticketById(db), history(db), monthOf(db), insert(db), upsert(db)
    {
    }
    QSqlQuery ticketById, history, monthOf, insert, upsert;
    bool prepared = false;
    /// SQLite: the result writes through the C API (sqliteslaresults.h)
    std::unique_ptr<SqliteSlaResults> sqlite;
    StorageError sqliteError;
};

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

StorageError SlaResultWriter::counts(qint64 *tickets, qint64 *results) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets WHERE engagement_id = ?), "
                                  "(SELECT COUNT(*) FROM sla_results WHERE engagement_id = ?)")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    q.bindValue(1, m_engagementId);
    if (!q.exec() || !q.next())
        return queryError(q, s_read, QString::number(m_engagementId));
    *tickets = q.value(0).toLongLong();
    *results = q.value(1).toLongLong();
    return {};
}

StorageError SlaResultWriter::readHistory(qint64 fromId, qint64 toId, TicketsWithIds *out) const
{
    if (m_statements->sqlite)
        return m_statements->sqlite->readHistory(m_engagementId, fromId, toId, out);
    // Both in id order: walked together. Rows of other engagements' tickets in the id range
    // find no ticket and are skipped.
    QSqlQuery &h = m_statements->history;
    h.bindValue(0, fromId);
    h.bindValue(1, toId);
    if (!h.exec())
        return queryError(h, s_read, QString::number(m_engagementId));
    qsizetype index = 0;
    while (h.next()) {
        const qint64 id = h.value(0).toLongLong();
        while (index < out->ids.size() && out->ids.at(index) < id)
            ++index;
        if (index < out->ids.size() && out->ids.at(index) == id)
            out->tickets[index].history.append(
                {h.value(1).toLongLong(), h.value(2).toString(), h.value(3).toInt()});
    }
    h.finish();
    return {};
}

StorageError SlaResultWriter::ticketsAfter(qint64 afterId, int limit, TicketsWithIds *out) const
{
    if (m_statements->sqlite) {
        if (StorageError error = m_statements->sqlite->ticketsAfter(m_engagementId, afterId, limit, out))
            return error;
        if (out->ids.isEmpty())
            return {};
        return readHistory(out->ids.constFirst(), out->ids.constLast(), out);
    }
    // On a server inside a transaction (an import's recompute, a full one): COPY, not a QVariant a
    // value (a 1M-row event log's recompute read 154k tickets and 852k changes this way).
    if (const std::optional<ServerSession> session =
            serverBulkUpsertEnabled() ? ServerSession::idleInTransaction(m_database.connection(), s_read,
                                                                         QString::number(m_engagementId))
                                      : std::nullopt)
        return ServerSlaReads::ticketsAfter(*session, m_engagementId, afterId, limit, out);
    out->ids.clear();
    out->tickets.clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, source_key, severity, created_at, first_response_at, resolved_at "
                           "FROM tickets WHERE id > ? AND +engagement_id = ? ORDER BY id LIMIT ?")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, afterId);
    q.bindValue(1, m_engagementId);
    q.bindValue(2, limit);
    if (!q.exec())
        return queryError(q, s_read, QString::number(m_engagementId));
    while (q.next()) {
        out->ids.append(q.value(0).toLongLong());
        Domain::Ticket t; // as the C-API path: the values the evaluation reads
        t.key = q.value(1).toString();
        t.severity = q.value(2).toInt();
        t.created = q.value(3).toLongLong();
        t.firstResponse = optionalFromSql(q.value(4));
        t.resolved = optionalFromSql(q.value(5));
        out->tickets.append(std::move(t));
    }
    if (out->ids.isEmpty())
        return {};
    return readHistory(out->ids.constFirst(), out->ids.constLast(), out);
}

StorageError SlaResultWriter::ticketsByIds(const QVector<qint64> &ids, TicketsWithIds *out) const
{
    out->ids.clear();
    out->tickets.clear();
    if (!m_statements->prepared)
        return queryError(m_statements->ticketById, s_read, QString::number(m_engagementId));
    QSqlQuery &q = m_statements->ticketById;
    for (const qint64 id : ids) {
        q.bindValue(0, id);
        q.bindValue(1, m_engagementId);
        if (!q.exec())
            return queryError(q, s_read, QString::number(id));
        if (q.next()) {
            out->ids.append(id);
            out->tickets.append(SlaResultRepository::ticketFromRow(q));
        }
        q.finish();
    }
    // History in slices of nearby ids, so that a spread-out set never reads everything between.
    qsizetype begin = 0;
    while (begin < out->ids.size()) {
        qsizetype end = begin + 1;
        while (end < out->ids.size() && out->ids.at(end) - out->ids.at(begin) < 4096)
            ++end;
        TicketsWithIds slice;
        slice.ids = out->ids.mid(begin, end - begin);
        slice.tickets = out->tickets.mid(begin, end - begin);
        if (StorageError error = readHistory(slice.ids.constFirst(), slice.ids.constLast(), &slice))
            return error;
        for (qsizetype i = 0; i < slice.tickets.size(); ++i)
            out->tickets[begin + i].history = slice.tickets.at(i).history;
        begin = end;
    }
    return {};
}

StorageError SlaResultWriter::unplacedTicketIds(QVector<qint64> *out) const
{
    out->clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT ticket_id FROM sla_results WHERE engagement_id = ? AND compliance_month IS NULL "
            "ORDER BY ticket_id")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    if (!q.exec())
        return queryError(q, s_read, QString::number(m_engagementId));
    while (q.next())
        out->append(q.value(0).toLongLong());
    return {};
}

StorageError SlaResultWriter::monthsOf(const QVector<qint64> &ids, QSet<QDate> *out) const
{
    QSqlQuery &q = m_statements->monthOf;
    for (const qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec())
            return queryError(q, s_read, QString::number(id));
        if (q.next() && !q.value(0).isNull())
            out->insert(dateFromSql(q.value(0)));
        q.finish();
    }
    return {};
}

StorageError SlaResultWriter::resultsInMonth(const QDate &month, QVector<std::optional<qint64>> *resolved,
                                             QVector<Domain::SlaResult> *results) const
{
    resolved->clear();
    results->clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1, t.resolved_at FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                           "WHERE r.engagement_id = ? AND r.compliance_month = ?")
                .arg(SlaResultRepository::resultColumns())))
        return queryError(q, s_read, month.toString(QStringLiteral("yyyy-MM")));
    q.bindValue(0, m_engagementId);
    q.bindValue(1, monthToSql(month));
    if (!q.exec())
        return queryError(q, s_read, month.toString(QStringLiteral("yyyy-MM")));
    while (q.next()) {
        results->append(SlaResultRepository::resultFromRow(q).result);
        resolved->append(optionalFromSql(q.value(23)));
    }
    return {};
}

StorageError SlaResultWriter::forEachPlacedResult(const PlacedResultHandler &handler) const
{
    if (m_statements->sqliteError)
        return m_statements->sqliteError;
    if (m_statements->sqlite)
        return m_statements->sqlite->forEachPlaced(m_engagementId, handler);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT r.compliance_month, r.severity, r.state, r.response_outcome, "
            "r.response_business_seconds, "
            "r.resolution_outcome, r.resolution_at, r.resolution_business_seconds, t.resolved_at "
            "FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
            "WHERE r.engagement_id = ? AND r.compliance_month IS NOT NULL ORDER BY r.compliance_month")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    if (!q.exec())
        return queryError(q, s_read, QString::number(m_engagementId));
    Domain::SlaResult result;
    QDate month;
    QString monthText;
    while (q.next()) {
        const QString text = q.value(0).toString();
        if (text != monthText) {
            monthText = text;
            month = dateFromSql(q.value(0));
        }
        result.severity = q.value(1).toInt();
        Domain::slaStateFromId(q.value(2).toString(), &result.state);
        SlaResultRepository::outcomeFromId(q.value(3).toString(), &result.response.outcome);
        result.response.businessSeconds = q.value(4).toLongLong();
        SlaResultRepository::outcomeFromId(q.value(5).toString(), &result.resolution.outcome);
        result.resolution.stoppedAt = optionalFromSql(q.value(6));
        result.resolution.businessSeconds = q.value(7).toLongLong();
        handler(month, optionalFromSql(q.value(8)), result);
    }
    return {};
}

StorageError SlaResultWriter::monthRange(QDate *first, QDate *last) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT MIN(compliance_month), MAX(compliance_month) FROM sla_results "
                                  "WHERE engagement_id = ? AND compliance_month IS NOT NULL")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    if (!q.exec() || !q.next())
        return queryError(q, s_read, QString::number(m_engagementId));
    *first = dateFromSql(q.value(0));
    *last = dateFromSql(q.value(1));
    return {};
}

StorageError SlaResultWriter::complianceMonths(QVector<QDate> *out) const
{
    out->clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT DISTINCT month FROM sla_monthly_compliance WHERE engagement_id = ? ORDER BY month")))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    if (!q.exec())
        return queryError(q, s_read, QString::number(m_engagementId));
    while (q.next())
        out->append(dateFromSql(q.value(0)));
    return {};
}

StorageError SlaResultWriter::resultsBetween(qint64 fromId, qint64 toId, QVector<StoredSlaResult> *out) const
{
    out->clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral(
                "SELECT %1 FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
                "WHERE r.ticket_id >= ? AND r.ticket_id <= ? AND +r.engagement_id = ? ORDER BY r.ticket_id")
                .arg(SlaResultRepository::resultColumns())))
        return queryError(q, s_read, QString::number(m_engagementId));
    q.bindValue(0, fromId);
    q.bindValue(1, toId);
    q.bindValue(2, m_engagementId);
    if (!q.exec())
        return queryError(q, s_read, QString::number(m_engagementId));
    while (q.next())
        out->append(SlaResultRepository::resultFromRow(q));
    return {};
}

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
        clear.bindValue(1, monthToSql(month));
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
        q.bindValue(1, monthToSql(first));
        q.bindValue(2, monthToSql(last));
    }
    if (!q.exec())
        return queryError(q, QStringLiteral("store SLA compliance"), QString::number(m_engagementId));
    return {};
}

StorageError SlaResultWriter::recordEvaluation(qint64 evaluatedAt) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(
            QStringLiteral("INSERT INTO sla_evaluations (engagement_id, evaluated_at, tickets) "
                           "SELECT ?, ?, COUNT(*) FROM sla_results WHERE engagement_id = ? "
                           "ON CONFLICT (engagement_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, "
                           "tickets = excluded.tickets")))
        return queryError(q, s_store, QString::number(m_engagementId));
    q.bindValue(0, m_engagementId);
    q.bindValue(1, evaluatedAt);
    q.bindValue(2, m_engagementId);
    if (!q.exec())
        return queryError(q, s_store, QString::number(m_engagementId));
    return {};
}

} // namespace Storage

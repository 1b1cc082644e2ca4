// SlaResultWriter's reads: the tickets as the evaluation reads them, in chunks of ids, and the
// stored results and months an incremental recompute compares with.
#include "models/storage/slaresultwriter.h"
#include "models/storage/slaresultwriter_p.h"

#include "models/storage/database.h"
#include "models/storage/serversession.h"
#include "models/storage/serverslareads.h"
#include "models/storage/serverticketupsert.h"

namespace Storage {

namespace {

const QString s_read = QStringLiteral("read tickets for SLA");

} // namespace

// A unary + on a column keeps SQLite from reading a range of ids through an index on
// (engagement_id, ...) and sorting it for every chunk (quadratic at a million tickets): the
// rows are read in id order along the primary key instead. Plain SQL, portable.

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
    appendHistoryRows(h, out);
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
    q.bindValue(1, complianceMonthToSql(month));
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

} // namespace Storage

#include "models/storage/reviewnoterepository.h"

#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_readPeriod = QStringLiteral("read review notes");
const QString s_savePeriod = QStringLiteral("save review notes");
const QString s_readRootCauses = QStringLiteral("read root-cause notes");
const QString s_saveRootCause = QStringLiteral("save root-cause note");

QString periodRecord(const QString &engagementKey, const QDate &start, const QDate &end)
{
    return QStringLiteral("%1, %2..%3")
        .arg(engagementKey, start.toString(Qt::ISODate), end.toString(Qt::ISODate));
}

StorageError checkPeriod(const QString &operation, const QString &engagementKey, const QDate &start,
                         const QDate &end)
{
    if (!start.isValid() || !end.isValid()) {
        return {StorageError::Kind::Query, operation, periodRecord(engagementKey, start, end),
                QStringLiteral("the period needs a valid start and end date")};
    }
    if (start > end) {
        return {StorageError::Kind::Query, operation, periodRecord(engagementKey, start, end),
                QStringLiteral("the period starts after it ends")};
    }
    return {};
}

} // namespace

ReviewNoteRepository::ReviewNoteRepository(const Database &database) : m_database(database)
{
}

StorageError ReviewNoteRepository::engagementId(const QString &operation, const QString &engagementKey,
                                                qint64 *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id FROM engagements WHERE engagement_key = :key AND deleted_at IS NULL")))
        return queryError(q, operation, engagementKey);
    q.bindValue(QStringLiteral(":key"), engagementKey);
    if (!q.exec())
        return queryError(q, operation, engagementKey);
    if (!q.next())
        return {StorageError::Kind::NotFound, operation, engagementKey, QStringLiteral("no such engagement")};
    *out = q.value(0).toLongLong();
    return {};
}

StorageError ReviewNoteRepository::periodNotes(const QString &engagementKey, const QDate &start,
                                               const QDate &end, PeriodNotes *out) const
{
    *out = {};
    if (StorageError error = checkPeriod(s_readPeriod, engagementKey, start, end))
        return error;
    qint64 id = 0;
    if (StorageError error = engagementId(s_readPeriod, engagementKey, &id))
        return error;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT risks, actions, %1 FROM review_notes "
                                  "WHERE engagement_id = :e AND period_start = :start AND period_end = :end")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_readPeriod, periodRecord(engagementKey, start, end));
    q.bindValue(QStringLiteral(":e"), id);
    q.bindValue(QStringLiteral(":start"), dateToSql(start));
    q.bindValue(QStringLiteral(":end"), dateToSql(end));
    if (!q.exec())
        return queryError(q, s_readPeriod, periodRecord(engagementKey, start, end));
    if (q.next()) {
        out->risks = q.value(0).toString();
        out->actions = q.value(1).toString();
        out->stamp = ChangeStamps::fromQuery(q, 2);
    }
    return {};
}

StorageError ReviewNoteRepository::setPeriodNotes(const QString &engagementKey, const QDate &start,
                                                  const QDate &end, const QString &risks,
                                                  const QString &actions, qint64 updatedAt,
                                                  Domain::ChangeStamp *stamp) const
{
    const QString record = periodRecord(engagementKey, start, end);
    if (m_database.isReadOnly())
        return readOnlyError(s_savePeriod, record);
    if (StorageError error = checkPeriod(s_savePeriod, engagementKey, start, end))
        return error;
    qint64 id = 0;
    if (StorageError error = engagementId(s_savePeriod, engagementKey, &id))
        return error;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(s_savePeriod, record);
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("review_notes");
    row.key = {{QStringLiteral("engagement_id"), id},
               {QStringLiteral("period_start"), dateToSql(start)},
               {QStringLiteral("period_end"), dateToSql(end)}};
    if (!risks.isEmpty() || !actions.isEmpty())
        row.values = {{QStringLiteral("risks"), textToSql(risks)},
                      {QStringLiteral("actions"), textToSql(actions)}};
    row.read = *stamp;
    row.at = updatedAt;
    Domain::ChangeStamp written;
    if (StorageError error = ChangeStamps::save(m_database, row, StorageError::Row::ReviewNotes, s_savePeriod,
                                                record, &written))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_savePeriod, record, db.lastError().text()};
    *stamp = written;
    return {};
}

StorageError ReviewNoteRepository::rootCauses(const QString &engagementKey,
                                              QHash<qint64, RootCause> *out) const
{
    out->clear();
    qint64 id = 0;
    if (StorageError error = engagementId(s_readRootCauses, engagementKey, &id))
        return error;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ticket_id, note, %1 FROM root_cause_notes WHERE engagement_id = :e")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_readRootCauses, engagementKey);
    q.bindValue(QStringLiteral(":e"), id);
    if (!q.exec())
        return queryError(q, s_readRootCauses, engagementKey);
    while (q.next()) {
        RootCause cause;
        cause.note = q.value(1).toString();
        cause.stamp = ChangeStamps::fromQuery(q, 2);
        cause.updatedAt = cause.stamp.updatedAt;
        out->insert(q.value(0).toLongLong(), cause);
    }
    return {};
}

StorageError ReviewNoteRepository::ticketKey(const QString &operation, qint64 engagementId, qint64 ticketId,
                                             const QString &record, QString *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT source_key FROM tickets WHERE id = :ticket AND engagement_id = :e")))
        return queryError(q, operation, record);
    q.bindValue(QStringLiteral(":ticket"), ticketId);
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, operation, record);
    if (!q.next())
        return {StorageError::Kind::NotFound, operation, record,
                QStringLiteral("the engagement has no such ticket")};
    *out = q.value(0).toString();
    return {};
}

StorageError ReviewNoteRepository::rootCause(const QString &engagementKey, qint64 ticketId,
                                             RootCause *out) const
{
    *out = {};
    const QString record = QStringLiteral("%1, ticket %2").arg(engagementKey).arg(ticketId);
    qint64 id = 0;
    if (StorageError error = engagementId(s_readRootCauses, engagementKey, &id))
        return error;
    QString key;
    if (StorageError error = ticketKey(s_readRootCauses, id, ticketId, record, &key))
        return error;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT note, %1 FROM root_cause_notes WHERE engagement_id = :e AND "
                                  "ticket_id = :ticket")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_readRootCauses, record);
    q.bindValue(QStringLiteral(":e"), id);
    q.bindValue(QStringLiteral(":ticket"), ticketId);
    if (!q.exec())
        return queryError(q, s_readRootCauses, record);
    if (q.next()) {
        out->note = q.value(0).toString();
        out->stamp = ChangeStamps::fromQuery(q, 1);
        out->updatedAt = out->stamp.updatedAt;
    }
    return {};
}

StorageError ReviewNoteRepository::setRootCause(const QString &engagementKey, qint64 ticketId,
                                                const QString &note, qint64 updatedAt,
                                                Domain::ChangeStamp *stamp) const
{
    QString record = QStringLiteral("%1, ticket %2").arg(engagementKey).arg(ticketId);
    if (m_database.isReadOnly())
        return readOnlyError(s_saveRootCause, record);
    qint64 id = 0;
    if (StorageError error = engagementId(s_saveRootCause, engagementKey, &id))
        return error;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(s_saveRootCause, record);
    QString key;
    if (StorageError error = ticketKey(s_saveRootCause, id, ticketId, record, &key))
        return error;
    record = QStringLiteral("%1, %2").arg(engagementKey, key);
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("root_cause_notes");
    row.key = {{QStringLiteral("engagement_id"), id}, {QStringLiteral("ticket_id"), ticketId}};
    if (!note.isEmpty())
        row.values = {{QStringLiteral("note"), note}};
    row.read = *stamp;
    row.at = updatedAt;
    Domain::ChangeStamp written;
    if (StorageError error = ChangeStamps::save(m_database, row, StorageError::Row::RootCause,
                                                s_saveRootCause, record, &written)) {
        error.rowName = key;
        return error;
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_saveRootCause, record, db.lastError().text()};
    *stamp = written;
    return {};
}

} // namespace Storage

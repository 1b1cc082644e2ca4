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
        return {StorageError::Kind::Query, s_savePeriod, record, db.lastError().text()};
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
    if (!q.prepare(QStringLiteral(
            "SELECT ticket_id, note, updated_at FROM root_cause_notes WHERE engagement_id = :e")))
        return queryError(q, s_readRootCauses, engagementKey);
    q.bindValue(QStringLiteral(":e"), id);
    if (!q.exec())
        return queryError(q, s_readRootCauses, engagementKey);
    while (q.next())
        out->insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
    return {};
}

StorageError ReviewNoteRepository::setRootCause(const QString &engagementKey, qint64 ticketId,
                                                const QString &note, qint64 updatedAt) const
{
    const QString record = QStringLiteral("%1, ticket %2").arg(engagementKey).arg(ticketId);
    if (m_database.isReadOnly())
        return readOnlyError(s_saveRootCause, record);
    qint64 id = 0;
    if (StorageError error = engagementId(s_saveRootCause, engagementKey, &id))
        return error;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return {StorageError::Kind::Query, s_saveRootCause, record, db.lastError().text()};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE id = :ticket AND engagement_id = :e")))
        return queryError(q, s_saveRootCause, record);
    q.bindValue(QStringLiteral(":ticket"), ticketId);
    q.bindValue(QStringLiteral(":e"), id);
    if (!q.exec())
        return queryError(q, s_saveRootCause, record);
    if (!q.next())
        return {StorageError::Kind::NotFound, s_saveRootCause, record,
                QStringLiteral("the engagement has no such ticket")};
    q.finish();
    const bool remove = note.isEmpty();
    const bool prepared =
        remove ? q.prepare(QStringLiteral(
                     "DELETE FROM root_cause_notes WHERE engagement_id = :e AND ticket_id = :ticket"))
               : q.prepare(QStringLiteral(
                     "INSERT INTO root_cause_notes (engagement_id, ticket_id, note, updated_at) "
                     "VALUES (:e, :ticket, :note, :at) ON CONFLICT (engagement_id, ticket_id) "
                     "DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at"));
    if (!prepared)
        return queryError(q, s_saveRootCause, record);
    q.bindValue(QStringLiteral(":e"), id);
    q.bindValue(QStringLiteral(":ticket"), ticketId);
    if (!remove) {
        q.bindValue(QStringLiteral(":note"), note);
        q.bindValue(QStringLiteral(":at"), updatedAt);
    }
    if (!q.exec())
        return queryError(q, s_saveRootCause, record);
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_saveRootCause, record, db.lastError().text()};
    return {};
}

} // namespace Storage

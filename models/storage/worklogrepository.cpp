#include "models/storage/worklogrepository.h"

#include "models/storage/database.h"
#include "models/storage/serverworklogupsert.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_columns = QStringLiteral(
    "source_key, work_date, person, role, seconds, ticket_key, service_level, activity, description");
const int s_columnCount = 9;

Domain::Worklog worklogFromQuery(const QSqlQuery &q)
{
    Domain::Worklog w;
    w.sourceKey = q.value(0).toString();
    w.date = dateFromSql(q.value(1));
    w.person = q.value(2).toString();
    Domain::Role role;
    if (!q.value(3).isNull() && Domain::roleFromId(q.value(3).toString(), &role))
        w.role = role;
    w.seconds = q.value(4).toLongLong();
    w.ticketKey = q.value(5).toString();
    Domain::serviceLevelFromId(q.value(6).toString(), &w.serviceLevel);
    w.activity = q.value(7).toString();
    w.description = q.value(8).toString();
    return w;
}

void bindWorklog(QSqlQuery &q, const Domain::Worklog &w)
{
    q.bindValue(QStringLiteral(":date"), dateToSql(w.date));
    q.bindValue(QStringLiteral(":person"), textToSql(w.person));
    q.bindValue(QStringLiteral(":role"),
                w.role ? QVariant(Domain::roleId(*w.role)) : QVariant(QMetaType(QMetaType::QString)));
    // `minutes` is kept (rounded) for tools that read the column of schema versions before 4.
    q.bindValue(QStringLiteral(":minutes"), w.minutes());
    q.bindValue(QStringLiteral(":seconds"), w.seconds);
    q.bindValue(QStringLiteral(":ticket"), textToSql(w.ticketKey));
    q.bindValue(QStringLiteral(":level"), Domain::serviceLevelId(w.serviceLevel));
    q.bindValue(QStringLiteral(":activity"), textToSql(w.activity));
    q.bindValue(QStringLiteral(":description"), textToSql(w.description));
}

} // namespace

WorklogRepository::WorklogRepository(const Database &database) : m_database(database)
{
}

StorageError WorklogRepository::upsert(qint64 engagementId, const QString &source,
                                       const QVector<Domain::Worklog> &worklogs, UpsertCounts *counts) const
{
    const QString operation = QStringLiteral("save worklog");
    if (m_database.isReadOnly())
        return readOnlyError(operation, source);
    if (std::optional<StorageError> done =
            serverWorklogUpsert(m_database, engagementId, source, worklogs, counts))
        return *done;
    QSqlDatabase db = m_database.connection();
    QSqlQuery find(db), insert(db), update(db);
    if (!find.prepare(
            QStringLiteral(
                "SELECT %1, id FROM worklogs WHERE engagement_id = :e AND source = :s AND source_key = :k")
                .arg(s_columns)))
        return queryError(find, operation, source);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO worklogs (engagement_id, source, source_key, work_date, person, role, "
            "minutes, seconds, ticket_key, service_level, activity, description) VALUES (:e, :s, :k, "
            ":date, :person, :role, :minutes, :seconds, :ticket, :level, :activity, :description)")))
        return queryError(insert, operation, source);
    if (!update.prepare(QStringLiteral(
            "UPDATE worklogs SET work_date = :date, person = :person, role = :role, "
            "minutes = :minutes, seconds = :seconds, ticket_key = :ticket, service_level = :level, "
            "activity = :activity, description = :description WHERE id = :id")))
        return queryError(update, operation, source);
    UpsertCounts local;
    for (const Domain::Worklog &worklog : worklogs) {
        find.bindValue(QStringLiteral(":e"), engagementId);
        find.bindValue(QStringLiteral(":s"), source);
        find.bindValue(QStringLiteral(":k"), worklog.sourceKey);
        if (!find.exec())
            return queryError(find, operation, worklog.sourceKey);
        if (find.next()) {
            const qint64 id = find.value(s_columnCount).toLongLong();
            const Domain::Worklog stored = worklogFromQuery(find);
            find.finish();
            if (stored == worklog) {
                ++local.unchanged;
                continue;
            }
            bindWorklog(update, worklog);
            update.bindValue(QStringLiteral(":id"), id);
            if (!update.exec())
                return queryError(update, operation, worklog.sourceKey);
            ++local.updated;
        } else {
            find.finish();
            insert.bindValue(QStringLiteral(":e"), engagementId);
            insert.bindValue(QStringLiteral(":s"), source);
            insert.bindValue(QStringLiteral(":k"), worklog.sourceKey);
            bindWorklog(insert, worklog);
            if (!insert.exec())
                return queryError(insert, operation, worklog.sourceKey);
            ++local.added;
        }
    }
    if (counts) {
        counts->added += local.added;
        counts->updated += local.updated;
        counts->unchanged += local.unchanged;
    }
    return {};
}

StorageError WorklogRepository::list(qint64 engagementId, const QDate &from, const QDate &to,
                                     QVector<Domain::Worklog> *out) const
{
    out->clear();
    return forEach(engagementId, from, to, [out](const Domain::Worklog &worklog) {
        out->append(worklog);
        return true;
    });
}

StorageError WorklogRepository::forEach(qint64 engagementId, const QDate &from, const QDate &to,
                                        const std::function<bool(const Domain::Worklog &)> &visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM worklogs WHERE engagement_id = :e AND work_date >= :from "
                                  "AND work_date <= :to ORDER BY work_date, person, source_key")
                       .arg(s_columns)))
        return queryError(q, QStringLiteral("list worklogs"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":from"),
                from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"));
    q.bindValue(QStringLiteral(":to"),
                to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    if (!q.exec())
        return queryError(q, QStringLiteral("list worklogs"));
    while (q.next()) {
        if (!visit(worklogFromQuery(q)))
            return {};
    }
    if (q.lastError().isValid())
        return queryError(q, QStringLiteral("list worklogs"));
    return {};
}

StorageError WorklogRepository::storedSeconds(qint64 engagementId, const QString &source,
                                              const QStringList &keys, qint64 *seconds) const
{
    // Keys go in groups well under every driver's limit of bound values.
    constexpr int s_group = 200;
    *seconds = 0;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (int start = 0; start < keys.size(); start += s_group) {
        const int n = qMin(s_group, int(keys.size()) - start);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral(":k%1").arg(i);
        if (!q.prepare(
                QStringLiteral(
                    "SELECT COALESCE(SUM(seconds), 0) FROM worklogs WHERE engagement_id = :e AND source = :s "
                    "AND source_key IN (%1)")
                    .arg(marks.join(QStringLiteral(", ")))))
            return queryError(q, QStringLiteral("sum worklogs"), source);
        q.bindValue(QStringLiteral(":e"), engagementId);
        q.bindValue(QStringLiteral(":s"), source);
        for (int i = 0; i < n; ++i)
            q.bindValue(marks.at(i), keys.at(start + i));
        if (!q.exec() || !q.next())
            return queryError(q, QStringLiteral("sum worklogs"), source);
        *seconds += q.value(0).toLongLong();
        q.finish();
    }
    return {};
}

StorageError WorklogRepository::minutesByMonth(qint64 engagementId,
                                               QVector<QPair<QString, qint64>> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT substr(work_date, 1, 7) AS month, SUM(seconds) FROM worklogs "
                                  "WHERE engagement_id = :e GROUP BY month ORDER BY month")))
        return queryError(q, QStringLiteral("sum worklogs"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("sum worklogs"));
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), Domain::Worklog::roundedMinutes(q.value(1).toLongLong())});
    return {};
}

} // namespace Storage

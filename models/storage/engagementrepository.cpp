#include "models/storage/engagementrepository.h"

#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Storage {

namespace {

const QString s_columns = QStringLiteral(
    "id, engagement_key, client, name, support_model, start_date, end_date, time_zone, committed_minutes, "
    "sev1_24x7, roles_covered, notes, row_version, created_by, created_at, updated_by, updated_at");

QString rolesToText(const QVector<Domain::Role> &roles)
{
    QStringList ids;
    for (Domain::Role role : roles)
        ids.append(Domain::roleId(role));
    return ids.join(QLatin1Char(','));
}

QVector<Domain::Role> rolesFromText(const QString &text)
{
    QVector<Domain::Role> roles;
    for (const QString &id : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Domain::Role role;
        if (Domain::roleFromId(id, &role))
            roles.append(role);
    }
    return roles;
}

Domain::Engagement fromRecord(const QSqlQuery &q)
{
    Domain::Engagement e;
    e.id = q.value(0).toLongLong();
    e.key = q.value(1).toString();
    e.client = q.value(2).toString();
    e.name = q.value(3).toString();
    Domain::supportModelFromId(q.value(4).toString(), &e.model);
    e.start = dateFromSql(q.value(5));
    e.end = dateFromSql(q.value(6));
    e.timeZone = q.value(7).toString().toUtf8();
    e.committedMinutesPerMonth = q.value(8).toInt();
    e.severity1Cover24x7 = q.value(9).toBool();
    e.rolesCovered = rolesFromText(q.value(10).toString());
    e.notes = q.value(11).toString();
    e.stamp = ChangeStamps::fromQuery(q, 12);
    return e;
}

void bindEngagement(QSqlQuery &q, const Domain::Engagement &e)
{
    q.bindValue(QStringLiteral(":key"), textToSql(e.key));
    q.bindValue(QStringLiteral(":client"), textToSql(e.client));
    q.bindValue(QStringLiteral(":name"), textToSql(e.name));
    q.bindValue(QStringLiteral(":model"), Domain::supportModelId(e.model));
    q.bindValue(QStringLiteral(":start"), dateToSql(e.start));
    q.bindValue(QStringLiteral(":end"), dateToSql(e.end));
    q.bindValue(QStringLiteral(":tz"), QString::fromUtf8(e.timeZone));
    q.bindValue(QStringLiteral(":minutes"), e.committedMinutesPerMonth);
    q.bindValue(QStringLiteral(":cover"), e.severity1Cover24x7 ? 1 : 0);
    q.bindValue(QStringLiteral(":roles"), textToSql(rolesToText(e.rolesCovered)));
    q.bindValue(QStringLiteral(":notes"), textToSql(e.notes));
}

} // namespace

EngagementRepository::EngagementRepository(const Database &database) : m_database(database)
{
}

StorageError EngagementRepository::all(QVector<Domain::Engagement> *out) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM engagements WHERE deleted_at IS NULL ORDER BY engagement_key")
                .arg(s_columns)) ||
        !q.exec())
        return queryError(q, QStringLiteral("list engagements"));
    out->clear();
    while (q.next())
        out->append(fromRecord(q));
    QSqlQuery services(db);
    services.setForwardOnly(true);
    if (!services.prepare(
            QStringLiteral("SELECT engagement_id, activity FROM engagement_services ORDER BY activity")) ||
        !services.exec())
        return queryError(services, QStringLiteral("list engagement services"));
    while (services.next()) {
        const qint64 id = services.value(0).toLongLong();
        for (Domain::Engagement &e : *out) {
            if (e.id == id)
                e.optionalServices.append(services.value(1).toString());
        }
    }
    return {};
}

StorageError EngagementRepository::findByKey(const QString &key, std::optional<Domain::Engagement> *out) const
{
    QVector<Domain::Engagement> every;
    if (StorageError error = all(&every))
        return error;
    out->reset();
    for (const Domain::Engagement &e : qAsConst(every)) {
        if (e.key.compare(key, Qt::CaseInsensitive) == 0)
            *out = e;
    }
    return {};
}

StorageError EngagementRepository::saveServices(const Domain::Engagement &engagement) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM engagement_services WHERE engagement_id = :id")))
        return queryError(q, QStringLiteral("save engagement services"), engagement.key);
    q.bindValue(QStringLiteral(":id"), engagement.id);
    if (!q.exec())
        return queryError(q, QStringLiteral("save engagement services"), engagement.key);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO engagement_services (engagement_id, activity) VALUES (:id, :activity)")))
        return queryError(q, QStringLiteral("save engagement services"), engagement.key);
    for (const QString &activity : engagement.optionalServices) {
        q.bindValue(QStringLiteral(":id"), engagement.id);
        q.bindValue(QStringLiteral(":activity"), activity);
        if (!q.exec())
            return queryError(q, QStringLiteral("save engagement services"), engagement.key);
    }
    return {};
}

StorageError EngagementRepository::insert(Domain::Engagement *engagement) const
{
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("add engagement"), engagement->key);
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(QStringLiteral("add engagement"), engagement->key);
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("DELETE FROM engagements WHERE engagement_key = :key AND deleted_at IS NOT NULL")))
        return queryError(q, QStringLiteral("add engagement"), engagement->key);
    q.bindValue(QStringLiteral(":key"), engagement->key);
    if (!q.exec())
        return queryError(q, QStringLiteral("add engagement"), engagement->key);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO engagements (engagement_key, client, name, support_model, start_date, "
            "end_date, time_zone, committed_minutes, sev1_24x7, roles_covered, notes, row_version, "
            "created_by, created_at, updated_by, updated_at) "
            "VALUES (:key, :client, :name, :model, :start, :end, :tz, :minutes, :cover, :roles, "
            ":notes, 1, :cby, :cat, :by, :at) RETURNING id")))
        return queryError(q, QStringLiteral("add engagement"), engagement->key);
    bindEngagement(q, *engagement);
    const Domain::ChangeStamp stamp = ChangeStamps::next({}, m_database.userName());
    ChangeStamps::bind(q, stamp);
    if (!q.exec() || !q.next())
        return queryError(q, QStringLiteral("add engagement"), engagement->key);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Domain::Engagement stored = *engagement;
    stored.id = id;
    if (StorageError error = saveServices(stored))
        return error;
    if (!transaction.commit())
        return queryError(q, QStringLiteral("add engagement"), engagement->key);
    engagement->id = id;
    engagement->stamp = stamp;
    return {};
}

StorageError EngagementRepository::update(const Domain::Engagement &engagement,
                                          Domain::ChangeStamp *written) const
{
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("save engagement"), engagement.key);
    QSqlDatabase db = m_database.connection();
    const auto conflict = [&] {
        return ChangeStamps::conflict(db, QStringLiteral("engagements"),
                                      QStringLiteral("id = :id AND deleted_at IS NULL"),
                                      {{QStringLiteral(":id"), engagement.id}}, StorageError::Row::Engagement,
                                      QStringLiteral("save engagement"), engagement.key);
    };
    // A value that was never read from the database names no version to save over.
    if (!engagement.stamp.isStored())
        return conflict();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(QStringLiteral("save engagement"), engagement.key);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "UPDATE engagements SET engagement_key = :key, client = :client, name = :name, "
            "support_model = :model, start_date = :start, end_date = :end, time_zone = :tz, "
            "committed_minutes = :minutes, sev1_24x7 = :cover, roles_covered = :roles, "
            "notes = :notes, row_version = row_version + 1, updated_by = :by, updated_at = :at "
            "WHERE id = :id AND row_version = :version AND deleted_at IS NULL")))
        return queryError(q, QStringLiteral("save engagement"), engagement.key);
    bindEngagement(q, engagement);
    const Domain::ChangeStamp stamp = ChangeStamps::next(engagement.stamp, m_database.userName());
    ChangeStamps::bind(q, stamp);
    q.bindValue(QStringLiteral(":id"), engagement.id);
    q.bindValue(QStringLiteral(":version"), engagement.stamp.version);
    if (!q.exec())
        return queryError(q, QStringLiteral("save engagement"), engagement.key);
    if (q.numRowsAffected() != 1)
        return conflict();
    if (StorageError error = saveServices(engagement))
        return error;
    if (!transaction.commit())
        return queryError(q, QStringLiteral("save engagement"), engagement.key);
    if (written)
        *written = stamp;
    return {};
}

StorageError EngagementRepository::remove(qint64 id) const
{
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("delete engagement"), QString::number(id));
    QSqlQuery q(m_database.connection());
    if (!q.prepare(
            QStringLiteral("UPDATE engagements SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")))
        return queryError(q, QStringLiteral("delete engagement"), QString::number(id));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q, QStringLiteral("delete engagement"), QString::number(id));
    if (q.numRowsAffected() != 1)
        return {StorageError::Kind::NotFound, QStringLiteral("delete engagement"), QString::number(id),
                QStringLiteral("the engagement is no longer in the database")};
    return {};
}

StorageError EngagementRepository::restore(qint64 id) const
{
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("restore engagement"), QString::number(id));
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("UPDATE engagements SET deleted_at = NULL WHERE id = :id")))
        return queryError(q, QStringLiteral("restore engagement"), QString::number(id));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q, QStringLiteral("restore engagement"), QString::number(id));
    if (q.numRowsAffected() != 1)
        return {StorageError::Kind::NotFound, QStringLiteral("restore engagement"), QString::number(id),
                QStringLiteral("the engagement is no longer in the database")};
    return {};
}

StorageError EngagementRepository::purgeDeleted() const
{
    if (m_database.isReadOnly())
        return {};
    QSqlQuery q(m_database.connection());
    // Opening a database must not wait for the write lock when there is nothing to purge: another
    // Delivery Desk may hold it for a whole import (in WAL mode reading never waits).
    if (!q.exec(QStringLiteral("SELECT 1 FROM engagements WHERE deleted_at IS NOT NULL LIMIT 1")))
        return queryError(q, QStringLiteral("purge deleted engagements"));
    if (!q.next())
        return {};
    q.finish();
    if (!q.exec(QStringLiteral("DELETE FROM engagements WHERE deleted_at IS NOT NULL")))
        return queryError(q, QStringLiteral("purge deleted engagements"));
    return {};
}

} // namespace Storage

#include "models/storage/calendarrepository.h"

#include "models/domain/calendar/defaultcalendar.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

/// A stored definition that no longer parses is a damaged row, not a missing one: say which.
StorageError damagedRow(const QString &name, const Exchange::ExchangeError &error)
{
    return {StorageError::Kind::Query, QStringLiteral("read calendar"), name,
            QStringLiteral("the stored calendar cannot be read: %1").arg(error.reason)};
}

bool readRow(const QSqlQuery &q, StoredCalendar *out, StorageError *error)
{
    const QString name = q.value(1).toString();
    Exchange::ExchangeError parseError;
    const std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::fromJson(q.value(2).toString().toUtf8(), &parseError, name);
    if (!calendar) {
        *error = damagedRow(name, parseError);
        return false;
    }
    out->id = q.value(0).toLongLong();
    out->calendar = *calendar;
    out->stamp = ChangeStamps::fromQuery(q, 3);
    // The column is the key; a definition edited by hand may carry another name.
    out->calendar.setName(name);
    return true;
}

} // namespace

CalendarRepository::CalendarRepository(const Database &database) : m_database(database)
{
}

StorageError CalendarRepository::list(QVector<StoredCalendar> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, definition, %1 FROM calendars ORDER BY name")
                       .arg(ChangeStamps::columns())) ||
        !q.exec())
        return queryError(q, QStringLiteral("list calendars"));
    out->clear();
    while (q.next()) {
        StoredCalendar stored;
        StorageError error;
        if (!readRow(q, &stored, &error))
            return error;
        out->append(stored);
    }
    return {};
}

StorageError CalendarRepository::find(const QString &where, const QVariant &value, const QString &record,
                                      std::optional<StoredCalendar> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, definition, %1 FROM calendars WHERE %2 = :value")
                       .arg(ChangeStamps::columns(), where)))
        return queryError(q, QStringLiteral("find calendar"), record);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return queryError(q, QStringLiteral("find calendar"), record);
    out->reset();
    if (!q.next())
        return {};
    StoredCalendar stored;
    StorageError error;
    if (!readRow(q, &stored, &error))
        return error;
    *out = stored;
    return {};
}

StorageError CalendarRepository::stampOf(const QString &where, const QVariant &value, const QString &record,
                                         QString *name, std::optional<Domain::ChangeStamp> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name, %1 FROM calendars WHERE %2 = :value")
                       .arg(ChangeStamps::columns(), where)))
        return queryError(q, QStringLiteral("find calendar"), record);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return queryError(q, QStringLiteral("find calendar"), record);
    out->reset();
    if (q.next()) {
        *name = q.value(0).toString();
        *out = ChangeStamps::fromQuery(q, 1);
    }
    return {};
}

StorageError CalendarRepository::stampFor(qint64 engagementId, std::optional<Domain::ChangeStamp> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM calendars c JOIN engagements e ON e.calendar_id = c.id "
                                  "WHERE e.id = :e")
                       .arg(ChangeStamps::columns(QStringLiteral("c.")))))
        return queryError(q, QStringLiteral("find calendar"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("find calendar"), QString::number(engagementId));
    out->reset();
    if (q.next())
        *out = ChangeStamps::fromQuery(q, 0);
    return {};
}

StorageError CalendarRepository::findById(qint64 id, std::optional<StoredCalendar> *out) const
{
    return find(QStringLiteral("id"), id, QString::number(id), out);
}

StorageError CalendarRepository::findByName(const QString &name, std::optional<StoredCalendar> *out) const
{
    return find(QStringLiteral("name"), textToSql(name), name, out);
}

StorageError CalendarRepository::upsert(const Domain::BusinessCalendar &calendar, qint64 *id,
                                        Domain::ChangeStamp *stamp) const
{
    const QString operation = QStringLiteral("save calendar");
    const QString name = calendar.name().trimmed();
    if (m_database.isReadOnly())
        return readOnlyError(operation, name);
    if (name.isEmpty())
        return {StorageError::Kind::Query, operation, name, QStringLiteral("a stored calendar needs a name")};
    Domain::BusinessCalendar named = calendar;
    named.setName(name);
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(operation, name);
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("calendars");
    row.key = {{QStringLiteral("name"), name}};
    row.values = {{QStringLiteral("definition"), QString::fromUtf8(Exchange::CalendarFile::toJson(named))}};
    row.read = *stamp;
    Domain::ChangeStamp written;
    if (StorageError error =
            ChangeStamps::save(m_database, row, StorageError::Row::Calendar, operation, name, &written)) {
        error.rowName = name;
        return error;
    }
    if (id) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT id FROM calendars WHERE name = :name")))
            return queryError(q, operation, name);
        q.bindValue(QStringLiteral(":name"), name);
        if (!q.exec() || !q.next())
            return queryError(q, operation, name);
        *id = q.value(0).toLongLong();
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, operation, name, db.lastError().text()};
    *stamp = written;
    return {};
}

StorageError CalendarRepository::remove(qint64 id, const Domain::ChangeStamp &read) const
{
    const QString operation = QStringLiteral("delete calendar");
    if (m_database.isReadOnly())
        return readOnlyError(operation, QString::number(id));
    QString name;
    std::optional<Domain::ChangeStamp> stored;
    if (StorageError error = stampOf(QStringLiteral("id"), id, QString::number(id), &name, &stored))
        return error;
    if (!stored)
        return {StorageError::Kind::NotFound, operation, QString::number(id),
                QStringLiteral("the calendar is no longer in the database")};
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("calendars");
    row.key = {{QStringLiteral("id"), id}};
    row.read = read;
    if (StorageError error =
            ChangeStamps::save(m_database, row, StorageError::Row::Calendar, operation, name)) {
        error.rowName = name;
        return error;
    }
    return {};
}

StorageError CalendarRepository::calendarFor(qint64 engagementId, Domain::BusinessCalendar *out,
                                             bool *isStored) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT e.time_zone, c.id, c.name, c.definition FROM engagements e "
                                  "LEFT JOIN calendars c ON c.id = e.calendar_id "
                                  "WHERE e.id = :id AND e.deleted_at IS NULL")))
        return queryError(q, QStringLiteral("read engagement calendar"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":id"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read engagement calendar"), QString::number(engagementId));
    if (!q.next())
        return {StorageError::Kind::NotFound, QStringLiteral("read engagement calendar"),
                QString::number(engagementId), QStringLiteral("there is no such engagement")};
    const bool stored = !q.value(1).isNull();
    if (isStored)
        *isStored = stored;
    if (!stored) {
        *out = Domain::DefaultCalendar::forZone(q.value(0).toString().toUtf8());
        return {};
    }
    const QString name = q.value(2).toString();
    Exchange::ExchangeError parseError;
    const std::optional<Domain::BusinessCalendar> calendar =
        Exchange::CalendarFile::fromJson(q.value(3).toString().toUtf8(), &parseError, name);
    if (!calendar)
        return damagedRow(name, parseError);
    *out = *calendar;
    out->setName(name);
    return {};
}

StorageError CalendarRepository::setCalendar(qint64 engagementId, qint64 calendarId) const
{
    const QString record = QString::number(engagementId);
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("set engagement calendar"), record);
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral(
            "UPDATE engagements SET calendar_id = :calendar WHERE id = :id AND deleted_at IS NULL")))
        return queryError(q, QStringLiteral("set engagement calendar"), record);
    q.bindValue(QStringLiteral(":calendar"),
                optionalToSql(calendarId > 0 ? std::optional<qint64>(calendarId) : std::nullopt));
    q.bindValue(QStringLiteral(":id"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("set engagement calendar"), record);
    if (q.numRowsAffected() != 1)
        return {StorageError::Kind::NotFound, QStringLiteral("set engagement calendar"), record,
                QStringLiteral("there is no such engagement")};
    return {};
}

StorageError CalendarRepository::saveCalendarFor(qint64 engagementId,
                                                 const Domain::BusinessCalendar &calendar, qint64 *id,
                                                 const Domain::ChangeStamp *read) const
{
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(QStringLiteral("save engagement calendar"), calendar.name());
    // A new definition of the calendar, not an edit of a shown one: saved over the version read
    // here, in the same transaction.
    // (Only the stamp is read: a stored definition that no longer parses is replaced too.)
    QString name = calendar.name().trimmed();
    std::optional<Domain::ChangeStamp> current;
    if (StorageError error = stampOf(QStringLiteral("name"), name, name, &name, &current))
        return error;
    Domain::ChangeStamp stamp = read ? *read : current.value_or(Domain::ChangeStamp());
    qint64 calendarId = 0;
    if (StorageError error = upsert(calendar, &calendarId, &stamp))
        return error;
    if (StorageError error = setCalendar(engagementId, calendarId))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, QStringLiteral("set engagement calendar"), calendar.name(),
                QStringLiteral("the transaction could not be committed")};
    if (id)
        *id = calendarId;
    return {};
}

StorageError CalendarRepository::engagementsUsing(qint64 calendarId, QStringList *keys) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT engagement_key FROM engagements WHERE calendar_id = :calendar "
                                  "AND deleted_at IS NULL ORDER BY engagement_key")))
        return queryError(q, QStringLiteral("list engagements of calendar"), QString::number(calendarId));
    q.bindValue(QStringLiteral(":calendar"), calendarId);
    if (!q.exec())
        return queryError(q, QStringLiteral("list engagements of calendar"), QString::number(calendarId));
    keys->clear();
    while (q.next())
        keys->append(q.value(0).toString());
    return {};
}

} // namespace Storage

#include "models/storage/allocationrepository.h"

#include "models/domain/capacity/allocationplan.h"
#include "models/domain/capacity/workingdays.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_setOperation = QStringLiteral("save allocation");
const QString s_monthFormat = QStringLiteral("yyyy-MM");

QString monthToSql(const QDate &month)
{
    return month.toString(s_monthFormat);
}

QString recordOf(const Domain::Allocation &a)
{
    return QStringLiteral("%1, %2, %3").arg(a.person, a.engagementKey, monthToSql(a.month));
}

QString warningText(Domain::AllocationWarning::Kind kind, qint64 limit = 0)
{
    // English detail for logs and the command line; the UI checks first and shows CapacityText.
    using Kind = Domain::AllocationWarning::Kind;
    switch (kind) {
    case Kind::UnknownPerson:
        return QStringLiteral("no such person");
    case Kind::UnknownEngagement:
        return QStringLiteral("no such engagement");
    case Kind::InvalidMonth:
        return QStringLiteral("the month is not valid");
    case Kind::NegativeMinutes:
        return QStringLiteral("negative hours");
    case Kind::AbsurdMinutes:
        return QStringLiteral("more hours than the month has (%1 h)").arg(limit / 60);
    case Kind::DuplicateAllocation:
        return QStringLiteral("the same person, engagement and month appear twice");
    case Kind::PersonNotStarted:
        return QStringLiteral("the person has not started in this month");
    case Kind::PersonHasLeft:
        return QStringLiteral("the person has left before this month");
    case Kind::EngagementNotStarted:
        return QStringLiteral("the engagement has not started in this month");
    case Kind::EngagementEnded:
        return QStringLiteral("the engagement has ended before this month");
    default:
        return {};
    }
}

/// The rows allocations refer to, loaded once per write: ids plus what validation needs.
struct Directory
{
    QVector<Domain::Person> people;
    QVector<Domain::Engagement> engagements;
    QHash<QString, qint64> personIds;
    QHash<QString, qint64> engagementIds;
};

StorageError loadDirectory(QSqlDatabase db, Directory *out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, start_date, end_date FROM people")) || !q.exec())
        return queryError(q, s_setOperation);
    while (q.next()) {
        Domain::Person p;
        p.name = q.value(1).toString();
        p.start = dateFromSql(q.value(2));
        p.end = dateFromSql(q.value(3));
        out->personIds.insert(p.name, q.value(0).toLongLong());
        out->people.append(p);
    }
    if (!q.prepare(QStringLiteral("SELECT id, engagement_key, start_date, end_date FROM engagements "
                                  "WHERE deleted_at IS NULL")) ||
        !q.exec())
        return queryError(q, s_setOperation);
    while (q.next()) {
        Domain::Engagement e;
        e.id = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        e.start = dateFromSql(q.value(2));
        e.end = dateFromSql(q.value(3));
        out->engagementIds.insert(e.key, e.id);
        out->engagements.append(e);
    }
    return {};
}

/// The first reason to refuse the batch, or a null error.
StorageError refusal(const Directory &directory, const QVector<Domain::Allocation> &allocations)
{
    using Kind = Domain::AllocationWarning::Kind;
    QVector<Domain::Allocation> withMinutes;
    for (const Domain::Allocation &a : allocations) {
        if (!directory.personIds.contains(a.person))
            return {StorageError::Kind::NotFound, s_setOperation, recordOf(a),
                    warningText(Kind::UnknownPerson)};
        if (!directory.engagementIds.contains(a.engagementKey))
            return {StorageError::Kind::NotFound, s_setOperation, recordOf(a),
                    warningText(Kind::UnknownEngagement)};
        if (!a.month.isValid())
            return {StorageError::Kind::Query, s_setOperation, recordOf(a), warningText(Kind::InvalidMonth)};
        if (a.minutes != 0)
            withMinutes.append(
                {a.person, a.engagementKey, Domain::WorkingDays::monthStart(a.month), a.minutes});
    }
    const Domain::AllocationPlan plan(directory.people, directory.engagements, withMinutes);
    for (const Domain::AllocationWarning &w : plan.validate()) {
        const Domain::Allocation a{w.person, w.engagement, w.month, static_cast<int>(w.value)};
        return {StorageError::Kind::Query, s_setOperation, recordOf(a), warningText(w.kind, w.limit)};
    }
    return {};
}

StorageError write(QSqlDatabase db, const Directory &directory, const Domain::Allocation &a)
{
    QSqlQuery q(db);
    if (a.minutes == 0) {
        if (!q.prepare(
                QStringLiteral("DELETE FROM allocations WHERE person_id = :person AND engagement_id = :e "
                               "AND month = :month")))
            return queryError(q, s_setOperation, recordOf(a));
    } else {
        if (!q.prepare(QStringLiteral(
                "INSERT INTO allocations (person_id, engagement_id, month, minutes) "
                "VALUES (:person, :e, :month, :minutes) "
                "ON CONFLICT (person_id, engagement_id, month) DO UPDATE SET minutes = excluded.minutes")))
            return queryError(q, s_setOperation, recordOf(a));
        q.bindValue(QStringLiteral(":minutes"), a.minutes);
    }
    q.bindValue(QStringLiteral(":person"), directory.personIds.value(a.person));
    q.bindValue(QStringLiteral(":e"), directory.engagementIds.value(a.engagementKey));
    q.bindValue(QStringLiteral(":month"), monthToSql(a.month));
    if (!q.exec())
        return queryError(q, s_setOperation, recordOf(a));
    return {};
}

} // namespace

AllocationRepository::AllocationRepository(const Database &database) : m_database(database)
{
}

StorageError AllocationRepository::list(const QDate &fromMonth, const QDate &toMonth,
                                        QVector<Domain::Allocation> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT p.name, e.engagement_key, a.month, a.minutes FROM allocations a "
                                  "JOIN people p ON p.id = a.person_id "
                                  "JOIN engagements e ON e.id = a.engagement_id AND e.deleted_at IS NULL "
                                  "WHERE a.month >= :from AND a.month <= :to "
                                  "ORDER BY a.month, p.name, e.engagement_key")))
        return queryError(q, QStringLiteral("list allocations"));
    // 'YYYY-MM' text orders like the months; open ends are bounds no month passes.
    q.bindValue(QStringLiteral(":from"),
                fromMonth.isValid() ? monthToSql(fromMonth) : QStringLiteral("0000-00"));
    q.bindValue(QStringLiteral(":to"), toMonth.isValid() ? monthToSql(toMonth) : QStringLiteral("9999-99"));
    if (!q.exec())
        return queryError(q, QStringLiteral("list allocations"));
    out->clear();
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate);
        out->append({q.value(0).toString(), q.value(1).toString(), month, q.value(3).toInt()});
    }
    return {};
}

StorageError AllocationRepository::set(const Domain::Allocation &allocation) const
{
    return setMany({allocation});
}

StorageError AllocationRepository::setMany(const QVector<Domain::Allocation> &allocations) const
{
    if (m_database.isReadOnly())
        return readOnlyError(s_setOperation,
                             allocations.isEmpty() ? QString() : recordOf(allocations.constFirst()));
    if (allocations.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    Directory directory;
    if (StorageError error = loadDirectory(db, &directory))
        return error;
    if (StorageError error = refusal(directory, allocations))
        return error;
    TransactionGuard transaction(db);
    for (const Domain::Allocation &a : allocations) {
        if (StorageError error = write(db, directory, a))
            return error;
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_setOperation, recordOf(allocations.constFirst()),
                db.lastError().text()};
    return {};
}

} // namespace Storage

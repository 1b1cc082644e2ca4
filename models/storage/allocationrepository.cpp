#include "models/storage/allocationrepository.h"

#include "models/domain/capacity/allocationplan.h"
#include "models/domain/capacity/workingdays.h"
#include "models/storage/changestamps.h"
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

/// Writes `a` if its cell is still as read; the stamp the cell has now goes to `written`.
StorageError write(const Database &database, const Directory &directory, const Domain::Allocation &a,
                   Domain::ChangeStamp *written)
{
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("allocations");
    row.key = {{QStringLiteral("person_id"), directory.personIds.value(a.person)},
               {QStringLiteral("engagement_id"), directory.engagementIds.value(a.engagementKey)},
               {QStringLiteral("month"), monthToSql(a.month)}};
    if (a.minutes != 0)
        row.values = {{QStringLiteral("minutes"), a.minutes}};
    row.read = a.stamp;
    return ChangeStamps::save(database, row, StorageError::Row::Allocation, s_setOperation, recordOf(a),
                              written);
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
    if (!q.prepare(
            QStringLiteral("SELECT p.name, e.engagement_key, a.month, a.minutes, %1 FROM allocations a "
                           "JOIN people p ON p.id = a.person_id "
                           "JOIN engagements e ON e.id = a.engagement_id AND e.deleted_at IS NULL "
                           "WHERE a.month >= :from AND a.month <= :to "
                           "ORDER BY a.month, p.name, e.engagement_key")
                .arg(ChangeStamps::columns(QStringLiteral("a.")))))
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
        out->append({q.value(0).toString(), q.value(1).toString(), month, q.value(3).toInt(),
                     ChangeStamps::fromQuery(q, 4)});
    }
    return {};
}

StorageError AllocationRepository::set(const Domain::Allocation &allocation,
                                       Domain::ChangeStamp *written) const
{
    QVector<Domain::ChangeStamp> stamps;
    if (StorageError error = setMany({allocation}, &stamps))
        return error;
    if (written)
        *written = stamps.constFirst();
    return {};
}

StorageError AllocationRepository::setMany(const QVector<Domain::Allocation> &allocations,
                                           QVector<Domain::ChangeStamp> *written) const
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
    if (!transaction.isActive())
        return transaction.beginError(s_setOperation, recordOf(allocations.constFirst()));
    QVector<Domain::ChangeStamp> stamps(allocations.size());
    for (int i = 0; i < allocations.size(); ++i) {
        if (StorageError error = write(m_database, directory, allocations.at(i), &stamps[i]))
            return error;
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_setOperation, recordOf(allocations.constFirst()),
                db.lastError().text()};
    if (written)
        *written = stamps;
    return {};
}

} // namespace Storage

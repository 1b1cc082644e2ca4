#include "models/storage/peoplerepository.h"

#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_saveOperation = QStringLiteral("save person");

QString problemText(const Domain::PersonIssue &issue)
{
    // English detail for logs and the command line; the UI validates first and shows CapacityText.
    switch (issue.problem) {
    case Domain::PersonProblem::MissingName:
        return QStringLiteral("the person has no name");
    case Domain::PersonProblem::NegativeContract:
        return QStringLiteral("contracted hours per week are negative");
    case Domain::PersonProblem::AbsurdContract:
        return QStringLiteral("more than 60 contracted hours per week");
    case Domain::PersonProblem::PartTimeOutOfRange:
        return QStringLiteral("part-time must be 1-100 %");
    case Domain::PersonProblem::EndBeforeStart:
        return QStringLiteral("the end date lies before the start date");
    case Domain::PersonProblem::AbsenceWithoutDates:
        return QStringLiteral("absence %1 has no dates").arg(issue.absence + 1);
    case Domain::PersonProblem::AbsenceEndsBeforeStart:
        return QStringLiteral("absence %1 ends before it starts").arg(issue.absence + 1);
    case Domain::PersonProblem::OverlappingAbsences:
        return QStringLiteral("absence %1 overlaps an earlier one").arg(issue.absence + 1);
    }
    return {};
}

Domain::Person personFromRecord(const QSqlQuery &q)
{
    Domain::Person p;
    p.name = q.value(1).toString();
    Domain::roleFromId(q.value(2).toString(), &p.role);
    p.contractedMinutesPerWeek = q.value(3).toInt();
    p.partTimePercent = q.value(4).toInt();
    p.onCall = q.value(5).toBool();
    p.start = dateFromSql(q.value(6));
    p.end = dateFromSql(q.value(7));
    p.stamp = ChangeStamps::fromQuery(q, 8);
    return p;
}

} // namespace

PeopleRepository::PeopleRepository(const Database &database) : m_database(database)
{
}

QString PeopleRepository::absenceKindId(Domain::AbsenceKind kind)
{
    switch (kind) {
    case Domain::AbsenceKind::Vacation:
        return QStringLiteral("vacation");
    case Domain::AbsenceKind::SickLeave:
        return QStringLiteral("sick-leave");
    case Domain::AbsenceKind::ParentalLeave:
        return QStringLiteral("parental-leave");
    case Domain::AbsenceKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

bool PeopleRepository::absenceKindFromId(const QString &id, Domain::AbsenceKind *kind)
{
    for (int i = 0; i < Domain::AbsenceKindCount; ++i) {
        const auto candidate = static_cast<Domain::AbsenceKind>(i);
        if (absenceKindId(candidate) == id) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

StorageError PeopleRepository::all(QVector<Domain::Person> *out) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, role, minutes_per_week, part_time_percent, on_call, "
                                  "start_date, end_date, %1 FROM people ORDER BY name")
                       .arg(ChangeStamps::columns())) ||
        !q.exec())
        return queryError(q, QStringLiteral("list people"));
    out->clear();
    QHash<qint64, int> indexById;
    while (q.next()) {
        indexById.insert(q.value(0).toLongLong(), out->size());
        out->append(personFromRecord(q));
    }
    QSqlQuery a(db);
    a.setForwardOnly(true);
    if (!a.prepare(QStringLiteral("SELECT person_id, kind, start_date, end_date FROM absences "
                                  "ORDER BY person_id, start_date, id")) ||
        !a.exec())
        return queryError(a, QStringLiteral("list absences"));
    while (a.next()) {
        const auto it = indexById.constFind(a.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        Domain::Absence absence;
        absenceKindFromId(a.value(1).toString(), &absence.kind);
        absence.from = dateFromSql(a.value(2));
        absence.to = dateFromSql(a.value(3));
        (*out)[it.value()].absences.append(absence);
    }
    return {};
}

StorageError PeopleRepository::saveAbsences(const Domain::Person &person) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT id FROM people WHERE name = :name")))
        return queryError(q, s_saveOperation, person.name);
    q.bindValue(QStringLiteral(":name"), textToSql(person.name));
    if (!q.exec() || !q.next())
        return queryError(q, s_saveOperation, person.name);
    const qint64 personId = q.value(0).toLongLong();
    q.finish();
    if (!q.prepare(QStringLiteral("DELETE FROM absences WHERE person_id = :id")))
        return queryError(q, s_saveOperation, person.name);
    q.bindValue(QStringLiteral(":id"), personId);
    if (!q.exec())
        return queryError(q, s_saveOperation, person.name);
    if (!q.prepare(QStringLiteral("INSERT INTO absences (person_id, kind, start_date, end_date) "
                                  "VALUES (:id, :kind, :from, :to)")))
        return queryError(q, s_saveOperation, person.name);
    for (const Domain::Absence &absence : person.absences) {
        q.bindValue(QStringLiteral(":id"), personId);
        q.bindValue(QStringLiteral(":kind"), absenceKindId(absence.kind));
        q.bindValue(QStringLiteral(":from"), dateToSql(absence.from));
        q.bindValue(QStringLiteral(":to"), dateToSql(absence.to));
        if (!q.exec())
            return queryError(q, s_saveOperation, person.name);
    }
    return {};
}

StorageError PeopleRepository::save(const Domain::Person &person, Domain::ChangeStamp *written) const
{
    if (m_database.isReadOnly())
        return readOnlyError(s_saveOperation, person.name);
    const QVector<Domain::PersonIssue> issues = person.validate();
    if (!issues.isEmpty())
        return {StorageError::Kind::Query, s_saveOperation, person.name, problemText(issues.constFirst())};
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(s_saveOperation, person.name);
    // The person's row is claimed over the version read before any absence is touched: a refused
    // save leaves the absences as the other user saved them.
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("people");
    row.key = {{QStringLiteral("name"), textToSql(person.name)}};
    row.values = {{QStringLiteral("role"), Domain::roleId(person.role)},
                  {QStringLiteral("minutes_per_week"), person.contractedMinutesPerWeek},
                  {QStringLiteral("part_time_percent"), person.partTimePercent},
                  {QStringLiteral("on_call"), person.onCall ? 1 : 0},
                  {QStringLiteral("start_date"), dateToSql(person.start)},
                  {QStringLiteral("end_date"), dateToSql(person.end)}};
    row.read = person.stamp;
    Domain::ChangeStamp stamp;
    if (StorageError error = ChangeStamps::save(m_database, row, StorageError::Row::Person, s_saveOperation,
                                                person.name, &stamp)) {
        error.rowName = person.name;
        return error;
    }
    if (StorageError error = saveAbsences(person))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_saveOperation, person.name, db.lastError().text()};
    if (written)
        *written = stamp;
    return {};
}

StorageError PeopleRepository::remove(const QString &name, const Domain::ChangeStamp &read) const
{
    const QString operation = QStringLiteral("delete person");
    if (m_database.isReadOnly())
        return readOnlyError(operation, name);
    if (!read.isStored()) {
        // Nothing was read: there is nothing to remove, unless someone added the person since.
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT 1 FROM people WHERE name = :name")))
            return queryError(q, operation, name);
        q.bindValue(QStringLiteral(":name"), textToSql(name));
        if (!q.exec())
            return queryError(q, operation, name);
        if (!q.next())
            return {StorageError::Kind::NotFound, operation, name, QStringLiteral("no such person")};
    }
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("people");
    row.key = {{QStringLiteral("name"), textToSql(name)}};
    row.read = read;
    if (StorageError error =
            ChangeStamps::save(m_database, row, StorageError::Row::Person, operation, name)) {
        error.rowName = name;
        return error;
    }
    return {};
}

} // namespace Storage

#include "models/storage/peoplerepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QHash>
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
                                  "start_date, end_date FROM people ORDER BY name")) ||
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

StorageError PeopleRepository::saveAbsences(qint64 personId, const Domain::Person &person) const
{
    QSqlQuery q(m_database.connection());
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

StorageError PeopleRepository::save(const Domain::Person &person) const
{
    if (m_database.isReadOnly())
        return readOnlyError(s_saveOperation, person.name);
    const QVector<Domain::PersonIssue> issues = person.validate();
    if (!issues.isEmpty())
        return {StorageError::Kind::Query, s_saveOperation, person.name, problemText(issues.constFirst())};
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO people (name, role, minutes_per_week, part_time_percent, on_call, "
                           "start_date, end_date) "
                           "VALUES (:name, :role, :minutes, :part, :oncall, :start, :end) "
                           "ON CONFLICT (name) DO UPDATE SET role = excluded.role, minutes_per_week = "
                           "excluded.minutes_per_week, "
                           "part_time_percent = excluded.part_time_percent, on_call = excluded.on_call, "
                           "start_date = excluded.start_date, end_date = excluded.end_date RETURNING id")))
        return queryError(q, s_saveOperation, person.name);
    q.bindValue(QStringLiteral(":name"), textToSql(person.name));
    q.bindValue(QStringLiteral(":role"), Domain::roleId(person.role));
    q.bindValue(QStringLiteral(":minutes"), person.contractedMinutesPerWeek);
    q.bindValue(QStringLiteral(":part"), person.partTimePercent);
    q.bindValue(QStringLiteral(":oncall"), person.onCall ? 1 : 0);
    q.bindValue(QStringLiteral(":start"), dateToSql(person.start));
    q.bindValue(QStringLiteral(":end"), dateToSql(person.end));
    if (!q.exec() || !q.next())
        return queryError(q, s_saveOperation, person.name);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (StorageError error = saveAbsences(id, person))
        return error;
    if (!transaction.commit())
        return queryError(q, s_saveOperation, person.name);
    return {};
}

StorageError PeopleRepository::remove(const QString &name) const
{
    const QString operation = QStringLiteral("delete person");
    if (m_database.isReadOnly())
        return readOnlyError(operation, name);
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM people WHERE name = :name")))
        return queryError(q, operation, name);
    q.bindValue(QStringLiteral(":name"), textToSql(name));
    if (!q.exec())
        return queryError(q, operation, name);
    if (q.numRowsAffected() != 1)
        return {StorageError::Kind::NotFound, operation, name, QStringLiteral("no such person")};
    return {};
}

} // namespace Storage

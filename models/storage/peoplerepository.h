#pragma once

#include "models/domain/capacity/person.h"
#include "models/storage/storageerror.h"

#include <QVector>

namespace Storage {

class Database;

/// People who can be allocated, with their absences (tables `people` and `absences`).
/// A person's name is the natural key: allocations and worklogs name people, not ids.
class PeopleRepository
{
public:
    explicit PeopleRepository(const Database &database);

    /// Every person with their absences (oldest first), ordered by name.
    StorageError all(QVector<Domain::Person> *out) const;
    /// Inserts the person or replaces the person with the same name; the absences are replaced
    /// as a whole. A person that Person::validate() rejects is refused and nothing is written.
    StorageError save(const Domain::Person &person) const;
    /// Removes the person, their absences and their allocations. NotFound when there is no such person.
    StorageError remove(const QString &name) const;

    /// Stable identifiers of absence kinds, as stored ("vacation", "sick-leave", …).
    static QString absenceKindId(Domain::AbsenceKind kind);
    static bool absenceKindFromId(const QString &id, Domain::AbsenceKind *kind);

private:
    StorageError saveAbsences(qint64 personId, const Domain::Person &person) const;
    const Database &m_database;
};

} // namespace Storage

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

    /// Every person with their absences (oldest first) and stamp, ordered by name.
    StorageError all(QVector<Domain::Person> *out) const;
    /// Adds the person (Person::stamp version 0) or replaces the stored person of that name if it
    /// is still the version the stamp names; the absences are replaced as a whole (the person's
    /// version covers them). Refused as Conflict (row Person, the name as rowName), nothing
    /// written, when someone else changed, added or removed the person since it was read. A person
    /// that Person::validate() rejects is refused and nothing is written. `written` (optional)
    /// gets the new stamp.
    StorageError save(const Domain::Person &person, Domain::ChangeStamp *written = nullptr) const;
    /// Removes the person, their absences and their allocations if the person is still the version
    /// `read` names (Conflict otherwise). NotFound when there is no such person and none was read.
    StorageError remove(const QString &name, const Domain::ChangeStamp &read) const;

    /// Stable identifiers of absence kinds, as stored ("vacation", "sick-leave", …).
    static QString absenceKindId(Domain::AbsenceKind kind);
    static bool absenceKindFromId(const QString &id, Domain::AbsenceKind *kind);

private:
    StorageError saveAbsences(const Domain::Person &person) const;
    const Database &m_database;
};

} // namespace Storage

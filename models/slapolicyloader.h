#pragma once

#include "models/domain/sla/slapolicyhistory.h"
#include "models/storage/storageerror.h"

namespace Storage {
class Database;
}

namespace Models {

/// An engagement's SLA policy history, as `sla policy export` writes it and `sla policy import`
/// adds to it. Versions are only ever added, never rewritten.
class SlaPolicyLoader
{
public:
    /// What a save changed.
    struct SaveCounts
    {
        int added = 0;     ///< versions with a new effective date
        int unchanged = 0; ///< versions already stored exactly like this
    };

    explicit SlaPolicyLoader(const Storage::Database &database) : m_database(database) {}

    /// The engagement's stored policy history; `stored` (optional) is false when it has none and
    /// `out` is the default of its support model.
    Storage::StorageError load(qint64 engagementId, Domain::SlaPolicyHistory *out,
                               bool *stored = nullptr) const;
    /// Adds the versions of `history` with a new effective date, all or nothing: a version that
    /// would change a stored one refuses the whole save.
    Storage::StorageError save(qint64 engagementId, const Domain::SlaPolicyHistory &history,
                               SaveCounts *counts) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

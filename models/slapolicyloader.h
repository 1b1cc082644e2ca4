#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/storage/storageerror.h"

#include <QMap>

namespace Storage {
class Database;
}

namespace Models {

/// An engagement's SLA policy as the SLA policy dialog shows it.
struct SlaPolicyView
{
    Domain::SlaPolicyHistory history;        ///< the stored versions, else the support model's default
    bool stored = false;                     ///< false: none of its own, `history` is the default
    QMap<QDate, Domain::ChangeStamp> stamps; ///< who added each stored version, by effective date
};

/// An engagement's SLA policy history, as `sla policy export` writes it, `sla policy import` and
/// the SLA policy dialog add to it. Versions are only ever added, never rewritten.
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

    /// The policy with who added each version (the dialog).
    Storage::StorageError view(qint64 engagementId, SlaPolicyView *out) const;
    /// Adds `version` to the policy `read` showed, in one transaction. When none was stored, the
    /// support model's default that `read` showed is stored with it, so that the tickets before
    /// the new version keep the targets they were evaluated under. A version already stored on
    /// the same date is refused (Duplicate, nothing written): versions are never rewritten.
    Storage::StorageError addVersion(qint64 engagementId, const SlaPolicyView &read,
                                     const Domain::SlaPolicy &version) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

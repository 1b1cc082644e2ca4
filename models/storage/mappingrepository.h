#pragma once

#include "models/domain/changestamp.h"
#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importmappings.h"
#include "models/storage/storageerror.h"

#include <QStringList>
#include <QVector>

#include <functional>

namespace Storage {

class Database;

/// The user's import mappings (table value_mappings) and named column profiles (import_profiles).
///
/// Mappings are stored as differences from Exchange::ImportMappings::defaults(), one row per
/// name: kind `priority` (target "1".."4"), `work-class` (target "kind/level/activity", e.g.
/// "problem/L2/problem-management"), `person-role` (target a role id) — target "-" removes a
/// default — and `pause-status` (the whole list, target "pause N" keeping its order, stored only
/// when it differs from the defaults; an empty list is one row with an empty name and target "none"). Storing
/// differences keeps improvements of the defaults reaching users who never touched them.
class MappingRepository
{
public:
    explicit MappingRepository(const Database &database);

    /// The defaults with the stored differences applied. Rows this build cannot read are skipped.
    StorageError load(Exchange::ImportMappings *out) const;
    /// Replaces the stored differences by those of `mappings`.
    StorageError save(const Exchange::ImportMappings &mappings) const;
    /// Reads the stored mappings, lets `change` edit them and stores the result, as one step that
    /// other writers of the mappings wait for: two users who remember different values at the same
    /// moment both keep theirs (a load() and a save() of their own would let the later save drop
    /// what the other stored in between). `change` returns false to store nothing.
    StorageError update(const std::function<bool(Exchange::ImportMappings *)> &change) const;

    /// A saved column profile as listed: its name and who saved it when (migration 010).
    struct StoredProfile
    {
        QString name;
        Domain::ChangeStamp stamp;
    };

    StorageError profileNames(QStringList *out) const;
    /// Every profile with its stamp, by name.
    StorageError profiles(QVector<StoredProfile> *out) const;
    /// The stamp of the profile `name`: version 0 when there is none.
    StorageError profileStamp(const QString &name, Domain::ChangeStamp *out) const;
    /// NotFound when there is no profile of that name; Query when the stored JSON is unreadable.
    /// `stamp` (optional) gets the version and who/when it was read with.
    StorageError loadProfile(const QString &name, Exchange::ColumnMapping *out,
                             Domain::ChangeStamp *stamp = nullptr) const;
    /// Saves the profile named `mapping.name` over the version `read` names: version 0 adds a new
    /// one, and is refused when someone else saved one of that name meanwhile (never replaced);
    /// a stored version replaces that version only. Refused: Conflict with Row::ImportProfile,
    /// who saved it last and when, nothing written. `written` (optional) gets the new stamp.
    StorageError saveProfile(const Exchange::ColumnMapping &mapping, const Domain::ChangeStamp &read,
                             Domain::ChangeStamp *written = nullptr) const;
    /// Removes the profile `name` if it is still the version `read` names (else Conflict, as
    /// saveProfile; NotFound when there is none to remove).
    StorageError removeProfile(const QString &name, const Domain::ChangeStamp &read) const;

private:
    const Database &m_database;
};

} // namespace Storage

#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/supportmodel.h"
#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importmappings.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Storage {
class Database;
}

namespace Models {

/// The import mappings the `mapping` command edits (Storage::MappingRepository), the column-mapping
/// profiles and the zones last used, for the import wizard, which holds no repository: it remembers
/// the roles of people met in a file. Errors come back as one translated
/// sentence for the window to show; nothing is half-saved (the repository replaces in one go).
class ImportMappingStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappingStore)

public:
    explicit ImportMappingStore(const Storage::Database &database);

    /// The stored mappings (defaults with the user's differences). Empty string on success.
    QString load(Exchange::ImportMappings *out) const;
    /// Replaces the stored mappings by `mappings` (what `mapping set` and `remove` changed).
    /// Empty string on success, else why not.
    QString save(const Exchange::ImportMappings &mappings) const;
    /// Reads the stored mappings, lets `change` edit them and stores them, as one step other
    /// writers wait for (Storage::MappingRepository::update); `change` returns false to store
    /// nothing. Empty string on success, else why not.
    QString update(const std::function<bool(Exchange::ImportMappings *)> &change) const;
    /// Adds (or replaces) the role of each person and saves. Empty string on success, else why not.
    QString rememberRoles(const QHash<QString, Domain::Role> &roles) const;
    /// Maps each priority text to a severity (1-4) and saves. Empty string on success, else why not.
    QString rememberSeverities(const QHash<QString, int> &severities) const;

    /// A saved column-mapping profile: its name and who saved it when.
    struct Profile
    {
        QString name;
        Domain::ChangeStamp stamp;
    };

    /// The names of the saved column-mapping profiles. Empty string on success, else why not.
    QString profileNames(QStringList *out) const;
    /// The saved profiles with who saved each and when, by name. Empty string on success.
    QString profiles(QVector<Profile> *out) const;
    /// Who saved the profile `name` and when, and its version (0: there is none). Empty string on
    /// success, else why not.
    QString profileStamp(const QString &name, Domain::ChangeStamp *out) const;
    /// Saves a column-mapping profile over the version `*stamp` names (0: a new name; else the
    /// version the user agreed to replace) and sets `*stamp` to the one written. Empty string on
    /// success, else why not: a profile of that name someone else saved meanwhile is never
    /// replaced, and the sentence names them and when, and what the user can do.
    QString saveProfile(const Exchange::ColumnMapping &mapping, Domain::ChangeStamp *stamp) const;
    /// The sentence of a refused profile save (a Conflict of Storage::MappingRepository::saveProfile).
    static QString profileConflict(const QString &name, const QString &changedBy, qint64 changedAt,
                                   bool deleted);
    /// The time zone the last import of `source` into the engagement used; empty when none was
    /// remembered (or it cannot be read: the wizard then offers the engagement's own zone).
    QByteArray lastZone(qint64 engagementId, const QString &source) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

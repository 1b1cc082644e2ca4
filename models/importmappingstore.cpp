#include "models/importmappingstore.h"

#include "models/changetext.h"

#include "models/storage/importsettingsrepository.h"
#include "models/storage/mappingrepository.h"
#include "models/storagetext.h"

namespace Models {

ImportMappingStore::ImportMappingStore(const Storage::Database &database) : m_database(database)
{
}

QString ImportMappingStore::load(Exchange::ImportMappings *out) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).load(out))
        return StorageText::message(error);
    return {};
}

QString ImportMappingStore::save(const Exchange::ImportMappings &mappings) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).save(mappings))
        return StorageText::message(error);
    return {};
}

QString ImportMappingStore::update(const std::function<bool(Exchange::ImportMappings *)> &change) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).update(change))
        return StorageText::message(error);
    return {};
}

QString ImportMappingStore::rememberRoles(const QHash<QString, Domain::Role> &roles) const
{
    if (roles.isEmpty())
        return {};
    const Storage::StorageError error =
        Storage::MappingRepository(m_database).update([&roles](Exchange::ImportMappings *mappings) {
            for (auto it = roles.cbegin(); it != roles.cend(); ++it)
                mappings->setRole(it.key(), it.value());
            return true;
        });
    if (error)
        return tr("The roles of %n new person(s) were not remembered: %1", nullptr, int(roles.size()))
            .arg(StorageText::message(error));
    return {};
}

QString ImportMappingStore::rememberSeverities(const QHash<QString, int> &severities) const
{
    if (severities.isEmpty())
        return {};
    const Storage::StorageError error =
        Storage::MappingRepository(m_database).update([&severities](Exchange::ImportMappings *mappings) {
            for (auto it = severities.cbegin(); it != severities.cend(); ++it)
                mappings->setSeverity(it.key(), it.value());
            return true;
        });
    if (error)
        return tr("The severities of the file's priorities were not saved: %1")
            .arg(StorageText::message(error));
    return {};
}

QString ImportMappingStore::profileNames(QStringList *out) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).profileNames(out))
        return StorageText::message(error);
    return {};
}

QString ImportMappingStore::profiles(QVector<Profile> *out) const
{
    QVector<Storage::MappingRepository::StoredProfile> stored;
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).profiles(&stored))
        return StorageText::message(error);
    out->clear();
    for (const Storage::MappingRepository::StoredProfile &profile : qAsConst(stored))
        out->append({profile.name, profile.stamp});
    return {};
}

QString ImportMappingStore::profileStamp(const QString &name, Domain::ChangeStamp *out) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).profileStamp(name, out))
        return StorageText::message(error);
    return {};
}

QString ImportMappingStore::saveProfile(const Exchange::ColumnMapping &mapping,
                                        Domain::ChangeStamp *stamp) const
{
    Domain::ChangeStamp written;
    const Storage::StorageError error =
        Storage::MappingRepository(m_database).saveProfile(mapping, *stamp, &written);
    if (error.kind == Storage::StorageError::Kind::Conflict)
        return profileConflict(mapping.name, error.changedBy, error.changedAt, error.rowDeleted);
    if (error)
        return StorageText::message(error);
    *stamp = written;
    return {};
}

QString ImportMappingStore::profileConflict(const QString &name, const QString &changedBy, qint64 changedAt,
                                            bool deleted)
{
    // The wizard keeps the user's mapping: say what they can do with it, not "reload".
    if (deleted)
        return tr("Someone else deleted the profile \"%1\" meanwhile; yours was not saved. Save again to "
                  "store it under this name.")
            .arg(name);
    const QString who = changedBy.isEmpty() ? tr("Someone else") : changedBy;
    if (changedAt <= 0)
        return tr("%1 saved a profile named \"%2\" meanwhile; yours was not saved. Give yours another name, "
                  "or save again to replace theirs.")
            .arg(who, name);
    return tr("%1 saved a profile named \"%2\" on %3; yours was not saved. Give yours another name, or save "
              "again to replace theirs.")
        .arg(who, name, ChangeText::time(changedAt));
}

QByteArray ImportMappingStore::lastZone(qint64 engagementId, const QString &source) const
{
    QByteArray zone;
    if (Storage::ImportSettingsRepository(m_database).zone(engagementId, source, &zone))
        return {};
    return zone;
}

} // namespace Models

#include "models/importmappingstore.h"

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

QString ImportMappingStore::saveProfile(const Exchange::ColumnMapping &mapping) const
{
    if (const Storage::StorageError error = Storage::MappingRepository(m_database).saveProfile(mapping))
        return StorageText::message(error);
    return {};
}

QByteArray ImportMappingStore::lastZone(qint64 engagementId, const QString &source) const
{
    QByteArray zone;
    if (Storage::ImportSettingsRepository(m_database).zone(engagementId, source, &zone))
        return {};
    return zone;
}

} // namespace Models

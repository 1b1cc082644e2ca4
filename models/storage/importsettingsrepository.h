#pragma once

#include "models/storage/storageerror.h"

#include <QByteArray>
#include <QString>

namespace Storage {

class Database;

/// The time zone last used to import each source into each engagement (table import_settings),
/// so next month's export of the same account is read in the same zone without asking again.
class ImportSettingsRepository
{
public:
    explicit ImportSettingsRepository(const Database &database);

    /// The remembered zone id, or an empty array when this engagement never imported this source.
    StorageError zone(qint64 engagementId, const QString &source, QByteArray *out) const;
    /// Remembers `zone` (inserts or replaces). Runs in the caller's transaction when there is one.
    StorageError setZone(qint64 engagementId, const QString &source, const QByteArray &zone) const;

private:
    const Database &m_database;
};

} // namespace Storage

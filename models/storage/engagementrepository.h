#pragma once

#include "models/domain/engagement.h"
#include "models/storage/storageerror.h"

#include <QVector>
#include <optional>

namespace Storage {

class Database;

/// Engagements in the database. Every statement is prepared; errors name the engagement.
class EngagementRepository
{
public:
    explicit EngagementRepository(const Database &database);

    StorageError all(QVector<Domain::Engagement> *out) const;
    StorageError findByKey(const QString &key, std::optional<Domain::Engagement> *out) const;
    /// Inserts `engagement` and sets its id and stamp. A duplicate key is a Duplicate error.
    StorageError insert(Domain::Engagement *engagement) const;
    /// Saves `engagement` if its row is still the version `engagement.stamp` was read from:
    /// refused as Conflict (naming who saved it last, and when; or that it was deleted) when
    /// someone else saved or deleted it since, with nothing written. `written` (optional) gets the
    /// row's new stamp.
    StorageError update(const Domain::Engagement &engagement, Domain::ChangeStamp *written = nullptr) const;
    /// Marks the engagement deleted: it disappears from every list but can be restored (undo)
    /// until purgeDeleted() runs.
    StorageError remove(qint64 id) const;
    StorageError restore(qint64 id) const;
    /// Removes deleted engagements and, through foreign keys, everything that belongs to them.
    StorageError purgeDeleted() const;

private:
    StorageError saveServices(const Domain::Engagement &engagement) const;
    const Database &m_database;
};

} // namespace Storage

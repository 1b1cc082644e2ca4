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
    /// Inserts `engagement` and sets its id. A duplicate key is a Duplicate error.
    StorageError insert(Domain::Engagement *engagement) const;
    StorageError update(const Domain::Engagement &engagement) const;
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

#pragma once

#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"
#include "models/storage/ticketrepository.h"

#include <QVector>

#include <functional>

namespace Storage {

class Database;

/// Worklogs keyed by (engagement, source, source key). Writes run in the caller's transaction.
class WorklogRepository
{
public:
    explicit WorklogRepository(const Database &database);

    StorageError upsert(qint64 engagementId, const QString &source, const QVector<Domain::Worklog> &worklogs,
                        UpsertCounts *counts) const;
    /// Worklogs of the engagement between two dates (inclusive; null dates leave that end open).
    StorageError list(qint64 engagementId, const QDate &from, const QDate &to,
                      QVector<Domain::Worklog> *out) const;
    /// The same worklogs in the same order (by date, person and key), handed to `visit` one at a
    /// time: the memory of one worklog whatever the engagement's size. `visit` returns false to stop.
    StorageError forEach(qint64 engagementId, const QDate &from, const QDate &to,
                         const std::function<bool(const Domain::Worklog &)> &visit) const;
    /// Minutes logged, by month ("YYYY-MM").
    /// The stored seconds of the worklogs of `source` with these keys (an import reads back what
    /// it wrote, inside its transaction).
    StorageError storedSeconds(qint64 engagementId, const QString &source, const QStringList &keys,
                               qint64 *seconds) const;
    StorageError minutesByMonth(qint64 engagementId, QVector<QPair<QString, qint64>> *out) const;

private:
    const Database &m_database;
};

} // namespace Storage

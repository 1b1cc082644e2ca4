#pragma once

#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"
#include "models/storage/ticketrepository.h"

#include <QVector>

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
    StorageError list(qint64 engagementId, const QDate &from, const QDate &to, QVector<Domain::Worklog> *out) const;
    /// Minutes logged, by month ("YYYY-MM").
    StorageError minutesByMonth(qint64 engagementId, QVector<QPair<QString, qint64>> *out) const;

private:
    const Database &m_database;
};

} // namespace Storage

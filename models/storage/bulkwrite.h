#pragma once

#include <QSqlDatabase>

namespace Storage {

/// Connection settings for a large write inside one transaction (an import, a recompute of every
/// SLA result), restored when the object goes. Only what costs memory, never safety: the journal
/// and the sync level stay as Database set them.
///
/// - a larger page cache, so the ten indexes of a million tickets are written once at the commit
///   instead of being spilled to the log again and again inside the transaction;
/// - statement journals in memory: every INSERT that could fail half-way (unique keys, foreign
///   keys) first copies the pages it changes to a statement journal, a temporary *file* by
///   default (27 small writes a ticket, measured).
///
/// SQLite only; on another driver nothing is changed. Nests: an inner object finds the settings
/// already made and leaves them alone.
class BulkWrite
{
public:
    explicit BulkWrite(QSqlDatabase db, int cacheKiB = 64 * 1024);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    QSqlDatabase m_db;
    int m_previousCacheSize = 0;  ///< PRAGMA cache_size before (0: not changed)
    int m_previousTempStore = -1; ///< PRAGMA temp_store before (-1: not changed)
};

} // namespace Storage

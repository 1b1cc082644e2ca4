#pragma once

#include "models/domain/worklog.h"
#include "models/storage/storageerror.h"

#include <QVector>

#include <optional>

namespace Storage {

class Database;
struct UpsertCounts;

/// WorklogRepository::upsert on PostgreSQL in a few statements per chunk (as serverTicketUpsert):
/// one COPY into a temporary table, then the known keys compared with what is stored, the new ones
/// inserted and the changed ones updated. Counts are the row path's; a re-import writes nothing.
/// Returns nothing — the caller runs its row path — on SQLite, outside a transaction, or when
/// turned off (setServerBulkUpsertEnabled).
std::optional<StorageError> serverWorklogUpsert(const Database &database, qint64 engagementId,
                                                const QString &source,
                                                const QVector<Domain::Worklog> &worklogs,
                                                UpsertCounts *counts);

} // namespace Storage

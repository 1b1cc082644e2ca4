#pragma once

#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QVector>

#include <optional>

namespace Storage {

class Database;
struct UpsertCounts;

/// TicketRepository::upsert on PostgreSQL in a few statements per chunk instead of a few per
/// ticket (issue 15): the tickets and their status changes go to temporary tables with one COPY
/// each, then set-based statements classify them (new, changed, unchanged: the same comparison as
/// the row path, history included), insert the new ones, update the changed ones and replace
/// their history. Counts and `changedIds` (in the tickets' order) are the row path's; a re-import
/// writes nothing to the tickets' tables.
///
/// Runs inside the caller's transaction on QPSQL's own connection (ServerSession). Returns nothing
/// — the caller runs its row path — on SQLite, outside a transaction, or when turned off.
std::optional<StorageError> serverTicketUpsert(const Database &database, qint64 engagementId,
                                               const QString &source, const QVector<Domain::Ticket> &tickets,
                                               UpsertCounts *counts, QVector<qint64> *changedIds);

/// Whether the server bulk paths (tickets, worklogs, SLA results: ServerInsertCopy) are taken
/// where they apply: on by default; tests turn them off to compare with the row path.
void setServerBulkUpsertEnabled(bool enabled);
bool serverBulkUpsertEnabled();

} // namespace Storage

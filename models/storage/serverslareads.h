#pragma once

#include "models/storage/slaresultrepository.h"
#include "models/storage/storageerror.h"

namespace Storage {

class ServerSession;

/// What an SLA recompute reads on a PostgreSQL server, through `COPY (SELECT …) TO STDOUT` in the
/// session's transaction: no QVariant a value and no QSqlQuery result kept whole on the client.
namespace ServerSlaReads {

/// SlaResultWriter::ticketsAfter: the engagement's tickets after `afterId` (at most `limit`, in id
/// order) with the values the evaluation reads, and their status history in `seq` order.
StorageError ticketsAfter(const ServerSession &session, qint64 engagementId, qint64 afterId, int limit,
                          TicketsWithIds *out);

} // namespace ServerSlaReads
} // namespace Storage

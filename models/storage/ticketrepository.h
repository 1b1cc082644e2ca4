#pragma once

#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QPair>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace Storage {

class Database;
struct StoredSlaResult;

/// How an upsert changed the stored rows.
struct UpsertCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    bool operator==(const UpsertCounts &o) const
    {
        return added == o.added && updated == o.updated && unchanged == o.unchanged;
    }
};

/// Tickets with their status history. Writes run inside the caller's transaction so that an
/// import is all-or-nothing; the repository never commits on its own.
class TicketRepository
{
public:
    explicit TicketRepository(const Database &database);
    ~TicketRepository();
    TicketRepository(const TicketRepository &) = delete;
    TicketRepository &operator=(const TicketRepository &) = delete;

    /// Inserts new tickets and updates changed ones, keyed by (engagement, source, key).
    /// Re-importing the same data changes nothing. `changedIds` (optional) receives the row ids
    /// of the tickets added or updated (for an SLA recompute of those tickets only). The
    /// statements are prepared on the first call and reused by later calls on this object, so
    /// an import keeps one repository for all its chunks.
    StorageError upsert(qint64 engagementId, const QString &source, const QVector<Domain::Ticket> &tickets,
                        UpsertCounts *counts, QVector<qint64> *changedIds = nullptr) const;
    /// Every ticket of the engagement with its history, ordered by creation.
    StorageError list(qint64 engagementId, QVector<Domain::Ticket> *out) const;
    /// The same tickets in the same order, handed to `visit` one at a time with its history: the
    /// memory of one ticket whatever the engagement's size (the database sorts, spilling to its
    /// temporary files); `tickets list` and the exports stream through it. `visit` returns false
    /// to stop early.
    StorageError forEach(qint64 engagementId, const std::function<bool(const Domain::Ticket &)> &visit) const;
    /// The same, each ticket with its stored SLA result (null when it has none yet): the export's
    /// "sla" table, in constant memory.
    StorageError forEachWithResult(
        qint64 engagementId,
        const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const;
    /// The tickets of the engagement created in [createdFrom, createdTo) (UTC epoch seconds) with
    /// their history, ordered by creation: read through the creation index, not the engagement.
    StorageError listCreated(qint64 engagementId, qint64 createdFrom, qint64 createdTo,
                             QVector<Domain::Ticket> *out) const;
    /// The same tickets in the same order, handed to `visit` a chunk at a time: about `chunkSize`
    /// tickets (more when more were created in the same second), so memory holds one chunk
    /// whatever the period's size. Each chunk is a listCreated() of the creation instants that
    /// bound it, found on the creation index alone. `visit` may take the chunk's tickets (it gets
    /// a new chunk each time); it returns false to stop early.
    StorageError forEachCreatedChunk(qint64 engagementId, qint64 createdFrom, qint64 createdTo, int chunkSize,
                                     const std::function<bool(QVector<Domain::Ticket> &)> &visit) const;
    StorageError count(qint64 engagementId, qint64 *out) const;
    /// The ticket with `key`, with its history: an exact match, else the first one (by
    /// creation) whose key differs only in the case of ASCII letters. Kind::NotFound when none;
    /// `id` (optional) receives its row id. Reads one ticket through an index, not the engagement.
    StorageError find(qint64 engagementId, const QString &key, Domain::Ticket *out,
                      qint64 *id = nullptr) const;

private:
    struct UpsertStatements;
    StorageError
    forEachOrdered(qint64 engagementId, bool withResults,
                   const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const;
    StorageError
    forEachOnServer(qint64 engagementId, const QString &columns, const QString &scan, bool withResults,
                    const std::function<bool(const Domain::Ticket &, const StoredSlaResult *)> &visit) const;
    StorageError listWhere(qint64 engagementId, const std::optional<QPair<qint64, qint64>> &created,
                           QVector<Domain::Ticket> *out) const;
    StorageError prepareUpsert() const;

    const Database &m_database;
    mutable std::unique_ptr<UpsertStatements> m_upsert;
};

} // namespace Storage

#pragma once

#include "models/storage/slaresultrepository.h"
#include "models/storage/storageerror.h"

#include <QVariantList>
#include <QVector>

#include <functional>

namespace Storage {

class Database;

/// The tickets of an engagement that a view or a report needs, rather than all of them: a review
/// of one month of an engagement with a million tickets reads the tickets of that month (and the
/// month before), not the million (2.3 GB and 43 s of CPU for a one-month review pack before).
/// Everything is read in ticket id order, with the status history, as
/// SlaResultRepository::tickets() reads a whole engagement.
class TicketSubsets
{
public:
    explicit TicketSubsets(const Database &database);

    /// The tickets opened, resolved, or open at some instant in [from, to) (UTC epoch seconds):
    /// created in it, resolved in it (whatever the creation, since data can be wrong), or created
    /// before its end and not resolved before its end. Every figure of a period that counts
    /// tickets opened, resolved and open at its end, for any period inside [from, to), is made of
    /// these.
    StorageError active(qint64 engagementId, qint64 from, qint64 to, TicketsWithIds *out) const;
    /// The stored SLA results of the tickets active() reads, ordered by ticket id.
    StorageError activeResults(qint64 engagementId, qint64 from, qint64 to,
                               QVector<StoredSlaResult> *out) const;
    /// The tickets of the engagement with the row ids `ids` (any order, repeats allowed); ids of
    /// other engagements or of no ticket are left out.
    StorageError byIds(qint64 engagementId, QVector<qint64> ids, TicketsWithIds *out) const;
    /// The stored SLA results of the engagement's tickets with the row ids `ids`, ordered by ticket
    /// id (a few rows of a list, read as they are shown).
    StorageError resultsByIds(qint64 engagementId, QVector<qint64> ids, QVector<StoredSlaResult> *out) const;

    /// Tickets of the active ones, with their stored SLA results.
    struct ActiveChunk
    {
        TicketsWithIds tickets;
        QVector<StoredSlaResult> results; ///< of these tickets, ordered by ticket id
    };
    /// Reads what active() and (with `withResults`) activeResults() read, in chunks of at most
    /// chunkSize() tickets in id order, handing each to `consume` before reading the next: memory
    /// holds one chunk whatever the engagement's size. `consume` returning false stops the read
    /// (no error). The chunks are read by walking the engagement's ids, a row at a time within the
    /// range of its first and last ticket (a scan where the engagement's tickets lie together,
    /// as an import stores them).
    StorageError forEachActive(qint64 engagementId, qint64 from, qint64 to, bool withResults,
                               const std::function<bool(const ActiveChunk &)> &consume) const;
    /// Tickets a chunk of forEachActive() holds at most (default DefaultChunkSize; tests set a few).
    void setChunkSize(int tickets) { m_chunkSize = qMax(1, tickets); }
    int chunkSize() const { return m_chunkSize; }
    static constexpr int DefaultChunkSize = 4000;

private:
    /// A condition over `tickets t` with positional placeholders, and their values in order.
    struct Filter
    {
        QString where;
        QVariantList binds;
    };
    /// Calls `readChunk` with a filter on `idColumn` for each few hundred of `ids` (sorted, each
    /// once), in rising order, also on `engagementColumn` (looked up by primary key, not by it).
    static StorageError forEachIdChunk(const char *engagementColumn, const char *idColumn,
                                       qint64 engagementId, QVector<qint64> ids,
                                       const std::function<StorageError(const Filter &)> &readChunk);
    /// Reads the tickets `filter` keeps, with their history, appending to `out`; with `limit`
    /// the first `limit` of them in id order, their history read with `historyOf(last id read)`.
    StorageError read(const Filter &filter, TicketsWithIds *out, int limit = 0,
                      const std::function<Filter(qint64)> &historyOf = {}) const;
    StorageError readResults(const Filter &filter, QVector<StoredSlaResult> *out,
                             const QString &record) const;
    /// The first and last row id of the engagement's tickets (first > last: none).
    StorageError idRange(qint64 engagementId, qint64 *first, qint64 *last) const;
    StorageError largeShare(qint64 engagementId, bool *large) const;

    const Database &m_database;
    int m_chunkSize = DefaultChunkSize;
};

} // namespace Storage

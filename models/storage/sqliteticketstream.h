#pragma once

#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QByteArray>

#include <functional>

struct sqlite3;

namespace Storage {

/// One engagement's tickets with their status history, in the order of TicketRepository::forEach
/// (creation, key, id), read through SQLite's C API on the QSQLITE connection: no QVariant per
/// value, each distinct status, activity, kind and level text made into a QString once.
///
/// Tickets imported from a file sorted by creation are stored in that order: their row ids already
/// follow (creation, id), and their status changes follow their tickets. That is checked first on
/// the indexes alone (tickets_by_created, the history's primary key); when it holds, both tables
/// are read in row id order and joined by ticket id, with no sort, and a run of tickets created in
/// the same second is put in key order here. Otherwise SQLite sorts the tickets once, each with its
/// status changes packed by an aggregate over the history's primary key (SqliteHistoryPack); the
/// two sorts of before (tickets, and status changes joined to them) remain for a connection where
/// the aggregate cannot be registered.
/// Memory holds one ticket (or one run of same-second tickets, at most MaxSameSecond) whatever the
/// engagement's size.
class SqliteTicketStream
{
public:
    /// How the last forEach read the rows.
    /// Sorted: one sort of the tickets, each with its status changes packed; SortedTwice: the
    /// tickets and their status changes sorted apart (when the packing aggregate is unavailable).
    enum class Path { None, InOrder, Sorted, SortedTwice };
    /// Above this many tickets created in the same second, the sorted read is used.
    static constexpr int MaxSameSecond = 4096;

    explicit SqliteTicketStream(sqlite3 *db);

    /// `scan`: the engagement is a good part of the table, so the tables are walked rather than
    /// the engagement's indexes (and only then is the order checked). `visit` returns false to
    /// stop early. Runs in one read transaction (its own when none is open).
    StorageError forEach(qint64 engagementId, bool scan,
                         const std::function<bool(const Domain::Ticket &)> &visit);
    Path path() const { return m_path; }

    /// The vendor_sla column's JSON array; empty for ''.
    static QVector<Domain::VendorSlaValue> vendorSlaFromJson(const QByteArray &json);
    /// The one sorted read (Path::Sorted); the packing aggregate must be registered to prepare it.
    static QByteArray sortedQuery(bool scan);

private:
    struct Range;
    class Reader;
    StorageError checkOrder(qint64 engagementId, Range *range, bool *inOrder) const;
    StorageError readInOrder(qint64 engagementId, const Range &range,
                             const std::function<bool(const Domain::Ticket &)> &visit) const;
    StorageError readSorted(qint64 engagementId, bool scan,
                            const std::function<bool(const Domain::Ticket &)> &visit);
    StorageError readSortedTwice(qint64 engagementId, bool scan,
                                 const std::function<bool(const Domain::Ticket &)> &visit) const;
    StorageError error(int code, const QString &record) const;

    sqlite3 *m_db;
    Path m_path = Path::None;
};

} // namespace Storage

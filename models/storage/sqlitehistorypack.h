#pragma once

#include <QByteArray>

#include <cstdint>

struct sqlite3;

namespace Storage {

/// A ticket's status changes packed into one value, so that one sorted read of the tickets carries
/// their history with them (SqliteTicketStream): SQLite then sorts a million tickets once instead
/// of sorting them and, separately, their three million status changes joined to them.
///
/// `dd_status_changes(seq, changed_at, severity, status)` is an aggregate registered on the
/// connection: a correlated subquery over one ticket's rows of ticket_status_history gives a BLOB
/// of those rows (NULL without rows), each `seq`, `changed_at` (8 bytes each), `severity` and the
/// status's UTF-8 length (4 bytes each, -1 for NULL), then its bytes, in the machine's byte order.
/// The blob never leaves the process (it lives in SQLite's sorter for the one statement).
class SqliteHistoryPack
{
public:
    static constexpr const char *FunctionName = "dd_status_changes";

    /// Registers the aggregate on `db` (again: harmless). SQLITE_OK or SQLite's error code.
    static int registerOn(sqlite3 *db);

    /// One packed change, pointing into the blob.
    struct Change
    {
        std::int64_t seq = 0;
        std::int64_t changedAt = 0;
        int severity = 0;
        QByteArray status; // raw bytes (QByteArray::fromRawData), null for a NULL status
    };

    /// Walks a blob; false once every change was read or when the blob is cut short.
    class Reader
    {
    public:
        Reader(const void *data, int size);
        bool next(Change *change);
        bool malformed() const { return m_malformed; }

    private:
        const char *m_at;
        const char *m_end;
        bool m_malformed = false;
    };
};

} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"

#include <memory>

namespace Storage {

class Database;

/// One large write of this thread's connection: the bulk cache settings (Storage::BulkWrite), then
/// a transaction (Storage::TransactionGuard) — or the caller's transaction joined, when one is open
/// (an import recomputing what it changed). Rolled back on destruction unless commit() succeeded.
/// What callers above storage use instead of QtSql for a write of many rows.
class BulkTransaction
{
public:
    explicit BulkTransaction(const Database &database);
    ~BulkTransaction();
    BulkTransaction(const BulkTransaction &) = delete;
    BulkTransaction &operator=(const BulkTransaction &) = delete;

    /// An error (Busy when another writer holds the lock) when the transaction did not begin, or
    /// when a new (not joined) transaction finds the file damaged (`PRAGMA quick_check`).
    [[nodiscard]] StorageError begin(const QString &operation) const;
    /// Commits (a joined transaction: leaves it to its owner). An error names `record`.
    [[nodiscard]] StorageError commit(const QString &operation, const QString &record);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Storage

#pragma once

#include "models/storage/storageerror.h"

#include <QSqlDatabase>

namespace Storage {

class TransactionNesting;

/// Opens a transaction and rolls it back on destruction unless commit() succeeded.
///
/// Guards nest: a guard opened while another guard of the same connection is active joins the
/// outer transaction (its commit() only succeeds; the outer guard decides). That lets
/// repositories protect their own multi-statement writes while an import wraps many of them
/// into one all-or-nothing transaction. A nested guard that ends without commit() (something
/// inside failed) fails the whole transaction: the outer commit() then rolls back and returns
/// false. The nesting is kept with the connection itself, not in the process.
///
/// On PostgreSQL the outermost commit also sends a notification on Storage::ChangeWatch's
/// channel, which the server delivers to the other connections only when the transaction commits.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    /// False when the transaction did not begin: then nothing may be written through the
    /// connection (a statement would run on its own, outside any transaction).
    bool isActive() const { return m_active; }
    /// Why the transaction did not begin, for a guard that is not active: Busy (naming the
    /// database) when another writer kept the lock past this thread's limit, else the driver's
    /// error about `record`.
    StorageError beginError(const QString &operation, const QString &record) const;
    bool isNested() const { return m_nested; }
    /// False when the transaction could not be committed, also when a nested guard ended
    /// without commit (the whole transaction is then rolled back).
    bool commit();
    /// Whether a guard's transaction is open on `db` (a lost connection is then not replaced
    /// under it: the statements after would run outside the transaction).
    static bool isOpenOn(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    TransactionNesting *m_nesting; ///< owned by the connection's driver, which m_db keeps alive
    bool m_active = false;
    bool m_nested = false;
};

} // namespace Storage

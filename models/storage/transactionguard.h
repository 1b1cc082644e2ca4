#pragma once

#include <QSqlDatabase>

namespace Storage {

/// Opens a transaction and rolls it back on destruction unless commit() succeeded.
///
/// Guards nest: a guard opened while another guard of the same connection is active joins the
/// outer transaction (its commit() only succeeds; the outer guard decides). That lets
/// repositories protect their own multi-statement writes while an import wraps many of them
/// into one all-or-nothing transaction.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_nested; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace Storage

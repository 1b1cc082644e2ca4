#include "models/storage/transactionguard.h"

#include "models/storage/database.h"
#include "models/storage/serverconnection.h"
#include "models/storage/sqlhelpers.h"

#include <QDir>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>

namespace Storage {

/// The open guards of one connection and whether a nested one failed. A child of the
/// connection's driver: it lives and dies with the connection, and a connection belongs to one
/// thread, so nothing here is shared between threads.
class TransactionNesting : public QObject
{
public:
    explicit TransactionNesting(QObject *driver) : QObject(driver) {}

    static TransactionNesting *find(const QSqlDatabase &db)
    {
        for (QObject *child : db.driver()->children()) {
            if (auto *nesting = dynamic_cast<TransactionNesting *>(child))
                return nesting;
        }
        return nullptr;
    }
    static TransactionNesting *of(const QSqlDatabase &db)
    {
        TransactionNesting *nesting = find(db);
        return nesting ? nesting : new TransactionNesting(db.driver());
    }

    int depth = 0;
    bool failed = false; ///< a nested guard ended without commit: the transaction must not commit
};

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db)), m_nesting(TransactionNesting::of(m_db))
{
    m_nested = m_nesting->depth > 0;
    if (!m_nested)
        m_nesting->failed = false;
    m_active = m_nested || Database::beginWrite(m_db);
    if (m_active)
        ++m_nesting->depth;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    --m_nesting->depth;
    if (m_nested)
        m_nesting->failed = true; // what failed inside must not be committed by the outer guard
    else
        m_db.rollback();
}

StorageError TransactionGuard::beginError(const QString &operation, const QString &record) const
{
    // A server connection lost before or at BEGIN: as queryError() says it for a statement.
    if (ServerConnection::isLost(m_db.driver()))
        return {StorageError::Kind::ConnectionLost, operation, record, m_db.lastError().text()};
    if (Database::lastBeginWasBusy())
        return busyError(operation, QDir::toNativeSeparators(m_db.databaseName()),
                         QStringLiteral("another program kept the database locked"));
    return {StorageError::Kind::Query, operation, record, m_db.lastError().text()};
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    --m_nesting->depth;
    if (m_nested)
        return !m_nesting->failed;
    if (m_nesting->failed) {
        m_db.rollback();
        return false;
    }
    // Other windows on a team database hear of what this transaction wrote from the tables' change
    // triggers (the change_notify migration), at the commit, once: nothing to send here.
    const bool ok = m_db.commit();
    if (!ok)
        m_db.rollback();
    return ok;
}

bool TransactionGuard::isOpenOn(const QSqlDatabase &db)
{
    const TransactionNesting *nesting = db.driver() ? TransactionNesting::find(db) : nullptr;
    return nesting && nesting->depth > 0;
}

} // namespace Storage

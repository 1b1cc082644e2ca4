#include "models/storage/transactionguard.h"

#include "models/storage/database.h"

#include <QHash>
#include <QMutex>

namespace Storage {

namespace {
// Open guards per connection name. Connections are per thread, so contention is negligible.
QMutex s_depthMutex;
QHash<QString, int> s_depth;

int enter(const QString &name)
{
    QMutexLocker lock(&s_depthMutex);
    return s_depth[name]++;
}

void leave(const QString &name)
{
    QMutexLocker lock(&s_depthMutex);
    if (--s_depth[name] <= 0)
        s_depth.remove(name);
}
} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_nested = enter(m_db.connectionName()) > 0;
    m_active = m_nested || Database::beginWrite(m_db);
    if (!m_active)
        leave(m_db.connectionName());
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    if (!m_nested)
        m_db.rollback();
    leave(m_db.connectionName());
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    bool ok = true;
    if (!m_nested) {
        ok = m_db.commit();
        if (!ok)
            m_db.rollback();
    }
    leave(m_db.connectionName());
    return ok;
}

} // namespace Storage

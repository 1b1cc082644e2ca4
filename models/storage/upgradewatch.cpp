#include "models/storage/upgradewatch.h"

#include <QMutexLocker>

#include <sqlite3.h>

namespace Storage {

void UpgradeCancel::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_db)
        sqlite3_interrupt(m_db);
}

void UpgradeCancel::attach(sqlite3 *db)
{
    QMutexLocker lock(&m_mutex);
    // An interrupt while no statement runs is forgotten when the next one begins: a Cancel that
    // came before is for the caller to see (isCancelled(), a progress handler).
    m_db = db;
}

void UpgradeCancel::detach()
{
    QMutexLocker lock(&m_mutex);
    m_db = nullptr;
}

} // namespace Storage

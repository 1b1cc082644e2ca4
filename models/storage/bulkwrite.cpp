#include "models/storage/bulkwrite.h"

#include <QSqlQuery>
#include <QVariant>

namespace Storage {

namespace {

constexpr int s_tempStoreMemory = 2;

bool readPragma(const QSqlDatabase &db, const QString &name, int *value)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return false;
    *value = q.value(0).toInt();
    return true;
}

void setPragma(const QSqlDatabase &db, const QString &name, int value)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
}

/// A cache_size value in KiB (negative values are KiB, positive ones pages of 4 KiB).
int cacheKiB(int cacheSize)
{
    return cacheSize < 0 ? -cacheSize : cacheSize * 4;
}

} // namespace

BulkWrite::BulkWrite(QSqlDatabase db, int cacheKiB) : m_db(std::move(db))
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || !m_db.isOpen())
        return;
    int cacheSize = 0;
    if (readPragma(m_db, QStringLiteral("cache_size"), &cacheSize) &&
        Storage::cacheKiB(cacheSize) < cacheKiB) {
        m_previousCacheSize = cacheSize;
        setPragma(m_db, QStringLiteral("cache_size"), -cacheKiB);
    }
    int tempStore = 0;
    if (readPragma(m_db, QStringLiteral("temp_store"), &tempStore) && tempStore != s_tempStoreMemory) {
        m_previousTempStore = tempStore;
        setPragma(m_db, QStringLiteral("temp_store"), s_tempStoreMemory);
    }
}

BulkWrite::~BulkWrite()
{
    if (!m_db.isOpen())
        return;
    if (m_previousCacheSize != 0)
        setPragma(m_db, QStringLiteral("cache_size"), m_previousCacheSize);
    if (m_previousTempStore >= 0)
        setPragma(m_db, QStringLiteral("temp_store"), m_previousTempStore);
}

} // namespace Storage

#include "models/storage/indexsuspension.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Storage {

namespace {

constexpr qint64 s_defaultMinimumRows = 10000;
qint64 s_minimumRowsForTests = 0;

const QString s_operation = QStringLiteral("rebuild indexes");

QString quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The sorter's memory during a rebuild: its spill threshold is the page cache's size, and a
/// temporary store in memory keeps everything in memory.
constexpr int s_rebuildCacheKiB = 16 * 1024;
constexpr int s_tempStoreFile = 1;
constexpr int s_tempStoreMemory = 2;

int pragma(const QSqlDatabase &db, const QString &name, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA ") + name) && q.next();
    return *ok ? q.value(0).toInt() : 0;
}

bool setPragma(const QSqlDatabase &db, const QString &name, int value)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
}

/// A small page cache and a temporary store on disk while the indexes are rebuilt, put back after.
class RebuildSettings
{
public:
    explicit RebuildSettings(QSqlDatabase db) : m_db(std::move(db))
    {
        bool ok = false;
        const int cacheSize = pragma(m_db, QStringLiteral("cache_size"), &ok);
        if (ok && (cacheSize < 0 ? -cacheSize : cacheSize * 4) > s_rebuildCacheKiB &&
            setPragma(m_db, QStringLiteral("cache_size"), -s_rebuildCacheKiB))
            m_cacheSize = cacheSize;
        if (pragma(m_db, QStringLiteral("temp_store"), &ok) == s_tempStoreMemory && ok &&
            setPragma(m_db, QStringLiteral("temp_store"), s_tempStoreFile))
            m_memoryTempStore = true;
    }
    ~RebuildSettings()
    {
        if (m_memoryTempStore)
            setPragma(m_db, QStringLiteral("temp_store"), s_tempStoreMemory);
        if (m_cacheSize)
            setPragma(m_db, QStringLiteral("cache_size"), *m_cacheSize);
    }
    RebuildSettings(const RebuildSettings &) = delete;
    RebuildSettings &operator=(const RebuildSettings &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<int> m_cacheSize;
    bool m_memoryTempStore = false;
};

} // namespace

IndexSuspension::IndexSuspension(const Database &database, QString table)
    : m_database(database), m_table(std::move(table))
{
}

IndexSuspension::~IndexSuspension()
{
    if (m_previousCacheSize) // a rollback ends the suspension: the cache goes back too
        setPragma(m_database.connection(), QStringLiteral("cache_size"), *m_previousCacheSize);
}

qint64 IndexSuspension::minimumRows()
{
    return s_minimumRowsForTests > 0 ? s_minimumRowsForTests : s_defaultMinimumRows;
}

void IndexSuspension::setMinimumRowsForTests(qint64 rows)
{
    s_minimumRowsForTests = rows;
}

StorageError IndexSuspension::noteWritten(qint64 rows)
{
    if (m_suspended || rows <= 0 || m_database.driverName() != QLatin1String("QSQLITE"))
        return {};
    if (m_tableRows < 0) {
        // Counted at the first write: the rows the table held before this write began (near
        // enough: the first chunk is in already, which only makes the threshold more cautious).
        QSqlQuery q(m_database.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quotedName(m_table))) || !q.next())
            return queryError(q, s_operation, m_table);
        m_tableRows = q.value(0).toLongLong();
    }
    m_written += rows;
    if (m_written < minimumRows() || m_written * 4 < m_tableRows)
        return {};
    return suspend();
}

StorageError IndexSuspension::suspend()
{
    if (m_suspended || m_database.driverName() != QLatin1String("QSQLITE"))
        return {};
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY constraint, which stays. A
    // UNIQUE index of its own stays too: it refuses a row when the row is written, naming it.
    if (!q.prepare(QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) l "
                                  "ON l.name = m.name WHERE m.type = 'index' AND m.tbl_name = ? AND "
                                  "m.sql IS NOT NULL AND l.\"unique\" = 0 ORDER BY m.name")))
        return queryError(q, s_operation, m_table);
    q.bindValue(0, m_table);
    q.bindValue(1, m_table);
    if (!q.exec())
        return queryError(q, s_operation, m_table);
    QVector<QPair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &index : std::as_const(indexes)) {
        QSqlQuery drop(m_database.connection());
        if (!drop.exec(QStringLiteral("DROP INDEX %1").arg(quotedName(index.first))))
            return queryError(drop, s_operation, index.first);
        m_dropped.append(index);
    }
    m_suspended = true;
    // Without the secondary indexes the write appends to the table and its key index: a small
    // page cache does, and the import's peak memory no longer holds 64 MB of it.
    bool ok = false;
    const int cacheSize = pragma(m_database.connection(), QStringLiteral("cache_size"), &ok);
    if (ok && (cacheSize < 0 ? -cacheSize : cacheSize * 4) > s_rebuildCacheKiB &&
        setPragma(m_database.connection(), QStringLiteral("cache_size"), -s_rebuildCacheKiB))
        m_previousCacheSize = cacheSize;
    return {};
}

StorageError IndexSuspension::restore()
{
    if (!m_suspended)
        return {};
    // CREATE INDEX sorts the whole table's keys. With temp_store = MEMORY (BulkWrite) SQLite's
    // sorter never spills: one index of 3M tickets would be sorted in memory. For the rebuild the
    // sorter spills to temporary files past a small page cache instead; both settings are put
    // back after it (temp_store can change here: no temporary table is open).
    const RebuildSettings settings(m_database.connection());
    for (const auto &index : std::as_const(m_dropped)) {
        QSqlQuery create(m_database.connection());
        if (!create.exec(index.second))
            return queryError(create, s_operation, index.first);
    }
    m_dropped.clear();
    m_suspended = false;
    if (m_previousCacheSize)
        setPragma(m_database.connection(), QStringLiteral("cache_size"), *m_previousCacheSize);
    m_previousCacheSize.reset();
    return {};
}

} // namespace Storage

#include "models/storage/indexsuspension.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

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

} // namespace

IndexSuspension::IndexSuspension(const Database &database, QString table)
    : m_database(database), m_table(std::move(table))
{
}

IndexSuspension::~IndexSuspension() = default;

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
    // sql IS NULL: the automatic index of a UNIQUE or PRIMARY KEY constraint, which stays.
    if (!q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = ? AND sql IS NOT NULL ORDER BY name")))
        return queryError(q, s_operation, m_table);
    q.bindValue(0, m_table);
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
    return {};
}

StorageError IndexSuspension::restore()
{
    if (!m_suspended)
        return {};
    for (const auto &index : std::as_const(m_dropped)) {
        QSqlQuery create(m_database.connection());
        if (!create.exec(index.second))
            return queryError(create, s_operation, index.first);
    }
    m_dropped.clear();
    m_suspended = false;
    return {};
}

} // namespace Storage

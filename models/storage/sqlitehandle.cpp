#include "models/storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace Storage {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driver()->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    // QSQLITE hands out its sqlite3* in a QVariant named after the type ("sqlite3*").
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace Storage

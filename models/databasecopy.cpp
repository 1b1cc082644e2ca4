#include "models/databasecopy.h"

#include "models/storage/database.h"
#include "models/storage/databasecopier.h"
#include "models/storagetext.h"

#include <QDir>

#include <limits>

namespace Models {

DatabaseCopy::Result DatabaseCopy::run(const QString &from, const QString &to)
{
    Result result;
    QVector<Storage::DatabaseCopier::TableCount> counts;
    const Storage::StorageError error = Storage::DatabaseCopier::copy(from, to, &counts);
    if (error) {
        result.message = StorageText::message(tr("Nothing was copied"), error);
        return result;
    }
    qint64 rows = 0;
    for (const auto &count : std::as_const(counts)) {
        result.tables.append({count.table, count.rows});
        rows += count.rows;
    }
    result.ok = true;
    result.message =
        tr("Copied %n row(s) in %1 tables from %2 to %3; every table holds as many rows as the source.",
           nullptr, int(qMin<qint64>(rows, std::numeric_limits<int>::max())))
            .arg(counts.size())
            .arg(Storage::Database::isServerAddress(from) ? from : QDir::toNativeSeparators(from),
                 Storage::Database::isServerAddress(to) ? to : QDir::toNativeSeparators(to));
    return result;
}

} // namespace Models

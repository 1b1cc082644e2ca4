#include "models/storage/changestamps.h"

#include "models/storage/sqlhelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Storage::ChangeStamps {

QString columns(const QString &prefix)
{
    return QStringLiteral("%1row_version, %1created_by, %1created_at, %1updated_by, %1updated_at")
        .arg(prefix);
}

Domain::ChangeStamp fromQuery(const QSqlQuery &query, int first)
{
    Domain::ChangeStamp stamp;
    stamp.version = query.value(first).toLongLong();
    stamp.createdBy = query.value(first + 1).toString();
    stamp.createdAt = query.value(first + 2).toLongLong();
    stamp.updatedBy = query.value(first + 3).toString();
    stamp.updatedAt = query.value(first + 4).toLongLong();
    return stamp;
}

Domain::ChangeStamp next(const Domain::ChangeStamp &read, const QString &user)
{
    // Storage stamps with the wall clock as the schema's other instants (deleted_at, migrations):
    // the moment of the write is a fact about storage, not an input of domain logic.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Domain::ChangeStamp stamp = read;
    stamp.version = read.version + 1;
    if (!read.isStored()) {
        stamp.createdBy = user;
        stamp.createdAt = now;
    }
    stamp.updatedBy = user;
    stamp.updatedAt = now;
    return stamp;
}

void bind(QSqlQuery &query, const Domain::ChangeStamp &written)
{
    query.bindValue(QStringLiteral(":by"), textToSql(written.updatedBy));
    query.bindValue(QStringLiteral(":at"), written.updatedAt);
    if (written.version == 1) {
        query.bindValue(QStringLiteral(":cby"), textToSql(written.createdBy));
        query.bindValue(QStringLiteral(":cat"), written.createdAt);
    }
}

StorageError conflict(QSqlDatabase db, const QString &table, const QString &where, const QVariantMap &binds,
                      StorageError::Row row, const QString &operation, const QString &record)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE %2").arg(table, where)))
        return queryError(q, operation, record);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return queryError(q, operation, record);
    StorageError error{StorageError::Kind::Conflict, operation, record, {}};
    error.row = row;
    if (q.next()) {
        error.changedBy = q.value(0).toString();
        error.changedAt = q.value(1).toLongLong();
        error.detail = QStringLiteral("changed by %1 since it was read").arg(error.changedBy);
    } else {
        error.rowDeleted = true;
        error.detail = QStringLiteral("deleted since it was read");
    }
    return error;
}

} // namespace Storage::ChangeStamps

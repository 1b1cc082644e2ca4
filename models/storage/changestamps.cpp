#include "models/storage/changestamps.h"

#include "models/storage/database.h"
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

StorageError save(const Database &database, const VersionedWrite &row, StorageError::Row kind,
                  const QString &operation, const QString &record, Domain::ChangeStamp *written)
{
    QSqlDatabase db = database.connection();
    Domain::ChangeStamp next = ChangeStamps::next(row.read, database.userName());
    if (row.at > 0) {
        next.updatedAt = row.at;
        if (!row.read.isStored())
            next.createdAt = row.at;
    }
    // Column names come from the repositories' code, never from users: only values are bound.
    QStringList keyTerms;
    QVariantMap binds;
    for (auto it = row.key.constBegin(); it != row.key.constEnd(); ++it) {
        keyTerms.append(QStringLiteral("%1 = :k_%1").arg(it.key()));
        binds.insert(QStringLiteral(":k_") + it.key(), it.value());
    }
    const QString keyWhere = keyTerms.join(QStringLiteral(" AND "));
    const bool remove = row.values.isEmpty();
    const bool stored = row.read.isStored();
    QString sql;
    if (remove && !stored) {
        // Nothing to delete, as read: but a row someone added since must not pass unseen.
        sql = QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(row.table, keyWhere);
    } else if (remove) {
        sql = QStringLiteral("DELETE FROM %1 WHERE %2 AND row_version = :version").arg(row.table, keyWhere);
    } else if (!stored) {
        QStringList columns = row.key.keys() + row.values.keys();
        QStringList marks;
        for (const QString &column : row.key.keys())
            marks.append(QStringLiteral(":k_") + column);
        for (const QString &column : row.values.keys())
            marks.append(QStringLiteral(":v_") + column);
        columns << QStringLiteral("row_version") << QStringLiteral("created_by")
                << QStringLiteral("created_at") << QStringLiteral("updated_by")
                << QStringLiteral("updated_at");
        marks << QStringLiteral("1") << QStringLiteral(":cby") << QStringLiteral(":cat")
              << QStringLiteral(":by") << QStringLiteral(":at");
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                  .arg(row.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                       row.key.keys().join(QStringLiteral(", ")));
    } else {
        QStringList sets;
        for (const QString &column : row.values.keys())
            sets.append(QStringLiteral("%1 = :v_%1").arg(column));
        sets << QStringLiteral("row_version = row_version + 1") << QStringLiteral("updated_by = :by")
             << QStringLiteral("updated_at = :at");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND row_version = :version")
                  .arg(row.table, sets.join(QStringLiteral(", ")), keyWhere);
    }
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return queryError(q, operation, record);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (stored)
        q.bindValue(QStringLiteral(":version"), row.read.version);
    if (!remove) {
        for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it)
            q.bindValue(QStringLiteral(":v_") + it.key(), it.value());
        bind(q, next);
    }
    if (!q.exec())
        return queryError(q, operation, record);
    const bool movedOn = remove && !stored ? q.next() : q.numRowsAffected() != 1;
    if (movedOn)
        return conflict(db, row.table, keyWhere, binds, kind, operation, record);
    if (written)
        *written = remove ? Domain::ChangeStamp{} : next;
    return {};
}

} // namespace Storage::ChangeStamps

#include "models/storage/importsettingsrepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>

namespace Storage {

ImportSettingsRepository::ImportSettingsRepository(const Database &database) : m_database(database)
{
}

StorageError ImportSettingsRepository::zone(qint64 engagementId, const QString &source, QByteArray *out) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(
            QStringLiteral("SELECT time_zone FROM import_settings WHERE engagement_id = :e AND source = :s")))
        return queryError(q, QStringLiteral("read import settings"), source);
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":s"), textToSql(source));
    if (!q.exec())
        return queryError(q, QStringLiteral("read import settings"), source);
    *out = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    return {};
}

StorageError ImportSettingsRepository::setZone(qint64 engagementId, const QString &source,
                                               const QByteArray &zone) const
{
    const QString operation = QStringLiteral("save import settings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, source);
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO import_settings (engagement_id, source, time_zone) VALUES (:e, :s, :z) "
            "ON CONFLICT (engagement_id, source) DO UPDATE SET time_zone = excluded.time_zone "
            "WHERE import_settings.time_zone <> excluded.time_zone"))) // the same zone: no write
        return queryError(q, operation, source);
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":s"), textToSql(source));
    q.bindValue(QStringLiteral(":z"), textToSql(QString::fromUtf8(zone)));
    if (!q.exec())
        return queryError(q, operation, source);
    return {};
}

} // namespace Storage

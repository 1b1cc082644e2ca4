#include "models/storage/portfoliosettingsrepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>

namespace Storage {

namespace {
const QString s_teamTimeZone = QStringLiteral("team.time_zone");
} // namespace

PortfolioSettingsRepository::PortfolioSettingsRepository(const Database &database) : m_database(database)
{
}

StorageError PortfolioSettingsRepository::teamTimeZone(QByteArray *out) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(QStringLiteral("SELECT setting_value FROM portfolio_settings WHERE setting_key = :key")))
        return queryError(q, QStringLiteral("read portfolio settings"), s_teamTimeZone);
    q.bindValue(QStringLiteral(":key"), s_teamTimeZone);
    if (!q.exec())
        return queryError(q, QStringLiteral("read portfolio settings"), s_teamTimeZone);
    *out = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    return {};
}

StorageError PortfolioSettingsRepository::setTeamTimeZone(const QByteArray &zone) const
{
    const QString operation = QStringLiteral("save portfolio settings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, s_teamTimeZone);
    QSqlQuery q(m_database.connection());
    const bool prepared =
        zone.isEmpty()
            ? q.prepare(QStringLiteral("DELETE FROM portfolio_settings WHERE setting_key = :key"))
            : q.prepare(QStringLiteral("INSERT INTO portfolio_settings (setting_key, setting_value) "
                                       "VALUES (:key, :value) ON CONFLICT (setting_key) DO UPDATE "
                                       "SET setting_value = excluded.setting_value"));
    if (!prepared)
        return queryError(q, operation, s_teamTimeZone);
    q.bindValue(QStringLiteral(":key"), s_teamTimeZone);
    if (!zone.isEmpty())
        q.bindValue(QStringLiteral(":value"), QString::fromUtf8(zone));
    if (!q.exec())
        return queryError(q, operation, s_teamTimeZone);
    return {};
}

} // namespace Storage

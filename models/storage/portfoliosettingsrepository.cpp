#include "models/storage/portfoliosettingsrepository.h"

#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {
const QString s_teamTimeZone = QStringLiteral("team.time_zone");
} // namespace

PortfolioSettingsRepository::PortfolioSettingsRepository(const Database &database) : m_database(database)
{
}

StorageError PortfolioSettingsRepository::teamTimeZone(QByteArray *out, Domain::ChangeStamp *stamp) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT setting_value, %1 FROM portfolio_settings WHERE setting_key = :key")
                       .arg(ChangeStamps::columns())))
        return queryError(q, QStringLiteral("read portfolio settings"), s_teamTimeZone);
    q.bindValue(QStringLiteral(":key"), s_teamTimeZone);
    if (!q.exec())
        return queryError(q, QStringLiteral("read portfolio settings"), s_teamTimeZone);
    const bool found = q.next();
    *out = found ? q.value(0).toString().toUtf8() : QByteArray();
    if (stamp)
        *stamp = found ? ChangeStamps::fromQuery(q, 1) : Domain::ChangeStamp();
    return {};
}

StorageError PortfolioSettingsRepository::setTeamTimeZone(const QByteArray &zone,
                                                          Domain::ChangeStamp *stamp) const
{
    const QString operation = QStringLiteral("save portfolio settings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, s_teamTimeZone);
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("portfolio_settings");
    row.key = {{QStringLiteral("setting_key"), s_teamTimeZone}};
    if (!zone.isEmpty())
        row.values = {{QStringLiteral("setting_value"), QString::fromUtf8(zone)}};
    row.read = *stamp;
    Domain::ChangeStamp written;
    if (StorageError error = ChangeStamps::save(m_database, row, StorageError::Row::PortfolioSetting,
                                                operation, s_teamTimeZone, &written))
        return error;
    *stamp = written;
    return {};
}

StorageError PortfolioSettingsRepository::replaceTeamTimeZone(const QByteArray &zone) const
{
    const QString operation = QStringLiteral("save portfolio settings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, s_teamTimeZone);
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(operation, s_teamTimeZone);
    QByteArray current;
    Domain::ChangeStamp stamp;
    if (StorageError error = teamTimeZone(&current, &stamp))
        return error;
    if (StorageError error = setTeamTimeZone(zone, &stamp))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, operation, s_teamTimeZone, db.lastError().text()};
    return {};
}

} // namespace Storage

#include "models/teamtimezone.h"

#include "models/domain/calendar/defaultcalendar.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/portfoliosettingsrepository.h"

namespace Models {

TeamTimeZone::TeamTimeZone(const Storage::Database &database) : m_database(database)
{
}

Storage::StorageError TeamTimeZone::read(Value *out) const
{
    QByteArray zone;
    Domain::ChangeStamp stamp;
    if (Storage::StorageError error =
            Storage::PortfolioSettingsRepository(m_database).teamTimeZone(&zone, &stamp))
        return error;
    if (!zone.isEmpty()) {
        *out = {zone, true, stamp};
        return {};
    }
    QVector<Domain::Engagement> engagements;
    if (Storage::StorageError error = Storage::EngagementRepository(m_database).all(&engagements))
        return error;
    QVector<QByteArray> zones;
    for (const Domain::Engagement &engagement : std::as_const(engagements))
        zones.append(engagement.timeZone);
    *out = {Domain::DefaultCalendar::teamZone(zones), false, stamp};
    return {};
}

Storage::StorageError TeamTimeZone::set(const QByteArray &zone, Domain::ChangeStamp *stamp) const
{
    return Storage::PortfolioSettingsRepository(m_database).setTeamTimeZone(zone, stamp);
}

Storage::StorageError TeamTimeZone::replace(const QByteArray &zone) const
{
    return Storage::PortfolioSettingsRepository(m_database).replaceTeamTimeZone(zone);
}

Storage::StorageError TeamTimeZone::calendar(Domain::BusinessCalendar *out) const
{
    Value team;
    if (Storage::StorageError error = read(&team))
        return error;
    *out = Domain::DefaultCalendar::forZone(team.zone);
    return {};
}

} // namespace Models

#pragma once

#include "models/storage/storageerror.h"

#include <QByteArray>

namespace Storage {

class Database;

/// Settings of the whole portfolio (table portfolio_settings): the team's time zone.
class PortfolioSettingsRepository
{
public:
    explicit PortfolioSettingsRepository(const Database &database);

    /// The team's zone id as set, or an empty array when none is set.
    StorageError teamTimeZone(QByteArray *out) const;
    /// Sets the team's zone (inserts or replaces); an empty `zone` removes the setting.
    StorageError setTeamTimeZone(const QByteArray &zone) const;

private:
    const Database &m_database;
};

} // namespace Storage

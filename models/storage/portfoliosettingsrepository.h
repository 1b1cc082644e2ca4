#pragma once

#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QByteArray>

namespace Storage {

class Database;

/// Settings of the whole portfolio (table portfolio_settings): the team's time zone.
class PortfolioSettingsRepository
{
public:
    explicit PortfolioSettingsRepository(const Database &database);

    /// The team's zone id as set, or an empty array when none is set; `stamp` (optional) gets the
    /// setting's stamp (version 0 when none is set).
    StorageError teamTimeZone(QByteArray *out, Domain::ChangeStamp *stamp = nullptr) const;
    /// Sets the team's zone (inserts or replaces); an empty `zone` removes the setting. `stamp` is
    /// the stamp the setting was read with and becomes the stored one: refused as Conflict (row
    /// PortfolioSetting), nothing written, when someone else set or removed it since.
    StorageError setTeamTimeZone(const QByteArray &zone, Domain::ChangeStamp *stamp) const;
    /// Sets the team's zone as it is now: the setting is read and saved over that version in one
    /// transaction (the command line's `settings team-zone ZONE`, a new value rather than an edit of
    /// a shown one).
    StorageError replaceTeamTimeZone(const QByteArray &zone) const;

private:
    const Database &m_database;
};

} // namespace Storage

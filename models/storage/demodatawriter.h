#pragma once

#include "models/domain/demoportfolio.h"
#include "models/storage/storageerror.h"

namespace Storage {

class Database;

/// Writes a demo portfolio into an empty database in one transaction.
class DemoDataWriter
{
public:
    explicit DemoDataWriter(const Database &database);
    StorageError write(const Domain::DemoPortfolio &portfolio) const;

    /// The source name demo rows carry, so that they are recognisable next to imported data.
    static QString sourceName() { return QStringLiteral("demo"); }

private:
    StorageError writePeople(const Domain::DemoPortfolio &portfolio) const;
    /// The engagement's default calendar, stored under "<KEY> office hours" and set, and its
    /// default SLA policy plus the tighter version of `data.slaChange`.
    StorageError writeCalendarAndPolicy(const Domain::Engagement &engagement,
                                        const Domain::DemoPortfolio::EngagementData &data) const;
    const Database &m_database;
};

} // namespace Storage

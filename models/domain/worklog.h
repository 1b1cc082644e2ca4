#pragma once

#include "models/domain/supportmodel.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Domain {

/// Time a person logged on a date for an engagement. Durations are whole minutes.
struct Worklog
{
    QString sourceKey;   ///< the source's id of the entry (or a stable hash of its fields)
    QDate date;          ///< the date in the engagement's time zone
    QString person;      ///< the person's display name as the source writes it
    std::optional<Role> role;
    int minutes = 0;
    QString ticketKey;   ///< may be empty
    ServiceLevel serviceLevel = ServiceLevel::L3;
    QString activity;    ///< catalogue activity id, may be empty
    QString description;

    bool operator==(const Worklog &o) const
    {
        return sourceKey == o.sourceKey && date == o.date && person == o.person && role == o.role
            && minutes == o.minutes && ticketKey == o.ticketKey && serviceLevel == o.serviceLevel
            && activity == o.activity && description == o.description;
    }
    bool operator!=(const Worklog &o) const { return !(*this == o); }
};

} // namespace Domain

#pragma once

#include "models/domain/supportmodel.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Domain {

/// Time a person logged on a date for an engagement. The duration is kept in whole seconds, as
/// exact as the source wrote it (decimal hours of two or four places, Kimai's seconds): a file's
/// total and the stored total agree. Capacity counts whole minutes, rounded once per total.
struct Worklog
{
    QString sourceKey; ///< the source's id of the entry (or a stable hash of its fields)
    QDate date;        ///< the date in the engagement's time zone
    QString person;    ///< the person's display name as the source writes it
    std::optional<Role> role;
    qint64 seconds = 0;
    QString ticketKey; ///< may be empty
    ServiceLevel serviceLevel = ServiceLevel::L3;
    QString activity; ///< catalogue activity id, may be empty
    QString description;

    bool operator==(const Worklog &o) const
    {
        return sourceKey == o.sourceKey && date == o.date && person == o.person && role == o.role &&
               seconds == o.seconds && ticketKey == o.ticketKey && serviceLevel == o.serviceLevel &&
               activity == o.activity && description == o.description;
    }
    bool operator!=(const Worklog &o) const { return !(*this == o); }

    /// The duration in whole minutes, rounded half up.
    qint64 minutes() const { return roundedMinutes(seconds); }
    static qint64 roundedMinutes(qint64 seconds)
    {
        return seconds >= 0 ? (seconds + 30) / 60 : -((-seconds + 30) / 60);
    }
};

} // namespace Domain

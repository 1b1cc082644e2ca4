#pragma once

#include "models/domain/calendar/businesscalendar.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Domain {

/// The calendars assumed where none is stored: an engagement's without a calendar of its own,
/// and the team's, on which people's capacity counts.
class DefaultCalendar
{
public:
    /// Monday–Friday 08:00–17:00 in `timeZone`, with the national holidays of the country the
    /// zone names (Europe/Stockholm SE, Europe/Helsinki FI, Europe/Oslo NO, Europe/Copenhagen DK,
    /// Europe/Berlin DE, Europe/London GB, America/* US; none for other zones). An unknown zone
    /// gives the same hours in UTC.
    static BusinessCalendar forZone(const QByteArray &timeZone);
    /// The holiday rule set code for a time zone, empty when none applies.
    static QString holidayRuleFor(const QByteArray &timeZone);

    /// The team's zone when the portfolio sets none: the zone most engagements count in (of
    /// equally common ones, the one listed first), Europe/Stockholm when there are none.
    /// `engagementZones` holds one zone per engagement.
    static QByteArray teamZone(const QVector<QByteArray> &engagementZones);
    /// The zone of a portfolio without engagements.
    static QByteArray fallbackTeamZone() { return QByteArrayLiteral("Europe/Stockholm"); }
};

} // namespace Domain

#include "models/domain/calendar/defaultcalendar.h"

#include <QHash>
#include <QPair>

namespace Domain {

BusinessCalendar DefaultCalendar::forZone(const QByteArray &timeZone)
{
    BusinessCalendar calendar;
    const bool knownZone = calendar.setTimeZone(timeZone);
    calendar.setName(QStringLiteral("Mon-Fri 08:00-17:00 %1").arg(QString::fromUtf8(calendar.timeZoneId())));
    const DayHours office = {WorkInterval{8 * 60, 17 * 60}};
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        calendar.setWeekHours(Qt::DayOfWeek(day), office);
    const QString rule = knownZone ? holidayRuleFor(timeZone) : QString();
    if (!rule.isEmpty())
        calendar.addHolidayRule(rule);
    return calendar;
}

QString DefaultCalendar::holidayRuleFor(const QByteArray &timeZone)
{
    static const QPair<const char *, const char *> s_rules[] = {
        {"Europe/Stockholm", "SE"},  {"Europe/Helsinki", "FI"}, {"Europe/Oslo", "NO"},
        {"Europe/Copenhagen", "DK"}, {"Europe/Berlin", "DE"},   {"Europe/London", "GB"},
    };
    for (const auto &[zone, code] : s_rules) {
        if (timeZone == zone)
            return QLatin1String(code);
    }
    if (timeZone.startsWith("America/"))
        return QStringLiteral("US");
    return {};
}

QByteArray DefaultCalendar::teamZone(const QVector<QByteArray> &engagementZones)
{
    QHash<QByteArray, int> counts;
    for (const QByteArray &zone : engagementZones)
        ++counts[zone];
    QByteArray best;
    for (const QByteArray &zone : engagementZones) {
        if (best.isEmpty() || counts.value(zone) > counts.value(best))
            best = zone;
    }
    return best.isEmpty() ? fallbackTeamZone() : best;
}

} // namespace Domain

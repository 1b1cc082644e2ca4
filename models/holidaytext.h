#pragma once

#include <QCoreApplication>
#include <QString>

namespace Models {

/// The names of the days that Domain::HolidayRules lists by id ("christmas-day"), in the
/// current language: "Christmas Day", "Juldagen".
class HolidayText
{
    Q_DECLARE_TR_FUNCTIONS(HolidayText)

public:
    /// The day's name; an id this build has no name for is returned as it is.
    static QString name(const QString &holidayId);
    /// Whether `holidayId` has a name (a test walks every rule set's ids).
    static bool isNamed(const QString &holidayId);
};

} // namespace Models

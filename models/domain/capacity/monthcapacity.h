#pragma once

#include "models/domain/capacity/absence.h"

#include <QDate>
#include <array>

namespace Domain {

/// A person's capacity in one month, with the figures it is made of:
/// capacityMinutes = (employedWorkingDays − absenceDays) × dailyMinutes.
struct MonthCapacity
{
    QDate month;                 ///< first day of the month
    int workingDays = 0;         ///< working days of the person's calendar in the month
    int employedWorkingDays = 0; ///< of those, between the person's start and end dates
    int absenceDays = 0;         ///< employed working days lost to absences
    std::array<int, AbsenceKindCount> absenceDaysByKind{};
    double dailyMinutes = 0;    ///< contracted week / 5 × part-time %
    qint64 capacityMinutes = 0; ///< rounded down to whole minutes

    bool operator==(const MonthCapacity &o) const
    {
        return month == o.month && workingDays == o.workingDays &&
               employedWorkingDays == o.employedWorkingDays && absenceDays == o.absenceDays &&
               absenceDaysByKind == o.absenceDaysByKind && dailyMinutes == o.dailyMinutes &&
               capacityMinutes == o.capacityMinutes;
    }
    bool operator!=(const MonthCapacity &o) const { return !(*this == o); }
};

} // namespace Domain

#pragma once

#include <QVector>

namespace Domain {

/// One working interval of a day, in minutes after local midnight: `[openMinute, closeMinute)`.
/// Valid when `0 <= openMinute < closeMinute <= 1440`; 1440 is 24:00, the end of the day.
struct WorkInterval
{
    int openMinute = 0;
    int closeMinute = 0;

    /// True when the interval is non-empty and lies within one day.
    bool isValid() const { return openMinute >= 0 && openMinute < closeMinute && closeMinute <= 1440; }
    int minutes() const { return closeMinute - openMinute; }

    bool operator==(const WorkInterval &o) const
    {
        return openMinute == o.openMinute && closeMinute == o.closeMinute;
    }
    bool operator!=(const WorkInterval &o) const { return !(*this == o); }
};

/// The working intervals of one day, sorted by opening and non-overlapping. Empty = closed.
using DayHours = QVector<WorkInterval>;

} // namespace Domain

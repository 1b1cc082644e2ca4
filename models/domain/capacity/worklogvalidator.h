#pragma once

#include "models/domain/worklog.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Domain {

/// Why worklogs cannot be counted against a budget.
enum class WorklogProblem {
    MissingDate,
    MissingPerson,
    NegativeMinutes,    ///< minutes = the entry's minutes
    EntryOverADay,      ///< one entry longer than 24 h; minutes = the entry, limit = 1440
    PersonDayOverADay,  ///< a person's entries on one date add up past 24 h ("a 30-hour day");
                        ///< index = the entry that tips it over, minutes = the day's total
    DuplicateSourceKey, ///< two entries with the same non-empty source key
};

struct WorklogIssue
{
    WorklogProblem problem;
    int index = -1; ///< position of the worklog in the checked list
    QString person;
    QDate date;
    qint64 minutes = 0;
    qint64 limit = 0;

    bool operator==(const WorklogIssue &o) const
    {
        return problem == o.problem && index == o.index && person == o.person && date == o.date &&
               minutes == o.minutes && limit == o.limit;
    }
};

/// Checks worklogs before they reach a budget or a burn-down.
class WorklogValidator
{
public:
    static constexpr int MinutesPerDay = 24 * 60;

    /// Every problem in list order; empty when all worklogs may be counted.
    static QVector<WorklogIssue> validate(const QVector<Worklog> &worklogs);
};

} // namespace Domain

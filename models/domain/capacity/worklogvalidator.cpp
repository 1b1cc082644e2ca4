#include "models/domain/capacity/worklogvalidator.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace Domain {

namespace {
using DayKey = QPair<QString, qint64>;
DayKey dayKey(const Worklog &w)
{
    return {w.person, w.date.toJulianDay()};
}
} // namespace

QVector<WorklogIssue> WorklogValidator::validate(const QVector<Worklog> &worklogs)
{
    QVector<WorklogIssue> issues;
    QHash<DayKey, qint64> dayTotals;
    QSet<DayKey> reportedDays;
    QSet<QString> keys;
    for (int i = 0; i < worklogs.size(); ++i) {
        const Worklog &w = worklogs.at(i);
        auto add = [&](WorklogProblem p, qint64 minutes = 0, qint64 limit = 0) {
            issues.append({p, i, w.person, w.date, minutes, limit});
        };
        if (!w.date.isValid())
            add(WorklogProblem::MissingDate);
        if (w.person.trimmed().isEmpty())
            add(WorklogProblem::MissingPerson);
        if (w.minutes() < 0)
            add(WorklogProblem::NegativeMinutes, w.minutes());
        else if (w.minutes() > MinutesPerDay)
            add(WorklogProblem::EntryOverADay, w.minutes(), MinutesPerDay);
        if (!w.sourceKey.isEmpty()) {
            if (keys.contains(w.sourceKey))
                add(WorklogProblem::DuplicateSourceKey);
            keys.insert(w.sourceKey);
        }
        if (w.date.isValid() && w.minutes() > 0) {
            const DayKey key = dayKey(w);
            const qint64 total = (dayTotals[key] += w.minutes());
            // One report per person-day, at the entry that tips it over; a single over-long
            // entry already has its own problem.
            if (total > MinutesPerDay && w.minutes() <= MinutesPerDay && !reportedDays.contains(key)) {
                reportedDays.insert(key);
                add(WorklogProblem::PersonDayOverADay, total, MinutesPerDay);
            }
        }
    }
    return issues;
}

} // namespace Domain

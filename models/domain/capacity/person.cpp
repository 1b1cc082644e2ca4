#include "models/domain/capacity/person.h"

#include <cmath>

namespace Domain {

QVector<PersonIssue> Person::validate() const
{
    QVector<PersonIssue> issues;
    if (name.trimmed().isEmpty())
        issues.append({PersonProblem::MissingName});
    if (contractedMinutesPerWeek < 0)
        issues.append({PersonProblem::NegativeContract});
    else if (contractedMinutesPerWeek > MaxContractedMinutesPerWeek)
        issues.append({PersonProblem::AbsurdContract});
    if (partTimePercent < 1 || partTimePercent > 100)
        issues.append({PersonProblem::PartTimeOutOfRange});
    if (start.isValid() && end.isValid() && end < start)
        issues.append({PersonProblem::EndBeforeStart});
    for (int i = 0; i < absences.size(); ++i) {
        const Absence &a = absences.at(i);
        if (!a.from.isValid() || !a.to.isValid()) {
            issues.append({PersonProblem::AbsenceWithoutDates, i});
            continue;
        }
        if (a.to < a.from) {
            issues.append({PersonProblem::AbsenceEndsBeforeStart, i});
            continue;
        }
        for (int j = 0; j < i; ++j) {
            const Absence &b = absences.at(j);
            if (b.from.isValid() && b.to.isValid() && b.from <= b.to && a.overlaps(b)) {
                issues.append({PersonProblem::OverlappingAbsences, i});
                break;
            }
        }
    }
    return issues;
}

bool Person::isEmployedOn(const QDate &date) const
{
    return date.isValid() && (!start.isValid() || date >= start) && (!end.isValid() || date <= end);
}

bool Person::isEmployedIn(const QDate &month) const
{
    const QDate first = WorkingDays::monthStart(month);
    const QDate last = WorkingDays::monthEnd(month);
    return first.isValid() && (!start.isValid() || start <= last) && (!end.isValid() || end >= first);
}

double Person::dailyMinutes() const
{
    return double(contractedMinutesPerWeek) / ContractDaysPerWeek * partTimePercent / 100.0;
}

MonthCapacity Person::capacity(const QDate &month, const WorkingDayPredicate &isWorkingDay) const
{
    MonthCapacity c;
    c.month = WorkingDays::monthStart(month);
    c.dailyMinutes = dailyMinutes();
    const QVector<QDate> days = WorkingDays::inMonth(c.month, isWorkingDay);
    c.workingDays = days.size();
    for (const QDate &d : days) {
        if (!isEmployedOn(d))
            continue;
        ++c.employedWorkingDays;
        // The first absence covering a day wins, so an invalid overlap never counts a day twice.
        for (const Absence &a : absences) {
            if (a.contains(d)) {
                ++c.absenceDays;
                ++c.absenceDaysByKind[static_cast<int>(a.kind)];
                break;
            }
        }
    }
    // Rounded once, at the end, and down: capacity is never promised beyond the contract.
    c.capacityMinutes =
        qint64(std::floor(double(c.employedWorkingDays - c.absenceDays) * c.dailyMinutes + 1e-9));
    return c;
}

bool Person::operator==(const Person &o) const
{
    return name == o.name && role == o.role && onCall == o.onCall &&
           contractedMinutesPerWeek == o.contractedMinutesPerWeek && partTimePercent == o.partTimePercent &&
           start == o.start && end == o.end && absences == o.absences;
}

} // namespace Domain

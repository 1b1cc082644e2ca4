#include "models/capacitytext.h"

#include "models/domaintext.h"

#include <QLocale>

namespace Models {

QString CapacityText::month(const QDate &month)
{
    if (!month.isValid())
        return {};
    const QLocale locale;
    return tr("%1 %2", "month name, year").arg(locale.standaloneMonthName(month.month()), QString::number(month.year()));
}

QString CapacityText::ledgerEntryKind(Domain::LedgerEntry::Kind kind)
{
    using Kind = Domain::LedgerEntry::Kind;
    switch (kind) {
    case Kind::Committed:
        return tr("Committed");
    case Kind::CarriedIn:
        return tr("Carried in");
    case Kind::Expired:
        return tr("Expired");
    case Kind::OverrunDeducted:
        return tr("Overrun deducted");
    case Kind::Used:
        return tr("Used");
    case Kind::Overrun:
        return tr("Overrun");
    case Kind::CarriedOut:
        return tr("Carried out");
    case Kind::Forfeited:
        return tr("Forfeited");
    }
    return {};
}

QString CapacityText::ledgerEntry(const Domain::LedgerEntry &entry)
{
    using Kind = Domain::LedgerEntry::Kind;
    const QString hours = DomainText::hours(entry.minutes);
    const QString month = CapacityText::month(entry.month);
    switch (entry.kind) {
    case Kind::Committed:
        return tr("%1 committed for %2").arg(hours, month);
    case Kind::CarriedIn:
        return tr("+%1 carried from %2").arg(hours, month);
    case Kind::Expired:
        return tr("%1 expired (from %2)").arg(hours, month);
    case Kind::OverrunDeducted:
        return tr("−%1 deducted for the overrun in %2").arg(hours, month);
    case Kind::Used:
        return tr("%1 used").arg(hours);
    case Kind::Overrun:
        return tr("%1 over budget").arg(hours);
    case Kind::CarriedOut:
        return tr("%1 (from %2) carried to next month").arg(hours, month);
    case Kind::Forfeited:
        return tr("%1 unused and forfeited").arg(hours);
    }
    return {};
}

QStringList CapacityText::ledgerExplanation(const Domain::LedgerMonth &month)
{
    QStringList lines;
    for (const Domain::LedgerEntry &entry : month.explanation) {
        if (entry.minutes == 0 && entry.kind != Domain::LedgerEntry::Kind::Committed
            && entry.kind != Domain::LedgerEntry::Kind::Used)
            continue;
        lines.append(ledgerEntry(entry));
    }
    return lines;
}

QString CapacityText::burnStatus(Domain::BurnStatus status)
{
    switch (status) {
    case Domain::BurnStatus::OnTrack:
        return tr("On track");
    case Domain::BurnStatus::AtRisk:
        return tr("At risk");
    case Domain::BurnStatus::Overrun:
        return tr("Overrun");
    case Domain::BurnStatus::NoBudget:
        return tr("No budget");
    }
    return {};
}

QString CapacityText::allocationWarningKind(Domain::AllocationWarning::Kind kind)
{
    using Kind = Domain::AllocationWarning::Kind;
    switch (kind) {
    case Kind::PersonOverbooked:
        return tr("Over 100 %");
    case Kind::EngagementUnderAllocated:
        return tr("Below committed hours");
    case Kind::NoOnCallCover:
        return tr("No on-call cover");
    case Kind::RequiredRoleMissing:
        return tr("Required role missing");
    case Kind::UnknownPerson:
        return tr("Unknown person");
    case Kind::UnknownEngagement:
        return tr("Unknown engagement");
    case Kind::InvalidMonth:
        return tr("Invalid month");
    case Kind::NegativeMinutes:
        return tr("Negative hours");
    case Kind::AbsurdMinutes:
        return tr("Impossible hours");
    case Kind::DuplicateAllocation:
        return tr("Allocated twice");
    case Kind::PersonNotStarted:
        return tr("Not yet started");
    case Kind::PersonHasLeft:
        return tr("Has left");
    case Kind::EngagementNotStarted:
        return tr("Engagement not started");
    case Kind::EngagementEnded:
        return tr("Engagement ended");
    }
    return {};
}

QString CapacityText::allocationWarning(const Domain::AllocationWarning &w)
{
    using Kind = Domain::AllocationWarning::Kind;
    const QString month = CapacityText::month(w.month);
    const QString role = w.role ? DomainText::role(*w.role) : QString();
    switch (w.kind) {
    case Kind::PersonOverbooked:
        return tr("%1 is allocated %2 of %3 capacity in %4").arg(w.person, DomainText::hours(w.value), DomainText::hours(w.limit), month);
    case Kind::EngagementUnderAllocated:
        return tr("%1 has %2 allocated but %3 committed in %4").arg(w.engagement, DomainText::hours(w.value), DomainText::hours(w.limit), month);
    case Kind::NoOnCallCover:
        return tr("%1 promises 24×7 cover but nobody on call is allocated in %2").arg(w.engagement, month);
    case Kind::RequiredRoleMissing:
        return tr("%1 needs a %2 but none is allocated in %3").arg(w.engagement, role, month);
    case Kind::UnknownPerson:
        return tr("%1 is not a known person").arg(w.person);
    case Kind::UnknownEngagement:
        return tr("%1 is not a known engagement").arg(w.engagement);
    case Kind::InvalidMonth:
        return tr("An allocation of %1 on %2 has no valid month").arg(w.person, w.engagement);
    case Kind::NegativeMinutes:
        return tr("%1 on %2 in %3: hours cannot be negative").arg(w.person, w.engagement, month);
    case Kind::AbsurdMinutes:
        return tr("%1 on %2 in %3: %4 is more than the month has (%5)").arg(w.person, w.engagement, month, DomainText::hours(w.value), DomainText::hours(w.limit));
    case Kind::DuplicateAllocation:
        return tr("%1 is allocated twice on %2 in %3").arg(w.person, w.engagement, month);
    case Kind::PersonNotStarted:
        return tr("%1 has not started yet in %2").arg(w.person, month);
    case Kind::PersonHasLeft:
        return tr("%1 has left before %2").arg(w.person, month);
    case Kind::EngagementNotStarted:
        return tr("%1 has not started yet in %2").arg(w.engagement, month);
    case Kind::EngagementEnded:
        return tr("%1 has ended before %2").arg(w.engagement, month);
    }
    return {};
}

QString CapacityText::absenceKind(Domain::AbsenceKind kind)
{
    switch (kind) {
    case Domain::AbsenceKind::Vacation:
        return tr("Vacation");
    case Domain::AbsenceKind::SickLeave:
        return tr("Sick leave");
    case Domain::AbsenceKind::ParentalLeave:
        return tr("Parental leave");
    case Domain::AbsenceKind::Other:
        return tr("Other absence");
    }
    return {};
}

QString CapacityText::personProblem(Domain::PersonProblem problem)
{
    switch (problem) {
    case Domain::PersonProblem::MissingName:
        return tr("Enter a name");
    case Domain::PersonProblem::NegativeContract:
        return tr("Contracted hours cannot be negative");
    case Domain::PersonProblem::AbsurdContract:
        return tr("More than 60 contracted hours a week is not a contract");
    case Domain::PersonProblem::PartTimeOutOfRange:
        return tr("Part-time must be between 1 and 100 %");
    case Domain::PersonProblem::EndBeforeStart:
        return tr("The end date lies before the start date");
    case Domain::PersonProblem::AbsenceWithoutDates:
        return tr("The absence needs a first and a last day");
    case Domain::PersonProblem::AbsenceEndsBeforeStart:
        return tr("The absence ends before it starts");
    case Domain::PersonProblem::OverlappingAbsences:
        return tr("The absence overlaps another absence");
    }
    return {};
}

QString CapacityText::personIssue(const Domain::PersonIssue &issue)
{
    if (issue.absence < 0)
        return personProblem(issue.problem);
    return tr("Absence %1: %2").arg(issue.absence + 1).arg(personProblem(issue.problem));
}

QString CapacityText::budgetProblem(Domain::BudgetProblem problem)
{
    switch (problem) {
    case Domain::BudgetProblem::NegativeCommitted:
        return tr("Committed hours cannot be negative");
    case Domain::BudgetProblem::AbsurdCommitted:
        return tr("More committed hours than a team can work in a month");
    case Domain::BudgetProblem::InvalidMonth:
        return tr("A monthly budget has no valid month");
    case Domain::BudgetProblem::MonthBeforeStart:
        return tr("A monthly budget lies before the engagement started");
    case Domain::BudgetProblem::NegativeCap:
        return tr("Rollover caps and expiry cannot be negative");
    case Domain::BudgetProblem::CapPercentOver100:
        return tr("A rollover cap cannot exceed 100 %");
    }
    return {};
}

QString CapacityText::budgetIssue(const Domain::BudgetIssue &issue)
{
    if (!issue.month.isValid())
        return budgetProblem(issue.problem);
    return tr("%1: %2").arg(month(issue.month), budgetProblem(issue.problem));
}

QString CapacityText::worklogProblem(Domain::WorklogProblem problem)
{
    switch (problem) {
    case Domain::WorklogProblem::MissingDate:
        return tr("The worklog has no date");
    case Domain::WorklogProblem::MissingPerson:
        return tr("The worklog names nobody");
    case Domain::WorklogProblem::NegativeMinutes:
        return tr("Negative hours");
    case Domain::WorklogProblem::EntryOverADay:
        return tr("One entry longer than 24 hours");
    case Domain::WorklogProblem::PersonDayOverADay:
        return tr("More than 24 hours logged by one person on one day");
    case Domain::WorklogProblem::DuplicateSourceKey:
        return tr("The same entry appears twice");
    }
    return {};
}

QString CapacityText::worklogIssue(const Domain::WorklogIssue &issue)
{
    const QLocale locale;
    QStringList parts;
    parts.append(tr("Entry %1").arg(issue.index + 1));
    if (!issue.person.isEmpty())
        parts.append(issue.person);
    if (issue.date.isValid())
        parts.append(locale.toString(issue.date, QLocale::ShortFormat));
    if (issue.problem == Domain::WorklogProblem::NegativeMinutes || issue.problem == Domain::WorklogProblem::EntryOverADay
        || issue.problem == Domain::WorklogProblem::PersonDayOverADay)
        parts.append(DomainText::hours(issue.minutes));
    return tr("%1: %2").arg(parts.join(QStringLiteral(", ")), worklogProblem(issue.problem));
}

} // namespace Models

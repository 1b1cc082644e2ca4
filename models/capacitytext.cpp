#include "models/capacitytext.h"

#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"

#include <QLocale>

namespace Models {

QString CapacityText::month(const QDate &month)
{
    if (!month.isValid())
        return {};
    const QLocale locale;
    return tr("%1 %2", "month name, year")
        .arg(locale.standaloneMonthName(month.month()), QString::number(month.year()));
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
    case Kind::ExpiredAtEnd:
        return tr("Expired at the end");
    case Kind::Ended:
        return tr("Ended");
    }
    return {};
}

QString CapacityText::ledgerEntry(const Domain::LedgerEntry &entry)
{
    using Kind = Domain::LedgerEntry::Kind;
    const QString hours = DomainText::hours(entry.minutes);
    const QString month = DomainText::monthInSentence(entry.month);
    if (entry.projected) {
        // Figures that depend on a month that has not closed: never final words.
        switch (entry.kind) {
        case Kind::Committed:
        case Kind::Used:
        case Kind::Ended:
            break;
        case Kind::CarriedIn:
            return tr("+%1 carried from %2 (provisional until the month before has closed)")
                .arg(hours, month);
        case Kind::Expired:
            return tr("%1 expired (from %2) (provisional until the month before has closed)")
                .arg(hours, month);
        case Kind::OverrunDeducted:
            return tr("−%1 to be deducted for the overrun in %2, if its forecast holds").arg(hours, month);
        case Kind::Overrun:
            return tr("if the forecast holds: %1 over budget at month end").arg(hours);
        case Kind::CarriedOut:
            return tr("if the forecast holds: %1 (from %2) carried to next month").arg(hours, month);
        case Kind::Forfeited:
            return tr("if the forecast holds: %1 unused and forfeited").arg(hours);
        case Kind::ExpiredAtEnd:
            return tr("if the forecast holds: %1 (from %2) expire unused at the engagement's end")
                .arg(hours, month);
        }
    }
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
    case Kind::ExpiredAtEnd:
        return tr("%1 (from %2) expired unused at the engagement's end (not paid out)").arg(hours, month);
    case Kind::Ended:
        return tr("The engagement ended in %1: nothing is committed after it. Its closing balance:")
            .arg(month);
    }
    return {};
}

QStringList CapacityText::ledgerExplanation(const Domain::LedgerMonth &month)
{
    using Kind = Domain::LedgerEntry::Kind;
    using State = Domain::LedgerMonth::State;
    QStringList lines;
    QStringList projectedEnd; // the month-end figures of a month that has not closed, in one line
    for (const Domain::LedgerEntry &entry : month.explanation) {
        if (entry.minutes == 0 && entry.kind != Kind::Committed && entry.kind != Kind::Used &&
            entry.kind != Kind::Ended)
            continue;
        if (entry.kind == Kind::Used && month.state == State::NotStarted) {
            lines.append(tr("Nothing used yet: the month has not started"));
            continue;
        }
        if (entry.kind == Kind::Used && month.state == State::Open) {
            lines.append(tr("%1 used so far").arg(DomainText::hours(entry.minutes)));
            continue;
        }
        const bool monthEnd = entry.kind == Kind::Overrun || entry.kind == Kind::CarriedOut ||
                              entry.kind == Kind::Forfeited || entry.kind == Kind::ExpiredAtEnd;
        if (entry.projected && monthEnd) {
            projectedEnd.append(projectedPart(entry));
            continue;
        }
        lines.append(ledgerEntry(entry));
    }
    if (!projectedEnd.isEmpty())
        lines.append(tr("If the forecast holds: %1").arg(projectedEnd.join(QStringLiteral(", "))));
    else if (!month.isFinal())
        lines.append(tr("If the forecast holds: nothing is carried or forfeited"));
    return lines;
}

QString CapacityText::projectedPart(const Domain::LedgerEntry &entry)
{
    using Kind = Domain::LedgerEntry::Kind;
    const QString hours = DomainText::hours(entry.minutes);
    switch (entry.kind) {
    case Kind::Overrun:
        return tr("%1 over budget at month end").arg(hours);
    case Kind::CarriedOut:
        return tr("%1 (from %2) carried").arg(hours, DomainText::monthInSentence(entry.month));
    case Kind::Forfeited:
        return tr("%1 forfeited").arg(hours);
    case Kind::ExpiredAtEnd:
        return tr("%1 (from %2) expire at the engagement's end").arg(hours, month(entry.month));
    default:
        return ledgerEntry(entry);
    }
}

QString CapacityText::ledgerMonthState(Domain::LedgerMonth::State state)
{
    using State = Domain::LedgerMonth::State;
    switch (state) {
    case State::Closed:
        return tr("closed");
    case State::Open:
        return tr("open: figures up to today, month end projected");
    case State::NotStarted:
        return tr("not started: projected");
    case State::Ended:
        return tr("after the engagement's end");
    }
    return {};
}

QString CapacityText::budgetClass(Domain::BudgetClass budgetClass)
{
    switch (budgetClass) {
    case Domain::BudgetClass::Counted:
        return tr("yes");
    case Domain::BudgetClass::BilledOutside:
        return tr("no, billed outside the budget");
    case Domain::BudgetClass::OutsidePeriod:
        return tr("no, outside the contract period");
    case Domain::BudgetClass::ServiceNotContracted:
        return tr("no, optional service not contracted");
    case Domain::BudgetClass::RoleNotCovered:
        return tr("no, role not covered by the contract");
    }
    return {};
}

QStringList CapacityText::budgetSplit(const Domain::BudgetSplit &split)
{
    QStringList lines;
    if (split.outsideContract() > 0) {
        QStringList parts;
        for (auto it = split.byService.cbegin(); it != split.byService.cend(); ++it)
            parts.append(tr("%1 on %2, not contracted")
                             .arg(DomainText::hours(it.value()), DomainText::activity(it.key())));
        for (auto it = split.byRole.cbegin(); it != split.byRole.cend(); ++it)
            parts.append(tr("%1 by %2, a role the contract does not cover")
                             .arg(DomainText::hours(it.value()), DomainText::role(it.key())));
        if (const qint64 period = split.of(Domain::BudgetClass::OutsidePeriod))
            parts.append(tr("%1 outside the contract period").arg(DomainText::hours(period)));
        lines.append(tr("Outside the contract: %1 (%2)")
                         .arg(DomainText::hours(split.outsideContract()), parts.join(QStringLiteral("; "))));
    }
    if (const qint64 billed = split.of(Domain::BudgetClass::BilledOutside))
        lines.append(
            tr("Billed outside the budget by the contract's rules: %1").arg(DomainText::hours(billed)));
    return lines;
}

QString CapacityText::spokenList(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2", "the last two of a list")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QStringList CapacityText::countingRules(const Domain::BudgetPolicy &policy)
{
    using Domain::ServiceLevel;
    QStringList counted, outside;
    for (const ServiceLevel level : {ServiceLevel::L1, ServiceLevel::L2, ServiceLevel::L3})
        (policy.countsLevel(level) ? counted : outside).append(DomainText::serviceLevelShort(level));
    QStringList lines;
    if (outside.isEmpty()) {
        lines.append(
            tr("Counts against the budget: worklogs dated up to today in the contract period, L1, L2 and "
               "L3 work and the contracted optional services. Optional services not contracted, roles "
               "the contract does not cover and work before the start or after the end are outside the "
               "contract and shown apart."));
    } else {
        lines.append(
            counted.isEmpty()
                ? tr("Counts against the budget: worklogs dated up to today in the contract period on "
                     "the contracted optional services.")
                : tr("Counts against the budget: worklogs dated up to today in the contract period, %1 "
                     "work and the contracted optional services.")
                      .arg(spokenList(counted)));
        lines.append(tr("%1 work is billed outside the budget.").arg(spokenList(outside)));
        lines.append(
            tr("Optional services not contracted, roles the contract does not cover and work before the "
               "start or after the end are outside the contract and shown apart."));
    }
    // The activity rules win over the level's: in the catalogue's order, then any other id.
    QHash<QString, bool> activities = policy.activityRules();
    QStringList ids;
    for (const Domain::ActivityInfo &activity : Domain::SupportModelCatalogue::activities())
        ids.append(QString::fromLatin1(activity.id));
    QStringList others = activities.keys();
    others.sort();
    for (const QString &id : qAsConst(ids) + others) {
        const auto rule = activities.constFind(id);
        if (rule == activities.constEnd())
            continue;
        const QString name = DomainText::activity(id);
        lines.append(*rule ? tr("%1 counts against the budget, whatever its level.").arg(name)
                           : tr("%1 is billed outside the budget.").arg(name));
        activities.erase(rule);
    }
    return lines;
}

QStringList CapacityText::budgetRules(const Domain::BudgetPolicy &policy)
{
    const Domain::RolloverRule &rule = policy.rolloverRule();
    QStringList lines = countingRules(policy);
    lines.append(tr("A first or last month only partly in the contract commits its share of calendar days "
                    "(a start on the 10th of a 31-day month commits 22/31), rounded to the minute."));
    switch (rule.carry) {
    case Domain::RolloverRule::Carry::None:
        lines.append(tr("Unused hours are forfeited at month end."));
        break;
    case Domain::RolloverRule::Carry::UpToMinutes:
        lines.append(tr("Each month may carry up to %1 of its own unused hours.")
                         .arg(DomainText::hours(rule.capMinutes)));
        break;
    case Domain::RolloverRule::Carry::UpToPercent:
        lines.append(tr("Each month may carry up to %1 % of its commitment.").arg(rule.capPercent));
        break;
    }
    if (rule.carry != Domain::RolloverRule::Carry::None) {
        lines.append(rule.expiryMonths > 0
                         ? tr("Carried hours are spent first, oldest first, and expire %n month(s) after the "
                              "month they come from.",
                              nullptr, rule.expiryMonths)
                         : tr("Carried hours are spent first, oldest first, and do not expire."));
    }
    if (rule.deductOverrun)
        lines.append(tr("An overrun is deducted from the next month's budget."));
    lines.append(tr("At the engagement's end unused hours expire; they are not paid out."));
    lines.append(tr(
        "Until a month has closed its carried, forfeited and deducted hours are projected from the forecast: "
        "the mean of the last 10 working days up to today; the range is the 10th to 90th percentile of daily "
        "use over the working days of the three months up to today. A month not started yet uses today's "
        "pace."));
    lines.append(tr("Worklog seconds are summed and rounded once to the minute, half up; hours are shown to "
                    "a tenth, halves up."));
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
    case Kind::RoleNotCovered:
        return tr("Role not covered");
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
    const QString month = DomainText::monthInSentence(w.month);
    const QString role = w.role ? DomainText::role(*w.role) : QString();
    switch (w.kind) {
    case Kind::PersonOverbooked:
        return tr("%1 is allocated %2 of %3 capacity in %4")
            .arg(w.person, DomainText::hours(w.value), DomainText::hours(w.limit), month);
    case Kind::EngagementUnderAllocated:
        return tr("%1 has %2 allocated but %3 committed in %4")
            .arg(w.engagement, DomainText::hours(w.value), DomainText::hours(w.limit), month);
    case Kind::NoOnCallCover:
        return tr("%1 promises 24×7 cover but nobody on call is allocated in %2").arg(w.engagement, month);
    case Kind::RoleNotCovered:
        return tr("%1 is allocated %2 on %3 in %4 as %5, a role the contract does not cover: outside the "
                  "contract")
            .arg(w.person, DomainText::hours(w.value), w.engagement, month, role);
    case Kind::RequiredRoleMissing:
        return tr("%1 needs the role %2 but nobody in that role is allocated in %3")
            .arg(w.engagement, role, month);
    case Kind::UnknownPerson:
        return tr("%1 is not a known person").arg(w.person);
    case Kind::UnknownEngagement:
        return tr("%1 is not a known engagement").arg(w.engagement);
    case Kind::InvalidMonth:
        return tr("An allocation of %1 on %2 has no valid month").arg(w.person, w.engagement);
    case Kind::NegativeMinutes:
        return tr("%1 on %2 in %3: hours cannot be negative").arg(w.person, w.engagement, month);
    case Kind::AbsurdMinutes:
        return tr("%1 on %2 in %3: %4 is more than the month has (%5)")
            .arg(w.person, w.engagement, month, DomainText::hours(w.value), DomainText::hours(w.limit));
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
    case Domain::BudgetProblem::MonthAfterEnd:
        return tr("A monthly budget lies after the engagement's end");
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
    QStringList parts;
    parts.append(tr("Entry %1").arg(issue.index + 1));
    if (!issue.person.isEmpty())
        parts.append(issue.person);
    if (issue.date.isValid())
        parts.append(DomainText::date(issue.date));
    if (issue.problem == Domain::WorklogProblem::NegativeMinutes ||
        issue.problem == Domain::WorklogProblem::EntryOverADay ||
        issue.problem == Domain::WorklogProblem::PersonDayOverADay)
        parts.append(DomainText::hours(issue.minutes));
    return tr("%1: %2").arg(parts.join(QStringLiteral(", ")), worklogProblem(issue.problem));
}

} // namespace Models

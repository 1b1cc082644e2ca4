#pragma once

#include "models/domain/capacity/absence.h"
#include "models/domain/capacity/allocationwarning.h"
#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/capacity/budgetsplit.h"
#include "models/domain/capacity/ledgermonth.h"
#include "models/domain/capacity/person.h"
#include "models/domain/capacity/portfolioburn.h"
#include "models/domain/capacity/worklogvalidator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Models {

/// Translated, user-visible words for the capacity enums (budgets, burn-down, allocation, people,
/// worklog checks). Used by the pages and the command line; hours through DomainText::hours.
class CapacityText
{
    Q_DECLARE_TR_FUNCTIONS(CapacityText)

public:
    /// "October 2026" in the current locale.
    static QString month(const QDate &month);

    /// A short label of a ledger entry kind ("Carried in").
    static QString ledgerEntryKind(Domain::LedgerEntry::Kind kind);
    /// One sentence of a month's explanation ("+12 h carried from October 2026").
    static QString ledgerEntry(const Domain::LedgerEntry &entry);
    /// Every entry of a ledger month, in the ledger's order; zero-minute carry lines left out. A month
    /// that has not closed says what is used so far and gathers its month-end figures in one line
    /// "If the forecast holds: … carried, … forfeited"; final words only for closed months.
    static QStringList ledgerExplanation(const Domain::LedgerMonth &month);
    /// "closed", "open: figures up to today", "not started", "ended".
    static QString ledgerMonthState(Domain::LedgerMonth::State state);
    /// Where a worklog stands ("counts", "outside the contract: role not covered"…).
    static QString budgetClass(Domain::BudgetClass budgetClass);
    /// The time outside the budget in words, one line per kind with the services and roles named;
    /// empty when everything logged counts.
    static QStringList budgetSplit(const Domain::BudgetSplit &split);
    /// How the budget is counted, for the explanation (the same rules as docs/capacity/capacity.md).
    static QStringList budgetRules(const Domain::BudgetPolicy &policy);
    /// What counts against the budget, with the policy's level and activity rules: the first lines
    /// of budgetRules().
    static QStringList countingRules(const Domain::BudgetPolicy &policy);

    static QString burnStatus(Domain::BurnStatus status);

    /// A short label of a warning kind ("Over 100 %").
    static QString allocationWarningKind(Domain::AllocationWarning::Kind kind);
    /// The warning in words with its person, engagement, month and figures.
    static QString allocationWarning(const Domain::AllocationWarning &warning);

    static QString absenceKind(Domain::AbsenceKind kind);
    static QString personProblem(Domain::PersonProblem problem);
    /// The problem with the absence it concerns ("Absence 2: overlaps another absence").
    static QString personIssue(const Domain::PersonIssue &issue);
    static QString budgetProblem(Domain::BudgetProblem problem);
    static QString budgetIssue(const Domain::BudgetIssue &issue);
    static QString worklogProblem(Domain::WorklogProblem problem);
    /// The problem with the entry's line, person, date and minutes.
    static QString worklogIssue(const Domain::WorklogIssue &issue);

private:
    /// "L1", "L1 and L2", "L1, L2 and L3".
    static QString spokenList(const QStringList &items);
    /// A projected month-end figure as a part of the "If the forecast holds" line.
    static QString projectedPart(const Domain::LedgerEntry &entry);
};

} // namespace Models

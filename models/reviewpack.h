#pragma once

#include "models/burndownloader.h"
#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/capacity/allocationwarning.h"
#include "models/domain/sla/slapolicy.h"
#include "models/domain/ticket.h"
#include "models/slaoverviewloader.h"
#include "models/supportmodeldiagramloader.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>
#include <array>
#include <memory>
#include <optional>

namespace Models {

class ReviewPackLines;

/// The period a governance review covers: a month ("2026-10"), a quarter ("2026-Q3") or a range
/// of days ("2026-10-01..2026-12-31"). Both ends are dates in the engagement's time zone, inclusive.
struct ReviewPeriod
{
    enum class Kind { Month, Quarter, Range };
    Kind kind = Kind::Month;
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    /// Parses the three forms; nullopt for anything else (also a range whose end is before its start).
    static std::optional<ReviewPeriod> parse(const QString &text);
    /// The period of equal length just before this one: the previous month, the previous quarter,
    /// or the same number of days ending the day before `start`.
    ReviewPeriod previous() const;
    /// The first day of every month the period touches.
    QVector<QDate> months() const;
    /// "2026-10", "2026-Q3" or "2026-10-01..2026-12-31" (the form parse() reads).
    QString id() const;
    bool contains(const QDate &date) const { return date >= start && date <= end; }
    bool operator==(const ReviewPeriod &o) const
    {
        return kind == o.kind && start == o.start && end == o.end;
    }
};

/// The key figures of one period, as the summary shows them for the period and the one before.
struct ReviewFigures
{
    ReviewPeriod period;
    bool budgetKnown = false; ///< false when the period lies before the engagement's ledger
    qint64 committed = 0;     ///< minutes, every month of the period
    qint64 used = 0;
    qint64 carriedIn = 0;  ///< into the period's first month
    qint64 carriedOut = 0; ///< out of the period's last month
    qint64 forfeited = 0;
    bool budgetProjected = false; ///< a month of the period has not closed: carried/forfeited projected

    /// SLA met per severity, summed over the period's months of the stored monthly compliance.
    struct Sla
    {
        int severity = 0;
        int tickets = 0;
        int responseMet = 0;
        int responseMeasured = 0;
        int resolutionMet = 0;
        int resolutionMeasured = 0;
        int breaches = 0;
        double targetPercent = 0.0; ///< of the period's last month with a stored row
        std::optional<double> responsePercent() const;
        std::optional<double> resolutionPercent() const;
    };
    bool slaKnown = false; ///< the contract sells an SLA and its results were read
    QVector<Sla> sla;      ///< one per severity with a target
    int breaches = 0; ///< all severities: SlaOverview::breachesIn summed; this period: the breaches listed

    /// Tickets opened (created) and resolved in the period.
    std::array<int, Domain::ServiceLevelCount> openedByLevel{};
    std::array<int, Domain::ServiceLevelCount> resolvedByLevel{};
    std::array<int, Domain::TicketKindCount> openedByKind{};
    std::array<int, Domain::TicketKindCount> resolvedByKind{};
    int opened = 0;
    int resolved = 0;
    int backlog = 0; ///< open at the period's last instant
};

/// A ticket line of the pack: a breach, a notable incident or problem, a delivered change.
struct ReviewTicket
{
    qint64 id = 0;
    QString key;
    QString title;
    Domain::TicketKind kind = Domain::TicketKind::Incident;
    Domain::ServiceLevel level = Domain::ServiceLevel::L1;
    int severity = 0;
    qint64 created = 0;
    std::optional<qint64> resolved;
    QString status;
    // Breaches only:
    qint64 breachedAt = 0; ///< the earlier breach of the two clocks, UTC epoch seconds
    QString explanation;   ///< the engine's summary line (SlaExplainText::summary)
    QString rootCause;     ///< the team's note; empty when none was written
};

/// One allocation of next month: a person on the engagement.
struct ReviewAllocation
{
    QString person;
    Domain::Role role = Domain::Role::Dev;
    qint64 minutes = 0;
};

/// How SLA time is counted: the calendar and the policy version in force at the period's end.
struct ReviewSlaRules
{
    QString calendarName;
    QByteArray timeZone;
    bool calendarStored = false; ///< false: the default calendar of the engagement's zone
    bool alwaysOpen = false;
    std::array<Domain::DayHours, 7> weekHours; ///< Monday first
    QStringList holidayRules;                  ///< national rule sets ("SE")
    int holidayCount = 0;                      ///< single-date holidays stored
    QString policyName;
    bool policyStored = false;               ///< false: the support model's default policy
    std::optional<Domain::SlaPolicy> policy; ///< the version in force on the period's last day
};

/// Everything a governance review shows, read from storage through the loaders the pages use.
/// Built by ReviewPackLoader, drawn by Gui::ReviewPackRenderer, written as data by ReviewPackTables.
struct ReviewPack
{
    Domain::Engagement engagement;
    ReviewPeriod period;
    QDateTime now;      ///< the instant the pack was read for (UTC)
    QDate today;        ///< the engagement's local date of `now`
    QString preparedBy; ///< set by the caller (settings or --prepared-by)

    ReviewFigures current;
    ReviewFigures previous;

    QVector<BurnDownData> burnDowns; ///< one per month of the period (not after today's month)
    Domain::BudgetLedger ledger;     ///< from the engagement's start to the period's last month
    QDate historyLastMonth;          ///< the history chart's last month
    QStringList budgetRules;         ///< CapacityText::budgetRules of the policy

    bool hasSla = false;
    SlaOverview sla; ///< twelve months ending with the period's last month; no atRisk (see breaches)
    /// The ticket lines the PDF names; `lines` holds every one of them for the data appendix (a
    /// month of the 1M bench has 96,500, kept in a temporary file beyond a budget).
    QVector<ReviewTicket> listedBreaches;  ///< at most MaxListedBreaches of the period's, by breach instant
    QVector<ReviewTicket> listedNotable;   ///< the first MaxListedTickets notable tickets of `lines`
    QVector<ReviewTicket> listedDelivered; ///< the first MaxListedTickets delivered ones of `lines`
    /// Every line: the period's breaches by breach instant; the notable tickets (incidents and
    /// problems of severity 1–2 opened or resolved in the period) and the delivered ones (changes,
    /// enhancements and L3 work resolved in the period) in the order read. Null: no lines.
    std::shared_ptr<ReviewPackLines> lines;
    qsizetype breachCount = 0; ///< lines of each kind
    qsizetype notableCount = 0;
    qsizetype deliveredCount = 0;

    QDate nextMonth;                                       ///< the month after the period
    qint64 nextCommitted = 0;                              ///< committed minutes of next month
    QVector<ReviewAllocation> allocations;                 ///< next month, by role then person
    QVector<Domain::AllocationWarning> allocationWarnings; ///< next month's warnings of this engagement

    QString risks; ///< the team's text for the engagement and period
    QString actions;
    QHash<qint64, QString> rootCauses; ///< ticket id → the team's root-cause note

    SupportModelDiagramData diagram; ///< of the period's last month
    ReviewSlaRules slaRules;

    QByteArray fingerprint;        ///< SHA-256 (hex) of the rows that produced the numbers
    qsizetype fingerprintRows = 0; ///< how many canonical rows went into it

    /// The fingerprint as the footer shows it (first 16 hex digits).
    QString shortFingerprint() const { return QString::fromLatin1(fingerprint.left(16)); }
};

} // namespace Models

#pragma once

#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/domain/sla/monthlycompliance.h"
#include "models/domain/sla/slaresult.h"
#include "models/slastaleness.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QVector>
#include <functional>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// An open ticket whose SLA clock has passed its warning fraction, or its target, at `now`.
struct SlaAtRiskTicket
{
    enum class Clock { Response, Resolution };

    qint64 ticketId = 0;
    QString key;
    QString title;
    QString status;
    int severity = 0;
    Clock clock = Clock::Resolution; ///< the clock that is (or breached) first
    bool breached = false;
    qint64 due = 0;             ///< when its target is (or was) reached, UTC epoch seconds
    qint64 secondsLeft = 0;     ///< due − now: negative once breached
    qint64 businessSeconds = 0; ///< business time the clock has counted at `now`
    qint64 targetSeconds = 0;
    Domain::SlaResult result; ///< the stored result carried forward to `now`

    bool operator==(const SlaAtRiskTicket &o) const
    {
        return ticketId == o.ticketId && key == o.key && title == o.title && status == o.status &&
               severity == o.severity && clock == o.clock && breached == o.breached && due == o.due &&
               secondsLeft == o.secondsLeft && businessSeconds == o.businessSeconds &&
               targetSeconds == o.targetSeconds && result == o.result;
    }
};

/// Quartiles of business times (seconds) with whiskers at the 5th and 95th percentiles.
struct SlaBoxStats
{
    int count = 0;
    qint64 low = 0; ///< 5th percentile
    qint64 lowerQuartile = 0;
    qint64 median = 0;
    qint64 upperQuartile = 0;
    qint64 high = 0; ///< 95th percentile
    qint64 maximum = 0;

    /// Nearest-rank statistics of `values` (reordered); all zero when empty.
    static SlaBoxStats of(QVector<qint64> values);
};

/// Response and resolution business times of one severity over the range, and its targets.
struct SlaSeverityDistribution
{
    int severity = 0;
    SlaBoxStats response;
    SlaBoxStats resolution;
    qint64 responseTargetSeconds = 0; ///< of the policy version in force at the range's end; 0: none
    qint64 resolutionTargetSeconds = 0;
};

/// Everything the SLA page and `deliverydesk sla chart` show of one engagement, read from the
/// stored results (never evaluated again on the way).
struct SlaOverview
{
    Domain::Engagement engagement;
    QDate from;                                    ///< first month shown (first day)
    QDate to;                                      ///< last month shown (first day)
    int severity = 0;                              ///< 1–4, or 0 for every severity
    qint64 now = 0;                                ///< the instant "at risk" is computed for
    std::optional<qint64> evaluatedAt;             ///< the stored results' evaluation instant; empty: never
    QVector<QDate> months;                         ///< every month from `from` to `to`
    QVector<int> severities;                       ///< the severities shown, ascending
    QVector<Domain::MonthlyCompliance> compliance; ///< stored rows of the range (shown severities)
    QVector<SlaSeverityDistribution> distribution; ///< one per shown severity
    QVector<SlaAtRiskTicket> atRisk;               ///< sorted by time left (breached first)
    /// Open tickets breached at `now` whose breach lies in a month of the range, by month and
    /// severity (resolved breaches are in `compliance`).
    QHash<QDate, QHash<int, int>> openBreaches;
    /// Who added each stored version of the SLA policy, by effective date; empty when the
    /// engagement counts on its support model's default policy.
    QMap<QDate, Domain::ChangeStamp> policyStamps;
    /// The newest change of the calendar or policy made after the stored results were computed
    /// (SlaStaleness): the figures are those of the old rules. Nothing when up to date or never
    /// computed.
    std::optional<SlaRulesChange> staleBy;

    /// The stored row of `month` and `severity`; nullptr when the month had no row.
    const Domain::MonthlyCompliance *complianceOf(const QDate &month, int severity) const;
    /// Breaches counted in `month` for `severity`: resolved tickets in their resolution month (as
    /// the compliance table and `sla breaches` count them) plus open tickets breached in it.
    int breachesIn(const QDate &month, int severity) const;
};

/// Loads an engagement's SLA overview from the stored results: compliance per month and severity
/// with each month's target, breaches per month, distribution of business times and the open
/// tickets at risk at `now`. Used by the SLA page, the portfolio's SLA section and `sla chart`.
class SlaOverviewLoader
{
    Q_DECLARE_TR_FUNCTIONS(SlaOverviewLoader)

public:
    enum class Problem {
        None,
        NoSla,        ///< the support model sells no SLA (fixed capacity)
        InvalidRange, ///< `from` after `to`, or a month missing
        Storage,      ///< reading failed: see `storage`
    };
    struct Error
    {
        Problem problem = Problem::None;
        Storage::StorageError storage;
        explicit operator bool() const { return problem != Problem::None; }
        /// One translated sentence for the page, the message bar or stderr.
        QString message(const Domain::Engagement &engagement) const;
    };

    /// How many months the page and the command show by default.
    static constexpr int DefaultMonths = 12;

    explicit SlaOverviewLoader(const Storage::Database &database);

    /// Whether load() reads the business times of the range for the distribution (default true;
    /// the portfolio's SLA section does without).
    void setWithDistribution(bool with) { m_withDistribution = with; }
    /// Which tickets at risk load() keeps in `atRisk` (default: every one); openBreaches counts
    /// them all. The review pack keeps the breaches of its period, not 100,000 open tickets of a
    /// large engagement, and the open results are read one at a time, never all held.
    void setAtRiskKept(std::function<bool(const SlaAtRiskTicket &)> keep) { m_keepAtRisk = std::move(keep); }

    /// Whether the engagement's support model has an SLA at all.
    static bool hasSla(const Domain::Engagement &engagement);
    /// The month (first day) of `now` in the engagement's time zone.
    static QDate monthOf(const Domain::Engagement &engagement, qint64 now);

    /// The overview of the months `from` to `to` (any day of each; both invalid: the 12 months
    /// ending with the month of `now`), for `severity` (1–4, 0 = all), at-risk tickets at `now`.
    [[nodiscard]] Error load(const Domain::Engagement &engagement, QDate from, QDate to, int severity,
                             qint64 now, SlaOverview *out) const;
    /// Only the open tickets at risk or breached at `now` (for the page's refresh each minute).
    [[nodiscard]] Error loadAtRisk(const Domain::Engagement &engagement, int severity, qint64 now,
                                   QVector<SlaAtRiskTicket> *out) const;

    /// "3 h 20 min left", "breached 2 h 10 min ago" (days when 48 h or more).
    static QString timeLeftText(qint64 secondsLeft);
    /// A duration in words: "2 h 10 min", "3 d 4 h".
    static QString durationText(qint64 seconds);
    static QString clockName(SlaAtRiskTicket::Clock clock);
    /// The policy the results count on, one line a version with who added it ("In force from
    /// 2026-01-01", "Added by alice on …"), or that it is the support model's default.
    static QString policyText(const SlaOverview &overview);

private:
    [[nodiscard]] Error loadCompliance(SlaOverview *data) const;
    [[nodiscard]] Error loadDistribution(SlaOverview *data) const;
    /// Every open ticket at risk or breached at `now`, handed to `take` as it is read.
    [[nodiscard]] Error readAtRisk(const Domain::Engagement &engagement, int severity, qint64 now,
                                   const std::function<void(SlaAtRiskTicket &&)> &take) const;

    const Storage::Database &m_database;
    bool m_withDistribution = true;
    std::function<bool(const SlaAtRiskTicket &)> m_keepAtRisk;
};

} // namespace Models

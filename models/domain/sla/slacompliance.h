#pragma once

#include "models/domain/sla/monthlycompliance.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"

#include <QTimeZone>
#include <QVector>
#include <vector>

namespace Domain {

/// Aggregates SLA results into monthly compliance per severity. Feed it with add(), then ask for
/// months(). Linear in the number of results: grouping by counting, medians and percentiles by
/// selection (std::nth_element), never a full sort.
class SlaCompliance
{
public:
    /// Months are calendar months in `zone` (the engagement's time zone).
    explicit SlaCompliance(const QTimeZone &zone = QTimeZone::utc());

    /// Counts `result` (the evaluation of `ticket`) in the month of its resolution. Open tickets
    /// are counted in openTickets() only; tickets whose severity is not 1–4 in unplaced().
    /// Invalid tickets count as `excluded` in the month of the ticket's recorded resolution.
    void add(const Ticket &ticket, const SlaResult &result);
    void reserve(qsizetype count);

    qint64 openTickets() const { return m_open; }
    qint64 unplaced() const { return m_unplaced; }

    /// One row per month and severity 1–4, months ascending. With valid `from` and `to`, every month
    /// from `from` to `to` (inclusive, any day of the month) appears, also empty ones, and results
    /// outside are left out; otherwise the months from the first to the last result.
    /// The target % of a month is that of the version of `history` in force on its first day
    /// (or, for a month before the first version, the first version's).
    QVector<MonthlyCompliance> months(const SlaPolicyHistory &history, QDate from = {}, QDate to = {}) const;

    /// The median: the middle value, or the mean of the two middle values rounded down; 0 when
    /// empty. Reorders the range.
    static qint64 median(qint64 *begin, qint64 *end);
    /// The nearest-rank percentile (the smallest value with at least `percent` % of the values at
    /// or below it); 0 when empty. Reorders the range.
    static qint64 percentile(qint64 *begin, qint64 *end, int percent);

private:
    struct Sample
    {
        qint64 resolvedAt;
        qint64 responseSeconds;
        qint64 resolutionSeconds;
        qint8 severity;
        quint8 flags;
    };

    struct Buckets;
    void countGroups(Buckets *buckets, QVector<MonthlyCompliance> *rows) const;
    void fillValues(Buckets *buckets) const;
    static void finishRows(Buckets *buckets, const QDate &from, const SlaPolicyHistory &history,
                           QVector<MonthlyCompliance> *rows);

    QTimeZone m_zone;
    std::vector<Sample> m_samples;
    qint64 m_open = 0;
    qint64 m_unplaced = 0;
};

} // namespace Domain

#include "models/domain/sla/slacompliance.h"

#include <QDateTime>
#include <algorithm>

namespace Domain {

namespace {

enum SampleFlag : quint8 {
    Excluded = 0x1,
    ResponseDecided = 0x2,
    ResponseMet = 0x4,
    ResolutionDecided = 0x8,
    ResolutionMet = 0x10,
    Breach = 0x20,
};

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

/// The UTC instants at which each month from `first` to `first + count` starts in `zone` (count + 1
/// entries, so that the last entry closes the last month).
std::vector<qint64> monthStarts(const QDate &first, int count, const QTimeZone &zone)
{
    std::vector<qint64> starts;
    starts.reserve(std::size_t(count) + 1);
    for (int i = 0; i <= count; ++i)
        starts.push_back(QDateTime(first.addMonths(i), QTime(0, 0), zone).toSecsSinceEpoch());
    return starts;
}

quint8 flagsOf(const SlaResult &result)
{
    if (result.state == SlaState::Invalid)
        return Excluded;
    quint8 flags = 0;
    if (result.response.isDecided())
        flags |= ResponseDecided | (result.response.isMet() ? ResponseMet : 0);
    if (result.resolution.isDecided())
        flags |= ResolutionDecided | (result.resolution.isMet() ? ResolutionMet : 0);
    if (result.response.isBreached() || result.resolution.isBreached())
        flags |= Breach;
    return flags;
}

} // namespace

SlaCompliance::SlaCompliance(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

void SlaCompliance::reserve(qsizetype count)
{
    m_samples.reserve(std::size_t(count));
}

void SlaCompliance::add(const Ticket &ticket, const SlaResult &result)
{
    if (!SlaPolicy::isValidSeverity(result.severity)) {
        ++m_unplaced;
        return;
    }
    std::optional<qint64> resolvedAt = result.resolution.stoppedAt;
    if (result.state == SlaState::Invalid)
        resolvedAt = ticket.resolved;
    if (!resolvedAt) {
        ++m_open;
        return;
    }
    m_samples.push_back(Sample{*resolvedAt, result.response.businessSeconds,
                               result.resolution.businessSeconds, qint8(result.severity), flagsOf(result)});
}

qint64 SlaCompliance::median(qint64 *begin, qint64 *end)
{
    const std::ptrdiff_t n = end - begin;
    if (n <= 0)
        return 0;
    qint64 *mid = begin + n / 2;
    std::nth_element(begin, mid, end);
    if (n % 2 == 1)
        return *mid;
    // After nth_element everything before `mid` is ≤ *mid: the lower middle is their maximum.
    const qint64 lower = *std::max_element(begin, mid);
    const qint64 sum = lower + *mid;
    return sum >= 0 ? sum / 2 : (sum - 1) / 2;
}

qint64 SlaCompliance::percentile(qint64 *begin, qint64 *end, int percent)
{
    const std::ptrdiff_t n = end - begin;
    if (n <= 0)
        return 0;
    const int p = std::clamp(percent, 0, 100);
    // Nearest rank: ceil(p/100 × n), at least 1; integer arithmetic avoids rounding surprises.
    std::ptrdiff_t rank = (std::ptrdiff_t(p) * n + 99) / 100;
    rank = std::clamp<std::ptrdiff_t>(rank, 1, n);
    qint64 *nth = begin + (rank - 1);
    std::nth_element(begin, nth, end);
    return *nth;
}

/// Where the measured times of each month × severity group lie: group g's response times are
/// responseValues[responseOffsets[g] .. responseOffsets[g + 1]), likewise for resolution.
struct SlaCompliance::Buckets
{
    std::vector<qint64> monthStarts; // UTC start of each month of the range, plus its end
    std::vector<qint32> groupOf;     // per sample: its group, or -1 when outside the range
    std::vector<std::size_t> responseOffsets, resolutionOffsets;
    std::vector<qint64> responseValues, resolutionValues;
};

QVector<MonthlyCompliance> SlaCompliance::months(const SlaPolicyHistory &history, QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid()) {
        if (m_samples.empty())
            return {};
        const auto [lo, hi] =
            std::minmax_element(m_samples.cbegin(), m_samples.cend(),
                                [](const Sample &a, const Sample &b) { return a.resolvedAt < b.resolvedAt; });
        from = QDateTime::fromSecsSinceEpoch(lo->resolvedAt, m_zone).date();
        to = QDateTime::fromSecsSinceEpoch(hi->resolvedAt, m_zone).date();
    }
    from = monthOf(from);
    to = monthOf(to);
    if (to < from)
        return {};
    const int monthCount = monthsBetween(from, to) + 1;
    Buckets buckets;
    buckets.monthStarts = monthStarts(from, monthCount, m_zone);
    QVector<MonthlyCompliance> rows(qsizetype(monthCount) * SlaPolicy::SeverityCount, MonthlyCompliance{});
    countGroups(&buckets, &rows);
    fillValues(&buckets);
    finishRows(&buckets, from, history, &rows);
    return rows;
}

void SlaCompliance::countGroups(Buckets *b, QVector<MonthlyCompliance> *rows) const
{
    const std::size_t groupCount = std::size_t(rows->size());
    b->groupOf.assign(m_samples.size(), -1);
    b->responseOffsets.assign(groupCount + 1, 0);
    b->resolutionOffsets.assign(groupCount + 1, 0);
    const std::vector<qint64> &starts = b->monthStarts;
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        const Sample &s = m_samples[i];
        if (s.resolvedAt < starts.front() || s.resolvedAt >= starts.back())
            continue;
        const auto month =
            std::upper_bound(starts.cbegin(), starts.cend(), s.resolvedAt) - starts.cbegin() - 1;
        const std::size_t g = std::size_t(month) * SlaPolicy::SeverityCount + std::size_t(s.severity - 1);
        b->groupOf[i] = qint32(g);
        MonthlyCompliance &row = (*rows)[qsizetype(g)];
        if (s.flags & Excluded) {
            ++row.excluded;
            continue;
        }
        ++row.tickets;
        if (s.flags & ResponseDecided) {
            ++row.responseMeasured;
            row.responseMet += (s.flags & ResponseMet) ? 1 : 0;
            ++b->responseOffsets[g + 1];
        }
        if (s.flags & ResolutionDecided) {
            ++row.resolutionMeasured;
            row.resolutionMet += (s.flags & ResolutionMet) ? 1 : 0;
            ++b->resolutionOffsets[g + 1];
        }
        row.breaches += (s.flags & Breach) ? 1 : 0;
    }
}

void SlaCompliance::fillValues(Buckets *b) const
{
    // Counting sort: group sizes become offsets, then every value goes to its group's next slot.
    for (std::size_t g = 1; g < b->responseOffsets.size(); ++g) {
        b->responseOffsets[g] += b->responseOffsets[g - 1];
        b->resolutionOffsets[g] += b->resolutionOffsets[g - 1];
    }
    b->responseValues.resize(b->responseOffsets.back());
    b->resolutionValues.resize(b->resolutionOffsets.back());
    std::vector<std::size_t> responseAt(b->responseOffsets.begin(), b->responseOffsets.end() - 1);
    std::vector<std::size_t> resolutionAt(b->resolutionOffsets.begin(), b->resolutionOffsets.end() - 1);
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        const qint32 g = b->groupOf[i];
        const Sample &s = m_samples[i];
        if (g < 0 || (s.flags & Excluded))
            continue;
        if (s.flags & ResponseDecided)
            b->responseValues[responseAt[std::size_t(g)]++] = s.responseSeconds;
        if (s.flags & ResolutionDecided)
            b->resolutionValues[resolutionAt[std::size_t(g)]++] = s.resolutionSeconds;
    }
}

void SlaCompliance::finishRows(Buckets *b, const QDate &from, const SlaPolicyHistory &history,
                               QVector<MonthlyCompliance> *rows)
{
    for (qsizetype g = 0; g < rows->size(); ++g) {
        MonthlyCompliance &row = (*rows)[g];
        row.month = from.addMonths(int(g / SlaPolicy::SeverityCount));
        row.severity = int(g % SlaPolicy::SeverityCount) + 1;
        qint64 *rb = b->responseValues.data() + b->responseOffsets[std::size_t(g)];
        qint64 *re = b->responseValues.data() + b->responseOffsets[std::size_t(g) + 1];
        row.responseMedianSeconds = median(rb, re);
        row.responseP90Seconds = percentile(rb, re, 90);
        qint64 *sb = b->resolutionValues.data() + b->resolutionOffsets[std::size_t(g)];
        qint64 *se = b->resolutionValues.data() + b->resolutionOffsets[std::size_t(g) + 1];
        row.resolutionMedianSeconds = median(sb, se);
        row.resolutionP90Seconds = percentile(sb, se, 90);
        const SlaPolicy *policy = history.versionAt(row.month);
        if (!policy && !history.isEmpty())
            policy = &history.versions().constFirst();
        row.targetPercent = policy ? policy->target(row.severity).targetPercent : 0.0;
    }
}

} // namespace Domain

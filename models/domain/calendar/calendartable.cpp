#include "models/domain/calendar/calendartable.h"

#include <QMutex>

#include <algorithm>
#include <map>

namespace Domain {

namespace {

constexpr qint64 SecondsPerDay = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 localMidnight(const QDate &date)
{
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * SecondsPerDay;
}

/// Zone offsets are the same for every calendar of a zone: build them once per process.
std::shared_ptr<const ZoneOffsets> sharedZone(const QByteArray &zoneId)
{
    static QMutex mutex;
    static std::map<QByteArray, std::shared_ptr<const ZoneOffsets>> zones;
    const QMutexLocker locker(&mutex);
    auto &zone = zones[zoneId];
    if (!zone) {
        zone = std::make_shared<const ZoneOffsets>(
            zoneId, localMidnight(CalendarTable::firstDate()) - 2 * SecondsPerDay,
            localMidnight(CalendarTable::lastDate()) + 3 * SecondsPerDay);
    }
    return zone;
}

} // namespace

CalendarTable::CalendarTable(const QByteArray &zoneId, const DayPlan &plan) : m_zone(sharedZone(zoneId))
{
    m_base = floorDiv(toUtc(firstDate(), 0), SecondsPerDay) * SecondsPerDay;
    buildStretches(plan);
    buildIndex();
}

qint64 CalendarTable::toUtc(const QDate &date, int minute) const
{
    return m_zone->toUtc(localMidnight(date) + qint64(minute) * 60);
}

std::size_t CalendarTable::memoryBytes() const
{
    return m_stretches.capacity() * sizeof(Stretch) + m_dayIndex.capacity() * sizeof(std::uint32_t);
}

void CalendarTable::buildStretches(const DayPlan &plan)
{
    const ZoneOffsets &zone = *m_zone;
    qint64 total = 0;
    qint64 midnight = localMidnight(firstDate());
    for (const DayHours *hours : plan) {
        if (hours) {
            for (const WorkInterval &interval : *hours) {
                const qint64 open = zone.toUtc(midnight + qint64(interval.openMinute) * 60) - m_base;
                const qint64 close = zone.toUtc(midnight + qint64(interval.closeMinute) * 60) - m_base;
                if (close <= open)
                    continue; // wholly inside a skipped hour
                // Touching intervals (a night shift across midnight) form one stretch.
                if (!m_stretches.empty() && open <= m_stretches.back().close) {
                    const qint64 grow = std::max<qint64>(0, close - m_stretches.back().close);
                    total += grow;
                    m_stretches.back().close = std::uint32_t(m_stretches.back().close + grow);
                    m_stretches.back().totalAtClose = std::uint32_t(total);
                    continue;
                }
                total += close - open;
                m_stretches.push_back({std::uint32_t(open), std::uint32_t(close), std::uint32_t(total)});
            }
        }
        midnight += SecondsPerDay;
    }
    m_stretches.shrink_to_fit();
}

void CalendarTable::buildIndex()
{
    const qint64 end = toUtc(lastDate().addDays(1), 0);
    const qint64 days = floorDiv(end - m_base, SecondsPerDay) + 2;
    m_dayIndex.resize(std::size_t(days));
    std::size_t i = 0;
    for (qint64 b = 0; b < days; ++b) {
        const qint64 dayStart = b * SecondsPerDay;
        while (i < m_stretches.size() && m_stretches[i].close <= dayStart)
            ++i;
        m_dayIndex[std::size_t(b)] = std::uint32_t(i);
    }
}

std::size_t CalendarTable::firstClosingAfter(qint64 t) const
{
    const qint64 offset = t - m_base;
    if (offset < 0)
        return 0;
    const qint64 b = offset / SecondsPerDay;
    if (b >= qint64(m_dayIndex.size()))
        return m_stretches.size();
    std::size_t i = m_dayIndex[std::size_t(b)];
    while (i < m_stretches.size() && m_stretches[i].close <= offset)
        ++i;
    return i;
}

qint64 CalendarTable::totalAt(qint64 t, std::size_t i) const
{
    const qint64 before = totalBefore(i);
    if (i < m_stretches.size() && t > instant(m_stretches[i].open))
        return before + (t - instant(m_stretches[i].open));
    return before;
}

qint64 CalendarTable::elapsed(qint64 start, qint64 end) const
{
    if (end <= start)
        return 0;
    return totalAt(end, firstClosingAfter(end)) - totalAt(start, firstClosingAfter(start));
}

qint64 CalendarTable::add(qint64 start, qint64 seconds, bool *reached) const
{
    const std::size_t from = firstClosingAfter(start);
    const qint64 target = totalAt(start, from) + seconds;
    const std::size_t n = m_stretches.size();
    // Gallop forward to bracket the first stretch whose running total reaches the target.
    std::size_t lo = from;
    std::size_t step = 1;
    std::size_t hi = from;
    while (hi < n && m_stretches[hi].totalAtClose < target) {
        lo = hi + 1;
        hi = from + step;
        step *= 2;
    }
    hi = std::min(hi + 1, n);
    const auto it =
        std::lower_bound(m_stretches.begin() + std::ptrdiff_t(lo), m_stretches.begin() + std::ptrdiff_t(hi),
                         target, [](const Stretch &s, qint64 v) { return s.totalAtClose < v; });
    if (it == m_stretches.end() || it->totalAtClose < target) {
        *reached = false;
        return 0;
    }
    *reached = true;
    return instant(it->close) - (qint64(it->totalAtClose) - target);
}

qint64 CalendarTable::subtract(qint64 end, qint64 seconds, bool *reached) const
{
    const std::size_t to = firstClosingAfter(end);
    const qint64 target = totalAt(end, to) - seconds;
    if (target < 0 || m_stretches.empty()) {
        *reached = false;
        return 0;
    }
    // The first stretch whose running total exceeds the target lies at or before `to`.
    const std::size_t hi = std::min(to, m_stretches.size() - 1);
    std::size_t lo = hi;
    std::size_t step = 1;
    while (lo > 0 && m_stretches[lo - 1].totalAtClose > target) {
        lo = lo > step ? lo - step : 0;
        step *= 2;
    }
    const auto it = std::upper_bound(m_stretches.begin() + std::ptrdiff_t(lo),
                                     m_stretches.begin() + std::ptrdiff_t(hi + 1), target,
                                     [](qint64 v, const Stretch &s) { return v < s.totalAtClose; });
    *reached = true;
    return instant(it->close) - (qint64(it->totalAtClose) - target);
}

bool CalendarTable::isWorking(qint64 t) const
{
    const std::size_t i = firstClosingAfter(t);
    return i < m_stretches.size() && instant(m_stretches[i].open) <= t;
}

qint64 CalendarTable::nextOpening(qint64 t, bool *found) const
{
    std::size_t i = firstClosingAfter(t);
    if (i < m_stretches.size() && instant(m_stretches[i].open) < t)
        ++i;
    *found = i < m_stretches.size();
    return *found ? instant(m_stretches[i].open) : 0;
}

qint64 CalendarTable::nextClosing(qint64 t, bool *found) const
{
    const std::size_t i = firstClosingAfter(t);
    *found = i < m_stretches.size();
    return *found ? instant(m_stretches[i].close) : 0;
}

} // namespace Domain

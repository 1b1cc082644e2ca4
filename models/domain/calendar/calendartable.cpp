#include "models/domain/calendar/calendartable.h"

#include <algorithm>

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

} // namespace

CalendarTable::CalendarTable(const QByteArray &zoneId, const HoursOn &hoursOn)
    : m_zone(zoneId, localMidnight(firstDate()) - 2 * SecondsPerDay,
             localMidnight(lastDate()) + 3 * SecondsPerDay)
{
    buildStretches(hoursOn);
    buildIndex();
}

qint64 CalendarTable::toUtc(const QDate &date, int minute) const
{
    return m_zone.toUtc(localMidnight(date) + qint64(minute) * 60);
}

void CalendarTable::buildStretches(const HoursOn &hoursOn)
{
    qint64 total = 0;
    const QDate last = lastDate();
    for (QDate day = firstDate(); day <= last; day = day.addDays(1)) {
        const qint64 midnight = localMidnight(day);
        for (const WorkInterval &interval : hoursOn(day)) {
            const qint64 open = m_zone.toUtc(midnight + qint64(interval.openMinute) * 60);
            const qint64 close = m_zone.toUtc(midnight + qint64(interval.closeMinute) * 60);
            if (close <= open)
                continue; // wholly inside a skipped hour
            // Touching intervals (a night shift across midnight) form one stretch.
            if (!m_stretches.empty() && open <= m_stretches.back().close) {
                const qint64 grow = std::max<qint64>(0, close - m_stretches.back().close);
                m_stretches.back().close += grow;
                total += grow;
                m_stretches.back().totalAtClose = total;
                continue;
            }
            total += close - open;
            m_stretches.push_back({open, close, total});
        }
    }
}

void CalendarTable::buildIndex()
{
    m_indexBase = floorDiv(toUtc(firstDate(), 0), SecondsPerDay) * SecondsPerDay;
    const qint64 end = toUtc(lastDate().addDays(1), 0);
    const qint64 days = floorDiv(end - m_indexBase, SecondsPerDay) + 2;
    m_dayIndex.resize(std::size_t(days));
    std::size_t i = 0;
    for (qint64 b = 0; b < days; ++b) {
        const qint64 dayStart = m_indexBase + b * SecondsPerDay;
        while (i < m_stretches.size() && m_stretches[i].close <= dayStart)
            ++i;
        m_dayIndex[std::size_t(b)] = std::uint32_t(i);
    }
}

std::size_t CalendarTable::firstClosingAfter(qint64 t) const
{
    const qint64 b = floorDiv(t - m_indexBase, SecondsPerDay);
    if (b < 0)
        return 0;
    if (b >= qint64(m_dayIndex.size()))
        return m_stretches.size();
    std::size_t i = m_dayIndex[std::size_t(b)];
    while (i < m_stretches.size() && m_stretches[i].close <= t)
        ++i;
    return i;
}

qint64 CalendarTable::totalAt(qint64 t, std::size_t i) const
{
    const qint64 before = totalBefore(i);
    if (i < m_stretches.size() && t > m_stretches[i].open)
        return before + (t - m_stretches[i].open);
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
    const auto it = std::lower_bound(m_stretches.begin() + std::ptrdiff_t(lo),
                                     m_stretches.begin() + std::ptrdiff_t(hi), target,
                                     [](const Stretch &s, qint64 v) { return s.totalAtClose < v; });
    if (it == m_stretches.end() || it->totalAtClose < target) {
        *reached = false;
        return 0;
    }
    *reached = true;
    return it->close - (it->totalAtClose - target);
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
    return it->close - (it->totalAtClose - target);
}

bool CalendarTable::isWorking(qint64 t) const
{
    const std::size_t i = firstClosingAfter(t);
    return i < m_stretches.size() && m_stretches[i].open <= t;
}

qint64 CalendarTable::nextOpening(qint64 t, bool *found) const
{
    std::size_t i = firstClosingAfter(t);
    if (i < m_stretches.size() && m_stretches[i].open < t)
        ++i;
    *found = i < m_stretches.size();
    return *found ? m_stretches[i].open : 0;
}

qint64 CalendarTable::nextClosing(qint64 t, bool *found) const
{
    const std::size_t i = firstClosingAfter(t);
    *found = i < m_stretches.size();
    return *found ? m_stretches[i].close : 0;
}

} // namespace Domain

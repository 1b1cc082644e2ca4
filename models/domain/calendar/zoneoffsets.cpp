#include "models/domain/calendar/zoneoffsets.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Domain {

ZoneOffsets::ZoneOffsets() : m_offsets{0}
{
}

ZoneOffsets::ZoneOffsets(const QByteArray &ianaId, qint64 fromUtc, qint64 toUtc)
{
    const QTimeZone zone(ianaId);
    if (!zone.isValid()) {
        m_offsets.push_back(0);
        return;
    }
    m_offsets.push_back(offsetOf(zone, fromUtc));
    // Qt 6.4 stops QTimeZone::transitions() over long ranges at 2038, and for some zones
    // (Australia/Lord_Howe) drops the changes of 2038 even year by year. Each year's list is
    // checked against QTimeZone::offsetFromUtc() and rebuilt by sampling when it disagrees.
    const int firstYear = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC).date().year();
    const int lastYear = QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC).date().year();
    for (int year = firstYear; year <= lastYear; ++year) {
        const qint64 yearStart = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 yearEnd = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 1;
        const std::size_t kept = m_starts.size();
        const QTimeZone::OffsetDataList changes =
            zone.transitions(QDateTime::fromSecsSinceEpoch(yearStart, Qt::UTC),
                             QDateTime::fromSecsSinceEpoch(yearEnd, Qt::UTC));
        for (const QTimeZone::OffsetData &change : changes)
            append(change.atUtc.toSecsSinceEpoch(), change.offsetFromUtc);
        if (!agreesWith(zone, yearStart, yearEnd)) {
            truncate(kept);
            sample(zone, yearStart, yearEnd);
        }
    }
}

int ZoneOffsets::offsetOf(const QTimeZone &zone, qint64 utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

void ZoneOffsets::append(qint64 atUtc, int offset)
{
    if ((!m_starts.empty() && atUtc <= m_starts.back()) || offset == m_offsets.back())
        return; // already seen, or only the abbreviation changed
    m_localEnds.push_back(atUtc + m_offsets.back());
    m_starts.push_back(atUtc);
    m_offsets.push_back(offset);
}

void ZoneOffsets::truncate(std::size_t changes)
{
    m_starts.resize(changes);
    m_localEnds.resize(changes);
    m_offsets.resize(changes + 1);
}

bool ZoneOffsets::agreesWith(const QTimeZone &zone, qint64 from, qint64 to) const
{
    constexpr int Samples = 12;
    for (int i = 0; i <= Samples; ++i) {
        const qint64 t = from + (to - from) / Samples * i;
        if (offsetAt(t) != offsetOf(zone, t))
            return false;
    }
    return true;
}

void ZoneOffsets::sample(const QTimeZone &zone, qint64 from, qint64 to)
{
    constexpr qint64 Step = 6 * 3600;
    qint64 previous = from - 1;
    for (qint64 t = from;; t = std::min(t + Step, to)) {
        const int offset = offsetOf(zone, t);
        if (offset != m_offsets.back()) {
            qint64 lo = previous;
            qint64 hi = t;
            while (hi - lo > 1) { // the first second with the new offset
                const qint64 mid = lo + (hi - lo) / 2;
                (offsetOf(zone, mid) == offset ? hi : lo) = mid;
            }
            append(hi, offset);
        }
        previous = t;
        if (t == to)
            break;
    }
}

int ZoneOffsets::offsetAt(qint64 utc) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), utc);
    return m_offsets[std::size_t(it - m_starts.begin())];
}

qint64 ZoneOffsets::toUtc(qint64 localSeconds) const
{
    const auto it = std::upper_bound(m_localEnds.begin(), m_localEnds.end(), localSeconds);
    const std::size_t p = std::size_t(it - m_localEnds.begin());
    if (p == 0)
        return localSeconds - m_offsets[0];
    const qint64 segmentStart = m_starts[p - 1];
    if (localSeconds >= segmentStart + m_offsets[p])
        return localSeconds - m_offsets[p];
    return segmentStart; // in the gap of a forward change
}

} // namespace Domain

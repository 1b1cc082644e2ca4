#include "models/domain/calendar/zoneoffsets.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Domain {

ZoneOffsets::ZoneOffsets() : m_offsets{0} {}

ZoneOffsets::ZoneOffsets(const QByteArray &ianaId, qint64 fromUtc, qint64 toUtc)
{
    const QTimeZone zone(ianaId);
    if (!zone.isValid()) {
        m_offsets.push_back(0);
        return;
    }
    QDateTime at = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
    m_offsets.push_back(zone.offsetFromUtc(at));
    // QTimeZone::transitions() over a long range stops at 2037 in Qt 6.4, nextTransition() does not.
    for (;;) {
        const QTimeZone::OffsetData next = zone.nextTransition(at);
        if (!next.atUtc.isValid() || next.atUtc.toSecsSinceEpoch() > toUtc || next.atUtc <= at)
            break;
        at = next.atUtc;
        if (next.offsetFromUtc == m_offsets.back())
            continue; // only the abbreviation changed
        m_localEnds.push_back(at.toSecsSinceEpoch() + m_offsets.back());
        m_starts.push_back(at.toSecsSinceEpoch());
        m_offsets.push_back(next.offsetFromUtc);
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

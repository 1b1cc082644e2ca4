#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

class QTimeZone;

namespace Domain {

/// The UTC offsets of one time zone between two instants, precomputed from QTimeZone so that
/// conversions are a binary search instead of a QTimeZone call. Internal to the calendar.
class ZoneOffsets
{
public:
    /// UTC.
    ZoneOffsets();
    /// The offsets of `ianaId` for [fromUtc, toUtc]; UTC when the id is unknown.
    ZoneOffsets(const QByteArray &ianaId, qint64 fromUtc, qint64 toUtc);

    /// Seconds east of UTC at instant `utc`.
    int offsetAt(qint64 utc) const;
    /// The instant at which local clocks show `localSeconds` (seconds since 1970-01-01T00:00 local).
    /// A local time skipped by a forward change maps to the change instant; a repeated local time
    /// to its first occurrence. Never decreasing in `localSeconds`.
    qint64 toUtc(qint64 localSeconds) const;

private:
    static int offsetOf(const QTimeZone &zone, qint64 utc);
    void append(qint64 atUtc, int offset);
    void truncate(std::size_t changes);
    bool agreesWith(const QTimeZone &zone, qint64 from, qint64 to) const;
    void sample(const QTimeZone &zone, qint64 from, qint64 to);

    // Segment p has offset m_offsets[p] and starts at m_starts[p - 1] (segment 0 at -infinity);
    // m_localEnds[p] is the local time at which segment p ends.
    std::vector<qint64> m_starts;
    std::vector<int> m_offsets;
    std::vector<qint64> m_localEnds;
};

} // namespace Domain

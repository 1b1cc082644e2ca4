#pragma once

#include <QVector>

#include <vector>

namespace Storage {

/// The row ids of the tickets an import added or changed, kept as ranges of consecutive ids
/// (issue 13): a fresh import's new tickets get rising ids, so a million of them are one range
/// instead of 8 MB (16 MB while a vector grows). Updated tickets mixed in are ranges of one.
/// Ranges are sorted and merged whenever they have doubled since the last time, and before
/// anything is read: the set answers as a sorted list of distinct ids would.
class TicketIdSet
{
public:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0; ///< inclusive
        bool operator==(const Range &o) const { return first == o.first && last == o.last; }
    };

    TicketIdSet() = default;
    /// The ids of `ids`, in any order, repeated or not.
    explicit TicketIdSet(const QVector<qint64> &ids) { add(ids); }

    void add(qint64 id);
    void add(const QVector<qint64> &ids);
    void clear();

    bool isEmpty() const { return m_ranges.empty(); }
    /// Number of distinct ids.
    qint64 count() const;
    bool contains(qint64 id) const;
    /// The ranges, ascending, neither overlapping nor adjacent.
    const std::vector<Range> &ranges() const;
    /// Every id, ascending and once each (the size of the set: for small sets).
    QVector<qint64> toVector() const;

private:
    void normalize() const;

    mutable std::vector<Range> m_ranges;
    mutable size_t m_normalized = 0; ///< leading ranges already sorted and merged
};

} // namespace Storage

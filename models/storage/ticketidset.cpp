#include "models/storage/ticketidset.h"

#include <algorithm>

namespace Storage {

void TicketIdSet::add(qint64 id)
{
    if (!m_ranges.empty()) {
        Range &last = m_ranges.back();
        if (id == last.last + 1) {
            last.last = id;
            return;
        }
        if (id >= last.first && id <= last.last)
            return;
    }
    m_ranges.push_back(Range{id, id});
    // Keeps the unsorted tail no longer than the sorted part: updates in random order cost
    // amortized O(log n) each and at most twice the merged size.
    if (m_ranges.size() >= 2 * m_normalized + 64)
        normalize();
}

void TicketIdSet::add(const QVector<qint64> &ids)
{
    for (const qint64 id : ids)
        add(id);
}

void TicketIdSet::clear()
{
    m_ranges = {};
    m_normalized = 0;
}

void TicketIdSet::normalize() const
{
    if (m_normalized == m_ranges.size())
        return;
    std::sort(m_ranges.begin(), m_ranges.end(),
              [](const Range &a, const Range &b) { return a.first < b.first; });
    size_t out = 0;
    for (size_t i = 1; i < m_ranges.size(); ++i) {
        Range &last = m_ranges[out];
        const Range &next = m_ranges[i];
        if (next.first <= last.last + 1)
            last.last = std::max(last.last, next.last);
        else
            m_ranges[++out] = next;
    }
    m_ranges.resize(out + 1);
    m_ranges.shrink_to_fit();
    m_normalized = m_ranges.size();
}

qint64 TicketIdSet::count() const
{
    qint64 n = 0;
    for (const Range &r : ranges())
        n += r.last - r.first + 1;
    return n;
}

bool TicketIdSet::contains(qint64 id) const
{
    const std::vector<Range> &all = ranges();
    const auto it = std::upper_bound(all.cbegin(), all.cend(), id,
                                     [](qint64 value, const Range &r) { return value < r.first; });
    return it != all.cbegin() && id <= std::prev(it)->last;
}

const std::vector<TicketIdSet::Range> &TicketIdSet::ranges() const
{
    normalize();
    return m_ranges;
}

QVector<qint64> TicketIdSet::toVector() const
{
    QVector<qint64> ids;
    ids.reserve(count());
    for (const Range &r : ranges()) {
        for (qint64 id = r.first; id <= r.last; ++id)
            ids.append(id);
    }
    return ids;
}

} // namespace Storage

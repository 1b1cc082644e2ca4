#pragma once

#include "models/domain/calendar/workinterval.h"
#include "models/domain/calendar/zoneoffsets.h"

#include <QDate>

#include <cstdint>
#include <memory>
#include <vector>

namespace Domain {

/// The compiled form of a BusinessCalendar: every working stretch from local 1970-01-01 to
/// 2099-12-31 as UTC instants with running business-second totals, plus a per-UTC-day index.
/// elapsed() is two O(1) look-ups whatever the span; add()/subtract() search the running totals
/// by galloping from the start, so a two-year span costs a few more comparisons than a two-day one.
/// Immutable after construction, so it is shared between threads. Internal to the calendar.
class CalendarTable
{
public:
    /// The hours of each local date from firstDate() on (index 0 = firstDate()); a null entry is
    /// a closed day. Pointers are only read during construction.
    using DayPlan = std::vector<const DayHours *>;

    CalendarTable(const QByteArray &zoneId, const DayPlan &plan);

    static QDate firstDate() { return QDate(1970, 1, 1); }
    static QDate lastDate() { return QDate(2099, 12, 31); }
    static qint64 dayCount() { return firstDate().daysTo(lastDate()) + 1; }

    /// The instant of `minute` after local midnight of `date` (see ZoneOffsets::toUtc).
    qint64 toUtc(const QDate &date, int minute) const;
    int offsetFromUtc(qint64 t) const { return m_zone->offsetAt(t); }

    qint64 elapsed(qint64 start, qint64 end) const;
    /// `seconds` > 0. Returns `reached` = false when the total runs out.
    qint64 add(qint64 start, qint64 seconds, bool *reached) const;
    qint64 subtract(qint64 end, qint64 seconds, bool *reached) const;
    bool isWorking(qint64 t) const;
    /// Opening of the first stretch starting at or after t; `found` false when none.
    qint64 nextOpening(qint64 t, bool *found) const;
    qint64 nextClosing(qint64 t, bool *found) const;

    std::size_t stretchCount() const { return m_stretches.size(); }
    /// Bytes held by the stretches and the index (for the benchmark).
    std::size_t memoryBytes() const;

private:
    /// Instants are seconds after m_base and totals fit 32 bits over the 130-year range, which
    /// halves the table (12 bytes a stretch) and keeps more of it in cache.
    struct Stretch
    {
        std::uint32_t open;
        std::uint32_t close;
        std::uint32_t totalAtClose; ///< business seconds from the first stretch to this close
    };

    void buildStretches(const DayPlan &plan);
    void buildIndex();
    /// Index of the first stretch closing after t (size() when none).
    std::size_t firstClosingAfter(qint64 t) const;
    /// Business seconds before t, given i = firstClosingAfter(t).
    qint64 totalAt(qint64 t, std::size_t i) const;
    qint64 totalBefore(std::size_t i) const { return i == 0 ? 0 : m_stretches[i - 1].totalAtClose; }
    qint64 instant(std::uint32_t offset) const { return m_base + offset; }

    std::shared_ptr<const ZoneOffsets> m_zone;
    qint64 m_base = 0; ///< UTC midnight at or before the first local day
    std::vector<Stretch> m_stretches;
    std::vector<std::uint32_t> m_dayIndex; ///< per UTC day: first stretch closing after its start
};

} // namespace Domain

#include "models/domain/capacity/burndown.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Domain {

namespace {

/// Linear interpolation between closest ranks (R type 7); 0 for an empty sample.
double percentile(QVector<qint64> sample, double p)
{
    if (sample.isEmpty())
        return 0;
    std::sort(sample.begin(), sample.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sample.size() - 1);
    const int lower = int(std::floor(rank));
    const int upper = std::min(lower + 1, int(sample.size()) - 1);
    return double(sample[lower]) + (rank - lower) * double(sample[upper] - sample[lower]);
}

struct DailyBurn
{
    QHash<QDate, qint64> counted; ///< counted seconds per day, up to today (rounded to minutes per total)
};

DailyBurn countDaily(const BurnDownInput &in, const QDate &lastDay, BurnDown *out)
{
    DailyBurn burn;
    const QDate first = WorkingDays::monthStart(in.month);
    const QDate last = WorkingDays::monthEnd(in.month);
    // Older worklogs can reach neither the month, the pace window (a year at most) nor the spread.
    const QDate earliest =
        std::min({first, lastDay.addYears(-1), lastDay.addMonths(-std::max(in.spreadMonths, 0))});
    std::array<qint64, ServiceLevelCount> byLevel{};
    std::array<qint64, RoleCount> byRole{};
    qint64 withoutRole = 0;
    for (const Worklog &w : in.worklogs) {
        if (!w.date.isValid() || w.date > lastDay || w.date < earliest ||
            (in.historyStart.isValid() && w.date < in.historyStart))
            continue;
        if (w.date >= first && w.date <= last) {
            byLevel[static_cast<int>(w.serviceLevel)] += w.seconds;
            if (w.role)
                byRole[static_cast<int>(*w.role)] += w.seconds;
            else
                withoutRole += w.seconds;
        }
        if (in.policy.counts(w))
            burn.counted[w.date] += w.seconds;
    }
    // Sums are kept in seconds and rounded once, so they match the ledger and the import's total.
    for (size_t i = 0; i < byLevel.size(); ++i)
        out->minutesByLevel[i] += Worklog::roundedMinutes(byLevel[i]);
    for (size_t i = 0; i < byRole.size(); ++i)
        out->minutesByRole[i] += Worklog::roundedMinutes(byRole[i]);
    out->minutesWithoutRole += Worklog::roundedMinutes(withoutRole);
    return burn;
}

/// Daily counted burn on the working days before and including `anchor`, newest first, at most
/// `maxDays` of them and none before `earliest`.
QVector<qint64> recentWorkingDayBurn(const BurnDownInput &in, const DailyBurn &burn, const QDate &anchor,
                                     const QDate &earliest, int maxDays)
{
    QVector<qint64> sample;
    for (QDate d = anchor; d >= earliest && sample.size() < maxDays; d = d.addDays(-1)) {
        if (in.historyStart.isValid() && d < in.historyStart)
            break;
        if (in.isWorkingDay(d))
            sample.append(Worklog::roundedMinutes(burn.counted.value(d, 0)));
    }
    return sample;
}

void computePace(const BurnDownInput &in, const DailyBurn &burn, const QDate &anchor, BurnDown *out)
{
    // A year back is far enough to find the pace window in any real calendar.
    const QVector<qint64> recent =
        recentWorkingDayBurn(in, burn, anchor, anchor.addYears(-1), std::max(in.paceWorkingDays, 1));
    qint64 sum = 0;
    for (qint64 v : recent)
        sum += v;
    out->pace = recent.isEmpty() ? 0.0 : double(sum) / double(recent.size());
    const QVector<qint64> spread =
        recentWorkingDayBurn(in, burn, anchor, anchor.addMonths(-in.spreadMonths).addDays(1), INT_MAX);
    // The range always contains the central forecast, even when the recent pace is unusual;
    // without a spread window there is no range.
    out->paceSlow = spread.isEmpty() ? out->pace : std::min(out->pace, percentile(spread, in.lowPercentile));
    out->paceFast = spread.isEmpty() ? out->pace : std::max(out->pace, percentile(spread, in.highPercentile));
}

void fillIdealAndActual(const BurnDownInput &in, const DailyBurn &burn, BurnDown *out)
{
    const QDate first = WorkingDays::monthStart(in.month);
    const QDate last = WorkingDays::monthEnd(in.month);
    out->workingDays = WorkingDays::inMonth(first, in.isWorkingDay).size();
    int elapsed = 0;
    qint64 usedSeconds = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        BurnDownDay day;
        day.date = d;
        day.workingDay = in.isWorkingDay(d);
        if (day.workingDay)
            ++elapsed;
        day.idealRemaining =
            out->workingDays == 0
                ? double(out->budget)
                : double(out->budget) * double(out->workingDays - elapsed) / double(out->workingDays);
        day.idealUsed = double(out->budget) - day.idealRemaining;
        if (d <= in.today) {
            usedSeconds += burn.counted.value(d, 0);
            const qint64 used = Worklog::roundedMinutes(usedSeconds);
            day.actualUsed = used;
            day.actualRemaining = out->budget - used;
            if (day.workingDay)
                ++out->workingDaysElapsed;
            if (!out->runOutDate && out->budget > 0 && *day.actualRemaining <= 0)
                out->runOutDate = out->earliestRunOutDate = d;
        }
        out->days.append(day);
    }
    out->used = Worklog::roundedMinutes(usedSeconds);
    out->remaining = out->budget - out->used;
}

void fillForecast(const BurnDownInput &in, BurnDown *out)
{
    double mid = double(out->remaining);
    double low = mid;
    double high = mid;
    for (BurnDownDay &day : out->days) {
        if (day.date < in.today)
            continue;
        if (day.date > in.today && day.workingDay) {
            mid -= out->pace;
            low -= out->paceFast;
            high -= out->paceSlow;
        }
        day.forecast = mid;
        day.forecastLow = low;
        day.forecastHigh = high;
        if (!out->runOutDate && out->budget > 0 && mid <= 0)
            out->runOutDate = day.date;
        if (!out->earliestRunOutDate && out->budget > 0 && low <= 0)
            out->earliestRunOutDate = day.date;
    }
    out->forecastAtMonthEnd = mid;
    out->forecastLowAtMonthEnd = low;
    out->forecastHighAtMonthEnd = high;
}

} // namespace

void BurnDownInput::setBudget(const LedgerMonth &ledgerMonth)
{
    month = ledgerMonth.month;
    committed = ledgerMonth.committed;
    carriedIn = ledgerMonth.carriedIn;
    overrunDeducted = ledgerMonth.overrunDeducted;
}

BurnDown BurnDown::compute(const BurnDownInput &input)
{
    BurnDown out;
    BurnDownInput in = input;
    if (!in.isWorkingDay)
        in.isWorkingDay = WorkingDays::weekdays();
    out.month = WorkingDays::monthStart(in.month);
    if (!out.month.isValid())
        return out;
    out.committed = in.committed;
    out.carriedIn = in.carriedIn;
    out.overrunDeducted = in.overrunDeducted;
    out.budget = in.committed + in.carriedIn - in.overrunDeducted;
    const QDate last = WorkingDays::monthEnd(out.month);
    // Only what was known on `today` counts: worklogs dated later are not read, even for a month
    // that has not started. Such a month is forecast at today's pace (the last working days up to
    // today), from the budget on its first day: "today" becomes the eve of the month.
    const QDate known = in.today.isValid() ? std::min(in.today, last) : out.month.addDays(-1);
    if (!in.today.isValid() || in.today < out.month)
        in.today = out.month.addDays(-1);
    const DailyBurn burn = countDaily(in, known, &out);
    fillIdealAndActual(in, burn, &out);
    computePace(in, burn, known, &out);
    fillForecast(in, &out);
    out.overrunAtMonthEnd = std::max<qint64>(0, -qRound64(out.forecastAtMonthEnd));
    return out;
}

double BurnDown::elapsedShare() const
{
    return workingDays == 0 ? 0.0 : double(workingDaysElapsed) / double(workingDays);
}

double BurnDown::usedShare() const
{
    return budget <= 0 ? 0.0 : double(used) / double(budget);
}

bool BurnDownDay::operator==(const BurnDownDay &o) const
{
    return date == o.date && workingDay == o.workingDay && idealRemaining == o.idealRemaining &&
           idealUsed == o.idealUsed && actualRemaining == o.actualRemaining && actualUsed == o.actualUsed &&
           forecast == o.forecast && forecastLow == o.forecastLow && forecastHigh == o.forecastHigh;
}

bool BurnDown::operator==(const BurnDown &o) const
{
    return month == o.month && committed == o.committed && carriedIn == o.carriedIn &&
           overrunDeducted == o.overrunDeducted && budget == o.budget && used == o.used &&
           remaining == o.remaining && workingDays == o.workingDays &&
           workingDaysElapsed == o.workingDaysElapsed && pace == o.pace && paceSlow == o.paceSlow &&
           paceFast == o.paceFast && forecastAtMonthEnd == o.forecastAtMonthEnd &&
           forecastLowAtMonthEnd == o.forecastLowAtMonthEnd &&
           forecastHighAtMonthEnd == o.forecastHighAtMonthEnd && overrunAtMonthEnd == o.overrunAtMonthEnd &&
           runOutDate == o.runOutDate && earliestRunOutDate == o.earliestRunOutDate && days == o.days &&
           minutesByLevel == o.minutesByLevel && minutesByRole == o.minutesByRole &&
           minutesWithoutRole == o.minutesWithoutRole;
}

} // namespace Domain

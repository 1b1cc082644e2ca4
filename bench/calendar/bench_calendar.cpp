// ns per BusinessCalendar operation for short (2-day) and long (2-year) spans, on a Stockholm
// calendar with Swedish holidays, a lunch break and a half-day override. Prints figures only.
#include "models/domain/calendar/businesscalendar.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using Domain::BusinessCalendar;
using Domain::WorkInterval;
using Clock = std::chrono::steady_clock;

namespace {

BusinessCalendar benchCalendar()
{
    BusinessCalendar c;
    c.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 12 * 60}, WorkInterval{13 * 60, 17 * 60}});
    c.addHolidayRule(QStringLiteral("SE"));
    c.setOverride(QDate(2026, 6, 18), {WorkInterval{8 * 60, 13 * 60}});
    return c;
}

double nsPer(std::size_t count, const std::function<qint64(std::size_t)> &op, qint64 *checksum)
{
    const auto start = Clock::now();
    qint64 sum = 0;
    for (std::size_t i = 0; i < count; ++i)
        sum += op(i);
    const auto ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
    *checksum += sum;
    return ns / double(count);
}

} // namespace

int main()
{
    constexpr std::size_t N = 2'000'000;
    const qint64 from = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QRandomGenerator rng(42);
    std::vector<qint64> starts(N);
    for (qint64 &s : starts)
        s = from + qint64(rng.bounded(10 * 365 * 86400));

    const auto compileStart = Clock::now();
    const BusinessCalendar c = benchCalendar();
    c.isWorking(starts[0]); // builds the table
    const double compileMs = std::chrono::duration<double, std::milli>(Clock::now() - compileStart).count();
    const BusinessCalendar always = BusinessCalendar::alwaysOpen();

    const qint64 twoDays = 2 * 86400;
    const qint64 twoYears = 730 * 86400;
    const qint64 twoDaysBusiness = 16 * 3600;       // two working days of 8 h
    const qint64 twoYearsBusiness = 500 * 8 * 3600; // about two years of working days
    qint64 checksum = 0;

    std::printf("calendar: Europe/Stockholm, Mon-Fri 08-12 13-17, SE holidays, 1 override\n");
    std::printf("table build, first calendar of the zone: %.1f ms\n", compileMs);
    BusinessCalendar other = benchCalendar();
    other.addHoliday(QDate(2026, 12, 28)); // a different definition: its own table, shared zone
    const auto otherStart = Clock::now();
    other.isWorking(starts[0]);
    std::printf("table build, another calendar of the zone: %.1f ms\n",
                std::chrono::duration<double, std::milli>(Clock::now() - otherStart).count());
    const auto equalStart = Clock::now();
    const BusinessCalendar equal = benchCalendar(); // equal definition: reuses the table
    equal.isWorking(starts[0]);
    std::printf("first use of an equal calendar (shared table): %.3f ms\n",
                std::chrono::duration<double, std::milli>(Clock::now() - equalStart).count());
    std::printf("%-36s %10s\n", "operation (random starts 2020-2030)", "ns/op");
    auto report = [&](const char *name, const std::function<qint64(std::size_t)> &op) {
        nsPer(N / 10, op, &checksum); // warm up
        std::printf("%-36s %10.1f\n", name, nsPer(N, op, &checksum));
    };
    report("elapsed, 2-day span", [&](std::size_t i) { return c.elapsed(starts[i], starts[i] + twoDays); });
    report("elapsed, 2-year span", [&](std::size_t i) { return c.elapsed(starts[i], starts[i] + twoYears); });
    report("add, 2 business days", [&](std::size_t i) { return c.add(starts[i], twoDaysBusiness); });
    report("add, 2 business years", [&](std::size_t i) { return c.add(starts[i], twoYearsBusiness); });
    report("subtract, 2 business days",
           [&](std::size_t i) { return c.subtract(starts[i], twoDaysBusiness); });
    report("subtract, 2 business years",
           [&](std::size_t i) { return c.subtract(starts[i], twoYearsBusiness); });
    report("isWorking", [&](std::size_t i) { return qint64(c.isWorking(starts[i])); });
    report("nextOpening", [&](std::size_t i) { return c.nextOpening(starts[i]); });
    report("elapsed, 2-day span, always open",
           [&](std::size_t i) { return always.elapsed(starts[i], starts[i] + twoDays); });
    report("copy + elapsed (shared table)", [&](std::size_t i) {
        const BusinessCalendar copy = c;
        return copy.elapsed(starts[i], starts[i] + twoDays);
    });
    std::printf("checksum %lld\n", static_cast<long long>(checksum));
    return 0;
}

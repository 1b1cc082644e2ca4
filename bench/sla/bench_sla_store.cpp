// Recomputing and storing SLA results: 100,000 generated tickets with three status changes each
// in a temporary database, then Models::SlaRecomputer (load, evaluate, store in one transaction)
// and the read of the stored monthly compliance. Prints tickets per second of each stage, wall
// and process CPU time (the build machine's two cores are shared, so wall time overstates).
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <ctime>

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// Tickets over one year from 2025-01-01: in progress → waiting for customer → in progress, nine
/// in ten resolved, severities 1–4.
QVector<Domain::Ticket> generate(int count)
{
    QRandomGenerator random(20261125);
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVector<Domain::Ticket> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = QStringLiteral("BENCH-%1").arg(i);
        t.severity = 1 + int(random.bounded(4));
        t.created = start + qint64(random.bounded(365 * 86400));
        const qint64 a = t.created + random.bounded(4 * 3600);
        const qint64 b = a + random.bounded(24 * 3600);
        const qint64 c = b + random.bounded(48 * 3600);
        t.firstResponse = t.created + random.bounded(8 * 3600);
        t.history = {{a, QStringLiteral("In Progress"), 0},
                     {b, QStringLiteral("Waiting for customer"), 0},
                     {c, QStringLiteral("In Progress"), 0}};
        if (random.bounded(10) != 0)
            t.resolved = c + random.bounded(72 * 3600);
        t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
        tickets.append(t);
    }
    return tickets;
}

void line(const char *what, qint64 tickets, double wall, double cpu)
{
    std::printf("%-34s %10.3f s wall %10.3f s CPU %12.0f tickets/s (CPU)\n", what, wall, cpu,
                cpu > 0 ? double(tickets) / cpu : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Storage::Database db;
    if (Storage::StorageError error =
            db.open(dir.filePath(QStringLiteral("bench.sqlite")), Storage::Database::Access::ReadWrite,
                    Storage::Database::Creation::CreateIfMissing)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    Domain::Engagement e;
    e.key = QStringLiteral("BENCH");
    e.client = QStringLiteral("Bench");
    e.model = Domain::SupportModel::SlaHotfix;
    e.start = QDate(2024, 1, 1);
    e.timeZone = "Europe/Stockholm";
    Storage::UpsertCounts counts;
    QElapsedTimer timer;
    timer.start();
    double cpu = processCpuSeconds();
    Storage::StorageError error = Storage::EngagementRepository(db).insert(&e);
    if (!error)
        error = Storage::TicketRepository(db).upsert(e.id, QStringLiteral("bench"), generate(count), &counts);
    if (error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::printf("%d tickets, 3 status changes each, Stockholm Mon-Fri 08-17 with SE holidays\n", count);
    line("generate + insert (setup)", count, timer.nsecsElapsed() / 1e9, processCpuSeconds() - cpu);

    const qint64 now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int run = 1; run <= 2; ++run) {
        Models::SlaRecomputeSummary summary;
        timer.restart();
        cpu = processCpuSeconds();
        error = Models::SlaRecomputer::recompute(db, e.id, now, &summary);
        if (error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        const double wall = timer.nsecsElapsed() / 1e9;
        const double totalCpu = processCpuSeconds() - cpu;
        std::printf("recompute #%d (%s results stored):\n", run, run == 1 ? "no" : "previous");
        std::printf("  load     %8.3f s wall %12.0f tickets/s\n", summary.loadSeconds,
                    count / summary.loadSeconds);
        std::printf("  evaluate %8.3f s wall %12.0f tickets/s (incl. monthly aggregation)\n",
                    summary.evaluateSeconds, count / summary.evaluateSeconds);
        std::printf("  store    %8.3f s wall %12.0f tickets/s (%d compliance rows, commit)\n",
                    summary.storeSeconds, count / summary.storeSeconds, summary.complianceRows);
        line("  total", count, wall, totalCpu);
    }
    timer.restart();
    cpu = processCpuSeconds();
    QVector<Domain::MonthlyCompliance> months;
    error = Storage::SlaResultRepository(db).compliance(e.id, {}, {}, &months);
    const double readWall = timer.nsecsElapsed() / 1e9;
    std::printf("compliance read: %lld rows in %.2f ms wall, %.2f ms CPU\n",
                static_cast<long long>(months.size()), readWall * 1000, (processCpuSeconds() - cpu) * 1000);
    timer.restart();
    QVector<Storage::StoredSlaResult> results;
    error = Storage::SlaResultRepository(db).results(e.id, &results);
    std::printf("results read: %lld results in %.3f s wall\n", static_cast<long long>(results.size()),
                timer.nsecsElapsed() / 1e9);
    return error ? 1 : 0;
}

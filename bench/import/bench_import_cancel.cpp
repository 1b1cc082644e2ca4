// How long a user waits after pressing Cancel in the import wizard, in each phase of a large
// import: the import runs as the wizard runs it (Models::ImportJob, the portfolio's SLA hook, no
// auto-commit) and is cancelled
//   - halfway through the file (the reader looks at the flag every 4,096 rows);
//   - as the read ends, when the last chunk is written and the table's indexes are rebuilt;
// and, for comparison, not cancelled: the time from the read's end to the staged report is what a
// Cancel at that moment waited for while the rebuild could not be stopped. Nothing is written:
// every run is cancelled or discarded; with --commit a last run commits (the commit the wizard
// shows over a busy bar, SLA recompute included) and prints how long it took.
//   bench_import_cancel DATABASE FILE.csv SOURCE ENGAGEMENT [--commit]   (DATABASE: a file or postgresql://…)
#include "models/importjob.h"
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>
#include <optional>

namespace {

enum class CancelAt { Never, Halfway, ReadEnd, NeverAndCommit };

const char *name(CancelAt at)
{
    switch (at) {
    case CancelAt::Never:
        return "not cancelled";
    case CancelAt::Halfway:
        return "cancelled halfway through the file";
    case CancelAt::ReadEnd:
        return "cancelled as the read ends";
    case CancelAt::NeverAndCommit:
        return "committed";
    }
    return "";
}

void run(const Storage::Database &database, const Domain::Engagement &engagement, const QString &file,
         const QString &source, CancelAt at)
{
    Storage::ImportSession::Options options;
    options.source = source;
    Models::ImportJob job(database, Models::SlaRecomputer::importHook(), engagement, file, options);
    QElapsedTimer clock;
    qint64 cancelledAt = -1;
    qint64 readEndedAt = -1;
    qint64 stagedAt = -1;
    QEventLoop loop;
    QObject::connect(&job, &Models::ImportJob::progress, &job, [&](qint64 done, qint64 total) {
        if (done >= total && readEndedAt < 0)
            readEndedAt = clock.elapsed();
        const bool due =
            at == CancelAt::Halfway ? 2 * done >= total : at == CancelAt::ReadEnd && done >= total;
        if (due && cancelledAt < 0) {
            cancelledAt = clock.elapsed();
            job.cancel();
        }
    });
    QObject::connect(&job, &Models::ImportJob::staged, &job, [&](const Storage::ImportReport &report) {
        std::printf("  staged after %.2f s: %lld tickets added, %lld changed; the read ended at %.2f s, "
                    "so the rest of the staging took %.2f s\n",
                    clock.elapsed() / 1000.0, static_cast<long long>(report.tickets.added),
                    static_cast<long long>(report.tickets.updated), readEndedAt / 1000.0,
                    (clock.elapsed() - readEndedAt) / 1000.0);
        stagedAt = clock.elapsed();
        if (at == CancelAt::NeverAndCommit)
            job.commit();
        else
            job.discard();
    });
    QObject::connect(&job, &Models::ImportJob::finished, &job, [&](const Storage::ImportReport &report) {
        const qint64 now = clock.elapsed();
        std::printf("%-36s outcome %d after %.2f s", name(at), int(report.outcome), now / 1000.0);
        if (cancelledAt >= 0)
            std::printf("; Cancel at %.2f s, ended %lld ms later", cancelledAt / 1000.0,
                        static_cast<long long>(now - cancelledAt));
        if (at == CancelAt::NeverAndCommit)
            std::printf("; the commit took %.2f s", (now - stagedAt) / 1000.0);
        std::printf("\n");
        std::fflush(stdout);
        loop.quit();
    });
    clock.start();
    job.start();
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool commit = args.size() == 6 && args.at(5) == QLatin1String("--commit");
    if (args.size() != 5 && !commit) {
        std::fprintf(stderr, "usage: bench_import_cancel DATABASE FILE.csv SOURCE ENGAGEMENT [--commit]\n");
        return 2;
    }
    Storage::Database database;
    if (const Storage::StorageError error = database.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::optional<Domain::Engagement> engagement;
    if (Storage::EngagementRepository(database).findByKey(args.at(4), &engagement) || !engagement) {
        std::fprintf(stderr, "no engagement %s\n", qPrintable(args.at(4)));
        return 1;
    }
    for (const CancelAt at : {CancelAt::Never, CancelAt::Halfway, CancelAt::ReadEnd})
        run(database, *engagement, args.at(2), args.at(3), at);
    if (commit)
        run(database, *engagement, args.at(2), args.at(3), CancelAt::NeverAndCommit);
    return 0;
}

// Imports a ServiceNow event log into a fresh database through Storage::ImportSession (parse,
// dates, mappings, history, upsert, one transaction) and, in the same run, times sqlite3's own
// `.import` of the same file into a plain table. Prints rows/s, MB/s, peak RSS and the ratio.
//   bench_import_db [FILE.csv | --rows N]   (default: generate 1,000,000 rows with gen_servicenow)
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/importsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

void print(const char *what, qint64 rows, qint64 bytes, double seconds, double cpuSeconds)
{
    std::printf("%-34s %9lld rows %8.2f s (CPU %6.2f s) %10.0f rows/s %7.1f MB/s  peak RSS %ld KiB\n", what,
                static_cast<long long>(rows), seconds, cpuSeconds, rows / seconds, bytes / seconds / 1e6,
                peakRssKiB());
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Seconds sqlite3 needs to `.import` the file into a plain table of a new database; -1 on failure.
/// `cpuSeconds` gets the CPU time it used (the figure that stays fair on a busy machine).
double sqliteImportSeconds(const QString &csv, const QString &database, double *cpuSeconds)
{
    const double cpu0 = childrenCpuSeconds();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {database});
    if (!sqlite.waitForStarted())
        return -1;
    QElapsedTimer timer;
    timer.start();
    sqlite.write(QStringLiteral(".mode csv\n.import '%1' raw\n.quit\n").arg(csv).toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = timer.elapsed() / 1000.0;
    *cpuSeconds = childrenCpuSeconds() - cpu0;
    const QByteArray errors = sqlite.readAllStandardError();
    if (!errors.isEmpty())
        std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
    return sqlite.exitCode() == 0 ? seconds : -1;
}

QString generate(const QString &dir, qint64 rows)
{
    const QString path = dir + QStringLiteral("/servicenow.csv");
    const int code = QProcess::execute(QStringLiteral(DD_GEN_SERVICENOW), {path, QString::number(rows)});
    return code == 0 ? path : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString csv;
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--rows"))
        csv = generate(dir.path(), args.value(1).toLongLong());
    else
        csv = args.isEmpty() ? generate(dir.path(), 1000000) : args.first();
    if (csv.isEmpty() || !QFileInfo::exists(csv)) {
        std::fprintf(stderr, "usage: bench_import_db [FILE.csv | --rows N]\n");
        return 2;
    }
    const qint64 bytes = QFileInfo(csv).size();

    Storage::Database database;
    if (database.open(dir.filePath(QStringLiteral("bench.sqlite")), Storage::Database::Access::ReadWrite,
                      Storage::Database::Creation::CreateIfMissing))
        return 1;
    Domain::Engagement engagement;
    engagement.key = QStringLiteral("BENCH");
    engagement.client = QStringLiteral("Bench");
    engagement.start = QDate(2000, 1, 1);
    engagement.timeZone = "Europe/Stockholm";
    if (Storage::EngagementRepository(database).insert(&engagement))
        return 1;

    Storage::ImportSession session(database, engagement);
    Storage::ImportSession::Options options;
    options.source = QStringLiteral("servicenow-events");
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = threadCpuSeconds();
    Storage::ImportReport report = session.stage(csv, options);
    session.commit(&report);
    const double ours = timer.elapsed() / 1000.0;
    const double oursCpu = threadCpuSeconds() - cpu0;
    if (!report.isCommitted()) {
        std::fprintf(stderr, "import failed: %s %s\n", qPrintable(report.fileError.toString()),
                     qPrintable(report.storageError.toString()));
        return 1;
    }
    print("ImportSession (servicenow-events)", report.rowsRead, bytes, ours, oursCpu);
    std::printf("  tickets %lld new, history rows %lld, rejected %lld, warnings %lld\n",
                static_cast<long long>(report.tickets.added), static_cast<long long>(report.historyRows),
                static_cast<long long>(report.rejectedCount), static_cast<long long>(report.warningCount));

    {
        // Next month's routine: the same file again must find every ticket unchanged.
        Storage::ImportSession again(database, engagement);
        QElapsedTimer againTimer;
        againTimer.start();
        const double againCpu0 = threadCpuSeconds();
        Storage::ImportReport second = again.stage(csv, options);
        again.commit(&second);
        print("same file again (all unchanged)", second.rowsRead, bytes, againTimer.elapsed() / 1000.0,
              threadCpuSeconds() - againCpu0);
        std::printf("  tickets %lld unchanged, %lld new, %lld updated\n",
                    static_cast<long long>(second.tickets.unchanged),
                    static_cast<long long>(second.tickets.added),
                    static_cast<long long>(second.tickets.updated));
    }

    double theirsCpu = 0;
    const double theirs = sqliteImportSeconds(csv, dir.filePath(QStringLiteral("plain.sqlite")), &theirsCpu);
    if (theirs < 0) {
        std::fprintf(stderr, "sqlite3 .import failed (is sqlite3 installed?)\n");
        return 1;
    }
    std::printf("%-34s %9lld rows %8.2f s (CPU %6.2f s) %10.0f rows/s %7.1f MB/s\n",
                "sqlite3 .import (plain table)", static_cast<long long>(report.rowsRead), theirs, theirsCpu,
                report.rowsRead / theirs, bytes / theirs / 1e6);
    std::printf("ratio ImportSession / sqlite3: wall %.2f, CPU %.2f (target <= 2)\n", ours / theirs,
                oursCpu / qMax(theirsCpu, 0.001));
    return 0;
}

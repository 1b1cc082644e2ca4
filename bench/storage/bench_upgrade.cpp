// Opening a file of an older schema as the window does (Models::DatabaseUpgrade, off the GUI
// thread): when each step began, the wall and process CPU time to the end, the longest the job's
// thread went without serving its events (what a user feels as a frozen window), and with
// CANCEL_MS how long a Cancel given then took. The upgrade runs on a copy of OLDER_FILE made
// first (not timed), so that one file serves every run; the copy and its backup are removed.
//
//   bench_upgrade OLDER_FILE [CANCEL_MS]
//
// docs/quality/scale.md ("Opening a file of an older version") makes a schema-12 file of the
// 1M-ticket database.
#include "models/databaseupgrade.h"
#include "models/storagetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

const char *stepName(Models::DatabaseUpgrade::Step step)
{
    switch (step) {
    case Models::DatabaseUpgrade::Step::Checking:
        return "check";
    case Models::DatabaseUpgrade::Step::BackingUp:
        return "backup";
    case Models::DatabaseUpgrade::Step::Migrating:
        return "migrations";
    }
    return "?";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OLDER_FILE [CANCEL_MS]\n", argv[0]);
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString path = source + QStringLiteral(".bench-upgrade.sqlite");
    QFile::remove(path);
    if (!QFile::copy(source, path)) {
        std::fprintf(stderr, "cannot copy %s\n", argv[1]);
        return 1;
    }
    const int cancelMs = argc > 2 ? QByteArray(argv[2]).toInt() : -1;

    QElapsedTimer wall;
    wall.start();
    const double cpu0 = processCpuSeconds();
    if (!Models::DatabaseUpgrade::isNeeded(path)) {
        std::fprintf(stderr, "%s needs no upgrade\n", argv[1]);
        QFile::remove(path);
        return 1;
    }
    std::printf("looked whether it needs one: %lld ms\n", static_cast<long long>(wall.elapsed()));
    Models::DatabaseUpgrade upgrade;
    bool first = true;
    Models::DatabaseUpgrade::Step last = Models::DatabaseUpgrade::Step::Checking;
    QObject::connect(&upgrade, &Models::DatabaseUpgrade::progressed, &app,
                     [&](Models::DatabaseUpgrade::Step step, qint64 done, qint64 total) {
                         if (first || step != last)
                             std::printf("%6lld ms  %s begins (%lld of %lld)\n",
                                         static_cast<long long>(wall.elapsed()), stepName(step),
                                         static_cast<long long>(done), static_cast<long long>(total));
                         first = false;
                         last = step;
                     });
    qint64 cancelledAt = -1;
    QString backup;
    QObject::connect(&upgrade, &Models::DatabaseUpgrade::finished, &app,
                     [&](const Storage::StorageError &error, const QString &backupPath) {
                         const qint64 end = wall.elapsed();
                         std::printf("%6lld ms  finished: %s\n", static_cast<long long>(end),
                                     error ? qPrintable(Models::StorageText::message(error)) : "upgraded");
                         if (cancelledAt >= 0)
                             std::printf("cancel took %lld ms\n", static_cast<long long>(end - cancelledAt));
                         backup = backupPath;
                         app.quit();
                     });
    // The job's thread: how long it went at most between two ticks of a 10 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &app,
                     [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    tick.start(10);
    sinceTick.start();
    if (cancelMs >= 0) {
        QTimer::singleShot(cancelMs, &app, [&] {
            cancelledAt = wall.elapsed();
            upgrade.cancel();
        });
    }
    upgrade.start(path);
    app.exec();
    std::printf("wall %.2f s, process CPU %.2f s, longest the thread went without its events: %lld ms\n",
                double(wall.elapsed()) / 1000.0, processCpuSeconds() - cpu0,
                static_cast<long long>(longestGap));
    QFile::remove(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!backup.isEmpty())
        QFile::remove(backup);
    return 0;
}

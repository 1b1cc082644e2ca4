// The full SLA recompute as the window runs it (Edit › Recompute SLA results): Gui::SlaRecomputeRunner
// over a window, with its progress dialog, on an existing database. Prints when the dialog showed,
// its progress, the wall and process CPU time to the end, and with CANCEL_MS how long a Cancel
// given then took. Memory: run it under /usr/bin/time -v.
//
//   bench_recompute_window DATABASE ENGAGEMENT_KEY [CANCEL_MS]
//
// docs/quality/scale.md ("The full recompute from the window") makes the 1M-ticket database with
// gen_servicenow --list and deliverydesk import.
#include "models/engagementlistmodel.h"
#include "models/portfolio.h"
#include "models/storagetext.h"
#include "ui/slarecomputerunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace {

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DATABASE ENGAGEMENT_KEY [CANCEL_MS]\n", argv[0]);
        return 2;
    }
    Models::Portfolio portfolio;
    if (const Storage::StorageError error = portfolio.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(Models::StorageText::message(error)));
        return 1;
    }
    const int row = portfolio.engagements()->rowOfKey(QString::fromLocal8Bit(argv[2]));
    if (row < 0) {
        std::fprintf(stderr, "no engagement %s\n", argv[2]);
        return 1;
    }
    const qint64 id = portfolio.engagements()->engagementAt(row).id;
    const int cancelAfterMs = argc > 3 ? std::atoi(argv[3]) : -1;

    QWidget window;
    window.resize(900, 600);
    window.show();
    Gui::SlaRecomputeRunner runner(&portfolio, &window);
    QElapsedTimer timer;
    qint64 shownAt = -1;
    qint64 cancelledAt = -1;
    int exitCode = 0;
    // The dialog's state ten times a second: when it showed, and its progress each second.
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        QProgressDialog *dialog = runner.progressDialog();
        if (!dialog)
            return;
        if (shownAt < 0 && dialog->isVisible()) {
            shownAt = timer.elapsed();
            std::printf("%6lld ms  progress dialog shown\n", shownAt);
        }
        if (timer.elapsed() / 100 % 10 == 0)
            std::printf("%6lld ms  %d / %d  %s\n", timer.elapsed(), dialog->value(), dialog->maximum(),
                        qPrintable(dialog->labelText()));
    });
    QObject::connect(&runner, &Gui::SlaRecomputeRunner::message, [&](const QString &text, bool error) {
        std::printf("%6lld ms  %s%s\n", timer.elapsed(), error ? "error: " : "", qPrintable(text));
        exitCode = error ? 1 : 0;
        if (cancelledAt >= 0)
            std::printf("cancel took %lld ms\n", timer.elapsed() - cancelledAt);
    });
    QObject::connect(&runner, &Gui::SlaRecomputeRunner::finished, &app, [&] {
        std::printf("wall %.2f s, process CPU %.2f s\n", double(timer.elapsed()) / 1000.0,
                    processCpuSeconds());
        app.quit();
    });
    if (cancelAfterMs >= 0)
        QTimer::singleShot(cancelAfterMs, [&] {
            cancelledAt = timer.elapsed();
            runner.cancel();
        });
    timer.start();
    watch.start();
    runner.start(id);
    app.exec();
    return exitCode;
}

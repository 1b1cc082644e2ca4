// The window and the SLA page on a large engagement (issues 9 and 13), on the database that
// bench_tickets builds (/tmp/bench_tickets_N.sqlite: N tickets of 2025, 90 % resolved, with stored
// SLA results). Each mode runs in a fresh process so that its peak memory is its own:
//
//   bench_window overview PATH [FROM TO]   SlaOverviewLoader::load of the first engagement over the
//                                          months FROM..TO (YYYY-MM; default 2025-01..2025-12, every
//                                          ticket of the generated year) with and without the
//                                          distribution of business times, and the at-risk list
//   bench_window window PATH [PAGE]        the main window opened offscreen on PATH as a user opens
//                                          it (database, engagement chosen, PAGE shown): time to the
//                                          first paint of the page and peak memory (PAGE review:
//                                          and to the full list of its breaches, read on a worker;
//                                          bench_window window PATH review YYYY-MM then chooses
//                                          that month on the page and times its read)
//
// Wall time and CPU time (user + sys of this process) are printed: other builds share the machine.
#include "models/portfolio.h"
#include "models/slaoverviewloader.h"
#include "ui/burndownpage.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/portfoliopage.h"
#include "ui/reviewpage.h"
#include "ui/slapage.h"
#include "ui/supportmodelpage.h"
#include "ui/supportmodelspage.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>

namespace {

/// A figure of /proc/self/status in MiB: VmHWM (the peak RSS) or VmRSS (the RSS now).
double statusMiB(const char *field = "VmHWM:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const int length = int(std::strlen(field));
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field))
                return line.mid(length).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

double peakMiB()
{
    return statusMiB();
}

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

/// Wall and CPU time since the last call.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpu = cpuMs();
    Stopwatch() { wall.start(); }
    void report(const char *what)
    {
        const double now = cpuMs();
        if (*what)
            std::printf("  %-52s %8.1f ms %8.1f ms CPU\n", what, wall.nsecsElapsed() / 1e6, now - cpu);
        cpu = now;
        wall.restart();
    }
};

QDate month(const QString &text, const QDate &fallback)
{
    const QDate d = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? d : fallback;
}

int overview(const QStringList &args)
{
    Models::Portfolio portfolio;
    if (Storage::StorageError e = portfolio.open(args.value(2), Storage::Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(0);
    const QDate from = month(args.value(3), QDate(2025, 1, 1));
    const QDate to = month(args.value(4), QDate(2025, 12, 1));
    const qint64 now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    std::printf("%s, engagement %s, %s..%s\n", qPrintable(args.value(2)), qPrintable(engagement.key),
                qPrintable(from.toString(QStringLiteral("yyyy-MM"))),
                qPrintable(to.toString(QStringLiteral("yyyy-MM"))));
    Models::SlaOverviewLoader loader(*portfolio.database());
    Stopwatch watch;
    for (int severity : {0, 1}) {
        Models::SlaOverview data;
        loader.setWithDistribution(true);
        if (Models::SlaOverviewLoader::Error e = loader.load(engagement, from, to, severity, now, &data)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message(engagement)));
            return 1;
        }
        int resolved = 0;
        for (const Models::SlaSeverityDistribution &d : std::as_const(data.distribution))
            resolved += d.resolution.count;
        const QByteArray what = QByteArray("load with distribution, severity ") +
                                QByteArray::number(severity) + " (" + QByteArray::number(resolved) +
                                " resolution times)";
        watch.report(what.constData());
        loader.setWithDistribution(false);
        if (Models::SlaOverviewLoader::Error e = loader.load(engagement, from, to, severity, now, &data)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message(engagement)));
            return 1;
        }
        const QByteArray without = QByteArray("load without distribution, severity ") +
                                   QByteArray::number(severity) + " (" +
                                   QByteArray::number(data.atRisk.size()) + " at risk)";
        watch.report(without.constData());
    }
    QVector<Models::SlaAtRiskTicket> atRisk;
    if (Models::SlaOverviewLoader::Error e = loader.loadAtRisk(engagement, 0, now, &atRisk)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message(engagement)));
        return 1;
    }
    watch.report("at-risk list alone (the page's refresh each minute)");
    std::printf("  peak RSS %.0f MiB\n", peakMiB());
    return 0;
}

/// Stops at the first paint of any widget of the page that is shown.
class FirstPaint : public QObject
{
public:
    QWidget *page = nullptr;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!painted && event->type() == QEvent::Paint && page && watched->isWidgetType() &&
            (watched == page || page->isAncestorOf(static_cast<QWidget *>(watched))))
            painted = true;
        return false;
    }
};

/// Runs the event loop until `done()` (asked every 5 ms) or a minute has passed. Not
/// processEvents(WaitForMoreEvents, ms) in a loop: that overload drops the wait flag and spins the
/// thread, which counted as the window's CPU.
void runUntil(const std::function<bool()> &done)
{
    if (done())
        return;
    QEventLoop loop;
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() > 60000)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
}

int window(const QStringList &args)
{
    QStandardPaths::setTestModeEnabled(true); // no preferences of a user read or written
    const QString page = args.value(3, QStringLiteral("overview"));
    const double startCpu = cpuMs();
    QElapsedTimer total;
    total.start();
    Stopwatch watch;
    Models::Portfolio portfolio;
    if (Storage::StorageError e = portfolio.open(args.value(2))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    std::printf("%s, page %s\n", qPrintable(args.value(2)), qPrintable(page));
    watch.report("open the portfolio");
    Gui::LanguageManager languages;
    Gui::MainWindow window(&portfolio, &languages);
    watch.report("construct the main window");
    window.selectEngagementByKey(portfolio.engagements()->engagementAt(0).key);
    watch.report("choose the engagement (every page follows)");
    window.showPage(page);
    watch.report("show the page");
    FirstPaint filter;
    filter.page = window.centralWidget();
    qApp->installEventFilter(&filter);
    window.resize(1400, 900);
    window.show();
    while (!filter.painted && total.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    watch.report("show the window until the first paint of the page");
    std::printf("  %-52s %8.1f ms %8.1f ms CPU\n", "TOTAL to the first paint", total.nsecsElapsed() / 1e6,
                cpuMs() - startCpu);
    std::printf("  peak RSS %.0f MiB\n", peakMiB());
    auto *review = window.findChild<Gui::ReviewPage *>();
    if (review && page == QLatin1String("review")) {
        // The Review page reads its breaches on a worker thread: the first paint comes before them.
        const double rssBefore = statusMiB("VmRSS:");
        runUntil([review] { return !review->isReading(); });
        watch.report("review page: breaches read on the worker until shown");
        std::printf("  %-52s %8.1f ms %8.1f ms CPU\n", "TOTAL to the full list of breaches",
                    total.nsecsElapsed() / 1e6, cpuMs() - startCpu);
        std::printf(
            "  %d breaches; peak RSS %.0f MiB; RSS %.0f MiB at the first paint, %.0f MiB with the list\n",
            review->breachTable()->model()->rowCount(), peakMiB(), rssBefore, statusMiB("VmRSS:"));
        // A month chosen on the page (YYYY-MM): the page's own cost whatever the clock's month
        // costs the other pages.
        const QDate chosen = month(args.value(4), QDate());
        if (chosen.isValid()) {
            review->setPeriod(chosen, chosen.addMonths(1).addDays(-1));
            watch.report("review page: the month chosen (GUI thread)");
            runUntil([review] { return !review->isReading(); });
            watch.report("review page: that month read on the worker until shown");
            std::printf("  %d breaches in %s; peak RSS %.0f MiB; RSS %.0f MiB\n",
                        review->breachTable()->model()->rowCount(), qPrintable(args.value(4)), peakMiB(),
                        statusMiB("VmRSS:"));
        }
    }
    auto *models = window.findChild<Gui::SupportModelsPage *>();
    if (models && page == QLatin1String("models")) {
        // The Models page replays its what-if on a worker thread: the first paint comes before it.
        const double rssBefore = statusMiB("VmRSS:");
        runUntil([models] { return !models->isReading(); });
        watch.report("models page: what-if read on the worker until shown");
        std::printf("  peak RSS %.0f MiB; RSS %.0f MiB at the first paint, %.0f MiB with the what-if\n",
                    peakMiB(), rssBefore, statusMiB("VmRSS:"));
    }
    // What each page does when the engagement changes (all of them follow it, shown or not)
    const qint64 id = portfolio.engagements()->engagementAt(0).id;
    const auto again = [&](auto *page, const char *what) {
        if (!page)
            return;
        page->showEngagement(0);
        watch.report("");
        page->showEngagement(id);
        watch.report(what);
    };
    std::printf(" the engagement shown again, page by page:\n");
    again(window.findChild<Gui::OverviewPage *>(), "overview page");
    again(window.findChild<Gui::SupportModelPage *>(), "support model page");
    again(window.findChild<Gui::SupportModelsPage *>(), "support models page (what-if)");
    again(window.findChild<Gui::BurnDownPage *>(), "burn-down page");
    // A page that reads on a worker thread: what the GUI thread spends is the call, then the
    // longest stretch the event loop is held (drawing what was read) until it is shown.
    const auto readAgain = [&](const char *name, const QByteArray &label, auto *page, auto reading) {
        window.showPage(QString::fromLatin1(name));
        runUntil([&] { return !reading(); });
        page->showEngagement(0);
        watch.report("");
        page->showEngagement(id);
        watch.report((label + ": the call (GUI thread)").constData());
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
        sinceTick.start();
        tick.start(5);
        runUntil([&] { return !reading(); });
        longest = std::max(longest, sinceTick.elapsed());
        watch.report((label + ": read on the worker until shown").constData());
        std::printf("  %-52s %8lld ms\n", (label + ": longest hold of the event loop meanwhile").constData(),
                    longest);
    };
    if (auto *sla = window.findChild<Gui::SlaPage *>())
        readAgain("sla", "SLA page", sla, [sla] { return sla->isLoading(); });
    if (review)
        readAgain("review", "review page", review, [review] { return review->isReading(); });
    if (window.findChild<Gui::PortfolioPage *>()) {
        // Read when shown (a hidden page of the window reads nothing).
        window.showPage(QStringLiteral("portfolio"));
        watch.report("portfolio page (shown: burn and SLA section read)");
    }
    return filter.painted ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("overview"))
        return overview(args);
    if (args.value(1) == QLatin1String("window"))
        return window(args);
    std::fprintf(stderr, "usage: bench_window overview PATH [FROM TO] | window PATH [PAGE [YYYY-MM]]\n");
    return 2;
}

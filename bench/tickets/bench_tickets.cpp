// The SLA page's tickets table on a million tickets: builds (once) a database of N generated
// tickets of one engagement with their stored SLA results (the generator of bench_sla_store,
// inserted through TicketRepository and evaluated by SlaRecomputer, as an import would), then in
// a fresh process measures what the page does through Models::TicketTableModel: open (count +
// the first screen of rows), sort by three columns, a text filter, scroll to the end and a jump
// to the middle, with the peak resident memory. The same on the demo database.
//
//   bench_tickets [N]            build /tmp/bench_tickets_N.sqlite if missing, then measure it and the demo
//   bench_tickets build PATH N   only build
//   bench_tickets measure PATH [KEY]        only measure the model (the first engagement, or KEY)
//   bench_tickets panel PATH [KEY]          only measure the panel in an offscreen window
#include "models/portfolio.h"
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/tickettablemodel.h"
#include "ui/ticketspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr int s_screenRows = 40; // rows a table shows at once

/// Peak and current resident set size of this process in MiB (VmHWM, VmRSS).
QPair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = 0, now = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kib = [&line] {
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            };
            if (line.startsWith("VmHWM:"))
                peak = kib();
            else if (line.startsWith("VmRSS:"))
                now = kib();
        }
    }
    return {peak, now};
}

QVector<Domain::Ticket> generate(int first, int count, QRandomGenerator &random)
{
    static const char *const words[] = {"Checkout",   "Payment",  "Search",    "Login",
                                        "Newsletter", "Price",    "Stock",     "Cart",
                                        "Invoice",    "Shipping", "Promotion", "Account"};
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVector<Domain::Ticket> tickets;
    tickets.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Domain::Ticket t;
        t.key = QStringLiteral("BENCH-%1").arg(i);
        t.title = QStringLiteral("%1 fails for customer %2")
                      .arg(QLatin1String(words[random.bounded(12)]))
                      .arg(random.bounded(100000));
        t.severity = 1 + int(random.bounded(4));
        t.kind = Domain::TicketKind(random.bounded(Domain::TicketKindCount));
        t.serviceLevel = Domain::ServiceLevel(random.bounded(3));
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

int build(const QString &path, int count)
{
    Storage::Database db;
    if (Storage::StorageError e = db.open(path, Storage::Database::Access::ReadWrite,
                                          Storage::Database::Creation::CreateIfMissing)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    Domain::Engagement e;
    e.key = QStringLiteral("BENCH");
    e.client = QStringLiteral("Bench");
    e.model = Domain::SupportModel::SlaHotfix;
    e.start = QDate(2024, 1, 1);
    e.timeZone = "Europe/Stockholm";
    QElapsedTimer timer;
    timer.start();
    Storage::StorageError error = Storage::EngagementRepository(db).insert(&e);
    QRandomGenerator random(20261204);
    {
        Storage::TransactionGuard guard(db.connection());
        constexpr int chunk = 50000; // generated a chunk at a time: the build holds no million tickets
        for (int first = 0; !error && first < count; first += chunk) {
            Storage::UpsertCounts counts;
            error = Storage::TicketRepository(db).upsert(
                e.id, QStringLiteral("bench"), generate(first, std::min(chunk, count - first), random),
                &counts);
        }
        if (!error && !guard.commit())
            error = {Storage::StorageError::Kind::Query, QStringLiteral("commit"), path, QString()};
    }
    if (error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::printf("built %d tickets (3 status changes each) in %.1f s\n", count, timer.nsecsElapsed() / 1e9);
    timer.restart();
    const qint64 now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    if ((error = Models::SlaRecomputer::recompute(db, e.id, now))) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::printf("stored SLA results in %.1f s; build peak RSS %.0f MiB\n", timer.nsecsElapsed() / 1e9,
                memoryMiB().first);
    return 0;
}

/// Reads the rows [first, first + s_screenRows) as a view showing them would.
void showRows(const Models::TicketTableModel &model, int first)
{
    for (int row = std::max(0, first); row < std::min(model.rowCount(), first + s_screenRows); ++row) {
        for (int c = 0; c < Models::TicketTableModel::ColumnCount; ++c)
            model.index(row, c).data();
    }
}

/// CPU time of this process in ms: on a machine shared with other builds, wall time says little.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double s_lastCpu = 0; ///< cpuMs() at the end of the last step

void report(const char *what, QElapsedTimer &timer, const Models::TicketTableModel &model)
{
    const double cpu = cpuMs();
    std::printf("  %-44s %8.1f ms %8.1f ms CPU  (%d rows, %d held)\n", what, timer.nsecsElapsed() / 1e6,
                cpu - s_lastCpu, model.rowCount(), model.cachedRowCount());
    s_lastCpu = cpu;
    timer.restart();
}

int measure(const QString &path, const QString &engagementKey)
{
    QElapsedTimer timer;
    timer.start();
    Models::Portfolio portfolio;
    if (Storage::StorageError e = portfolio.open(path, Storage::Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    const int index = engagementKey.isEmpty() ? 0 : portfolio.engagements()->rowOfKey(engagementKey);
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(std::max(0, index));
    std::printf("%s, engagement %s\n", qPrintable(path), qPrintable(engagement.key));
    std::printf("  %-44s %8.1f ms\n", "open the database", timer.nsecsElapsed() / 1e6);
    timer.restart();
    Models::TicketTableModel model;
    s_lastCpu = cpuMs();
    QObject::connect(&model, &Models::TicketTableModel::errorOccurred,
                     [](const QString &m) { std::fprintf(stderr, "error: %s\n", qPrintable(m)); });
    model.setEngagement(portfolio.database(), engagement.id, QTimeZone(engagement.timeZone));
    showRows(model, 0);
    report("page open (count + first screen, newest first)", timer, model);
    model.sort(Models::TicketTableModel::KeyColumn, Qt::AscendingOrder);
    showRows(model, 0);
    report("sort by key (natural order)", timer, model);
    showRows(model, model.rowCount() / 2);
    report("  and jump to the middle", timer, model);
    model.sort(Models::TicketTableModel::TitleColumn, Qt::AscendingOrder);
    showRows(model, 0);
    report("sort by title", timer, model);
    model.sort(Models::TicketTableModel::ResolutionTimeColumn, Qt::DescendingOrder);
    showRows(model, 0);
    report("sort by resolution business time (desc)", timer, model);
    model.sort(Models::TicketTableModel::SeverityColumn, Qt::AscendingOrder);
    showRows(model, 0);
    report("sort by severity", timer, model);
    showRows(model, model.rowCount() - s_screenRows);
    report("scroll to the end (last screen)", timer, model);
    showRows(model, model.rowCount() / 2);
    report("jump to the middle", timer, model);
    showRows(model, model.rowCount() / 2 + s_screenRows);
    report("next screen after the middle", timer, model);
    const QString text = engagementKey.isEmpty() ? QStringLiteral("checkout fails for customer 4711")
                                                 : QStringLiteral("FG-12");
    model.setTextFilter(text);
    showRows(model, 0);
    report(qPrintable(QStringLiteral("text filter \"%1\"").arg(text)), timer, model);
    // A part with letters beyond A–Z is matched with every letter's case folded (textmatch.h).
    model.setTextFilter(QStringLiteral("ändra"));
    showRows(model, 0);
    report("text filter \"ändra\" (case of every letter)", timer, model);
    model.setTextFilter(QStringLiteral("checkout"));
    showRows(model, 0);
    report("text filter \"checkout\" (one ticket in 12)", timer, model);
    showRows(model, model.rowCount() - s_screenRows);
    report("  and scroll to its end", timer, model);
    model.setTextFilter(QString());
    model.setStateFilter(QStringLiteral("breached"));
    model.sort(Models::TicketTableModel::CreatedColumn, Qt::DescendingOrder);
    showRows(model, 0);
    report("state filter \"breached\", newest first", timer, model);
    model.setStateFilter(QString());
    model.setMonthFilter(QDate(2025, 6, 1));
    showRows(model, 0);
    report("month filter (resolved in June 2025)", timer, model);
    model.setMonthFilter(QDate());
    const auto [peak, now] = memoryMiB();
    std::printf("  peak RSS %.0f MiB, RSS now %.0f MiB; at most %d rows held by the model\n", peak, now,
                Models::TicketTableModel::MaxCachedRows);
    return 0;
}

/// Serves the events while `busy` (work off the window's thread): the longest the thread was held
/// between two turns of its loop, in milliseconds, which is what a user feels.
qint64 longestHold(const std::function<bool()> &busy)
{
    qint64 held = 0;
    QElapsedTimer turn;
    turn.start();
    while (busy()) {
        QCoreApplication::processEvents();
        held = std::max(held, turn.restart());
        QThread::msleep(1);
        turn.restart();
    }
    return held;
}

/// The panel as the SLA page shows it, in an offscreen window: every step ends with the window
/// painted (grab()), so the view's own work (header, visible rows) is in the figures.
int measurePanel(const QString &path, const QString &engagementKey)
{
    Models::Portfolio portfolio;
    if (Storage::StorageError e = portfolio.open(path, Storage::Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        return 1;
    }
    const int index = engagementKey.isEmpty() ? 0 : portfolio.engagements()->rowOfKey(engagementKey);
    const Domain::Engagement engagement = portfolio.engagements()->engagementAt(std::max(0, index));
    std::printf("%s, engagement %s: the tickets panel in a 1400x900 offscreen window\n", qPrintable(path),
                qPrintable(engagement.key));
    Gui::TicketsPanel panel(&portfolio);
    panel.resize(1400, 900);
    panel.show();
    panel.grab();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("ticketTable"));
    auto *text = panel.findChild<QLineEdit *>(QStringLiteral("ticketFilterText"));
    const auto *model = static_cast<const Models::TicketTableModel *>(table->model());
    QElapsedTimer timer;
    const auto step = [&](const char *what) {
        panel.grab();
        const double cpu = cpuMs();
        std::printf("  %-44s %8.1f ms %8.1f ms CPU  (%d rows, %d held)\n", what, timer.nsecsElapsed() / 1e6,
                    cpu - s_lastCpu, model->rowCount(), model->cachedRowCount());
        s_lastCpu = cpu;
    };
    s_lastCpu = cpuMs();
    timer.start();
    panel.setEngagement(engagement.id);
    step("open (engagement chosen, first screen painted)");
    timer.restart();
    s_lastCpu = cpuMs();
    table->horizontalHeader()->setSortIndicator(Models::TicketTableModel::KeyColumn, Qt::AscendingOrder);
    step("header click: sort by key");
    timer.restart();
    table->horizontalHeader()->setSortIndicator(Models::TicketTableModel::PausedTimeColumn,
                                                Qt::DescendingOrder);
    step("header click: sort by paused time");
    timer.restart();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    step("scroll bar to the end");
    timer.restart();
    text->setText(QStringLiteral("checkout"));
    QMetaObject::invokeMethod(text, "returnPressed");
    // The filter is read off the window's thread: the events are served while it reads.
    const auto filterRead = [&](const char *what, const char *call) {
        const double atCall = timer.nsecsElapsed() / 1e6;
        const qint64 held = longestHold([&panel] { return panel.isFiltering(); });
        step(what);
        std::printf("    (%s held the window's thread %.1f ms; while the filter was read, at most %lld ms)\n",
                    call, atCall, static_cast<long long>(held));
    };
    filterRead("text filter \"checkout\" + Return, rows shown", "Return");
    timer.restart();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    step("scroll bar to the middle of the filtered rows");
    if (model->isWaitingForOrder()) { // blank rows painted; the filter's order read off the thread
        const qint64 held = longestHold([model] { return model->isWaitingForOrder(); });
        step("  its rows shown (the filter's order read)");
        std::printf("    (while the order was read, the window's thread was held at most %lld ms)\n",
                    static_cast<long long>(held));
    }
    // Further jumps of the same filter and order: its ids are known since the first (issue 13).
    for (const int part : {4, 3, 5}) {
        timer.restart();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / part);
        step(qPrintable(QStringLiteral("  and to 1/%1 of them").arg(part)));
    }
    timer.restart();
    table->verticalScrollBar()->setValue(0);
    step("scroll bar to the top of the filtered rows");
    timer.restart();
    table->horizontalHeader()->setSortIndicator(Models::TicketTableModel::KeyColumn, Qt::AscendingOrder);
    step("header click inside the filter: sort by key");
    // What the SLA page does when it reads the engagement again (others changed the database).
    Models::TicketTableModel::Summary summary;
    if (Storage::StorageError e =
            Models::TicketTableModel::readSummary(*portfolio.database(), engagement.id, &summary))
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    timer.restart();
    s_lastCpu = cpuMs();
    panel.setEngagement(engagement.id, summary);
    filterRead("the engagement read again under the filter", "The call");
    // What the SLA page does when another engagement is chosen under the filter (here: none, then
    // this one again, as the bench's file holds one).
    panel.setEngagement(0);
    timer.restart();
    s_lastCpu = cpuMs();
    panel.setEngagement(engagement.id, summary);
    filterRead("another engagement chosen under the filter", "The call");
    // A new filter cancelled while it is read: what the read still costs after the Cancel (its
    // statement is stopped on its connection; before, it ran to its end).
    text->setText(QStringLiteral("payment"));
    QMetaObject::invokeMethod(text, "returnPressed");
    QThread::msleep(30);
    panel.findChild<QPushButton *>(QStringLiteral("ticketFilterCancel"))->click();
    const double atCancel = cpuMs();
    for (int i = 0; i < 100; ++i) { // a second: the cancelled read's worker and its delivery
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    std::printf("  a filter cancelled 30 ms into its read: %.1f ms CPU in the second after\n",
                cpuMs() - atCancel);
    // Export of the tickets shown ("checkout"), written off the window's thread.
    for (const bool xlsx : {false, true}) {
        const QString file = xlsx ? QStringLiteral("/tmp/bench_tickets_export.xlsx")
                                  : QStringLiteral("/tmp/bench_tickets_export.csv");
        timer.restart();
        s_lastCpu = cpuMs();
        panel.exportShownTo(file, xlsx);
        const double atCall = timer.nsecsElapsed() / 1e6;
        const qint64 held = longestHold([&panel] { return panel.isExporting(); });
        step(xlsx ? "export the tickets shown as XLSX" : "export the tickets shown as CSV");
        std::printf(
            "    (the call held the window's thread %.1f ms; while written, at most %lld ms; %.1f MB)\n",
            atCall, static_cast<long long>(held), QFileInfo(file).size() / 1e6);
        QFile::remove(file);
    }
    // Every ticket of the engagement, sorted by creation (the table's own order).
    text->clear();
    QMetaObject::invokeMethod(text, "returnPressed");
    longestHold([&panel] { return panel.isFiltering(); });
    table->horizontalHeader()->setSortIndicator(Models::TicketTableModel::CreatedColumn, Qt::DescendingOrder);
    timer.restart();
    s_lastCpu = cpuMs();
    const QString every = QStringLiteral("/tmp/bench_tickets_export_all.csv");
    panel.exportShownTo(every, false);
    const qint64 held = longestHold([&panel] { return panel.isExporting(); });
    step("export every ticket as CSV");
    std::printf("    (while written, the window's thread was held at most %lld ms; %.1f MB)\n",
                static_cast<long long>(held), QFileInfo(every).size() / 1e6);
    QFile::remove(every);
    // A filter that most tickets pass (more than a TicketBrowseOrder holds before session 36).
    auto *state = panel.findChild<QComboBox *>(QStringLiteral("ticketFilterState"));
    timer.restart();
    s_lastCpu = cpuMs();
    state->setCurrentIndex(state->findData(QStringLiteral("met")));
    longestHold([&panel] { return panel.isFiltering(); });
    step("SLA state \"met\", rows shown");
    timer.restart();
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    step("scroll bar to the middle of those rows");
    if (model->isWaitingForOrder()) {
        const qint64 heldOrder = longestHold([model] { return model->isWaitingForOrder(); });
        step("  its rows shown (the filter's order read)");
        std::printf("    (while the order was read, the window's thread was held at most %lld ms)\n",
                    static_cast<long long>(heldOrder));
    }
    for (const int part : {4, 3}) {
        timer.restart();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / part);
        step(qPrintable(QStringLiteral("  and to 1/%1 of them").arg(part)));
    }
    const auto [peak, now] = memoryMiB();
    std::printf("  peak RSS %.0f MiB, RSS now %.0f MiB (process with the window)\n", peak, now);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "panel") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return measurePanel(app.arguments().value(2), app.arguments().value(3));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("build"))
        return build(args.value(2), args.value(3).toInt());
    if (args.value(1) == QLatin1String("measure"))
        return measure(args.value(2), args.value(3));
    const int count = args.size() > 1 ? args.value(1).toInt() : 1000000;
    const QString path = QStringLiteral("/tmp/bench_tickets_%1.sqlite").arg(count);
    // Each step in its own process, so that the build's memory is not the measured peak.
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(app.applicationFilePath(), arguments);
        process.waitForFinished(-1);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
    };
    if (!QFile::exists(path) && run({QStringLiteral("build"), path, QString::number(count)}) != 0)
        return 1;
    if (run({QStringLiteral("measure"), path}) != 0 || run({QStringLiteral("panel"), path}) != 0)
        return 1;
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        Models::Portfolio portfolio;
        if (Storage::StorageError e = portfolio.createDemo(demo, QDate(2026, 11, 25))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
            return 1;
        }
    }
    if (run({QStringLiteral("measure"), demo, QStringLiteral("FJALLGEAR")}) != 0)
        return 1;
    return run({QStringLiteral("panel"), demo, QStringLiteral("FJALLGEAR")});
}

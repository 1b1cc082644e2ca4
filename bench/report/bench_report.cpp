// bench_report [TICKETS] [RUNS]: a quarter's governance review of one engagement with TICKETS
// tickets (default 10,000) spread over twelve months, with worklogs, people and next month's
// allocations. Prints the time to read the numbers (Models::ReviewPackLoader) and to read and
// render the PDF (Gui::ReviewPackRenderer), the median of RUNS runs (default 5), and the PDF's size.
#include "models/domain/capacity/allocation.h"
#include "models/domain/capacity/person.h"
#include "models/reviewpackloader.h"
#include "models/slarecomputer.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"
#include "ui/report/reviewpackrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <ctime>

namespace {

const QTimeZone s_zone("Europe/Stockholm");
const QDate s_today(2026, 12, 4);

qint64 at(const QDate &date, int minuteOfDay)
{
    return QDateTime(date, QTime(0, 0), s_zone).toSecsSinceEpoch() + minuteOfDay * 60;
}

QString fail(const Storage::StorageError &e)
{
    return e.toString();
}

QString generate(const QString &path, int ticketCount)
{
    Storage::Database db;
    if (Storage::StorageError e =
            db.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing))
        return fail(e);
    Domain::Engagement e;
    e.key = QStringLiteral("ATLAS");
    e.client = QStringLiteral("Atlas Commerce AB");
    e.model = Domain::SupportModel::SlaHotfix;
    e.start = QDate(2025, 1, 1);
    e.committedMinutesPerMonth = 160 * 60;
    if (Storage::StorageError error = Storage::EngagementRepository(db).insert(&e))
        return fail(error);
    const QStringList names = {QStringLiteral("Alva Dev"),   QStringLiteral("Bo Dev"),
                               QStringLiteral("Cecilia QA"), QStringLiteral("David SA"),
                               QStringLiteral("Eva PM"),     QStringLiteral("Filip Ops")};
    const Domain::Role roles[] = {Domain::Role::Dev, Domain::Role::Dev, Domain::Role::QA,
                                  Domain::Role::SA,  Domain::Role::PM,  Domain::Role::Ops};
    for (int i = 0; i < names.size(); ++i) {
        Domain::Person p;
        p.name = names.at(i);
        p.role = roles[i];
        if (Storage::StorageError error = Storage::PeopleRepository(db).save(p))
            return fail(error);
        if (Storage::StorageError error =
                Storage::AllocationRepository(db).set({p.name, e.key, QDate(2027, 1, 1), 20 * 60 + i * 60}))
            return fail(error);
    }
    QRandomGenerator random(20261204);
    const QDate first(2025, 12, 1);
    const int days = int(first.daysTo(s_today));
    QVector<Domain::Ticket> tickets;
    tickets.reserve(ticketCount);
    for (int n = 0; n < ticketCount; ++n) {
        Domain::Ticket t;
        t.key = QStringLiteral("AT-%1").arg(n + 1);
        t.kind = Domain::TicketKind(random.bounded(Domain::TicketKindCount));
        t.severity = 1 + random.bounded(4);
        t.serviceLevel = Domain::ServiceLevel(random.bounded(3));
        t.title = QStringLiteral("Generated ticket %1 about the checkout, search or catalogue").arg(n + 1);
        const QDate day = first.addDays(random.bounded(days));
        t.created = at(day, 8 * 60 + random.bounded(9 * 60));
        // One in ten answered late, which breaches the targets of every severity.
        t.firstResponse = t.created + (random.bounded(10) == 0 ? 3 * 86400 : 60 * (5 + random.bounded(50)));
        const qint64 resolved = t.created + 3600 * (1 + random.bounded(72));
        if (resolved < at(s_today, 0)) {
            t.resolved = resolved;
            t.status = QStringLiteral("Resolved");
        } else {
            t.status = QStringLiteral("Open");
        }
        t.history = {{t.created, QStringLiteral("Open"), 0}};
        if (t.resolved)
            t.history.append({*t.resolved, QStringLiteral("Resolved"), 0});
        tickets.append(t);
    }
    QVector<Domain::Worklog> worklogs;
    int w = 0;
    for (QDate day = first; day < s_today; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (int i = 0; i < names.size(); ++i) {
            Domain::Worklog log;
            log.sourceKey = QStringLiteral("W%1").arg(++w);
            log.date = day;
            log.person = names.at(i);
            log.role = roles[i];
            log.seconds = 3600 * (1 + random.bounded(2));
            log.serviceLevel = Domain::ServiceLevel(random.bounded(3));
            worklogs.append(log);
        }
    }
    {
        Storage::TransactionGuard guard(db.connection());
        Storage::UpsertCounts counts;
        if (Storage::StorageError error =
                Storage::TicketRepository(db).upsert(e.id, QStringLiteral("bench"), tickets, &counts))
            return fail(error);
        if (Storage::StorageError error =
                Storage::WorklogRepository(db).upsert(e.id, QStringLiteral("bench"), worklogs, &counts))
            return fail(error);
        if (!guard.commit())
            return QStringLiteral("commit failed");
    }
    if (Storage::StorageError error = Models::SlaRecomputer::recompute(
            db, e.id, QDateTime(s_today, QTime(12, 0), Qt::UTC).toSecsSinceEpoch()))
        return fail(error);
    return {};
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tickets = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (const QString error = generate(path, tickets); !error.isEmpty()) {
        out << "generating failed: " << error << '\n';
        return 1;
    }
    out << tickets << " tickets generated and evaluated in " << timer.elapsed() << " ms\n";
    Storage::Database db;
    if (Storage::StorageError e = db.open(path, Storage::Database::Access::ReadOnly)) {
        out << e.toString() << '\n';
        return 1;
    }
    const QDateTime now(s_today, QTime(12, 0), Qt::UTC);
    QVector<double> read;
    QVector<double> total;
    // CPU time too: on a shared machine the wall clock also counts the time other processes ran.
    QVector<double> readCpu;
    QVector<double> totalCpu;
    Models::ReviewPack pack;
    int pages = 0;
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const std::clock_t cpu = std::clock();
        if (Models::ReviewPackLoader::Error e = Models::ReviewPackLoader(db).load(
                QStringLiteral("ATLAS"), QStringLiteral("2026-Q3"), now, &pack)) {
            out << e.message(QStringLiteral("ATLAS"), QStringLiteral("2026-Q3")) << '\n';
            return 1;
        }
        read.append(timer.nsecsElapsed() / 1e6);
        readCpu.append(1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
        QString reason;
        if (!Gui::ReviewPackRenderer::writePdf(pack, pdf, &reason, &pages)) {
            out << reason << '\n';
            return 1;
        }
        total.append(timer.nsecsElapsed() / 1e6);
        totalCpu.append(1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
    }
    out << "2026-Q3 of ATLAS: " << pack.current.opened << " tickets opened, " << pack.breachCount
        << " breaches, " << pages << " pages, " << QFileInfo(pdf).size() / 1024 << " KiB\n";
    out << "read the numbers:           median " << QString::number(median(read), 'f', 0) << " ms wall, "
        << QString::number(median(readCpu), 'f', 0) << " ms CPU, of " << runs << " runs\n";
    out << "read and render the PDF:    median " << QString::number(median(total), 'f', 0) << " ms wall, "
        << QString::number(median(totalCpu), 'f', 0) << " ms CPU (target < 2000 ms)\n";
    return 0;
}

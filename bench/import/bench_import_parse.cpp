// Parses an export twice: CsvReader alone, then CsvReader + a source (dates, mappings, history,
// checks), and prints rows/s, MB/s, CPU seconds and peak memory. With SOURCE=servicenow on a list
// export the second pass is what an import reads before it stores anything (the Importer's key
// pass and the parse): the reference a re-import's cost is measured against.
//   bench_import_parse FILE.csv [ZONE=Europe/Stockholm] [SOURCE=servicenow-events]
#include "models/exchange/csv/csvreader.h"
#include "models/exchange/sources/importer.h"
#include "models/exchange/sources/importsources.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

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

/// CPU seconds (user + sys) this process has used so far: the figure to compare on a shared machine.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void report(const char *what, qint64 rows, qint64 bytes, qint64 ms, double cpu)
{
    const double s = qMax<qint64>(ms, 1) / 1000.0;
    std::printf("%-28s %10lld rows %8.2f s (%.2f s CPU) %12.0f rows/s %8.1f MB/s  peak RSS %ld KiB\n", what,
                static_cast<long long>(rows), s, cpu, rows / s, bytes / s / 1e6, peakRssKiB());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import_parse FILE.csv [ZONE]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QByteArray zone = argc > 2 ? QByteArray(argv[2]) : QByteArray("Europe/Stockholm");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    const qint64 bytes = file.size();
    std::printf("file %s, %.1f MB, zone %s\n", argv[1], bytes / 1e6, zone.constData());

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    Exchange::CsvReader reader(&file, path);
    qint64 rows = 0;
    if (reader.readHeader()) {
        Exchange::CsvRow row;
        while (reader.next(&row))
            ++rows;
    }
    if (reader.hasError())
        std::printf("error: %s\n", qPrintable(reader.error().toString()));
    report("CsvReader only", rows, bytes, timer.elapsed(), cpuSeconds() - cpu);

    Exchange::ImportSettings settings;
    settings.zone = QTimeZone(zone);
    const QString sourceId = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("servicenow-events");
    const auto source = Exchange::ImportSources::create(sourceId, settings);
    if (!source) {
        std::fprintf(stderr, "unknown source %s\n", argv[3]);
        return 2;
    }
    Exchange::Importer importer(source.get());
    qint64 statusChanges = 0;
    qint64 minutes = 0;
    importer.setChunkHandler([&](Exchange::ImportBatch &chunk) {
        for (const Domain::Ticket &t : std::as_const(chunk.tickets))
            statusChanges += t.history.size();
        for (const Domain::Worklog &w : std::as_const(chunk.worklogs))
            minutes += w.minutes();
        return true;
    });
    timer.restart();
    cpu = cpuSeconds();
    const Exchange::ImportBatch batch = importer.runFile(path);
    report(qPrintable(QStringLiteral("CsvReader + ") + sourceId), batch.rowsRead, bytes, timer.elapsed(),
           cpuSeconds() - cpu);
    std::printf(
        "tickets %lld, status changes %lld, worklogs %lld (%lld h), rejected %lld, warnings %lld%s\n",
        static_cast<long long>(batch.ticketCount), static_cast<long long>(statusChanges),
        static_cast<long long>(batch.worklogCount), static_cast<long long>(minutes / 60),
        static_cast<long long>(batch.rejectedCount), static_cast<long long>(batch.warningCount),
        batch.fileError.isNull() ? "" : qPrintable(QStringLiteral(", error: ") + batch.fileError.toString()));
    return batch.isClean() ? 0 : 1;
}

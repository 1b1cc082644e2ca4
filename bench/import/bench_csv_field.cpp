// CsvReader on one very long quoted field (the 50 MiB case): time and peak memory of
// reading it with the cap raised, and of refusing it at the default 1 Mi-character cap.
//
//   bench_csv_field [MiB=50]
//
// Before records were resumed across 256 KiB blocks, every block rescanned the record from its
// start: 50 MiB took 47 s and 441 MB. Linear now.
#include "models/exchange/csv/csvreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void readOnce(QByteArray *file, qsizetype cap, QTextStream &out, const char *label)
{
    QBuffer device(file);
    device.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    Exchange::CsvReader reader(&device, QStringLiteral("long-field.csv"));
    reader.setMaxFieldSize(cap);
    qsizetype longest = 0;
    if (reader.readHeader()) {
        Exchange::CsvRow row;
        while (reader.next(&row)) {
            for (const QString &field : std::as_const(row.fields))
                longest = qMax(longest, field.size());
        }
    }
    out << label << ": " << timer.elapsed() << " ms, longest field " << longest << " characters, "
        << (reader.hasError() ? QStringLiteral("refused: ") + reader.error().toString()
                              : QStringLiteral("read"))
        << ", peak RSS " << peakKiB() / 1024 << " MiB\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    const int mib = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    QByteArray file = "id,description,hours\n1,\"";
    const qsizetype size = qsizetype(mib) * 1024 * 1024;
    file.reserve(size + 64);
    for (qsizetype i = 0; i < size; ++i)
        file.append(i % 97 == 96 ? '\n' : char('a' + i % 26));
    file += "\",2\n2,short,3\n";
    QTextStream out(stdout);
    out << "one quoted field of " << mib << " MiB (input " << file.size() / 1024 / 1024
        << " MiB, peak RSS so far " << peakKiB() / 1024 << " MiB)\n";
    readOnce(&file, Exchange::CsvReader::s_defaultMaxFieldSize, out, "default cap (1 Mi characters)");
    readOnce(&file, size + 1, out, "cap raised above the field");
    return 0;
}

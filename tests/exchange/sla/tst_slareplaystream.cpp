#include "models/exchange/sla/slareplaystream.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/exchange/calendar/calendarfile.h"
#include "models/exchange/isoinstant.h"
#include "models/exchange/sla/policyfile.h"
#include "models/exchange/sla/slareplay.h"
#include "tests/exchange/pipedevice.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using Exchange::ExchangeError;
using Exchange::SlaReplay;
using Exchange::SlaReplayStream;
using Outcome = SlaReplayStream::Outcome;

namespace {

struct Replay
{
    bool ok = false;
    QByteArray out;
    ExchangeError error;
    QVector<ExchangeError> problems;
};

Domain::BusinessCalendar calendar()
{
    ExchangeError error;
    const auto c =
        Exchange::CalendarFile::read(QStringLiteral(DD_TEST_DATA_DIR "/sla/replay/calendar.json"), &error);
    return c.value_or(Domain::BusinessCalendar());
}

Domain::SlaPolicyHistory policy()
{
    ExchangeError error;
    const auto p = Exchange::PolicyFile::read(QStringLiteral(DD_TEST_DATA_DIR "/sla/policy.json"), &error);
    return p.value_or(Domain::SlaPolicyHistory());
}

qint64 replayNow()
{
    return *Exchange::parseIsoInstant(QStringLiteral("2026-03-20T12:00:00Z"));
}

/// SlaReplay on in-memory files: seekable (read as bytes when they are plain UTF-8) or as a pipe.
Replay replay(const QByteArray &tickets, const QByteArray *history, bool pipe)
{
    Replay r;
    QByteArray ticketBytes = tickets, historyBytes = history ? *history : QByteArray();
    std::unique_ptr<QIODevice> ticketsDevice, historyDevice;
    if (pipe) {
        ticketsDevice = std::make_unique<ExchangeTest::PipeDevice>(ticketBytes);
        historyDevice = std::make_unique<ExchangeTest::PipeDevice>(historyBytes);
    } else {
        ticketsDevice = std::make_unique<QBuffer>(&ticketBytes);
        historyDevice = std::make_unique<QBuffer>(&historyBytes);
    }
    ticketsDevice->open(QIODevice::ReadOnly);
    historyDevice->open(QIODevice::ReadOnly);
    QBuffer out(&r.out);
    out.open(QIODevice::WriteOnly);
    r.ok = SlaReplay::run(calendar(), policy(), ticketsDevice.get(), QStringLiteral("tickets.csv"),
                          history ? historyDevice.get() : nullptr, QStringLiteral("history.csv"), replayNow(),
                          &out, &r.error, [&r](const ExchangeError &e) { r.problems.append(e); });
    return r;
}

/// What SlaReplayStream alone makes of the files.
Outcome streamOutcome(const QByteArray &tickets, const QByteArray &history)
{
    QByteArray ticketBytes = tickets, historyBytes = history, out;
    QBuffer ticketsDevice(&ticketBytes), historyDevice(&historyBytes), outDevice(&out);
    ticketsDevice.open(QIODevice::ReadOnly);
    historyDevice.open(QIODevice::ReadOnly);
    outDevice.open(QIODevice::WriteOnly);
    const Domain::BusinessCalendar c = calendar();
    const Domain::SlaPolicyHistory p = policy();
    const Domain::SlaPolicyEvaluator evaluator(p, c);
    ExchangeError error;
    return SlaReplayStream::run(evaluator, &ticketsDevice, QStringLiteral("tickets.csv"), &historyDevice,
                                QStringLiteral("history.csv"), replayNow(), &outDevice, &error, nullptr);
}

/// Files of `count` tickets in the shapes users bring: keys with a comma, a quote, UTF-8 or
/// surrounded by spaces (also U+00A0) or starting with U+FEFF, severities as "P1" and "3 - Moderate",
/// instants with offsets, fractions and a space for the T, tickets without history and changes of keys no
/// ticket has (unless `otherKeys` is false). `lineEnd` ends every line.
struct ReplayFiles
{
    QByteArray tickets;
    QByteArray history;
};

ReplayFiles generate(int count, const QByteArray &lineEnd, quint32 seed, bool otherKeys = true)
{
    QRandomGenerator random(seed);
    static const char *const severities[] = {"1", "2", "3", "4", "P1", "3 - Moderate", " 2 ", "5"};
    static const char *const statuses[] = {
        "New",    "Active", "Awaiting Vendor",     "Waiting for customer", "Resolved", "V\xC3\xA4ntar",
        "Closed", "",       "\xEF\xBB\xBFResolved"};
    ReplayFiles f{"key,severity,created,first_response,resolved" + lineEnd,
                  "key,at,status,severity" + lineEnd};
    const qint64 start = *Exchange::parseIsoInstant(QStringLiteral("2026-03-02T06:00:00Z"));
    const auto instant = [&](qint64 t) -> QByteArray {
        switch (random.bounded(4)) {
        case 0:
            return Exchange::formatIsoInstantUtc(t).toUtf8();
        case 1: // +01:00
            return Exchange::formatIsoInstantUtc(t + 3600).left(19).toUtf8() + "+01:00";
        case 2:
            return Exchange::formatIsoInstantUtc(t).left(19).replace(10, 1, QLatin1Char(' ')).toUtf8() +
                   ".250Z";
        default:
            return Exchange::formatIsoInstantUtc(t - 7200).left(19).toUtf8() + "-0200";
        }
    };
    for (int i = 0; i < count; ++i) {
        QByteArray key = "SUP-" + QByteArray::number(i);
        QByteArray written = key;
        switch (i % 9) {
        case 1:
            key = written = "SUP,\xC3\xB6-" + QByteArray::number(i);
            written = '"' + key + '"';
            break;
        case 2:
            key = "S\"" + QByteArray::number(i);
            written = "\"S\"\"" + QByteArray::number(i) + '"';
            break;
        case 3:
            written = "\xC2\xA0" + key + "  ";
            break;
        case 4: // U+FEFF is part of the key: no space, and QString::fromUtf8 would drop it
            written = "\xEF\xBB\xBF" + key;
            break;
        default:
            break;
        }
        const qint64 created = start + random.bounded(14 * 86400);
        const qint64 response = created + random.bounded(8 * 3600);
        const qint64 resolved = response + random.bounded(3 * 86400);
        f.tickets += written + ',' + severities[random.bounded(int(std::size(severities)))] + ',' +
                     (i % 17 == 5 ? QByteArray() : instant(created)) + ',' +
                     (i % 5 == 0 ? QByteArray() : instant(response)) + ',' +
                     (i % 3 == 0 ? QByteArray() : instant(resolved)) + lineEnd;
        if (otherKeys && i % 7 == 3) // changes of a key no ticket has
            f.history += "GONE-" + QByteArray::number(i) + ',' + instant(created) + ",Active," + lineEnd;
        const int changes = i % 11 == 4 ? 0 : random.bounded(6);
        for (int c = 0; c < changes; ++c)
            f.history += written + ',' + instant(created + c * 1800 + random.bounded(900)) + ",\"" +
                         statuses[random.bounded(int(std::size(statuses)))] + "\"," +
                         (c == 1 ? QByteArray("P2") : QByteArray()) + lineEnd;
    }
    return f;
}

/// The data lines of a file in another order (the header stays first).
QByteArray shuffled(const QByteArray &file, quint32 seed)
{
    QList<QByteArray> lines = file.split('\n');
    lines.removeLast(); // after the last line end
    QRandomGenerator random(seed);
    for (qsizetype i = lines.size() - 1; i > 1; --i)
        lines.swapItemsAt(i, 1 + random.bounded(int(i)));
    return lines.join('\n') + '\n';
}

void compareWithPipe(const QByteArray &tickets, const QByteArray *history)
{
    const Replay fast = replay(tickets, history, false);
    const Replay reference = replay(tickets, history, true);
    QVERIFY2(reference.ok, qPrintable(reference.error.toString()));
    QVERIFY2(fast.ok, qPrintable(fast.error.toString()));
    QCOMPARE(fast.out.size(), reference.out.size());
    QCOMPARE(fast.out, reference.out);
    QCOMPARE(fast.problems, reference.problems);
}

} // namespace

class TestSlaReplayStream : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteWhatTheJoinInMemoryWrites_data();
    void shouldWriteWhatTheJoinInMemoryWrites();
    void shouldLeaveUngroupedHistoryAndOtherEncodingsToSlaReplay();
    void shouldReplayWithoutHistoryAndWithAnEmptyOne();
    void shouldRefuseBadInputAsCsvReaderDoes_data();
    void shouldRefuseBadInputAsCsvReaderDoes();
};

void TestSlaReplayStream::shouldWriteWhatTheJoinInMemoryWrites_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("otherKeys");
    QTest::newRow("LF") << QByteArray("\n") << QByteArray() << 400 << true;
    QTest::newRow("CRLF and BOM") << QByteArray("\r\n") << QByteArray("\xEF\xBB\xBF") << 400 << true;
    // More than one 512 KiB block of each file (records cut by a block's end), and more tickets
    // than the first key table holds (49,152).
    QTest::newRow("several blocks") << QByteArray("\n") << QByteArray() << 60000 << true;
    // Every change's key is a ticket's: the history is checked by reading the tickets along it,
    // with no table of keys; 60,000 keys make the duplicate check's filter name suspects that a
    // second look clears.
    QTest::newRow("no keys of other tickets") << QByteArray("\n") << QByteArray() << 400 << false;
    QTest::newRow("no keys of other tickets, several blocks")
        << QByteArray("\r\n") << QByteArray() << 60000 << false;
}

void TestSlaReplayStream::shouldWriteWhatTheJoinInMemoryWrites()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(QByteArray, bom);
    QFETCH(int, count);
    QFETCH(bool, otherKeys);
    const ReplayFiles f = generate(count, lineEnd, 7, otherKeys);
    const QByteArray tickets = bom + f.tickets;
    const QByteArray history = bom + f.history;
    QCOMPARE(streamOutcome(tickets, history), Outcome::Written);
    compareWithPipe(tickets, &history);
    QVERIFY(replay(tickets, &history, false).out.count('\n') == count + 1);
}

void TestSlaReplayStream::shouldLeaveUngroupedHistoryAndOtherEncodingsToSlaReplay()
{
    const ReplayFiles f = generate(300, "\n", 11);
    const QByteArray mixed = shuffled(f.history, 3);
    QCOMPARE(streamOutcome(f.tickets, mixed), Outcome::NotGrouped);
    compareWithPipe(f.tickets, &mixed);
    // Only keys of tickets, out of order: the walk along the tickets fails, the table decides.
    const ReplayFiles own = generate(300, "\n", 12, false);
    const QByteArray ownMixed = shuffled(own.history, 4);
    QCOMPARE(streamOutcome(own.tickets, ownMixed), Outcome::NotGrouped);
    compareWithPipe(own.tickets, &ownMixed);

    // Windows-1252 (é as one byte): read by CsvReader, still streamed in the tickets' order.
    const QByteArray tickets = "key,severity,created,first_response,resolved\n"
                               "caf\xE9-1,2,2026-03-02T08:00:00Z,,\n"
                               "caf\xE9-2,3,2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,\n";
    const QByteArray history = "key,at,status\ncaf\xE9-2,2026-03-02T09:30:00Z,Awaiting Vendor\n";
    QCOMPARE(streamOutcome(tickets, history), Outcome::Unsupported);
    compareWithPipe(tickets, &history);
}

void TestSlaReplayStream::shouldReplayWithoutHistoryAndWithAnEmptyOne()
{
    const ReplayFiles f = generate(50, "\n", 5);
    compareWithPipe(f.tickets, nullptr);
    const QByteArray headerOnly = "key,at,status\n";
    QCOMPARE(streamOutcome(f.tickets, headerOnly), Outcome::Written);
    compareWithPipe(f.tickets, &headerOnly);
}

void TestSlaReplayStream::shouldRefuseBadInputAsCsvReaderDoes_data()
{
    QTest::addColumn<QByteArray>("tickets");
    QTest::addColumn<QByteArray>("history");
    const QByteArray header = "key,severity,created,first_response,resolved\n";
    const QByteArray good = "A,2,2026-03-02T08:00:00Z,,\n";
    const QByteArray historyHeader = "key,at,status\n";
    const QByteArray goodHistory = historyHeader + "A,2026-03-02T08:00:00Z,New\n";
    QTest::newRow("instant without offset") << header + good + "B,2,2026-03-02 09:00,," << goodHistory;
    QTest::newRow("impossible date") << header + "B,2,2026-03-02T08:00:00Z,,2026-02-30T10:00:00Z\n"
                                     << goodHistory;
    QTest::newRow("non-ASCII value") << header + "B,2,2026-03-02T08:00:00Z,n\xC3\xA4r,\n" << goodHistory;
    QTest::newRow("missing column") << QByteArray("key,severity,created,first_response\nA,2,,\n")
                                    << goodHistory;
    QTest::newRow("severity as a word") << header + "A,high,2026-03-02T08:00:00Z,," << goodHistory;
    QTest::newRow("duplicate key after a quoted line break")
        << header + "\"X\ny\",2,,,\n" + good + "\"X\ny\",2,,,\n"
        << goodHistory;
    QTest::newRow("duplicate key written another way") << header + good + "\" A\",2,,,\n" << goodHistory;
    QByteArray many = header;
    for (int i = 0; i < 60000; ++i)
        many += "T-" + QByteArray::number(i) + ",2,,,\n";
    QTest::newRow("duplicate key after the table grew") << many + "T-7,2,,,\n" << goodHistory;
    // The history in the tickets' order: no table, the filter's suspects settle it.
    const QByteArray orderedHistory =
        historyHeader + "T-3,2026-03-02T08:00:00Z,New\n" +
        "T-59990,2026-03-02T08:00:00Z,New\nT-59990,2026-03-02T09:00:00Z,Closed\n";
    QTest::newRow("duplicate key far apart, history in order") << many + "T-7,2,,,\n" << orderedHistory;
    QTest::newRow("duplicate key next to its twin, history in order") << many + "T-59999,2,,,\n"
                                                                      << orderedHistory;
    QTest::newRow("duplicate key, no history after the first")
        << header + "T-1,2,,,\nT-2,2,,,\nT-1,2,,,\n"
        << historyHeader + "T-1,2026-03-02T08:00:00Z,New\n";
    QTest::newRow("U+FEFF before an instant") << header + "B,2,\xEF\xBB\xBF"
                                                          "2026-03-02T08:00:00Z,,"
                                              << goodHistory;
    QTest::newRow("U+FEFF before a severity") << header + "B,\xEF\xBB\xBF"
                                                          "2,,,"
                                              << goodHistory;
    QTest::newRow("empty key") << header + "\xC2\xA0,2,2026-03-02T08:00:00Z,," << goodHistory;
    QTest::newRow("history instant") << header + good << historyHeader + "A,yesterday,Active\n";
    QTest::newRow("history without instant") << header + good << historyHeader + "A,,Active\n";
    QTest::newRow("history severity")
        << header + good << QByteArray("key,at,status,severity\nA,2026-03-02T08:00:00Z,New,x\n");
    QTest::newRow("history missing status column")
        << header + good << QByteArray("key,at\nA,2026-03-02T08:00:00Z\n");
    QTest::newRow("both files wrong: the history's error") << header + "A,high,,,\n"
                                                           << historyHeader + "A,,Active\n";
    QTest::newRow("tickets wrong, history left to CsvReader")
        << header + "A,high,,,\n"
        << historyHeader + "caf\xE9,2026-03-02T08:00:00Z,Active\n";
    QTest::newRow("tickets wrong before a control character") << header + "A,high,,,\nB,\x01,,,\n"
                                                              << goodHistory;
}

void TestSlaReplayStream::shouldRefuseBadInputAsCsvReaderDoes()
{
    QFETCH(QByteArray, tickets);
    QFETCH(QByteArray, history);
    const Replay fast = replay(tickets, &history, false);
    const Replay reference = replay(tickets, &history, true);
    QVERIFY(!reference.ok);
    QVERIFY(!fast.ok);
    QCOMPARE(fast.error.toString(), reference.error.toString());
    QCOMPARE(fast.error, reference.error);
    QVERIFY2(fast.out.isEmpty(), "nothing may be written when the input is wrong");
}

QTEST_GUILESS_MAIN(TestSlaReplayStream)
#include "tst_slareplaystream.moc"

#include "models/exchange/sla/slareplay.h"

#include "models/exchange/isoinstant.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace Domain;
using Exchange::ExchangeError;
using Exchange::SlaReplay;

namespace {
QString dataPath(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/sla/replay/") + QLatin1String(name);
}

qint64 replayNow()
{
    return *Exchange::parseIsoInstant(QStringLiteral("2026-03-10T12:00:00Z"));
}

QStringList linesOf(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

BusinessCalendar officeCalendar()
{
    BusinessCalendar c;
    c.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 17 * 60}});
    return c;
}

SlaPolicyHistory simplePolicy()
{
    SlaPolicy p;
    p.effectiveFrom = QDate(2026, 1, 1);
    for (int s = 1; s <= 4; ++s)
        p.target(s) = {60, 480, false, false, 0.75, 95.0};
    SlaPolicyHistory h;
    h.addVersion(p);
    return h;
}

/// Runs the replay on in-memory files; `history` null means no history file.
bool replay(const QByteArray &tickets, const QByteArray *history, QByteArray *out, ExchangeError *error)
{
    QBuffer ticketsDevice, historyDevice, outDevice(out);
    ticketsDevice.setData(tickets);
    ticketsDevice.open(QIODevice::ReadOnly);
    if (history) {
        historyDevice.setData(*history);
        historyDevice.open(QIODevice::ReadOnly);
    }
    outDevice.open(QIODevice::WriteOnly);
    return SlaReplay::run(officeCalendar(), simplePolicy(), &ticketsDevice, QStringLiteral("tickets.csv"),
                          history ? &historyDevice : nullptr, QStringLiteral("history.csv"), replayNow(),
                          &outDevice, error);
}

const QByteArray s_header = "key,severity,created,first_response,resolved\n";
} // namespace

class TestSlaReplay : public QObject
{
    Q_OBJECT

private slots:
    void shouldReplayTheExampleFilesEndToEnd();
    void shouldEvaluateWithoutHistory();
    void shouldAcceptColumnsInAnyOrderAndSeverityChangesInHistory();
    void shouldRefuseBadInputNamingFileLineAndColumn_data();
    void shouldRefuseBadInputNamingFileLineAndColumn();
    void shouldNameAMissingFile();
    void shouldExplainOneTicketFromTheFiles();
};

void TestSlaReplay::shouldReplayTheExampleFilesEndToEnd()
{
    QByteArray out;
    QBuffer device(&out);
    device.open(QIODevice::WriteOnly);
    ExchangeError error;
    QVector<ExchangeError> problems;
    QVERIFY2(SlaReplay::run(dataPath("calendar.json"), QStringLiteral(DD_TEST_DATA_DIR "/sla/policy.json"),
                            dataPath("tickets.csv"), dataPath("history.csv"), replayNow(), &device, &error,
                            [&problems](const ExchangeError &e) { problems.append(e); }),
             qPrintable(error.toString()));
    // The rows with data problems are reported with their line, for stderr.
    const QVector<ExchangeError> expectedProblems = {
        {dataPath("tickets.csv"), 6, 0,
         QStringLiteral("SUP-5: the first response lies before the creation; the response is not measured")},
        {dataPath("tickets.csv"), 7, 0, QStringLiteral("SUP,6: the ticket has no creation time")},
    };
    QCOMPARE(problems, expectedProblems);
    QFile expected(dataPath("expected.csv"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(linesOf(out), linesOf(expected.readAll()));
    QCOMPARE(linesOf(out).constFirst(), SlaReplay::columns().join(QLatin1Char(',')));
}

void TestSlaReplay::shouldEvaluateWithoutHistory()
{
    QByteArray out;
    ExchangeError error;
    QVERIFY2(
        replay(s_header +
                   "SUP-2,2,2026-03-06T15:00:00+01:00,2026-03-06T15:30:00+01:00,2026-03-09T12:00:00+01:00\n"
                   "SUP-3,5,2026-03-06T15:00:00+01:00,,\n"
                   "SUP-4,1,2026-03-11T15:00:00+01:00,,\n",
               nullptr, &out, &error),
        qPrintable(error.toString()));
    // Severity 5 and creation after `now` are data problems of the row, not file errors.
    QCOMPARE(linesOf(out).value(2), QStringLiteral("SUP-3,5,2026-03-06T14:00:00Z,,,,,,,,,,invalid"));
    QCOMPARE(linesOf(out).value(3), QStringLiteral("SUP-4,1,2026-03-11T14:00:00Z,,,,,,,,,,invalid"));
    // Fri 15–17 and Mon 08–12: six business hours, no pause, 8 h target.
    QCOMPARE(
        linesOf(out).value(1),
        QStringLiteral("SUP-2,2,2026-03-06T14:00:00Z,2026-03-06T15:00:00Z,2026-03-06T14:30:00Z,1800,true,"
                       "2026-03-09T13:00:00Z,2026-03-09T11:00:00Z,21600,0,true,met"));
}

void TestSlaReplay::shouldAcceptColumnsInAnyOrderAndSeverityChangesInHistory()
{
    const QByteArray tickets =
        "resolved;created;key;first_response;severity;title\n"
        "2026-03-02T10:00:00Z;2026-03-02T08:00:00Z;A-1;2026-03-02T08:30:00Z;P1;Checkout down\n";
    const QByteArray history = "at;severity;key;status\n"
                               "2026-03-02T08:00:00Z;3;A-1;New\n"
                               "2026-03-02T09:00:00Z;1;A-1;In progress\n";
    QByteArray out;
    ExchangeError error;
    QVERIFY2(replay(tickets, &history, &out, &error), qPrintable(error.toString()));
    QCOMPARE(linesOf(out).value(1),
             QStringLiteral("A-1,1,2026-03-02T08:00:00Z,2026-03-02T09:00:00Z,2026-03-02T08:30:00Z,1800,true,"
                            "2026-03-02T16:00:00Z,2026-03-02T10:00:00Z,7200,0,true,met"));
}

void TestSlaReplay::shouldRefuseBadInputNamingFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("tickets");
    QTest::addColumn<QByteArray>("history");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    const QByteArray good = "A,2,2026-03-02T08:00:00Z,,\n";
    const QByteArray historyHeader = "key,at,status\n";
    QTest::newRow("instant without offset")
        << s_header + good + "B,2,2026-03-02 09:00,," << QByteArray() << QStringLiteral("tickets.csv")
        << qint64(3) << 3
        << QStringLiteral("created \"2026-03-02 09:00\" is not an ISO-8601 instant with an offset, e.g. "
                          "2026-03-02T09:00:00+01:00");
    QTest::newRow("impossible resolved date")
        << s_header + "B,2,2026-03-02T08:00:00Z,,2026-02-30T10:00:00Z\n"
        << QByteArray() << QStringLiteral("tickets.csv") << qint64(2) << 5
        << QStringLiteral("resolved \"2026-02-30T10:00:00Z\" is not an ISO-8601 instant with an offset, e.g. "
                          "2026-03-02T09:00:00+01:00");
    QTest::newRow("missing column") << QByteArray("key,severity,created,first_response\nA,2,,\n")
                                    << QByteArray() << QStringLiteral("tickets.csv") << qint64(1) << 0
                                    << QStringLiteral("missing column \"resolved\" (expected "
                                                      "key,severity,created,first_response,resolved)");
    QTest::newRow("severity as a word")
        << s_header + "A,high,2026-03-02T08:00:00Z,," << QByteArray() << QStringLiteral("tickets.csv")
        << qint64(2) << 2 << QStringLiteral("severity \"high\" is not a number 1–4");
    QTest::newRow("duplicate key") << s_header + good + good << QByteArray() << QStringLiteral("tickets.csv")
                                   << qint64(3) << 1
                                   << QStringLiteral("ticket \"A\" already appears on line 2");
    QTest::newRow("empty key") << s_header + ",2,2026-03-02T08:00:00Z,," << QByteArray()
                               << QStringLiteral("tickets.csv") << qint64(2) << 1
                               << QStringLiteral("the key is empty");
    QTest::newRow("history instant") << s_header + good << historyHeader + "A,yesterday,Active\n"
                                     << QStringLiteral("history.csv") << qint64(2) << 2
                                     << QStringLiteral(
                                            "at \"yesterday\" is not an ISO-8601 instant with an offset, "
                                            "e.g. 2026-03-02T09:00:00+01:00");
    QTest::newRow("history without instant") << s_header + good << historyHeader + "A,,Active\n"
                                             << QStringLiteral("history.csv") << qint64(2) << 2
                                             << QStringLiteral("the instant of the status change is empty");
    QTest::newRow("history missing status column")
        << s_header + good << QByteArray("key,at\nA,2026-03-02T08:00:00Z\n") << QStringLiteral("history.csv")
        << qint64(1) << 0 << QStringLiteral("missing column \"status\" (expected key,at,status)");
}

void TestSlaReplay::shouldRefuseBadInputNamingFileLineAndColumn()
{
    QFETCH(QByteArray, tickets);
    QFETCH(QByteArray, history);
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    QByteArray out;
    ExchangeError error;
    QVERIFY(!replay(tickets, history.isEmpty() ? nullptr : &history, &out, &error));
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.file, file);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(out.isEmpty(), "nothing may be written when the input is wrong");
}

void TestSlaReplay::shouldNameAMissingFile()
{
    QByteArray out;
    QBuffer device(&out);
    device.open(QIODevice::WriteOnly);
    ExchangeError error;
    QVERIFY(!SlaReplay::run(dataPath("calendar.json"), QStringLiteral(DD_TEST_DATA_DIR "/sla/policy.json"),
                            dataPath("no-such-tickets.csv"), QString(), replayNow(), &device, &error));
    QCOMPARE(error.file, dataPath("no-such-tickets.csv"));
    QVERIFY(out.isEmpty());
}

void TestSlaReplay::shouldExplainOneTicketFromTheFiles()
{
    const QString policy = QStringLiteral(DD_TEST_DATA_DIR "/sla/policy.json");
    ExchangeError error;
    const auto e = SlaReplay::explain(dataPath("calendar.json"), policy, dataPath("tickets.csv"),
                                      dataPath("history.csv"), QStringLiteral("SUP-2"), replayNow(), &error);
    QVERIFY2(e, qPrintable(error.toString()));
    QCOMPARE(e->ticketKey, QStringLiteral("SUP-2"));
    QCOMPARE(e->result.state, SlaState::Met);
    QCOMPARE(e->result.pausedSeconds, qint64(10800));
    QVector<QPair<SlaEventKind, QString>> pauses;
    for (const SlaEvent &ev : e->events) {
        if (ev.kind == SlaEventKind::Paused || ev.kind == SlaEventKind::Resumed)
            pauses.append({ev.kind, Exchange::formatIsoInstantUtc(ev.at)});
    }
    const QVector<QPair<SlaEventKind, QString>> expected = {
        {SlaEventKind::Paused, QStringLiteral("2026-03-06T15:00:00Z")},
        {SlaEventKind::Resumed, QStringLiteral("2026-03-09T09:00:00Z")}};
    QCOMPARE(pauses, expected);

    QVERIFY(!SlaReplay::explain(dataPath("calendar.json"), policy, dataPath("tickets.csv"),
                                dataPath("history.csv"), QStringLiteral("SUP-99"), replayNow(), &error));
    QCOMPARE(error.reason, QStringLiteral("no ticket \"SUP-99\" in the tickets file"));
    QCOMPARE(error.file, dataPath("tickets.csv"));
}

QTEST_GUILESS_MAIN(TestSlaReplay)
#include "tst_slareplay.moc"

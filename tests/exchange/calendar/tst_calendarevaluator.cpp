#include "models/exchange/calendar/calendarevaluator.h"
#include "models/exchange/calendar/calendarfile.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using Domain::BusinessCalendar;
using Exchange::CalendarEvaluator;
using Exchange::CalendarFile;

namespace {

/// Monday-Friday 08:00-17:00 in Europe/Stockholm, the calendar of the issue's examples.
BusinessCalendar issueCalendar()
{
    Exchange::ExchangeError error;
    const auto calendar =
        CalendarFile::read(QStringLiteral(DD_TEST_DATA_DIR "/calendar/mon-fri-stockholm.json"), &error);
    if (!calendar)
        qFatal("%s", qPrintable(error.toString()));
    return *calendar;
}

QList<QByteArray> runLines(const CalendarEvaluator &evaluator, const QByteArray &input, bool *allOk)
{
    QByteArray in = input;
    QBuffer inBuffer(&in);
    inBuffer.open(QIODevice::ReadOnly);
    QByteArray out;
    QBuffer outBuffer(&out);
    outBuffer.open(QIODevice::WriteOnly);
    *allOk = evaluator.run(&inBuffer, &outBuffer);
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCalendarEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void shouldAnswerTheIssueExamplesInOrder();
    void shouldAnswerEachLine_data();
    void shouldAnswerEachLine();
    void shouldSucceedWhenEveryLineSucceeds();
    void shouldAnswerNullWhenNeverReached();
};

void TestCalendarEvaluator::shouldAnswerTheIssueExamplesInOrder()
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/calendar/eval-issue-examples.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool allOk = true;
    const QList<QByteArray> lines = runLines(CalendarEvaluator(issueCalendar()), file.readAll(), &allOk);
    const QList<QByteArray> expected{
        R"({"seconds":7200})",
        R"({"instant":"2026-03-30T13:00:00Z"})",
        R"({"instant":"2026-03-30T06:50:00Z"})",
        R"({"working":true})",
        R"({"error":"start: \"yesterday\" is not an ISO-8601 instant with an offset or Z"})",
        R"({"instant":"2026-03-30T06:00:00Z"})",
    };
    QCOMPARE(lines, expected);
    QVERIFY(!allOk); // one bad line makes the run fail
}

void TestCalendarEvaluator::shouldAnswerEachLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    auto row = [](const char *name, const char *line, const char *answer, bool ok) {
        QTest::newRow(name) << QByteArray(line) << QByteArray(answer) << ok;
    };
    row("subtract with end", R"({"op":"subtract","end":"2026-03-30T09:00:00+02:00","seconds":7200})",
        R"({"instant":"2026-03-27T15:00:00Z"})", true);
    row("elapsed reversed is zero",
        R"({"op":"elapsed","start":"2026-03-30T09:00:00+02:00","end":"2026-03-27T16:00:00+01:00"})",
        R"({"seconds":0})", true);
    row("add zero keeps start", R"({"op":"add","start":"2026-03-28T10:00:00Z","seconds":0})",
        R"({"instant":"2026-03-28T10:00:00Z"})", true);
    row("not working on Saturday", R"({"op":"is_working","at":"2026-03-28T10:00:00+01:00"})",
        R"({"working":false})", true);
    row("next closing", R"({"op":"next_closing","at":"2026-03-30T10:00:00+02:00"})",
        R"({"instant":"2026-03-30T15:00:00Z"})", true);
    row("not JSON", "op=add", R"({"error":"not valid JSON: illegal value"})", false);
    row("JSON array", "[1,2]", R"({"error":"not a JSON object"})", false);
    row("missing seconds", R"({"op":"add","start":"2026-03-30T09:00:00Z"})",
        R"({"error":"\"seconds\" is missing"})", false);
    row("missing start and end names start first", R"({"op":"elapsed"})",
        R"({"error":"\"start\" is missing"})", false);
    row("unknown op", R"({"op":"multiply","start":"2026-03-30T09:00:00Z"})",
        R"({"error":"op: \"multiply\" is not one of elapsed, add, subtract, is_working, next_opening, next_closing"})",
        false);
    row("missing op", R"({"start":"2026-03-30T09:00:00Z"})", R"({"error":"\"op\" is missing"})", false);
    row("missing end", R"({"op":"elapsed","start":"2026-03-30T09:00:00Z"})",
        R"({"error":"\"end\" is missing"})", false);
    row("instant without offset", R"({"op":"is_working","at":"2026-03-30T09:00:00"})",
        R"({"error":"at: \"2026-03-30T09:00:00\" is not an ISO-8601 instant with an offset or Z"})", false);
    row("instant as number", R"({"op":"is_working","at":1774875600})",
        R"({"error":"at: 1774875600 is not an ISO-8601 instant with an offset or Z"})", false);
    row("fractional seconds", R"({"op":"add","start":"2026-03-30T09:00:00Z","seconds":1.5})",
        R"({"error":"seconds: 1.5 is not a whole number of seconds"})", false);
    row("seconds as text", R"({"op":"add","start":"2026-03-30T09:00:00Z","seconds":"60"})",
        R"({"error":"seconds: \"60\" is not a whole number of seconds"})", false);
    row("subtract with start and end",
        R"({"op":"subtract","start":"2026-03-30T09:00:00Z","end":"2026-03-30T09:00:00Z","seconds":1})",
        R"({"error":"give either \"start\" or \"end\", not both"})", false);
}

void TestCalendarEvaluator::shouldAnswerEachLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    bool lineOk = !ok;
    QCOMPARE(CalendarEvaluator(issueCalendar()).evaluateLine(line, &lineOk), answer);
    QCOMPARE(lineOk, ok);
}

void TestCalendarEvaluator::shouldSucceedWhenEveryLineSucceeds()
{
    const QByteArray input =
        "{\"op\":\"is_working\",\"at\":\"2026-03-30T09:00:00Z\"}\n"
        "\n"
        "   \n"
        "{\"op\":\"elapsed\",\"start\":\"2026-03-30T00:00:00Z\",\"end\":\"2026-04-06T00:00:00Z\"}";
    bool allOk = false;
    const QList<QByteArray> lines = runLines(CalendarEvaluator(issueCalendar()), input, &allOk);
    QCOMPARE(lines, (QList<QByteArray>{R"({"working":true})", R"({"seconds":162000})"}));
    QVERIFY(allOk);
}

void TestCalendarEvaluator::shouldAnswerNullWhenNeverReached()
{
    bool ok = false;
    const CalendarEvaluator evaluator{BusinessCalendar()};
    QCOMPARE(evaluator.evaluateLine(R"({"op":"add","start":"2026-03-30T09:00:00Z","seconds":60})", &ok),
             QByteArray(R"({"instant":null})"));
    QVERIFY(ok);
    QCOMPARE(evaluator.evaluateLine(R"({"op":"subtract","start":"2026-03-30T09:00:00Z","seconds":60})", &ok),
             QByteArray(R"({"instant":null})"));
    QCOMPARE(evaluator.evaluateLine(R"({"op":"next_opening","at":"2026-03-30T09:00:00Z"})", &ok),
             QByteArray(R"({"instant":null})"));
}

QTEST_GUILESS_MAIN(TestCalendarEvaluator)
#include "tst_calendarevaluator.moc"

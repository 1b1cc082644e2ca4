// The command framework of app/command.h: the preamble every command shares (parse, --help, usage
// errors) and the helpers handlers read their options with. The commands themselves are covered by
// the tests that run the binary (tst_cligolden and the tst_*command tests).
#include "app/command.h"
#include "app/commandline.h"

#include <QDateTime>
#include <QTest>

using namespace App;

class TestCommand : public QObject
{
    Q_OBJECT

private slots:
    void preambleAnswersHelpAndRefusesUnknownOptions();
    void argumentsFollowTheCommandWord();
    void lenientCommandsJudgeUnknownOptionsThemselves();
    void helpShowsSharedAndOwnTexts();
    void format_data();
    void format();
    void month_data();
    void month();
    void requiredMonth();
    void now();
    void findAction_data();
    void findAction();
};

namespace {

// What the handler saw: a captureless lambda can be a CommandSpec's handler, so it reports here.
int s_calls = 0;
QStringList s_arguments;
QString s_help;
std::function<int(CommandCall &)> s_body;

int handler(CommandCall &call)
{
    ++s_calls;
    s_arguments = call.arguments();
    s_help = call.parser().helpText();
    return s_body ? s_body(call) : Success;
}

CommandSpec spec(bool lenient = false)
{
    return {
        "frob",
        "TestCommand",
        "Frobnicates an engagement.",
        {CommandOption::engagement(),
         CommandOption::tableCsvJson(),
         {"month", "The month.", "YYYY-MM"},
         {"now", "As of this instant.", "INSTANT"},
         {"months", "From 1 to %1.", "N", nullptr, false, [](const QString &help) { return help.arg(12); }},
         {"force", "Replace."}},
        {CommandArgument::action("list", "list")},
        &handler,
        nullptr,
        lenient};
}

int run(const QStringList &arguments, const std::function<int(CommandCall &)> &body = {},
        bool lenient = false)
{
    s_calls = 0;
    s_arguments.clear();
    s_help.clear();
    s_body = body;
    return spec(lenient).execute(QStringList{QStringLiteral("deliverydesk"), QStringLiteral("frob")} +
                                 arguments);
}

} // namespace

void TestCommand::preambleAnswersHelpAndRefusesUnknownOptions()
{
    QCOMPARE(run({QStringLiteral("--help")}), int(Success));
    QCOMPARE(s_calls, 0);
    QCOMPARE(run({QStringLiteral("--frobble")}), int(UsageError));
    QCOMPARE(s_calls, 0);
    QCOMPARE(run({QStringLiteral("--engagement")}), int(UsageError)); // a value is missing
    QCOMPARE(s_calls, 0);
    QCOMPARE(run({QStringLiteral("list")}, [](CommandCall &) { return int(Failure); }), int(Failure));
    QCOMPARE(s_calls, 1);
}

void TestCommand::argumentsFollowTheCommandWord()
{
    QCOMPARE(run({QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"), QStringLiteral("list"),
                  QStringLiteral("x"), QStringLiteral("--force")},
                 [](CommandCall &call) {
                     return call.value(QStringLiteral("engagement")) == QLatin1String("NORDSHOP") &&
                                    call.isSet(QStringLiteral("force"))
                                ? int(Success)
                                : int(Failure);
                 }),
             int(Success));
    QCOMPARE(s_arguments, (QStringList{QStringLiteral("list"), QStringLiteral("x")}));
}

void TestCommand::lenientCommandsJudgeUnknownOptionsThemselves()
{
    QCOMPARE(run({QStringLiteral("--frobble"), QStringLiteral("list")}, {}, true), int(Success));
    QCOMPARE(s_calls, 1);
    QCOMPARE(s_arguments, QStringList{QStringLiteral("list")});
}

void TestCommand::helpShowsSharedAndOwnTexts()
{
    QCOMPARE(run({}), int(Success));
    for (const char *expected :
         {"--database <PATH>", "--demo", "--lang <LANG>", "--engagement <KEY>", "The engagement.",
          "--format <FORMAT>", "Output format: table, csv or json.", "--month <YYYY-MM>", "From 1 to 12.",
          "--force", "Replace.", "frob", "The command.", "The action.", "Frobnicates an engagement."})
        QVERIFY2(s_help.contains(QLatin1String(expected)), expected);
    QVERIFY2(!s_help.contains(QLatin1String("%1")), qPrintable(s_help));
}

void TestCommand::format_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("default") << QStringList{} << QStringLiteral("table");
    QTest::newRow("csv") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                         << QStringLiteral("csv");
    QTest::newRow("=json") << QStringList{QStringLiteral("--format=json")} << QStringLiteral("json");
    QTest::newRow("not allowed here")
        << QStringList{QStringLiteral("--format"), QStringLiteral("png")} << QString();
    QTest::newRow("case matters") << QStringList{QStringLiteral("--format"), QStringLiteral("CSV")}
                                  << QString();
}

void TestCommand::format()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    static std::optional<QString> s_format;
    s_format.reset();
    run(arguments, [](CommandCall &call) {
        s_format = call.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
        return s_format ? int(Success) : int(UsageError);
    });
    QCOMPARE(s_format.value_or(QString()), expected);
}

void TestCommand::month_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("not given") << QString() << true << QDate();
    QTest::newRow("February") << QStringLiteral("2026-02") << true << QDate(2026, 2, 1);
    QTest::newRow("December") << QStringLiteral("2026-12") << true << QDate(2026, 12, 1);
    QTest::newRow("month 13") << QStringLiteral("2026-13") << false << QDate();
    QTest::newRow("month 0") << QStringLiteral("2026-00") << false << QDate();
    QTest::newRow("one digit") << QStringLiteral("2026-2") << false << QDate();
    QTest::newRow("a day") << QStringLiteral("2026-02-01") << false << QDate();
    QTest::newRow("words") << QStringLiteral("February") << false << QDate();
}

void TestCommand::month()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QDate, expected);
    static std::optional<QDate> s_month;
    s_month.reset();
    const QStringList arguments =
        text.isNull() ? QStringList{} : QStringList{QStringLiteral("--month"), text};
    const int code = run(arguments, [](CommandCall &call) {
        s_month = call.month(QStringLiteral("month"));
        return s_month ? int(Success) : int(UsageError);
    });
    QCOMPARE(code, accepted ? int(Success) : int(UsageError));
    QCOMPARE(s_month.has_value(), accepted);
    if (accepted)
        QCOMPARE(*s_month, expected);
}

void TestCommand::requiredMonth()
{
    const auto body = [](CommandCall &call) {
        return call.requiredMonth(QStringLiteral("frob")) ? int(Success) : int(UsageError);
    };
    QCOMPARE(run({}, body), int(UsageError));
    QCOMPARE(run({QStringLiteral("--month"), QStringLiteral("2026-13")}, body), int(UsageError));
    QCOMPARE(run({QStringLiteral("--month"), QStringLiteral("2026-11")}, body), int(Success));
}

void TestCommand::now()
{
    static std::optional<qint64> s_now;
    const auto body = [](CommandCall &call) {
        s_now = call.now();
        return s_now ? int(Success) : int(UsageError);
    };
    QCOMPARE(run({QStringLiteral("--now"), QStringLiteral("2026-03-10T12:00:00Z")}, body), int(Success));
    QCOMPARE(*s_now, QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(run({QStringLiteral("--now"), QStringLiteral("2026-03-10T13:00:00+01:00")}, body), int(Success));
    QCOMPARE(*s_now, QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(run({QStringLiteral("--now"), QStringLiteral("yesterday")}, body), int(UsageError));
    QVERIFY(!s_now);
    QCOMPARE(run({QStringLiteral("--now"), QStringLiteral("2026-03-10T12:00:00")}, body),
             int(UsageError)); // no offset
    // Not given: the wall clock, read here in app/.
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(run({}, body), int(Success));
    QVERIFY(*s_now >= before && *s_now <= QDateTime::currentSecsSinceEpoch());
}

void TestCommand::findAction_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action");
    QTest::newRow("plain") << QStringList{QStringLiteral("dd"), QStringLiteral("sla"),
                                          QStringLiteral("chart")}
                           << QStringLiteral("chart");
    QTest::newRow("options between") << QStringList{QStringLiteral("dd"),           QStringLiteral("--lang"),
                                                    QStringLiteral("sv"),           QStringLiteral("sla"),
                                                    QStringLiteral("--engagement"), QStringLiteral("chart"),
                                                    QStringLiteral("compliance")}
                                     << QStringLiteral("compliance");
    QTest::newRow("none") << QStringList{QStringLiteral("dd"), QStringLiteral("sla"),
                                         QStringLiteral("--help")}
                          << QString();
    QTest::newRow("no command") << QStringList{QStringLiteral("dd"), QStringLiteral("--demo")} << QString();
}

void TestCommand::findAction()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);
    QCOMPARE(CommandLine::findAction(arguments), action);
}

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"

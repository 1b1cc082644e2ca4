// `deliverydesk budget show|set`: an engagement's budget read and changed from the command line,
// option by option, saved over the version read, and counted by `burndown` as saved; values it
// cannot read are usage errors and a budget with a problem is refused with nothing written.
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliTest::Run;

Run run(const QStringList &arguments)
{
    return CliTest::runCli(arguments, {}, CliTest::headlessEnvironment());
}

} // namespace

class TestBudgetCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_database; ///< this test function's copy of the demo: a file, or a database on the server
    int m_copies = 0;

    Run budget(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("budget")} + arguments +
                   QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--engagement"),
                               QStringLiteral("NORDSHOP")});
    }

    /// `budget show` (or `set` with `arguments`) as JSON; an empty object when it failed.
    QJsonObject json(const QStringList &arguments = {QStringLiteral("show")})
    {
        const Run done = budget(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (done.code != 0)
            qWarning().noquote() << done.err;
        return done.code == 0 ? QJsonDocument::fromJson(done.out.toUtf8()).object() : QJsonObject();
    }

    QJsonObject burnDown(const QString &month)
    {
        const Run done =
            run({QStringLiteral("burndown"), QStringLiteral("--database"), m_database,
                 QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"), QStringLiteral("--month"), month,
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--now"),
                 QStringLiteral("2026-12-06T12:00:00Z")});
        return done.code == 0 ? QJsonDocument::fromJson(done.out.toUtf8()).object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                              QStringLiteral("--database"), m_demoFile});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server; a copy of
    // its own for every test function, since they change it.
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        DD_CLI_DATABASE(m_database, m_demoFile, m_dir.path());
        if (m_database == m_demoFile) {
            m_database = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copies));
            QVERIFY(QFile::copy(m_demoFile, m_database));
        }
    }

    void shouldShowTheBudgetTheDemoSaved()
    {
        const QJsonObject shown = json();
        QCOMPARE(shown.value(QStringLiteral("engagement")).toString(), QStringLiteral("NORDSHOP"));
        QCOMPARE(shown.value(QStringLiteral("committed_hours_per_month")).toDouble(), 80.0);
        QCOMPARE(shown.value(QStringLiteral("carry")).toString(), QStringLiteral("hours"));
        QCOMPARE(shown.value(QStringLiteral("carry_cap_hours")).toDouble(), 10.0);
        QVERIFY(shown.value(QStringLiteral("carry_cap_percent")).isNull());
        QCOMPARE(shown.value(QStringLiteral("expiry_months")).toInt(), 3);
        QCOMPARE(shown.value(QStringLiteral("deduct_overrun")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("levels_counted")).toArray(),
                 QJsonArray({QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")}));
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 1);

        // Every month of the demo commits the engagement's hours: none has a figure of its own.
        QCOMPARE(shown.value(QStringLiteral("months")).toArray(), QJsonArray());

        const Run table = budget({QStringLiteral("show")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.startsWith(QLatin1String("Budget of NORDSHOP (Nordshop AB)\n"
                                                    "Committed a month: 80 h\n"
                                                    "Unused hours: carried, at most 10 h a month\n"
                                                    "Carried hours expire after: 3 months\n"
                                                    "Overrun: not deducted\n"
                                                    "How it counts:\n")),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String("Months with a commitment of their own: none\n")),
                 qPrintable(table.out));
    }

    void shouldChangeWhatItsOptionsNameAndKeepTheRest()
    {
        QJsonObject set = json({QStringLiteral("set"), QStringLiteral("--carry"), QStringLiteral("12.5")});
        QCOMPARE(set.value(QStringLiteral("carry_cap_hours")).toDouble(), 12.5);
        QCOMPARE(set.value(QStringLiteral("expiry_months")).toInt(), 3); // kept
        QCOMPARE(set.value(QStringLiteral("version")).toInt(), 2);

        set = json({QStringLiteral("set"), QStringLiteral("--carry"), QStringLiteral("30%"),
                    QStringLiteral("--expiry"), QStringLiteral("0"), QStringLiteral("--deduct-overrun"),
                    QStringLiteral("yes")});
        QCOMPARE(set.value(QStringLiteral("carry")).toString(), QStringLiteral("percent"));
        QCOMPARE(set.value(QStringLiteral("carry_cap_percent")).toInt(), 30);
        QVERIFY(set.value(QStringLiteral("carry_cap_hours")).isNull());
        QCOMPARE(set.value(QStringLiteral("expiry_months")).toInt(), 0);
        QCOMPARE(set.value(QStringLiteral("deduct_overrun")).toBool(), true);

        set = json({QStringLiteral("set"), QStringLiteral("--activity"),
                    QStringLiteral("platform-upgrades=outside"), QStringLiteral("--activity"),
                    QStringLiteral("problem-management=counts")});
        QCOMPARE(set.value(QStringLiteral("activity_rules")).toObject(),
                 QJsonObject({{QStringLiteral("platform-upgrades"), false},
                              {QStringLiteral("problem-management"), true}}));
        set = json({QStringLiteral("set"), QStringLiteral("--activity"),
                    QStringLiteral("problem-management=level"), QStringLiteral("--carry"),
                    QStringLiteral("none")});
        QCOMPARE(set.value(QStringLiteral("activity_rules")).toObject(),
                 QJsonObject({{QStringLiteral("platform-upgrades"), false}}));
        QCOMPARE(set.value(QStringLiteral("carry")).toString(), QStringLiteral("none"));
        QVERIFY(set.value(QStringLiteral("expiry_months")).isNull());
        QCOMPARE(json(), set); // show reads what set saved
    }

    void shouldCountAMonthsOwnCommitmentAndTheLevelsThatCount()
    {
        const QJsonObject before = burnDown(QStringLiteral("2026-11"));
        QCOMPARE(before.value(QStringLiteral("committed")).toDouble(), 80.0);
        QJsonObject set = json({QStringLiteral("set"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                QStringLiteral("--hours"), QStringLiteral("100.5")});
        const QJsonObject november({{QStringLiteral("month"), QStringLiteral("2026-11")},
                                    {QStringLiteral("committed_hours"), 100.5}});
        QCOMPARE(set.value(QStringLiteral("months")).toArray(), QJsonArray({november}));
        QCOMPARE(burnDown(QStringLiteral("2026-11")).value(QStringLiteral("committed")).toDouble(), 100.5);

        set = json({QStringLiteral("set"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                    QStringLiteral("--hours"), QStringLiteral("default"), QStringLiteral("--counts"),
                    QStringLiteral("L1,L2")});
        QCOMPARE(set.value(QStringLiteral("months")).toArray(), QJsonArray());
        QCOMPARE(set.value(QStringLiteral("levels_counted")).toArray(),
                 QJsonArray({QStringLiteral("L1"), QStringLiteral("L2")}));
        const QJsonObject after = burnDown(QStringLiteral("2026-11"));
        QCOMPARE(after.value(QStringLiteral("committed")).toDouble(), 80.0);
        // L3 work now billed outside: it leaves "used" for the billed-outside figure, and the rules say so.
        const double moved = after.value(QStringLiteral("billed_outside_budget")).toDouble() -
                             before.value(QStringLiteral("billed_outside_budget")).toDouble();
        QVERIFY2(moved > 0, qPrintable(QString::number(moved)));
        QCOMPARE(before.value(QStringLiteral("used")).toDouble() -
                     after.value(QStringLiteral("used")).toDouble(),
                 moved);
        QVERIFY(after.value(QStringLiteral("rules"))
                    .toArray()
                    .contains(QStringLiteral("L3 work is billed outside the budget.")));
    }

    void shouldRefuseWhatItCannotReadAndSaveNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList() << 2 << "budget needs show or set";
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("change")} << 2 << "budget needs show or set";
        QTest::newRow("carry") << QStringList{QStringLiteral("set"), QStringLiteral("--carry"),
                                              QStringLiteral("lots")}
                               << 2 << "--carry \"lots\" is not none, hours (10) or a share (25%)";
        QTest::newRow("expiry") << QStringList{QStringLiteral("set"), QStringLiteral("--expiry"),
                                               QStringLiteral("x")}
                                << 2 << "--expiry \"x\" is not a number of months";
        QTest::newRow("overrun") << QStringList{QStringLiteral("set"), QStringLiteral("--deduct-overrun"),
                                                QStringLiteral("maybe")}
                                 << 2 << "--deduct-overrun takes yes or no";
        QTest::newRow("level") << QStringList{QStringLiteral("set"), QStringLiteral("--counts"),
                                              QStringLiteral("L1,L4")}
                               << 2 << "\"L4\" is none of them";
        QTest::newRow("activity") << QStringList{QStringLiteral("set"), QStringLiteral("--activity"),
                                                 QStringLiteral("gardening=counts")}
                                  << 2
                                  << "\"gardening\" is not an activity of the catalogue (incident-management";
        QTest::newRow("activity rule") << QStringList{QStringLiteral("set"), QStringLiteral("--activity"),
                                                      QStringLiteral("problem-management=often")}
                                       << 2 << "takes =counts, =outside or =level, not \"often\"";
        QTest::newRow("month alone") << QStringList{QStringLiteral("set"), QStringLiteral("--month"),
                                                    QStringLiteral("2026-11")}
                                     << 2 << "--month and --hours go together";
        QTest::newRow("hours") << QStringList{QStringLiteral("set"), QStringLiteral("--month"),
                                              QStringLiteral("2026-11"), QStringLiteral("--hours"),
                                              QStringLiteral("many")}
                               << 2 << "--hours \"many\" is not a number of hours or default";
        QTest::newRow("over 100 %")
            << QStringList{QStringLiteral("set"), QStringLiteral("--carry"), QStringLiteral("150%")} << 1
            << "the budget of NORDSHOP was not saved: A rollover cap cannot exceed 100 %";
        QTest::newRow("before the start")
            << QStringList{QStringLiteral("set"), QStringLiteral("--month"), QStringLiteral("2020-01"),
                           QStringLiteral("--hours"), QStringLiteral("10")}
            << 1 << "January 2020: A monthly budget lies before the engagement started";
        QTest::newRow("negative") << QStringList{QStringLiteral("set"), QStringLiteral("--month"),
                                                 QStringLiteral("2026-11"), QStringLiteral("--hours"),
                                                 QStringLiteral("-5")}
                                  << 1 << "November 2026: Committed hours cannot be negative";
    }

    void shouldRefuseWhatItCannotReadAndSaveNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QJsonObject before = json();
        QVERIFY(!before.isEmpty());
        const Run refused = budget(arguments);
        QCOMPARE(refused.code, code);
        QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(json(), before);
    }
};

QTEST_GUILESS_MAIN(TestBudgetCommand)
#include "tst_budgetcommand.moc"

// `deliverydesk settings team-zone`: the team's time zone is a setting of the portfolio, so people's
// capacity is the same whatever zone the program runs in (TZ), and follows the setting instead.
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliTest::Run;

Run run(const QStringList &arguments, const QByteArray &zone = "UTC")
{
    QProcessEnvironment env = CliTest::headlessEnvironment();
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
    return CliTest::runCli(arguments, {}, env);
}

} // namespace

class TestSettingsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_database; ///< the demo of the current dialect: the file, or a copy on the server

    /// The demo portfolio's allocation of May 2026: Sweden has two holidays on weekdays (1 May,
    /// Ascension Day), the United States one (Memorial Day).
    Run allocation(const QByteArray &zone)
    {
        return run({QStringLiteral("allocation"), QStringLiteral("--database"), m_database,
                    QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--format"),
                    QStringLiteral("csv")},
                   zone);
    }

    Run settings(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("settings"), QStringLiteral("--database"), m_database} +
                   arguments);
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

    // On both dialects (issue 15): the demo file, and a copy of it on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init() { DD_CLI_DATABASE(m_database, m_demoFile, m_dir.path()); }

    void shouldCountCapacityInTheTeamsZoneWhereverItRuns()
    {
        const Run stockholm = allocation("Europe/Stockholm");
        const Run newYork = allocation("America/New_York");
        const Run utc = allocation("UTC");
        QVERIFY2(stockholm.code == 0, qPrintable(stockholm.err));
        QVERIFY(stockholm.out.count(QLatin1Char('\n')) > 1);
        QCOMPARE(newYork.out, stockholm.out);
        QCOMPARE(utc.out, stockholm.out);
    }

    void shouldDefaultToTheEngagementsMostCommonZone()
    {
        // Two of the demo's four engagements count in Stockholm, one in Helsinki, one in New York.
        const Run shown = settings({QStringLiteral("team-zone")});
        QCOMPARE(shown.code, 0);
        QCOMPARE(shown.out,
                 QStringLiteral("Europe/Stockholm (not set: the engagements' most common zone)\n"));
    }

    void shouldCountCapacityInTheZoneSet()
    {
        const Run before = allocation("UTC");
        const Run set = settings({QStringLiteral("team-zone"), QStringLiteral("America/New_York")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(set.out, QStringLiteral("America/New_York\n"));
        QCOMPARE(settings({QStringLiteral("team-zone")}).out, QStringLiteral("America/New_York\n"));
        // One holiday less in May: more capacity, in whatever zone the program runs.
        const Run american = allocation("Europe/Stockholm");
        QVERIFY2(american.code == 0, qPrintable(american.err));
        QVERIFY(american.out != before.out);
        QCOMPARE(allocation("Asia/Tokyo").out, american.out);

        const Run reset = settings({QStringLiteral("team-zone"), QStringLiteral("default")});
        QCOMPARE(reset.code, 0);
        QCOMPARE(reset.out,
                 QStringLiteral("Europe/Stockholm (not set: the engagements' most common zone)\n"));
        QCOMPARE(allocation("UTC").out, before.out);
    }

    void shouldRefuseWhatIsNoZone_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown zone")
            << QStringList{QStringLiteral("team-zone"), QStringLiteral("Mars/Olympus")};
        QTest::newRow("no setting") << QStringList{};
        QTest::newRow("unknown setting") << QStringList{QStringLiteral("colour")};
        QTest::newRow("too many") << QStringList{QStringLiteral("team-zone"), QStringLiteral("UTC"),
                                                 QStringLiteral("UTC")};
    }

    void shouldRefuseWhatIsNoZone()
    {
        QFETCH(QStringList, arguments);
        const Run r = settings(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(settings({QStringLiteral("team-zone")}).out,
                 QStringLiteral("Europe/Stockholm (not set: the engagements' most common zone)\n"));
    }
};

QTEST_MAIN(TestSettingsCommand)
#include "tst_settingscommand.moc"

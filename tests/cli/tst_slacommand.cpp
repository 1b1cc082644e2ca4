// `deliverydesk sla replay|explain|policy export|policy import` through the real binary.
// On both dialects (issue 15): the demo file, and a copy of it on the test server for each test
// function (dialectcli.h).
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;

QString sla(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/sla/") + name;
}
QString replayData(const QString &name)
{
    return sla(QStringLiteral("replay/") + name);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

class TestSlaCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_demo;     ///< the demo of the current dialect: the file, or a copy on the server

    Run run(const QStringList &arguments) { return CliTest::runCli(arguments); }

    QString demoCopy()
    {
        if (DialectCli::onServer()) // init() made the template, or skipped
            return DialectCli::serverCopy(m_demoFile, m_dir.path()).location;
        const QString path =
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(path);
        return QFile::copy(m_demoFile, path) ? path : QString();
    }

    /// Where the current dialect's files go.
    QString out(const QString &name) const
    {
        QFETCH_GLOBAL(QString, dialect);
        return m_dir.filePath(dialect + QLatin1Char('/') + name);
    }

    QJsonObject exportedPolicy(const QString &database, const QString &key)
    {
        const Run r = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export"),
                           QStringLiteral("--database"), database, QStringLiteral("--engagement"), key});
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QStringList replayArguments()
    {
        return {QStringLiteral("sla"),        QStringLiteral("replay"),
                QStringLiteral("--calendar"), replayData(QStringLiteral("calendar.json")),
                QStringLiteral("--policy"),   sla(QStringLiteral("policy.json")),
                QStringLiteral("--tickets"),  replayData(QStringLiteral("tickets.csv")),
                QStringLiteral("--history"),  replayData(QStringLiteral("history.csv"))};
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(QDir(m_dir.path()).mkpath(dialect));
        DD_CLI_DATABASE(m_demo, m_demoFile, m_dir.path());
    }

    void initTestCase()
    {
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                           QStringLiteral("--database"), m_demoFile});
        QCOMPARE(r.code, 0);
    }

    void shouldReplayTheHandCheckedExample()
    {
        const Run r =
            run(replayArguments() << QStringLiteral("--now") << QStringLiteral("2026-03-10T12:00:00Z"));
        QCOMPARE(r.code, 0);
        // The two tickets with bad data are rows ("invalid", response not measured); stderr says why.
        const QStringList warnings = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).startsWith(QStringLiteral("deliverydesk: warning: ")), qPrintable(r.err));
        QVERIFY2(warnings.at(0).contains(QStringLiteral("tickets.csv:6: SUP-5")), qPrintable(r.err));
        QVERIFY2(warnings.at(1).contains(QStringLiteral("tickets.csv:7:")), qPrintable(r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 readText(replayData(QStringLiteral("expected.csv")))
                     .remove(QLatin1Char('\r'))
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }

    void shouldReplayAtTheCurrentTimeWithoutNow()
    {
        // Long after March 2026 every ticket of the example that was open is breached or resolved.
        const Run r = run(replayArguments());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("key,severity,created,")));
        QVERIFY2(!r.out.contains(QStringLiteral(",running\n")), qPrintable(r.out));
    }

    void shouldRefuseBadReplayInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentioned");
        const QStringList base = replayArguments();
        QStringList missingTickets = base;
        missingTickets[7] = out(QStringLiteral("none.csv"));
        QTest::newRow("missing tickets file") << missingTickets << 1 << QStringLiteral("none.csv");
        QStringList badCalendar = base;
        badCalendar[3] = QStringLiteral(DD_TEST_DATA_DIR "/calendar/bad-time-range.json");
        QTest::newRow("bad calendar file") << badCalendar << 1 << QStringLiteral("25:00-26:00");
        QTest::newRow("without --tickets") << base.mid(0, 6) << 2 << QStringLiteral("--tickets");
        QTest::newRow("bad --now") << (QStringList(base)
                                       << QStringLiteral("--now") << QStringLiteral("2026-03-10 12:00"))
                                   << 2 << QStringLiteral("2026-03-10 12:00");
    }

    void shouldRefuseBadReplayInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentioned);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    }

    void shouldExplainADemoTicketInTheEngagementsZone_data()
    {
        QTest::addColumn<QString>("engagement");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("offsets");
        QTest::newRow("Stockholm") << QStringLiteral("NORDSHOP") << QStringLiteral("NS-101")
                                   << QStringLiteral("\\+0[12]:00");
        QTest::newRow("New York, keys in lower case")
            << QStringLiteral("atlanticpet") << QStringLiteral("ap-101") << QStringLiteral("-0[45]:00");
    }

    void shouldExplainADemoTicketInTheEngagementsZone()
    {
        QFETCH(QString, engagement);
        QFETCH(QString, ticket);
        QFETCH(QString, offsets);
        const Run r =
            run({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--database"), m_demo,
                 QStringLiteral("--engagement"), engagement, QStringLiteral("--ticket"), ticket});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QVERIFY2(lines.first().startsWith(ticket.toUpper() + QLatin1Char(':')), qPrintable(lines.first()));
        const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d ") + offsets);
        QVERIFY2(instant.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("Created")), qPrintable(lines.at(1)));
    }

    void shouldExplainInTheLanguageOfLang()
    {
        const QStringList arguments{QStringLiteral("sla"),          QStringLiteral("explain"),
                                    QStringLiteral("--database"),   m_demo,
                                    QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                                    QStringLiteral("--ticket"),     QStringLiteral("NS-101"),
                                    QStringLiteral("--now"),        QStringLiteral("2030-01-01T00:00:00Z")};
        const Run en = run(QStringList(arguments) << QStringLiteral("--lang") << QStringLiteral("en"));
        const Run sv = run(QStringList(arguments) << QStringLiteral("--lang") << QStringLiteral("sv"));
        QCOMPARE(en.code, 0);
        QCOMPARE(sv.code, 0);
        QVERIFY2(en.out.contains(QStringLiteral("severity")), qPrintable(en.out));
        QVERIFY2(sv.out.contains(QStringLiteral("allvarlighetsgrad")), qPrintable(sv.out));
        // The same timeline: as many lines, the same instants.
        const QStringList enLines = en.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList svLines = sv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(svLines.size(), enLines.size());
        QCOMPARE(svLines.last().left(22), enLines.last().left(22));
    }

    void shouldExplainAtAGivenInstant()
    {
        // At its creation instant a ticket is running; an hour before it, it does not exist yet.
        const Run atCreation = run({QStringLiteral("sla"), QStringLiteral("explain"),
                                    QStringLiteral("--calendar"), replayData(QStringLiteral("calendar.json")),
                                    QStringLiteral("--policy"), sla(QStringLiteral("policy.json")),
                                    QStringLiteral("--tickets"), replayData(QStringLiteral("tickets.csv")),
                                    QStringLiteral("--ticket"), QStringLiteral("SUP-1"),
                                    QStringLiteral("--now"), QStringLiteral("2026-03-02T09:00:00+01:00")});
        QCOMPARE(atCreation.code, 0);
        QVERIFY2(atCreation.out.startsWith(QStringLiteral("SUP-1: running")), qPrintable(atCreation.out));
        QVERIFY2(atCreation.out.contains(QStringLiteral("2026-03-02 09:00 +01:00")),
                 qPrintable(atCreation.out));
        const Run later =
            run({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--calendar"),
                 replayData(QStringLiteral("calendar.json")), QStringLiteral("--policy"),
                 sla(QStringLiteral("policy.json")), QStringLiteral("--tickets"),
                 replayData(QStringLiteral("tickets.csv")), QStringLiteral("--ticket"),
                 QStringLiteral("SUP-1"), QStringLiteral("--now"), QStringLiteral("2026-03-10T12:00:00Z")});
        QCOMPARE(later.code, 0);
        QVERIFY2(later.out.startsWith(QStringLiteral("SUP-1: met")), qPrintable(later.out));
    }

    void shouldFailToExplainAnUnknownTicketOrEngagement_data()
    {
        QTest::addColumn<QString>("engagement");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("unknown ticket")
            << QStringLiteral("NORDSHOP") << QStringLiteral("NS-99999") << QStringLiteral("NS-99999");
        QTest::newRow("ticket of another engagement")
            << QStringLiteral("NORDSHOP") << QStringLiteral("AP-101") << QStringLiteral("AP-101");
        QTest::newRow("unknown engagement")
            << QStringLiteral("NOPE") << QStringLiteral("NS-101") << QStringLiteral("NOPE");
    }

    void shouldFailToExplainAnUnknownTicketOrEngagement()
    {
        QFETCH(QString, engagement);
        QFETCH(QString, ticket);
        QFETCH(QString, mentioned);
        const Run r =
            run({QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--database"), m_demo,
                 QStringLiteral("--engagement"), engagement, QStringLiteral("--ticket"), ticket});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    }

    void shouldRefuseWrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList{QStringLiteral("sla")};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("sla"), QStringLiteral("recompute")};
        QTest::newRow("policy without export/import")
            << QStringList{QStringLiteral("sla"), QStringLiteral("policy")};
        QTest::newRow("explain without ticket")
            << QStringList{QStringLiteral("sla"), QStringLiteral("explain"), QStringLiteral("--engagement"),
                           QStringLiteral("NORDSHOP")};
        QTest::newRow("policy export without engagement")
            << QStringList{QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export")};
        QTest::newRow("policy import without file")
            << QStringList{QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("import"),
                           QStringLiteral("--engagement"), QStringLiteral("NORDSHOP")};
    }

    void shouldRefuseWrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("deliverydesk: ")));
    }

    void shouldListEveryActionInItsHelp()
    {
        // compliance, breaches and chart are run by other classes; `sla --help` still names them.
        const Run r = run({QStringLiteral("sla"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *action :
             {"compliance", "breaches", "explain", "replay", "chart", "policy export", "policy import"}) {
            const QRegularExpression line(QStringLiteral("^  %1 +\\S").arg(QLatin1String(action)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(),
                     qPrintable(QLatin1String(action) + QLatin1Char('\n') + r.out));
        }
        const Run sv = run({QStringLiteral("sla"), QStringLiteral("--help"), QStringLiteral("--lang"),
                            QStringLiteral("sv")});
        QCOMPARE(sv.code, 0);
        QVERIFY2(sv.out.contains(QStringLiteral("compliance|breaches")), qPrintable(sv.out));
        QVERIFY2(!sv.out.contains(QStringLiteral("every SLA breach of a month")), qPrintable(sv.out));
    }

    void shouldExportTheDemoPolicyWithTwoVersions()
    {
        const QJsonObject policy = exportedPolicy(m_demo, QStringLiteral("FJALLGEAR"));
        const QJsonArray versions = policy.value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const auto sev2 = [&](int i) {
            return versions.at(i)
                .toObject()
                .value(QStringLiteral("severities"))
                .toObject()
                .value(QStringLiteral("2"))
                .toObject();
        };
        QVERIFY(sev2(1).value(QStringLiteral("resolution_minutes")).toInt() <
                sev2(0).value(QStringLiteral("resolution_minutes")).toInt());
    }

    void shouldNotNoteADefaultForAStoredPolicy()
    {
        const Run r = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export"),
                           QStringLiteral("--database"), m_demo, QStringLiteral("--engagement"),
                           QStringLiteral("NORDSHOP")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
    }

    void shouldExportTheDefaultPolicyOfTheModelWhenNoneIsStored()
    {
        const QString db = demoCopy();
        QVERIFY(DialectCli::exec(
            db, QStringLiteral("DELETE FROM sla_policies WHERE engagement_id = "
                               "(SELECT id FROM engagements WHERE engagement_key = 'BALTICHOME')")));
        const Run r = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export"),
                           QStringLiteral("--database"), db, QStringLiteral("--engagement"),
                           QStringLiteral("BALTICHOME")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("default")), qPrintable(r.err));
        const QJsonArray versions =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 1);
        // Critical + dedicated: an SLA for severities 1 and 2 only.
        const QJsonObject severities =
            versions.at(0).toObject().value(QStringLiteral("severities")).toObject();
        QVERIFY(severities.value(QStringLiteral("2"))
                    .toObject()
                    .value(QStringLiteral("resolution_minutes"))
                    .toInt() > 0);
        QCOMPARE(severities.value(QStringLiteral("3"))
                     .toObject()
                     .value(QStringLiteral("resolution_minutes"))
                     .toInt(),
                 0);
        QCOMPARE(severities.value(QStringLiteral("3"))
                     .toObject()
                     .value(QStringLiteral("response_minutes"))
                     .toInt(),
                 0);
    }

    void shouldExportToAFileThatReplayReads()
    {
        const QString file = out(QStringLiteral("baltichome-policy.json"));
        const Run r = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export"),
                           QStringLiteral("--database"), m_demo, QStringLiteral("--engagement"),
                           QStringLiteral("BALTICHOME"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QStringList arguments = replayArguments();
        arguments[5] = file;
        const Run replay =
            run(arguments << QStringLiteral("--now") << QStringLiteral("2026-03-10T12:00:00Z"));
        QCOMPARE(replay.code, 0);
        QVERIFY2(replay.out.startsWith(QStringLiteral("key,")), qPrintable(replay.err));
    }

    void shouldImportPolicyVersionsButNeverRewriteOne()
    {
        const QString db = demoCopy();
        QVERIFY(!db.isEmpty());
        // The example's two versions moved to dates no demo version has, whatever the day.
        const QString original = readText(sla(QStringLiteral("policy.json")))
                                     .replace(QStringLiteral("2026-01-01"), QStringLiteral("2031-01-01"))
                                     .replace(QStringLiteral("2026-04-01"), QStringLiteral("2031-04-01"));
        const QString file = out(QStringLiteral("future-policy.json"));
        QVERIFY(writeText(file, original));
        const QStringList import{QStringLiteral("sla"),
                                 QStringLiteral("policy"),
                                 QStringLiteral("import"),
                                 QStringLiteral("--database"),
                                 db,
                                 QStringLiteral("--engagement"),
                                 QStringLiteral("NORDSHOP")};
        const Run first = run(QStringList(import) << file);
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("2 new")), qPrintable(first.out));
        QCOMPARE(
            exportedPolicy(db, QStringLiteral("NORDSHOP")).value(QStringLiteral("versions")).toArray().size(),
            4);

        const Run again = run(QStringList(import) << file);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 new")) &&
                     again.out.contains(QStringLiteral("2 already")),
                 qPrintable(again.out));

        QString changed = original;
        QVERIFY(changed.contains(QStringLiteral("\"response_minutes\": 30")));
        changed.replace(QStringLiteral("\"response_minutes\": 30"),
                        QStringLiteral("\"response_minutes\": 20"));
        const QString changedFile = out(QStringLiteral("changed-policy.json"));
        QVERIFY(writeText(changedFile, changed));
        const Run rewrite = run(QStringList(import) << changedFile);
        QCOMPARE(rewrite.code, 1);
        QCOMPARE(rewrite.out, QString());
        QVERIFY2(rewrite.err.contains(QStringLiteral("2031-01-01")), qPrintable(rewrite.err));
        QCOMPARE(
            exportedPolicy(db, QStringLiteral("NORDSHOP")).value(QStringLiteral("versions")).toArray().size(),
            4);
    }

    void shouldRefuseABadPolicyFile()
    {
        const QString db = demoCopy();
        const QString bad = out(QStringLiteral("bad-policy.json"));
        QVERIFY(writeText(bad, readText(sla(QStringLiteral("policy.json")))
                                   .replace(QStringLiteral("\"warning_at\": 0.75"),
                                            QStringLiteral("\"warning_at\": 1.5"))));
        const Run r = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("import"),
                           QStringLiteral("--database"), db, QStringLiteral("--engagement"),
                           QStringLiteral("NORDSHOP"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("warning_at")) && r.err.contains(QStringLiteral("1.5")),
                 qPrintable(r.err));
        QCOMPARE(
            exportedPolicy(db, QStringLiteral("NORDSHOP")).value(QStringLiteral("versions")).toArray().size(),
            2);
    }
};

QTEST_GUILESS_MAIN(TestSlaCommand)
#include "tst_slacommand.moc"

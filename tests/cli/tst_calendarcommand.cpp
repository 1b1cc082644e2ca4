// `deliverydesk calendar eval|export|import` as scripts see it: outputs and exit codes of the real binary.
// On both dialects (issue 15): the demo file, and a copy of it on the test server for each test
// function (dialectcli.h).
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;

QString testData(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/calendar/") + name;
}

QByteArray jsonLines(const QStringList &lines)
{
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}
} // namespace

class TestCalendarCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_demo;     ///< the demo of the current dialect: the file, or a copy on the server

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliTest::runCli(arguments, input);
    }

    /// A copy of the demo database that a test may change.
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

    QJsonObject exported(const QString &database, const QString &key)
    {
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--database"),
                           database, QStringLiteral("--engagement"), key});
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
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

    void shouldAnswerTheIssueExamples()
    {
        const QByteArray input = jsonLines({
            QStringLiteral(
                R"({"op":"elapsed","start":"2026-03-27T16:00:00+01:00","end":"2026-03-30T09:00:00+02:00"})"),
            QStringLiteral(R"({"op":"add","start":"2026-03-27T16:00:00+01:00","seconds":28800})"),
            QStringLiteral(R"({"op":"subtract","start":"2026-03-30T09:00:00+02:00","seconds":600})"),
            QStringLiteral(R"({"op":"is_working","at":"2026-03-30T09:00:00+02:00"})"),
        });
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--calendar"),
                           testData(QStringLiteral("mon-fri-stockholm.json"))},
                          input);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral(R"({"seconds":7200})"),
                              QStringLiteral(R"({"instant":"2026-03-30T13:00:00Z"})"),
                              QStringLiteral(R"({"instant":"2026-03-30T06:50:00Z"})"),
                              QStringLiteral(R"({"working":true})")}));
    }

    void shouldAnswerABadLineWithAnErrorAndGoOn_data()
    {
        QTest::addColumn<QString>("badLine");
        QTest::newRow("instant without offset")
            << QStringLiteral(R"({"op":"add","start":"yesterday","seconds":60})");
        QTest::newRow("unknown op") << QStringLiteral(R"({"op":"multiply","start":"2026-03-30T09:00:00Z"})");
        QTest::newRow("not JSON") << QStringLiteral("this is not json");
        QTest::newRow("missing argument")
            << QStringLiteral(R"({"op":"elapsed","start":"2026-03-30T09:00:00Z"})");
    }

    void shouldAnswerABadLineWithAnErrorAndGoOn()
    {
        QFETCH(QString, badLine);
        const QByteArray input =
            jsonLines({QStringLiteral(R"({"op":"is_working","at":"2026-03-28T12:00:00Z"})"), badLine,
                       QStringLiteral(R"({"op":"next_opening","at":"2026-03-28T12:00:00Z"})")});
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--calendar"),
                           testData(QStringLiteral("mon-fri-stockholm.json"))},
                          input);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral(R"({"working":false})"));
        const QJsonObject error = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QVERIFY2(!error.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral(R"({"instant":"2026-03-30T06:00:00Z"})"));
    }

    void shouldRefuseABadCalendarFileNamingKeyAndValue()
    {
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--calendar"),
                           testData(QStringLiteral("bad-time-range.json"))},
                          jsonLines({QStringLiteral(R"({"op":"is_working","at":"2026-03-28T12:00:00Z"})")}));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("week.mon[1]")) &&
                     r.err.contains(QStringLiteral("25:00-26:00")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad-time-range.json")), qPrintable(r.err));
    }

    void shouldFailOnAMissingCalendarFile()
    {
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--calendar"),
                           out(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing.json")), qPrintable(r.err));
    }

    void shouldRefuseWrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("eval without --calendar")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("eval")};
        QTest::newRow("no action") << QStringList{QStringLiteral("calendar")};
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--colour")};
        QTest::newRow("export without engagement")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("export")};
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("calendar"), QStringLiteral("import"),
                           QStringLiteral("--engagement"), QStringLiteral("NORDSHOP")};
    }

    void shouldRefuseWrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("deliverydesk: ")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void shouldExportTheDemoCalendarOfAnEngagement_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("rule");
        QTest::newRow("Nordshop in Stockholm")
            << QStringLiteral("NORDSHOP") << QStringLiteral("Europe/Stockholm") << QStringLiteral("SE");
        QTest::newRow("Baltic Home in Helsinki")
            << QStringLiteral("BALTICHOME") << QStringLiteral("Europe/Helsinki") << QStringLiteral("FI");
        QTest::newRow("Atlantic Pet in New York, key in lower case")
            << QStringLiteral("atlanticpet") << QStringLiteral("America/New_York") << QStringLiteral("US");
    }

    void shouldExportTheDemoCalendarOfAnEngagement()
    {
        QFETCH(QString, key);
        QFETCH(QString, zone);
        QFETCH(QString, rule);
        const QJsonObject calendar = exported(m_demo, key);
        QCOMPARE(calendar.value(QStringLiteral("timezone")).toString(), zone);
        QCOMPARE(calendar.value(QStringLiteral("holiday_rules")).toArray(), QJsonArray{rule});
        QCOMPARE(calendar.value(QStringLiteral("week")).toObject().value(QStringLiteral("wed")).toArray(),
                 QJsonArray{QStringLiteral("08:00-17:00")});
        QCOMPARE(calendar.value(QStringLiteral("name")).toString(),
                 key.toUpper() + QStringLiteral(" office hours"));
    }

    void shouldExportToAFileThatEvalReads()
    {
        const QString file = out(QStringLiteral("nordshop.json"));
        const Run r =
            run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--database"), m_demo,
                 QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
        // Midsummer Eve 2026 (19 June) is a Swedish holiday of the exported calendar.
        const Run eval =
            run({QStringLiteral("calendar"), QStringLiteral("eval"), QStringLiteral("--calendar"), file},
                jsonLines({QStringLiteral(R"({"op":"is_working","at":"2026-06-19T10:00:00+02:00"})"),
                           QStringLiteral(R"({"op":"is_working","at":"2026-06-18T10:00:00+02:00"})")}));
        QCOMPARE(eval.code, 0);
        QCOMPARE(eval.out, QStringLiteral("{\"working\":false}\n{\"working\":true}\n"));
    }

    void shouldImportACalendarForAnEngagement()
    {
        const QString db = demoCopy();
        QVERIFY(!db.isEmpty());
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
                           db, QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                           testData(QStringLiteral("stockholm-office.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("FJALLGEAR")), qPrintable(r.out));
        const QJsonObject calendar = exported(db, QStringLiteral("FJALLGEAR"));
        QCOMPARE(calendar.value(QStringLiteral("name")).toString(), QStringLiteral("Stockholm office"));
        QVERIFY(
            calendar.value(QStringLiteral("overrides")).toObject().contains(QStringLiteral("2026-06-18")));
        // Only that engagement changed.
        QCOMPARE(exported(db, QStringLiteral("NORDSHOP")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("NORDSHOP office hours"));
    }

    void shouldSayWhoElseUsesASharedCalendarAndWarnAboutAnotherZone()
    {
        const QString db = demoCopy();
        const QString file = out(QStringLiteral("shared.json"));
        QJsonObject nordshop = exported(db, QStringLiteral("NORDSHOP"));
        nordshop.insert(QStringLiteral("timezone"), QStringLiteral("Europe/Stockholm"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(nordshop).toJson());
        out.close();
        const Run sameZone =
            run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"), db,
                 QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"), file});
        QCOMPARE(sameZone.code, 0);
        QCOMPARE(sameZone.err, QString());
        QVERIFY2(sameZone.out.contains(QStringLiteral("also used by NORDSHOP")), qPrintable(sameZone.out));

        const Run otherZone =
            run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"), db,
                 QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"), file});
        QCOMPARE(otherZone.code, 0);
        QVERIFY2(otherZone.out.contains(QStringLiteral("also used by FJALLGEAR, NORDSHOP")),
                 qPrintable(otherZone.out));
        QVERIFY2(otherZone.err.contains(QStringLiteral("Europe/Stockholm")) &&
                     otherZone.err.contains(QStringLiteral("America/New_York")),
                 qPrintable(otherZone.err));
    }

    void shouldExportTheDefaultCalendarWhenNoneIsSet()
    {
        const QString db = demoCopy();
        QVERIFY(DialectCli::exec(
            db,
            QStringLiteral("UPDATE engagements SET calendar_id = NULL WHERE engagement_key = 'BALTICHOME'")));
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--database"),
                           db, QStringLiteral("--engagement"), QStringLiteral("BALTICHOME")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("default")), qPrintable(r.err));
        const QJsonObject calendar = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(calendar.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Helsinki"));
        QCOMPARE(calendar.value(QStringLiteral("holiday_rules")).toArray(), QJsonArray{QStringLiteral("FI")});
        QCOMPARE(calendar.value(QStringLiteral("week")).toObject().value(QStringLiteral("sat")).toArray(),
                 QJsonArray());
    }

    void shouldChangeNothingWhenImportingABadFile()
    {
        const QString db = demoCopy();
        const QJsonObject before = exported(db, QStringLiteral("NORDSHOP"));
        const Run r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
                           db, QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                           testData(QStringLiteral("bad-time-range.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("25:00-26:00")), qPrintable(r.err));
        QCOMPARE(exported(db, QStringLiteral("NORDSHOP")), before);
    }

    void shouldFailOnAnUnknownEngagementOrDatabase_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("export, unknown engagement")
            << QStringLiteral("export") << QString() << QStringLiteral("NOPE") << QStringLiteral("NOPE");
        QTest::newRow("import, unknown engagement")
            << QStringLiteral("import") << QString() << QStringLiteral("NOPE") << QStringLiteral("NOPE");
        QTest::newRow("export, missing database")
            << QStringLiteral("export") << QStringLiteral("missing.sqlite") << QStringLiteral("NORDSHOP")
            << QStringLiteral("missing.sqlite");
    }

    void shouldFailOnAnUnknownEngagementOrDatabase()
    {
        QFETCH(QString, action);
        QFETCH(QString, database);
        QFETCH(QString, key);
        QFETCH(QString, mentioned);
        QStringList arguments{
            QStringLiteral("calendar"),     action,
            QStringLiteral("--database"),   database.isEmpty() ? demoCopy() : m_dir.filePath(database),
            QStringLiteral("--engagement"), key};
        if (action == QLatin1String("import"))
            arguments.append(testData(QStringLiteral("stockholm-office.json")));
        const Run r = run(arguments);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(mentioned), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCalendarCommand)
#include "tst_calendarcommand.moc"

// The command line as scripts see it: outputs and exit codes of the real binary. On both dialects
// (issue 15): the demo file, and a copy of it on the test server.
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliTest::runCli(arguments, input);
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                           QStringLiteral("--database"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(m_demo));
    }

    void initTestCase_data() { StorageTest::addDialectRows(); }

    void shouldListEngagementsAsATableAndAsJson()
    {
        QString demo;
        DD_CLI_DATABASE(demo, m_demo, m_dir.path());
        const Run table =
            run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"), demo});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("KEY")));
        QCOMPARE(table.out.trimmed().split(QLatin1Char('\n')).size(), 5);
        const Run json = run({QStringLiteral("--database"), demo, QStringLiteral("engagement"),
                              QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 4);
        QStringList models;
        for (const QJsonValue &v : array)
            models.append(v.toObject().value(QStringLiteral("support_model")).toString());
        models.sort();
        QCOMPARE(models,
                 QStringList({QStringLiteral("fixed-capacity"), QStringLiteral("managed-service"),
                              QStringLiteral("sla-critical-dedicated"), QStringLiteral("sla-hotfix")}));
    }

    void shouldShowOneEngagement()
    {
        QString demo;
        DD_CLI_DATABASE(demo, m_demo, m_dir.path());
        const Run r =
            run({QStringLiteral("engagement"), QStringLiteral("show"), QStringLiteral("nordshop"),
                 QStringLiteral("--database"), demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("NORDSHOP"));
        QCOMPARE(o.value(QStringLiteral("committed_hours_per_month")).toDouble(), 80.0);
        const Run sv =
            run({QStringLiteral("engagement"), QStringLiteral("show"), QStringLiteral("NORDSHOP"),
                 QStringLiteral("--database"), demo, QStringLiteral("--lang"), QStringLiteral("sv")});
        QCOMPARE(sv.code, 0);
        QVERIFY2(sv.out.contains(QStringLiteral("Fast kapacitet")), qPrintable(sv.out));
    }

    void shouldExitWithTheDocumentedCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--bogus")}
            << 2 << "bogus";
        QTest::newRow("show without key")
            << QStringList{QStringLiteral("engagement"), QStringLiteral("show")} << 2 << "KEY";
        QTest::newRow("bad format") << QStringList{QStringLiteral("engagement"), QStringLiteral("list"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << "xml";
        QTest::newRow("unknown key") << QStringList{QStringLiteral("engagement"), QStringLiteral("show"),
                                                    QStringLiteral("NOPE")}
                                     << 1 << "NOPE";
        QTest::newRow("missing database")
            << QStringList{QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"),
                           QStringLiteral("/nonexistent/x.sqlite")}
            << 1 << "no file";
        QTest::newRow("bad language") << QStringList{QStringLiteral("engagement"), QStringLiteral("list"),
                                                     QStringLiteral("--lang"), QStringLiteral("de")}
                                      << 2 << "de";
        QTest::newRow("window without display") << QStringList{} << 1 << "no display";
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                                     QStringLiteral("--page"), QStringLiteral("nope")}
                                      << 2 << "nope";
    }

    void shouldExitWithTheDocumentedCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, stderrContains);
        QString demo;
        DD_CLI_DATABASE(demo, m_demo, m_dir.path());
        if (!arguments.contains(QStringLiteral("--database")) && !arguments.isEmpty())
            arguments << QStringLiteral("--database") << demo;
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
        if (code != 0)
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void shouldRefuseAFileThatIsNotADatabaseAndLeaveItAlone()
    {
        DD_ONLY_ON("sqlite", "a file that is not a database: nothing of a server");
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("important notes\n");
        f.close();
        const Run r =
            run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("not a Delivery Desk database")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("important notes\n"));
    }

    void shouldEditTheImportMappingsAndRememberThem()
    {
        QString demo;
        DD_CLI_COPY(demo, m_demo, m_dir.path());
        const QStringList db = {QStringLiteral("--database"), demo};
        QCOMPARE(run(QStringList{QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("priority"),
                                 QStringLiteral("Sev A"), QStringLiteral("1")} +
                     db)
                     .code,
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("role"),
                                 QStringLiteral("Ada Lind"), QStringLiteral("QA")} +
                     db)
                     .code,
                 0);
        const Run listed = run(QStringList{QStringLiteral("mapping"), QStringLiteral("list")} + db);
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("priority\tsev a\t1")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("role\tada lind\tQA")));
        const Run bad =
            run(QStringList{QStringLiteral("mapping"), QStringLiteral("set"), QStringLiteral("priority"),
                            QStringLiteral("X"), QStringLiteral("9")} +
                db);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("'9'")));
        QCOMPARE(run(QStringList{QStringLiteral("mapping"), QStringLiteral("remove"),
                                 QStringLiteral("priority"), QStringLiteral("Sev A")} +
                     db)
                     .code,
                 0);
        QVERIFY(!run(QStringList{QStringLiteral("mapping"), QStringLiteral("list")} + db)
                     .out.contains(QStringLiteral("sev a")));
    }

    void shouldPrintHelpAndVersion()
    {
        DD_ONLY_ON("sqlite", "no database is read");
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("engagement list")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("deliverydesk ")));
    }

    void shouldRenderAScreenshotOffscreen()
    {
        QString demo;
        DD_CLI_DATABASE(demo, m_demo, m_dir.path());
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        const Run r = run({QStringLiteral("--database"), demo, QStringLiteral("--screenshot"), png,
                           QStringLiteral("--page"), QStringLiteral("support-model"),
                           QStringLiteral("--lang"), QStringLiteral("sv")});
        QCOMPARE(r.code, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 860));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

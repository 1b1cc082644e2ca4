#include "clirun.h"
#include "dialectcli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using CliTest::runCli;

class TestWhatIfCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_db;       ///< the demo of the current dialect

    QStringList args(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--database"), m_db, QStringLiteral("--demo"),
                           QStringLiteral("--lang"), QStringLiteral("en")} +
               more;
    }

private slots:
    // On both dialects (issue 15): the demo file (made by the first --demo run), and a copy of it on
    // the test server.
    void initTestCase()
    {
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runCli({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                         QStringLiteral("--database"), m_demoFile})
                     .code,
                 0);
    }
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init() { DD_CLI_DATABASE(m_db, m_demoFile, m_dir.path()); }

    void shouldReplayTheEngagementUnderEachModelAsJson()
    {
        const auto run = runCli(QStringList{QStringLiteral("whatif")} +
                                args({QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                                      QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("engagement")).toString(), QStringLiteral("FJALLGEAR"));
        QCOMPARE(root.value(QStringLiteral("months")).toInt(), 3);
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 4);
        QCOMPARE(models.at(1).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("sla-hotfix"));
        QVERIFY(models.at(1).toObject().value(QStringLiteral("this_engagement")).toBool());
        const QJsonObject fixed = models.at(0).toObject().value(QStringLiteral("figures")).toObject();
        QCOMPARE(fixed.value(QStringLiteral("under_sla")).toInt(), 0);
        const QJsonObject managed = models.at(3).toObject().value(QStringLiteral("figures")).toObject();
        QVERIFY(managed.value(QStringLiteral("counted_hours")).toDouble() <=
                fixed.value(QStringLiteral("counted_hours")).toDouble());
        QCOMPARE(managed.value(QStringLiteral("under_sla")).toInt(),
                 managed.value(QStringLiteral("tickets")).toInt());
        QVERIFY(!models.at(3)
                     .toObject()
                     .value(QStringLiteral("explanations"))
                     .toObject()
                     .value(QStringLiteral("breached"))
                     .toString()
                     .isEmpty());
    }

    void shouldPrintATableWithHowEachFigureWasCountedAndCsv()
    {
        const auto table = runCli(QStringList{QStringLiteral("whatif")} +
                                  args({QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                                        QStringLiteral("--months"), QStringLiteral("2")}));
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QStringLiteral("How each figure was counted:")));
        QVERIFY(table.out.contains(QStringLiteral("Counted against the capacity")));
        QVERIFY(table.out.contains(QStringLiteral("(2 months)")));
        const auto csv = runCli(QStringList{QStringLiteral("whatif")} +
                                args({QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                                      QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("figure,model,value,text,explanation"));
        QCOMPARE(lines.size(), 1 + 16 * 4);
    }

    void shouldRefuseBadArguments()
    {
        QCOMPARE(runCli(QStringList{QStringLiteral("whatif")} +
                        args({QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                              QStringLiteral("--months"), QStringLiteral("0")}))
                     .code,
                 2);
        QCOMPARE(runCli(QStringList{QStringLiteral("whatif")} +
                        args({QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                              QStringLiteral("--format"), QStringLiteral("xml")}))
                     .code,
                 2);
        const auto unknown = runCli(QStringList{QStringLiteral("whatif")} +
                                    args({QStringLiteral("--engagement"), QStringLiteral("NOPE")}));
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("NOPE")));
        QCOMPARE(runCli(QStringList{QStringLiteral("whatif")} + args({})).code, 2);
    }

    void shouldWriteTheDiagramAsSvgAndRefuseOtherNames()
    {
        const QString svg = m_dir.filePath(QStringLiteral("d.svg"));
        const auto run = runCli(QStringList{QStringLiteral("diagram")} +
                                args({QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"),
                                      QStringLiteral("--out"), svg}));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QSvgRenderer(svg).isValid());
        const QString txt = m_dir.filePath(QStringLiteral("d.txt"));
        QCOMPARE(runCli(QStringList{QStringLiteral("diagram")} +
                        args({QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"),
                              QStringLiteral("--out"), txt}))
                     .code,
                 2);
        QVERIFY(!QFile::exists(txt));
        const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/d.png"));
        const auto failed = runCli(QStringList{QStringLiteral("diagram")} +
                                   args({QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"),
                                         QStringLiteral("--out"), missingFolder}));
        QCOMPARE(failed.code, 1);
        QVERIFY(failed.err.contains(QStringLiteral("d.png")));
        QCOMPARE(
            runCli(QStringList{QStringLiteral("diagram")} +
                   args({QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"),
                         QStringLiteral("--out"), svg, QStringLiteral("--month"), QStringLiteral("11/2026")}))
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestWhatIfCommand)
#include "tst_whatifcommand.moc"

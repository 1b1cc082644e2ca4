// `deliverydesk sla chart` as scripts see it: the compliance trend chart of the SLA page written as
// PNG and SVG from the demo database by the real binary, and clear refusals of bad input. On both
// dialects (issue 15): the demo file, and a copy of it on the test server (dialectcli.h).
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;
} // namespace

class TestSlaChartCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_demo;     ///< the demo of the current dialect
    QDate m_today;

    /// Where the current dialect's files go.
    QString out(const QString &name) const
    {
        QFETCH_GLOBAL(QString, dialect);
        return m_dir.filePath(dialect + QLatin1Char('/') + name);
    }

    Run run(QStringList arguments)
    {
        arguments.prepend(m_demo);
        arguments.prepend(QStringLiteral("--database"));
        return CliTest::runCli(arguments);
    }
    QString now() const { return QDateTime(m_today, QTime(12, 0), Qt::UTC).toString(Qt::ISODate); }
    QStringList chart(const QString &key, const QString &out) const
    {
        return {QStringLiteral("sla"),          QStringLiteral("chart"),
                QStringLiteral("--engagement"), key,
                QStringLiteral("--out"),        out,
                QStringLiteral("--now"),        now()};
    }

private slots:
    void initTestCase()
    {
        m_today = QDate::currentDate();
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess process;
        process.start(QStringLiteral(DD_BINARY),
                      {QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                       QStringLiteral("--database"), m_demoFile});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
    }

    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(QDir(m_dir.path()).mkpath(dialect));
        DD_CLI_DATABASE(m_demo, m_demoFile, m_dir.path());
    }

    void shouldWriteThePng()
    {
        const QString png = out(QStringLiteral("trend.png"));
        const Run r = run(chart(QStringLiteral("FJALLGEAR"), png));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 600));
        // Not a blank picture: severity 2's blue line is drawn somewhere.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; ++y) {
            for (int x = 0; x < image.width() && !blue; ++x)
                blue = image.pixelColor(x, y) == QColor(0x1f, 0x5f, 0xa8);
        }
        QVERIFY(blue);
        QVERIFY2(!r.err.contains(QLatin1String("warning:")), qPrintable(r.err)); // of the demo's rules
    }

    void shouldWarnWhenTheFiguresAreOlderThanTheirRules()
    {
        // FJALLGEAR's results as if stored an hour before the demo's calendar and policy rows
        QString copy;
        DD_CLI_COPY(copy, m_demoFile, m_dir.path());
        QCOMPARE(
            DialectCli::affected(copy, QStringLiteral("UPDATE sla_evaluations SET computed_at = %1 WHERE "
                                                      "engagement_id = (SELECT id FROM engagements WHERE "
                                                      "engagement_key = 'FJALLGEAR')")
                                           .arg(QDateTime::currentSecsSinceEpoch() - 3600)),
            1);
        const QString png = out(QStringLiteral("stale.png"));
        const Run r = CliTest::runCli(QStringList{QStringLiteral("--database"), copy} +
                                      chart(QStringLiteral("FJALLGEAR"), png));
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(png));
        QVERIFY2(
            r.err.startsWith(QLatin1String("deliverydesk: warning: The SLA results were computed before ")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(
                     QLatin1String("Run: deliverydesk sla compliance --engagement FJALLGEAR --recompute")),
                 qPrintable(r.err));
    }

    void shouldWriteAnSvgThatLoads()
    {
        const QString svg = out(QStringLiteral("trend.svg"));
        QStringList arguments = chart(QStringLiteral("ATLANTICPET"), svg);
        arguments << QStringLiteral("--lang") << QStringLiteral("sv") << QStringLiteral("--from")
                  << QStringLiteral("2026-01");
        const Run r = run(arguments);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() >= 1000);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Swedish titles and month names, vector lines
        QVERIFY2(text.contains(QStringLiteral("Lösning")), "the resolution pane's Swedish title");
        QVERIFY(text.contains(QStringLiteral("<path")) || text.contains(QStringLiteral("<polyline")));
    }

    void shouldRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("x.png"));
        const QStringList base{QStringLiteral("sla"), QStringLiteral("chart")};
        QTest::newRow("no engagement")
            << (base + QStringList{QStringLiteral("--out"), out}) << 2 << QStringLiteral("--engagement");
        QTest::newRow("no out") << (base +
                                    QStringList{QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR")})
                                << 2 << QStringLiteral("--out");
        QTest::newRow("pdf") << (base + QStringList{QStringLiteral("--engagement"),
                                                    QStringLiteral("FJALLGEAR"), QStringLiteral("--out"),
                                                    m_dir.filePath(QStringLiteral("x.pdf"))})
                             << 2 << QStringLiteral(".svg");
        QTest::newRow("bad month") << (base +
                                       QStringList{QStringLiteral("--engagement"),
                                                   QStringLiteral("FJALLGEAR"), QStringLiteral("--out"), out,
                                                   QStringLiteral("--from"), QStringLiteral("2026-13")})
                                   << 2 << QStringLiteral("2026-13");
        QTest::newRow("unknown engagement")
            << (base + QStringList{QStringLiteral("--engagement"), QStringLiteral("NOPE"),
                                   QStringLiteral("--out"), out})
            << 1 << QStringLiteral("NOPE");
        QTest::newRow("no SLA") << (base + QStringList{QStringLiteral("--engagement"),
                                                       QStringLiteral("NORDSHOP"), QStringLiteral("--out"),
                                                       out})
                                << 1 << QStringLiteral("fixed-capacity");
        QTest::newRow("to before from")
            << (base + QStringList{QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                                   QStringLiteral("--out"), out, QStringLiteral("--from"),
                                   QStringLiteral("2026-06"), QStringLiteral("--to"),
                                   QStringLiteral("2026-05")})
            << 1 << QStringLiteral("first month");
    }

    void shouldRefuseBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))), "nothing written on a refusal");
    }

    void shouldBeInTheHelp()
    {
        const Run r = CliTest::runCli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("sla chart --engagement KEY")));
        QVERIFY(r.out.contains(QStringLiteral("--geometry WxH")));
        QVERIFY(r.out.contains(QStringLiteral("sla")));
    }
};

QTEST_GUILESS_MAIN(TestSlaChartCommand)
#include "tst_slachartcommand.moc"

// `deliverydesk burndown` and `deliverydesk allocation` as scripts see them: outputs and exit codes of
// the real binary on the demo database.
#include "tests/cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;
} // namespace

class TestBurnDownCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QDate m_today;
    QString m_month;

    Run run(QStringList arguments)
    {
        arguments.prepend(m_demo);
        arguments.prepend(QStringLiteral("--database"));
        return CliTest::runCli(arguments);
    }

    QString now() const { return QDateTime(m_today, QTime(12, 0), Qt::UTC).toString(Qt::ISODate); }

private slots:
    void initTestCase()
    {
        // The demo is generated as of today; every run below passes the same "now".
        m_today = QDate::currentDate();
        m_month = m_today.toString(QStringLiteral("yyyy-MM"));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess process;
        process.start(QStringLiteral(DD_BINARY), {QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                                                 QStringLiteral("--database"), m_demo});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
    }

    void shouldWriteTheDaysAndTheBudgetAsJson()
    {
        const Run r = run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                           QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"committed", "carried_in", "used", "remaining", "budget", "explanation", "days"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("engagement")).toString(), QStringLiteral("NORDSHOP"));
        QCOMPARE(o.value(QStringLiteral("committed")).toDouble(), 80.0);
        QVERIFY(o.value(QStringLiteral("used")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("remaining")).toDouble(),
                 o.value(QStringLiteral("budget")).toDouble() - o.value(QStringLiteral("used")).toDouble());
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), m_today.daysInMonth());
        const QJsonObject first = days.first().toObject();
        for (const char *key : {"date", "ideal_remaining", "actual_remaining", "forecast_low", "forecast_high"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QDate(m_today.year(), m_today.month(), 1).toString(Qt::ISODate));
        // Actual until today, the forecast range from today on, null elsewhere.
        const QJsonObject today = days.at(m_today.day() - 1).toObject();
        QVERIFY(today.value(QStringLiteral("actual_remaining")).isDouble());
        QVERIFY(today.value(QStringLiteral("forecast_low")).isDouble());
        if (m_today.day() < m_today.daysInMonth()) {
            const QJsonObject last = days.last().toObject();
            QVERIFY(last.value(QStringLiteral("actual_remaining")).isNull());
            QVERIFY(last.value(QStringLiteral("forecast_high")).toDouble() >= last.value(QStringLiteral("forecast_low")).toDouble());
        }
        if (m_today.day() > 1)
            QVERIFY(first.value(QStringLiteral("forecast_low")).isNull());
        const QJsonArray explanation = o.value(QStringLiteral("explanation")).toArray();
        QCOMPARE(explanation.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("committed"));
        QVERIFY(!explanation.first().toObject().value(QStringLiteral("text")).toString().isEmpty());
    }

    void shouldWriteOneCsvLinePerDay()
    {
        const Run r = run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("fjallgear"),
                           QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), m_today.daysInMonth() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("date,working_day,ideal_remaining,actual_remaining")));
        QCOMPARE(lines.at(1).count(QLatin1Char(',')), 6);
    }

    void shouldPrintATableWithTheLedgerInWords()
    {
        const Run r = run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                           QStringLiteral("--month"), m_month, QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("80 h committed for")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("IDEAL")));
    }

    void shouldRenderTheChartToPng()
    {
        const QString png = m_dir.filePath(QStringLiteral("burn.png"));
        const Run r = run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("BALTICHOME"),
                           QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("png"),
                           QStringLiteral("--out"), png, QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        // Not a blank picture: the actual line's blue is somewhere.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; y += 2) {
            for (int x = 0; x < image.width() && !blue; x += 2)
                blue = image.pixelColor(x, y) == QColor(0x1f, 0x5f, 0xa8);
        }
        QVERIFY(blue);
    }

    void shouldRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QString engagement = QStringLiteral("--engagement");
        const QString month = QStringLiteral("--month");
        QTest::newRow("a month before the engagement started")
            << QStringList{engagement, QStringLiteral("BALTICHOME"), month, QStringLiteral("2001-01")} << 1
            << QStringLiteral("there is no budget for January 2001");
        QTest::newRow("unknown key") << QStringList{engagement, QStringLiteral("NOPE"), month, QStringLiteral("2026-01")} << 1
                                     << QStringLiteral("no engagement with the key 'NOPE'");
        QTest::newRow("month 13") << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-13")} << 2
                                  << QStringLiteral("is not a month");
        QTest::newRow("a date, not a month") << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-01-05")}
                                             << 2 << QStringLiteral("is not a month");
        QTest::newRow("no engagement") << QStringList{month, QStringLiteral("2026-01")} << 2 << QStringLiteral("--engagement");
        QTest::newRow("png without --out") << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-01"),
                                                          QStringLiteral("--format"), QStringLiteral("png")}
                                           << 2 << QStringLiteral("--out");
        QTest::newRow("unknown format") << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-01"),
                                                       QStringLiteral("--format"), QStringLiteral("xml")}
                                        << 2 << QStringLiteral("xml");
        QTest::newRow("bad now") << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-01"),
                                                QStringLiteral("--now"), QStringLiteral("yesterday")}
                                 << 2 << QStringLiteral("yesterday");
    }

    void shouldRefuseBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, reason);
        arguments.prepend(QStringLiteral("burndown"));
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void shouldListCapacityAllocationAndWarningsAsJson()
    {
        // Two months ahead the demo over-books its solution architect.
        const QString ahead = m_today.addMonths(2).toString(QStringLiteral("yyyy-MM"));
        const Run r = run({QStringLiteral("allocation"), QStringLiteral("--month"), ahead, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray people = o.value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 10);
        double allocated = 0;
        for (const QJsonValue &p : people) {
            const QJsonObject person = p.toObject();
            QVERIFY(person.value(QStringLiteral("capacity")).toDouble() > 0);
            double sum = 0;
            const QJsonObject engagements = person.value(QStringLiteral("engagements")).toObject();
            for (auto it = engagements.constBegin(); it != engagements.constEnd(); ++it)
                sum += it.value().toDouble();
            QCOMPARE(sum, person.value(QStringLiteral("allocated")).toDouble());
            allocated += sum;
        }
        QVERIFY(allocated > 0);
        bool overbooked = false;
        for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray()) {
            const QJsonObject warning = w.toObject();
            if (warning.value(QStringLiteral("kind")).toString() == QLatin1String("person_overbooked")) {
                overbooked = true;
                QCOMPARE(warning.value(QStringLiteral("person")).toString(), QStringLiteral("Lena Holm"));
                QVERIFY(warning.value(QStringLiteral("text")).toString().contains(QStringLiteral("Lena Holm is allocated")));
            }
        }
        QVERIFY(overbooked);
    }

    void shouldPrintAllocationAsTableAndCsv()
    {
        const Run table = run({QStringLiteral("allocation"), QStringLiteral("--month"), m_month});
        QVERIFY2(table.code == 0, qPrintable(table.err));
        QVERIFY(table.out.contains(QStringLiteral("CAPACITY")));
        QVERIFY(table.out.contains(QStringLiteral("Astrid Lindqvist")));
        const Run csv = run({QStringLiteral("allocation"), QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(QStringLiteral("person,role,capacity,allocated,load_percent,engagement,engagement_allocated\n")));
        QVERIFY(csv.out.count(QLatin1Char('\n')) > 10);
    }

    void shouldRefuseABadAllocationMonth()
    {
        const Run r = run({QStringLiteral("allocation"), QStringLiteral("--month"), QStringLiteral("next")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("next")));
    }
};

QTEST_GUILESS_MAIN(TestBurnDownCommand)
#include "tst_burndowncommand.moc"

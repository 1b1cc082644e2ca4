// `deliverydesk burndown` and `deliverydesk allocation` as scripts see them: outputs and exit codes of
// the real binary on the demo database. On both dialects (issue 15): the SQLite files, and copies of
// them on the test server (dialectcli.h).
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include "models/storage/budgetrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {
using CliTest::Run;

Domain::Worklog worklog(const QString &key, const QDate &date, Domain::Role role, double hours,
                        Domain::ServiceLevel level = Domain::ServiceLevel::L3, const QString &activity = {})
{
    Domain::Worklog w;
    w.sourceKey = key;
    w.date = date;
    w.person = QStringLiteral("Person %1").arg(Domain::roleId(role));
    w.role = role;
    w.seconds = qRound64(hours * 3600);
    w.serviceLevel = level;
    w.activity = activity;
    return w;
}

/// Issue 19's hand-made engagement (the same as tests/models/tst_burndownloader.cpp): 80 h a month
/// from 10 September to 17 December 2026, Dev/QA/PM covered, up to 10 h carried; worklogs before
/// the start, by Ops, on an uncontracted service, after the end and later than the instants used.
QString writeMidMonthDatabase(const QString &path)
{
    Storage::Database db;
    if (Storage::StorageError e =
            db.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing))
        return e.toString();
    Domain::Engagement e;
    e.key = QStringLiteral("MIDMONTH");
    e.client = QStringLiteral("Mid Month AB");
    e.start = QDate(2026, 9, 10);
    e.end = QDate(2026, 12, 17);
    e.committedMinutesPerMonth = 80 * 60;
    e.rolesCovered = {Domain::Role::Dev, Domain::Role::QA, Domain::Role::PM};
    if (Storage::StorageError error = Storage::EngagementRepository(db).insert(&e))
        return error.toString();
    Domain::RolloverRule rule;
    rule.carry = Domain::RolloverRule::Carry::UpToMinutes;
    rule.capMinutes = 600;
    if (Storage::StorageError error =
            Storage::BudgetRepository(db).savePolicy(e.id, Domain::BudgetPolicy(4800, rule)))
        return error.toString();
    using Domain::Role;
    using Domain::ServiceLevel;
    const QVector<Domain::Worklog> logs = {
        worklog(QStringLiteral("M1"), QDate(2026, 9, 8), Role::Dev, 2),
        worklog(QStringLiteral("M2"), QDate(2026, 9, 15), Role::Dev, 20),
        worklog(QStringLiteral("M3"), QDate(2026, 9, 16), Role::Ops, 3, ServiceLevel::L1),
        worklog(QStringLiteral("M4"), QDate(2026, 9, 17), Role::Dev, 1.5, ServiceLevel::OptionalL3,
                QStringLiteral("strategic-advisory")),
        worklog(QStringLiteral("M5"), QDate(2026, 10, 5), Role::QA, 30, ServiceLevel::L1),
        worklog(QStringLiteral("M6"), QDate(2026, 10, 20), Role::Dev, 25),
        worklog(QStringLiteral("M7"), QDate(2026, 11, 3), Role::Dev, 10),
        worklog(QStringLiteral("M8"), QDate(2026, 11, 10), Role::PM, 5, ServiceLevel::L2),
        worklog(QStringLiteral("M9"), QDate(2026, 11, 20), Role::Dev, 12),
        worklog(QStringLiteral("M10"), QDate(2026, 12, 2), Role::Dev, 6),
        worklog(QStringLiteral("M11"), QDate(2026, 12, 10), Role::QA, 8, ServiceLevel::L1),
        worklog(QStringLiteral("M12"), QDate(2026, 12, 20), Role::Dev, 4)};
    Storage::UpsertCounts counts;
    if (Storage::StorageError error =
            Storage::WorklogRepository(db).upsert(e.id, QStringLiteral("test"), logs, &counts))
        return error.toString();
    return {};
}
} // namespace

class TestBurnDownCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_demo;     ///< the demo of the current dialect
    QDate m_today;
    QString m_month;

    Run run(QStringList arguments)
    {
        arguments.prepend(m_demo);
        arguments.prepend(QStringLiteral("--database"));
        return CliTest::runCli(arguments);
    }

    QString now() const { return QDateTime(m_today, QTime(12, 0), Qt::UTC).toString(Qt::ISODate); }

    /// Where the current dialect's files go.
    QString out(const QString &name) const
    {
        QFETCH_GLOBAL(QString, dialect);
        return m_dir.filePath(dialect + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase()
    {
        // The demo is generated as of today; every run below passes the same "now".
        m_today = QDate::currentDate();
        m_month = m_today.toString(QStringLiteral("yyyy-MM"));
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

    void shouldAgreeWithWorklogsListAndTheExportAtTheSameInstant_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("now");
        QTest::addColumn<double>("used");
        QTest::addColumn<double>("outside");
        QTest::addColumn<QString>("state");
        QTest::newRow("a mid-month start: 2 h before the 10th, Ops and an uncontracted service outside")
            << QStringLiteral("2026-09") << QStringLiteral("2026-12-31T11:00:00Z") << 20.0 << 6.5
            << QStringLiteral("closed");
        QTest::newRow("15 November with 12 h stored for the 20th")
            << QStringLiteral("2026-11") << QStringLiteral("2026-11-15T11:00:00Z") << 15.0 << 0.0
            << QStringLiteral("open");
        QTest::newRow("4 December with 8 h stored for the 10th")
            << QStringLiteral("2026-12") << QStringLiteral("2026-12-04T11:00:00Z") << 6.0 << 0.0
            << QStringLiteral("open");
        QTest::newRow("the month after the end")
            << QStringLiteral("2027-01") << QStringLiteral("2027-01-20T11:00:00Z") << 0.0 << 0.0
            << QStringLiteral("ended");
    }

    void shouldAgreeWithWorklogsListAndTheExportAtTheSameInstant()
    {
        QFETCH(QString, month);
        QFETCH(QString, now);
        QFETCH(double, used);
        QFETCH(double, outside);
        QFETCH(QString, state);
        const QString file = m_dir.filePath(QStringLiteral("midmonth.sqlite"));
        if (!QFile::exists(file))
            QCOMPARE(writeMidMonthDatabase(file), QString());
        QString db;
        DD_CLI_DATABASE(db, file, m_dir.path());
        const QStringList base = {QStringLiteral("--database"), db};
        // The burn-down as of the instant
        const Run b =
            CliTest::runCli(base + QStringList{QStringLiteral("burndown"), QStringLiteral("--engagement"),
                                               QStringLiteral("MIDMONTH"), QStringLiteral("--month"), month,
                                               QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("--now"), now});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QJsonObject o = QJsonDocument::fromJson(b.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("used")).toDouble(), used);
        QCOMPARE(o.value(QStringLiteral("month_state")).toString(), state);
        QCOMPARE(
            o.value(QStringLiteral("outside_contract")).toObject().value(QStringLiteral("hours")).toDouble(),
            outside);
        bool projected = false;
        for (const QJsonValue &entry : o.value(QStringLiteral("explanation")).toArray()) {
            const QJsonObject e = entry.toObject();
            projected = projected || e.value(QStringLiteral("projected")).toBool();
            if (state == QLatin1String("open") &&
                (e.value(QStringLiteral("kind")) == QLatin1String("forfeited") ||
                 e.value(QStringLiteral("kind")) == QLatin1String("carried_out")))
                QVERIFY2(e.value(QStringLiteral("projected")).toBool() &&
                             e.value(QStringLiteral("text"))
                                 .toString()
                                 .startsWith(QStringLiteral("if the forecast holds")),
                         qPrintable(e.value(QStringLiteral("text")).toString()));
        }
        QCOMPARE(projected, state == QLatin1String("open"));

        // `worklogs list` up to the same day: the worklogs it marks counted add up to "used"
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        const QDate today =
            QDateTime::fromString(now, Qt::ISODate).toTimeZone(QTimeZone("Europe/Stockholm")).date();
        const QDate last = qMin(first.addMonths(1).addDays(-1), today);
        const Run l =
            CliTest::runCli(base + QStringList{QStringLiteral("worklogs"), QStringLiteral("list"),
                                               QStringLiteral("--engagement"), QStringLiteral("MIDMONTH"),
                                               QStringLiteral("--from"), first.toString(Qt::ISODate),
                                               QStringLiteral("--to"), last.toString(Qt::ISODate),
                                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(l.code == 0, qPrintable(l.err));
        qint64 countedSeconds = 0;
        qint64 outsideSeconds = 0;
        QSet<QString> counted;
        for (const QJsonValue &v : QJsonDocument::fromJson(l.out.toUtf8()).array()) {
            const QJsonObject w = v.toObject();
            const QString budget = w.value(QStringLiteral("budget")).toString();
            if (budget == QLatin1String("counted")) {
                countedSeconds += w.value(QStringLiteral("seconds")).toInteger();
                counted.insert(w.value(QStringLiteral("key")).toString());
            } else if (budget != QLatin1String("billed_outside")) {
                outsideSeconds += w.value(QStringLiteral("seconds")).toInteger();
            }
        }
        QCOMPARE(double(countedSeconds) / 3600.0, used);
        QCOMPARE(double(outsideSeconds) / 3600.0, outside);

        // The export lists every stored worklog; those counted, up to the same day, add up the same
        const QString folder = out(QStringLiteral("export-") + month);
        const Run x = CliTest::runCli(
            base + QStringList{QStringLiteral("export"), QStringLiteral("--engagement"),
                               QStringLiteral("MIDMONTH"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), folder, QStringLiteral("--force")});
        QVERIFY2(x.code == 0, qPrintable(x.err));
        QFile csv(folder + QStringLiteral("/worklogs.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll())
                                      .remove(QChar(0xfeff))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() == 13);
        const QChar separator =
            lines.first().contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
        const QStringList header = lines.first().trimmed().split(separator);
        const int id = header.indexOf(QStringLiteral("Id"));
        const int date = header.indexOf(QStringLiteral("Date"));
        const int hours = header.indexOf(QStringLiteral("Hours"));
        QVERIFY(id >= 0 && date >= 0 && hours >= 0);
        double exported = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.trimmed().split(separator);
            const QDate d = QDate::fromString(cells.at(date), Qt::ISODate);
            if (d >= first && d <= last && counted.contains(cells.at(id)))
                exported += QString(cells.at(hours)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        }
        QCOMPARE(exported, used);
    }

    void shouldWriteTheDaysAndTheBudgetAsJson()
    {
        const Run r =
            run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                 QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key :
             {"committed", "carried_in", "used", "remaining", "budget", "explanation", "days"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("engagement")).toString(), QStringLiteral("NORDSHOP"));
        QCOMPARE(o.value(QStringLiteral("committed")).toDouble(), 80.0);
        QVERIFY(o.value(QStringLiteral("used")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("remaining")).toDouble(),
                 o.value(QStringLiteral("budget")).toDouble() - o.value(QStringLiteral("used")).toDouble());
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), m_today.daysInMonth());
        const QJsonObject first = days.first().toObject();
        for (const char *key :
             {"date", "ideal_remaining", "actual_remaining", "forecast_low", "forecast_high"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("date")).toString(),
                 QDate(m_today.year(), m_today.month(), 1).toString(Qt::ISODate));
        // Actual until today, the forecast range from today on, null elsewhere.
        const QJsonObject today = days.at(m_today.day() - 1).toObject();
        QVERIFY(today.value(QStringLiteral("actual_remaining")).isDouble());
        QVERIFY(today.value(QStringLiteral("forecast_low")).isDouble());
        if (m_today.day() < m_today.daysInMonth()) {
            const QJsonObject last = days.last().toObject();
            QVERIFY(last.value(QStringLiteral("actual_remaining")).isNull());
            QVERIFY(last.value(QStringLiteral("forecast_high")).toDouble() >=
                    last.value(QStringLiteral("forecast_low")).toDouble());
        }
        if (m_today.day() > 1)
            QVERIFY(first.value(QStringLiteral("forecast_low")).isNull());
        const QJsonArray explanation = o.value(QStringLiteral("explanation")).toArray();
        QCOMPARE(explanation.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("committed"));
        QVERIFY(!explanation.first().toObject().value(QStringLiteral("text")).toString().isEmpty());
    }

    void shouldWriteOneCsvLinePerDay()
    {
        const Run r =
            run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("fjallgear"),
                 QStringLiteral("--month"), m_month, QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), m_today.daysInMonth() + 1);
        QVERIFY(
            lines.first().startsWith(QStringLiteral("date,working_day,ideal_remaining,actual_remaining")));
        QCOMPARE(lines.at(1).count(QLatin1Char(',')), 6);
    }

    void shouldPrintATableWithTheLedgerInWords()
    {
        const Run r =
            run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("NORDSHOP"),
                 QStringLiteral("--month"), m_month, QStringLiteral("--now"), now()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("80 h committed for")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("IDEAL")));
    }

    void shouldRenderTheChartToPng()
    {
        const QString png = out(QStringLiteral("burn.png"));
        const Run r =
            run({QStringLiteral("burndown"), QStringLiteral("--engagement"), QStringLiteral("BALTICHOME"),
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
        QTest::newRow("unknown key") << QStringList{engagement, QStringLiteral("NOPE"), month,
                                                    QStringLiteral("2026-01")}
                                     << 1 << QStringLiteral("no engagement with the key 'NOPE'");
        QTest::newRow("month 13") << QStringList{engagement, QStringLiteral("NORDSHOP"), month,
                                                 QStringLiteral("2026-13")}
                                  << 2 << QStringLiteral("is not a month");
        QTest::newRow("a date, not a month")
            << QStringList{engagement, QStringLiteral("NORDSHOP"), month, QStringLiteral("2026-01-05")} << 2
            << QStringLiteral("is not a month");
        QTest::newRow("no engagement")
            << QStringList{month, QStringLiteral("2026-01")} << 2 << QStringLiteral("--engagement");
        QTest::newRow("png without --out") << QStringList{engagement,
                                                          QStringLiteral("NORDSHOP"),
                                                          month,
                                                          QStringLiteral("2026-01"),
                                                          QStringLiteral("--format"),
                                                          QStringLiteral("png")}
                                           << 2 << QStringLiteral("--out");
        QTest::newRow("unknown format") << QStringList{engagement,
                                                       QStringLiteral("NORDSHOP"),
                                                       month,
                                                       QStringLiteral("2026-01"),
                                                       QStringLiteral("--format"),
                                                       QStringLiteral("xml")}
                                        << 2 << QStringLiteral("xml");
        QTest::newRow("bad now") << QStringList{engagement,
                                                QStringLiteral("NORDSHOP"),
                                                month,
                                                QStringLiteral("2026-01"),
                                                QStringLiteral("--now"),
                                                QStringLiteral("yesterday")}
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
        const Run r = run({QStringLiteral("allocation"), QStringLiteral("--month"), ahead,
                           QStringLiteral("--format"), QStringLiteral("json")});
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
                QVERIFY(warning.value(QStringLiteral("text"))
                            .toString()
                            .contains(QStringLiteral("Lena Holm is allocated")));
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
        const Run csv = run({QStringLiteral("allocation"), QStringLiteral("--month"), m_month,
                             QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(
            QStringLiteral("person,role,capacity,allocated,load_percent,engagement,engagement_allocated\n")));
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

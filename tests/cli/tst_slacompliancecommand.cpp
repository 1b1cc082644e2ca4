// `deliverydesk sla compliance|breaches` through the real binary: stored results read back, kept up
// to date after policy changes and imports, and the exit codes scripts rely on. On both dialects
// (issue 15): the demo file, and a copy of it on the test server for each test function (dialectcli.h).
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliTest::Run;

const QString s_key = QStringLiteral("FJALLGEAR");
const QString s_old = QStringLiteral("2026-01-01T00:00:00Z");
const qint64 s_oldSeconds = 1767225600; // 2026-01-01T00:00:00Z

Run run(const QStringList &arguments)
{
    return CliTest::runCli(arguments);
}

/// One value from the database, read behind the binary's back.
QVariant scalar(const QString &database, const QString &sql)
{
    return DialectCli::scalar(database, sql);
}

QString engagementWhere()
{
    return QStringLiteral("(SELECT id FROM engagements WHERE engagement_key = '%1')").arg(s_key);
}

qint64 evaluatedAt(const QString &database)
{
    return scalar(database,
                  QStringLiteral("SELECT evaluated_at FROM sla_evaluations WHERE engagement_id = %1")
                      .arg(engagementWhere()))
        .toLongLong();
}

} // namespace

class TestSlaComplianceCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< the demo as made, a SQLite file
    QString m_demo;     ///< the demo of the current dialect: the file, or a copy on the server

    QStringList compliance(const QString &database, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("sla"),          QStringLiteral("compliance"),
                           QStringLiteral("--database"),   database,
                           QStringLiteral("--engagement"), s_key} +
               extra;
    }

    QJsonArray complianceJson(const QString &database, const QStringList &extra = {})
    {
        const Run r = run(
            compliance(database, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + extra));
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void initTestCase()
    {
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                           QStringLiteral("--database"), m_demoFile});
        QCOMPARE(r.code, 0);
    }

    void init() { DD_CLI_DATABASE(m_demo, m_demoFile, m_dir.path()); }

    void shouldStoreResultsForEveryDemoTicketWhenTheDemoIsCreated()
    {
        const qint64 tickets = scalar(m_demo, QStringLiteral("SELECT COUNT(*) FROM tickets")).toLongLong();
        QVERIFY(tickets > 0);
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT COUNT(*) FROM sla_results")).toLongLong(), tickets);
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT COUNT(*) FROM sla_evaluations")).toLongLong(),
                 scalar(m_demo, QStringLiteral("SELECT COUNT(*) FROM engagements")).toLongLong());
    }

    void shouldPrintEveryStoredMonthAndSeverity_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("table") << QStringLiteral("table") << QStringLiteral("SLA compliance of FJALLGEAR");
        QTest::newRow("csv") << QStringLiteral("csv")
                             << QStringLiteral("month,severity,tickets,excluded,response_met_percent");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("[");
    }

    void shouldPrintEveryStoredMonthAndSeverity()
    {
        QFETCH(QString, format);
        QFETCH(QString, firstLine);
        const Run r = run(compliance(m_demo, {QStringLiteral("--format"), format}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(firstLine), qPrintable(r.out.left(200)));
        const qint64 rows =
            scalar(m_demo,
                   QStringLiteral("SELECT COUNT(*) FROM sla_monthly_compliance WHERE engagement_id = %1")
                       .arg(engagementWhere()))
                .toLongLong();
        QVERIFY(rows >= 4 * 6);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (format == QLatin1String("json"))
            QCOMPARE(qint64(complianceJson(m_demo).size()), rows);
        else
            QCOMPARE(qint64(lines.size()), rows + (format == QLatin1String("table") ? 2 : 1));
    }

    void shouldAgreeWithTheStoredPerTicketResults()
    {
        const QJsonArray rows = complianceJson(m_demo);
        QVERIFY(!rows.isEmpty());
        int breaches = 0;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString where =
                QStringLiteral("engagement_id = %1 AND compliance_month = '%2-01' AND severity = %3")
                    .arg(engagementWhere(), row.value(QStringLiteral("month")).toString())
                    .arg(row.value(QStringLiteral("severity")).toInt());
            QCOMPARE(row.value(QStringLiteral("tickets")).toInt(),
                     scalar(m_demo,
                            QStringLiteral("SELECT COUNT(*) FROM sla_results WHERE %1 AND state <> 'invalid'")
                                .arg(where))
                         .toInt());
            QCOMPARE(row.value(QStringLiteral("breaches")).toInt(),
                     scalar(m_demo,
                            QStringLiteral("SELECT COUNT(*) FROM sla_results WHERE %1 AND state = 'breached'")
                                .arg(where))
                         .toInt());
            QCOMPARE(row.value(QStringLiteral("response_met")).toInt(),
                     scalar(m_demo, QStringLiteral("SELECT COUNT(*) FROM sla_results WHERE %1 AND "
                                                   "response_outcome = 'met' AND state <> 'invalid'")
                                        .arg(where))
                         .toInt());
            const QJsonValue percent = row.value(QStringLiteral("response_met_percent"));
            const int measured = row.value(QStringLiteral("response_measured")).toInt();
            QCOMPARE(percent.isNull(), measured == 0);
            if (measured > 0)
                QCOMPARE(percent.toDouble(),
                         100.0 * row.value(QStringLiteral("response_met")).toInt() / measured);
            breaches += row.value(QStringLiteral("breaches")).toInt();
        }
        QVERIFY(breaches > 0);
    }

    /// A month and severity without a measured clock has no median and kept no target: the demo has
    /// such rows (severity 1 resolved nowhere in some months). They used to read 0.00 h and "met".
    void shouldLeaveAMonthWithoutMeasuredTicketsUndecided()
    {
        const QJsonArray rows = complianceJson(m_demo);
        QStringList empty;
        int decided = 0;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const bool response = row.value(QStringLiteral("response_measured")).toInt() > 0;
            const bool resolution = row.value(QStringLiteral("resolution_measured")).toInt() > 0;
            QCOMPARE(row.value(QStringLiteral("response_median_seconds")).isNull(), !response);
            QCOMPARE(row.value(QStringLiteral("response_p90_seconds")).isNull(), !response);
            QCOMPARE(row.value(QStringLiteral("resolution_median_seconds")).isNull(), !resolution);
            QCOMPARE(row.value(QStringLiteral("resolution_p90_seconds")).isNull(), !resolution);
            QCOMPARE(row.value(QStringLiteral("target_met")).isNull(), !response && !resolution);
            if (!response && !resolution)
                empty.append(row.value(QStringLiteral("month")).toString() + QLatin1Char(',') +
                             QString::number(row.value(QStringLiteral("severity")).toInt()) +
                             QLatin1Char(','));
            else
                decided += row.value(QStringLiteral("target_met")).isBool();
        }
        QVERIFY2(!empty.isEmpty(), "the demo should have a month and severity with nothing measured");
        QCOMPARE(decided, int(rows.size() - empty.size()));

        const Run csv = run(compliance(m_demo, {QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(csv.code, 0);
        const Run table = run(compliance(m_demo));
        QCOMPARE(table.code, 0);
        for (const QString &start : std::as_const(empty)) {
            // month,severity,tickets,excluded,resp %,res %,breaches,4 × hours,target,result
            const QRegularExpression csvLine(QLatin1Char('^') + QRegularExpression::escape(start) +
                                                 QStringLiteral("\\d+,\\d+,,,0,,,,,[\\d.]+,none$"),
                                             QRegularExpression::MultilineOption);
            QVERIFY2(csvLine.match(csv.out).hasMatch(), qPrintable(start + QLatin1Char('\n') + csv.out));
            const QString month = start.section(QLatin1Char(','), 0, 0);
            const QString severity = start.section(QLatin1Char(','), 1, 1);
            const QRegularExpression tableLine(
                QStringLiteral("^%1 +%2 +\\d+ +\\d+ +0 +\\d+ +nothing measured$")
                    .arg(QRegularExpression::escape(month), severity),
                QRegularExpression::MultilineOption);
            QVERIFY2(tableLine.match(table.out).hasMatch(),
                     qPrintable(start + QLatin1Char('\n') + table.out));
        }
    }

    void shouldLimitTheOutputToTheMonthRange()
    {
        const QJsonArray rows = complianceJson(m_demo, {QStringLiteral("--from"), QStringLiteral("2026-03"),
                                                        QStringLiteral("--to"), QStringLiteral("2026-04")});
        QCOMPARE(rows.size(), 8);
        for (const QJsonValue &row : rows) {
            const QString month = row.toObject().value(QStringLiteral("month")).toString();
            QVERIFY2(month == QLatin1String("2026-03") || month == QLatin1String("2026-04"),
                     qPrintable(month));
        }
    }

    void shouldRecomputeAtTheGivenInstantWhenAsked()
    {
        QString db;
        DD_CLI_COPY(db, m_demoFile, m_dir.path());
        const Run r = run(compliance(db, {QStringLiteral("--recompute"), QStringLiteral("--now"), s_old}));
        QCOMPARE(r.code, 0);
        QCOMPARE(evaluatedAt(db), s_oldSeconds);
        // Tickets created after that instant cannot be evaluated yet.
        QVERIFY(
            scalar(db, QStringLiteral(
                           "SELECT COUNT(*) FROM sla_results WHERE engagement_id = %1 AND state = 'invalid'")
                           .arg(engagementWhere()))
                .toInt() > 0);
    }

    void shouldWarnWhenTheResultsAreOlderThanTheirRules()
    {
        // Results stored an hour before the demo's calendar and policy rows were written: printed,
        // with a warning that says so, until recomputed.
        QString db;
        DD_CLI_COPY(db, m_demoFile, m_dir.path());
        QVERIFY(DialectCli::exec(db, QStringLiteral("UPDATE sla_evaluations SET computed_at = %1")
                                         .arg(QDateTime::currentSecsSinceEpoch() - 3600)));
        const Run old = run(compliance(db));
        QCOMPARE(old.code, 0);
        QVERIFY2(
            old.err.startsWith(QLatin1String("deliverydesk: warning: The SLA results were computed before ")),
            qPrintable(old.err));
        QVERIFY2(old.err.contains(QLatin1String("Add --recompute to bring them up to date.")),
                 qPrintable(old.err));
        QVERIFY(old.out.contains(QLatin1String("SLA compliance of FJALLGEAR")));
        const Run breaches = run({QStringLiteral("sla"), QStringLiteral("breaches"),
                                  QStringLiteral("--database"), db, QStringLiteral("--engagement"), s_key,
                                  QStringLiteral("--month"), QStringLiteral("2025-12")});
        QVERIFY2(breaches.err.contains(QLatin1String("warning: The SLA results were computed before ")),
                 qPrintable(breaches.err));
        // Recomputed now, even as of a past instant: of today's rules, no warning.
        QCOMPARE(run(compliance(db, {QStringLiteral("--recompute"), QStringLiteral("--now"), s_old})).code,
                 0);
        QVERIFY2(run(compliance(db)).err.isEmpty(), "a recompute as of a past instant is of today's rules");
        QVERIFY(DialectCli::exec(db, QStringLiteral("UPDATE sla_evaluations SET computed_at = %1")
                                         .arg(QDateTime::currentSecsSinceEpoch() - 3600)));
        QCOMPARE(run(compliance(db, {QStringLiteral("--recompute")})).code, 0);
        const Run fresh = run(compliance(db));
        QCOMPARE(fresh.code, 0);
        QVERIFY2(fresh.err.isEmpty(), qPrintable(fresh.err));
    }

    void shouldComputeFirstWhenNothingIsStored()
    {
        QString db;
        DD_CLI_COPY(db, m_demoFile, m_dir.path());
        QVERIFY(DialectCli::exec(db, QStringLiteral("DELETE FROM sla_results")));
        QVERIFY(DialectCli::exec(db, QStringLiteral("DELETE FROM sla_monthly_compliance")));
        QVERIFY(DialectCli::exec(db, QStringLiteral("DELETE FROM sla_evaluations")));
        const QJsonArray rows = complianceJson(db, {QStringLiteral("--now"), s_old});
        QVERIFY(!rows.isEmpty());
        QCOMPARE(evaluatedAt(db), s_oldSeconds);
    }

    void shouldListEveryBreachOfAMonthWithItsReason()
    {
        // The month of the compliance table with the most breaches.
        QString month;
        int most = 0;
        QHash<QString, int> byMonth;
        for (const QJsonValue &value : complianceJson(m_demo)) {
            const QJsonObject row = value.toObject();
            const QString m = row.value(QStringLiteral("month")).toString();
            byMonth[m] += row.value(QStringLiteral("breaches")).toInt();
            if (byMonth[m] > most) {
                most = byMonth[m];
                month = m;
            }
        }
        QVERIFY(most > 0);
        const Run r = run({QStringLiteral("sla"), QStringLiteral("breaches"), QStringLiteral("--database"),
                           m_demo, QStringLiteral("--engagement"), s_key, QStringLiteral("--month"), month,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray breaches = QJsonDocument::fromJson(r.out.toUtf8()).array();
        int resolved = 0;
        for (const QJsonValue &value : breaches) {
            const QJsonObject b = value.toObject();
            QVERIFY2(b.value(QStringLiteral("reason")).toString().contains(QStringLiteral("breached")),
                     qPrintable(b.value(QStringLiteral("reason")).toString()));
            QVERIFY(!b.value(QStringLiteral("key")).toString().isEmpty());
            resolved += b.value(QStringLiteral("resolved")).isNull() ? 0 : 1;
        }
        // Every breach the compliance table counts is listed (open tickets that breached in the month come on
        // top).
        QCOMPARE(resolved, most);
        const Run table =
            run({QStringLiteral("sla"), QStringLiteral("breaches"), QStringLiteral("--database"), m_demo,
                 QStringLiteral("--engagement"), s_key, QStringLiteral("--month"), month});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("target of")), qPrintable(table.out));
        // The heading names the month in words in both languages ("i november 2026", never "i 2026-11").
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        const Run sv = run({QStringLiteral("sla"), QStringLiteral("breaches"), QStringLiteral("--database"),
                            m_demo, QStringLiteral("--engagement"), s_key, QStringLiteral("--month"), month,
                            QStringLiteral("--lang"), QStringLiteral("sv")});
        QCOMPARE(sv.code, 0);
        const QString svMonth = QLocale(QLocale::Swedish).monthName(first.month()) + QLatin1Char(' ') +
                                QString::number(first.year());
        QVERIFY2(sv.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral(" i ") + svMonth),
                 qPrintable(sv.out));
        QVERIFY2(!sv.out.section(QLatin1Char('\n'), 0, 0).contains(month), qPrintable(sv.out));
        const QString enMonth = QLocale(QLocale::English).monthName(first.month()) + QLatin1Char(' ') +
                                QString::number(first.year());
        QVERIFY2(table.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral(" in ") + enMonth),
                 qPrintable(table.out));
    }

    void shouldRecomputeAfterAPolicyImport()
    {
        QString db;
        DD_CLI_COPY(db, m_demoFile, m_dir.path());
        QCOMPARE(run(compliance(db, {QStringLiteral("--recompute"), QStringLiteral("--now"), s_old})).code,
                 0);
        const Run exported = run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("export"),
                                  QStringLiteral("--database"), db, QStringLiteral("--engagement"), s_key});
        QCOMPARE(exported.code, 0);
        QJsonObject policy = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QJsonArray versions = policy.value(QStringLiteral("versions")).toArray();
        QJsonObject later = versions.last().toObject();
        later.insert(QStringLiteral("effective"), QStringLiteral("2026-10-01"));
        versions.append(later);
        policy.insert(QStringLiteral("versions"), versions);
        const QString file = m_dir.filePath(QStringLiteral("policy.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(policy).toJson());
        f.close();
        const Run imported =
            run({QStringLiteral("sla"), QStringLiteral("policy"), QStringLiteral("import"),
                 QStringLiteral("--database"), db, QStringLiteral("--engagement"), s_key, file});
        QCOMPARE(imported.code, 0);
        QVERIFY(evaluatedAt(db) > s_oldSeconds);
        QVERIFY(scalar(db, QStringLiteral(
                               "SELECT COUNT(*) FROM sla_results WHERE policy_effective = '2026-10-01'"))
                    .toInt() > 0);
    }

    void shouldWriteSwedishDecimalsInTheTableOnly()
    {
        const Run sv = run(compliance(m_demo, {QStringLiteral("--lang"), QStringLiteral("sv")}));
        QCOMPARE(sv.code, 0);
        const QString rows = sv.out.section(QLatin1Char('\n'), 2);
        QVERIFY2(QRegularExpression(QStringLiteral(" \\d+,\\d\\d ")).match(rows).hasMatch(),
                 qPrintable(rows.left(400)));
        QVERIFY2(!QRegularExpression(QStringLiteral(" \\d+\\.\\d+ ")).match(rows).hasMatch(),
                 qPrintable(rows.left(400)));
        const Run csv = run(compliance(m_demo, {QStringLiteral("--lang"), QStringLiteral("sv"),
                                                QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(csv.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral(",\\d+\\.\\d\\d,")).match(csv.out).hasMatch(),
                 qPrintable(csv.out.left(400)));
    }

    void shouldSayThatAnEngagementWithoutAnSlaHasNone()
    {
        // NORDSHOP is fixed capacity: no targets, so no "met" rows, in either language.
        const QStringList nordshop{QStringLiteral("--database"), m_demo, QStringLiteral("--engagement"),
                                   QStringLiteral("NORDSHOP")};
        const Run table = run(QStringList{QStringLiteral("sla"), QStringLiteral("compliance")} + nordshop);
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(table.out.contains(QStringLiteral("no SLA")), qPrintable(table.out));
        QVERIFY2(!table.out.contains(QStringLiteral("met")), qPrintable(table.out));
        const Run sv =
            run(QStringList{QStringLiteral("sla"), QStringLiteral("breaches"), QStringLiteral("--month"),
                            QStringLiteral("2026-09"), QStringLiteral("--lang"), QStringLiteral("sv")} +
                nordshop);
        QCOMPARE(sv.code, 0);
        QCOMPARE(sv.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(sv.out.contains(QStringLiteral("NORDSHOP")) && !sv.out.contains(QStringLiteral("no SLA")),
                 qPrintable(sv.out));
        const Run json = run(QStringList{QStringLiteral("sla"), QStringLiteral("compliance"),
                                         QStringLiteral("--format"), QStringLiteral("json")} +
                             nordshop);
        QCOMPARE(json.code, 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isArray());
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
        QVERIFY2(json.err.contains(QStringLiteral("no SLA")), qPrintable(json.err));
    }

    void shouldRecomputeAfterATicketImport()
    {
        QString db;
        DD_CLI_COPY(db, m_demoFile, m_dir.path());
        QCOMPARE(run(compliance(db, {QStringLiteral("--recompute"), QStringLiteral("--now"), s_old})).code,
                 0);
        const Run imported =
            run({QStringLiteral("import"), QStringLiteral("--database"), db, QStringLiteral("--engagement"),
                 s_key, QStringLiteral("--source"), QStringLiteral("servicenow-events"),
                 QStringLiteral("--skip-bad-rows"),
                 QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(evaluatedAt(db) > s_oldSeconds);
        const QString where = QStringLiteral("WHERE engagement_id = %1").arg(engagementWhere());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sla_results ") + where).toLongLong(),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets ") + where).toLongLong());
    }

    void shouldRefuseBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentioned");
        const QStringList sla{QStringLiteral("sla"), QStringLiteral("compliance")};
        const QStringList br{QStringLiteral("sla"), QStringLiteral("breaches")};
        const QStringList key{QStringLiteral("--engagement"), s_key};
        QTest::newRow("no engagement") << sla << 2 << QStringLiteral("--engagement");
        QTest::newRow("unknown engagement")
            << (sla + QStringList{QStringLiteral("--engagement"), QStringLiteral("NOPE")}) << 1
            << QStringLiteral("NOPE");
        QTest::newRow("bad from") << (sla + key +
                                      QStringList{QStringLiteral("--from"), QStringLiteral("2026-3")})
                                  << 2 << QStringLiteral("2026-3");
        QTest::newRow("to before from") << (sla + key +
                                            QStringList{QStringLiteral("--from"), QStringLiteral("2026-05"),
                                                        QStringLiteral("--to"), QStringLiteral("2026-04")})
                                        << 2 << QStringLiteral("--to");
        QTest::newRow("bad format") << (sla + key +
                                        QStringList{QStringLiteral("--format"), QStringLiteral("xml")})
                                    << 2 << QStringLiteral("xml");
        QTest::newRow("bad now") << (sla + key +
                                     QStringList{QStringLiteral("--recompute"), QStringLiteral("--now"),
                                                 QStringLiteral("yesterday")})
                                 << 2 << QStringLiteral("yesterday");
        QTest::newRow("extra argument")
            << (sla + key + QStringList{QStringLiteral("extra")}) << 2 << QStringLiteral("no further");
        QTest::newRow("breaches without month") << (br + key) << 2 << QStringLiteral("--month");
        QTest::newRow("breaches with a bad month")
            << (br + key + QStringList{QStringLiteral("--month"), QStringLiteral("March")}) << 2
            << QStringLiteral("March");
    }

    void shouldRefuseBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, mentioned);
        const Run r = run(arguments + QStringList{QStringLiteral("--database"), m_demo});
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("deliverydesk: ")) && r.err.contains(mentioned),
                 qPrintable(r.err));
    }

    void shouldFailOnAMissingDatabase()
    {
        const Run r = run(compliance(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlaComplianceCommand)
#include "tst_slacompliancecommand.moc"

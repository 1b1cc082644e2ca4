// `deliverydesk tickets list` and `worklogs list` as scripts see them: aligned tables in both
// languages, CSV and JSON, status changes and paused time, after real imports.
#include "tests/cli/importcli.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ImportCli;

class TestListCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void shouldListTicketsAndWorklogsAsAlignedTables()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("servicenow-events"), s_sample).code, 0);
        QCOMPARE(import(db, QStringLiteral("tempo"), testData(QStringLiteral("tempo/tempo_worklogs.csv")),
                        {QStringLiteral("--skip-bad-rows")})
                     .code,
                 0);
        const QStringList base{QStringLiteral("--database"), db, QStringLiteral("--engagement"), s_key};
        const auto columnsAligned = [](const QStringList &lines, const QString &heading) {
            // Every row has its cell of `heading`'s column starting where the heading starts.
            const int at = int(lines.first().indexOf(heading));
            if (at <= 0)
                return false;
            for (const QString &line : lines) {
                if (line.size() <= at || line.at(at - 1) != QLatin1Char(' ') ||
                    line.at(at) == QLatin1Char(' '))
                    return false;
            }
            return true;
        };
        const Run en = run(QStringList{QStringLiteral("tickets"), QStringLiteral("list")} + base);
        QCOMPARE(en.code, 0);
        QStringList lines = en.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 891);
        QVERIFY2(!en.out.contains(QLatin1Char('\t')), qPrintable(lines.first()));
        QVERIFY2(lines.first().startsWith(QStringLiteral("Key ")), qPrintable(lines.first()));
        QVERIFY2(columnsAligned(lines, QStringLiteral("Status")), qPrintable(en.out.left(2000)));
        const Run sv = run(QStringList{QStringLiteral("tickets"), QStringLiteral("list"),
                                       QStringLiteral("--lang"), QStringLiteral("sv")} +
                           base);
        QCOMPARE(sv.code, 0);
        lines = sv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Nyckel ")), qPrintable(lines.first()));
        QVERIFY2(QRegularExpression(QStringLiteral(" \\d+,\\d\\d\\b")).match(sv.out).hasMatch(),
                 qPrintable(lines.value(1)));

        const Run worklogs =
            run(QStringList{QStringLiteral("worklogs"), QStringLiteral("list"), QStringLiteral("--lang"),
                            QStringLiteral("sv"), QStringLiteral("--format"), QStringLiteral("table")} +
                base);
        QCOMPARE(worklogs.code, 0);
        lines = worklogs.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Nyckel ")), qPrintable(lines.first()));
        QVERIFY2(columnsAligned(lines, QStringLiteral("Datum")), qPrintable(worklogs.out.left(2000)));
        QVERIFY2(QRegularExpression(QStringLiteral("\\d,\\d\\d")).match(lines.at(1)).hasMatch(),
                 qPrintable(lines.at(1)));
        QVERIFY2(!worklogs.out.contains(QStringLiteral("counted")),
                 qPrintable(lines.at(1))); // words, not ids

        const Run backwards = run(QStringList{QStringLiteral("worklogs"), QStringLiteral("list"),
                                              QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                                              QStringLiteral("--to"), QStringLiteral("2026-03-01")} +
                                  base);
        QCOMPARE(backwards.code, 2);
        QVERIFY(backwards.out.isEmpty());
        QVERIFY2(backwards.err.startsWith(QStringLiteral("deliverydesk: ")) &&
                     backwards.err.contains(QStringLiteral("--to")),
                 qPrintable(backwards.err));
    }

    void shouldListStatusChangesAndPausedTime_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("changes");
        QTest::addColumn<qint64>("paused");
        QTest::newRow("paused between two updates")
            << QByteArray("INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,?\n"
                          "INC1,Active,1,01-03-2026 08:00,01-03-2026 09:00,?\n"
                          "INC1,Awaiting User Info,2,01-03-2026 08:00,01-03-2026 10:00,?\n"
                          "INC1,Active,3,01-03-2026 08:00,01-03-2026 11:30,?\n"
                          "INC1,Resolved,4,01-03-2026 08:00,01-03-2026 12:00,01-03-2026 12:00\n")
            << 5 << qint64(5400);
        QTest::newRow("paused until the resolution")
            << QByteArray("INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,?\n"
                          "INC1,Awaiting User Info,1,01-03-2026 08:00,01-03-2026 09:00,01-03-2026 09:45\n")
            << 2 << qint64(2700);
        QTest::newRow("still paused and unresolved")
            << QByteArray("INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,?\n"
                          "INC1,Awaiting User Info,1,01-03-2026 08:00,01-03-2026 09:00,?\n")
            << 2 << qint64(0);
        QTest::newRow("never paused")
            << QByteArray("INC1,New,0,01-03-2026 08:00,01-03-2026 08:00,?\n") << 1 << qint64(0);
    }
    void shouldListStatusChangesAndPausedTime()
    {
        QFETCH(QByteArray, rows);
        QFETCH(int, changes);
        QFETCH(qint64, paused);
        QString db;
        DD_IMPORT_DATABASE(
            db, m_dir.path(),
            QStringLiteral("-") +
                QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        // Every row has the same priority so that only the states make changes.
        QByteArray csv =
            "number,incident_state,sys_mod_count,opened_at,sys_updated_at,resolved_at,priority\n";
        for (const QByteArray &row : rows.split('\n')) {
            if (!row.isEmpty())
                csv += row + ",3 - Moderate\n";
        }
        const QString path = m_dir.filePath(QStringLiteral("paused.csv"));
        QVERIFY(ImportTest::writeFile(path, csv));
        const Run r = import(db, QStringLiteral("servicenow-events"), path,
                             {QStringLiteral("--timezone"), QStringLiteral("UTC")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QJsonArray tickets = listed(db, QStringLiteral("tickets"));
        QCOMPARE(tickets.size(), 1);
        const QJsonObject ticket = tickets.first().toObject();
        QCOMPARE(ticket.value(QStringLiteral("status_changes")).toInt(), changes);
        QCOMPARE(ticket.value(QStringLiteral("paused_seconds")).toInteger(), paused);
        QCOMPARE(ticket.value(QStringLiteral("created")).toString(), QStringLiteral("2026-03-01T08:00:00Z"));
    }

    void shouldListWorklogsAsCsv()
    {
        QString db;
        DD_IMPORT_DATABASE(db, m_dir.path(), QString());
        QCOMPARE(import(db, QStringLiteral("tempo"), testData(QStringLiteral("tempo/tempo_worklogs.csv")),
                        {QStringLiteral("--skip-bad-rows")})
                     .code,
                 0);
        const Run r = run({QStringLiteral("worklogs"), QStringLiteral("list"), QStringLiteral("--database"),
                           db, QStringLiteral("--engagement"), s_key, QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-03-03"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-03")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("key,date,person")));
        QVERIFY(lines.size() > 1);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QStringLiteral(",2026-03-03,")), qPrintable(lines.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestListCommands)
#include "tst_listcommands.moc"

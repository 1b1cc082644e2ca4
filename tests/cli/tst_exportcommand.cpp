// `deliverydesk export` as scripts see it: files, exit codes and messages of the real binary. On both
// dialects (issue 15): the demo in a SQLite file, and a copy of it on the test server (dialectcli.h),
// whose bundles are SQLite files too.
#include "tests/cli/clirun.h"
#include "tests/cli/dialectcli.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;     ///< the demo file, which the checks read
    QString m_database; ///< the demo of the current dialect, which the binary exports from
    QString m_key;

    /// Where the current dialect's outputs go (a folder of its own, so both rows start with none).
    QString out(const QString &name) const
    {
        QFETCH_GLOBAL(QString, dialect);
        return m_dir.filePath(dialect + QLatin1Char('/') + name);
    }

    Run run(const QStringList &arguments) { return CliTest::runCli(arguments); }

    Run exportTo(const QString &format, const QString &out, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("export"), QStringLiteral("--database"), m_database,
                               QStringLiteral("--format"), format, QStringLiteral("--out"), out,
                               QStringLiteral("--now"), QStringLiteral("2026-11-01T00:00:00Z")} +
                   extra);
    }

    qint64 count(const QString &database, const QString &sql)
    {
        qint64 result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    result = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return result;
    }

    /// Every table of a bundle but database_info (which says when and from where), with its rows.
    QMap<QString, qint64> tableCounts(const QString &bundle)
    {
        QMap<QString, qint64> counts;
        QStringList tables;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
            db.setDatabaseName(bundle);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                      "LIKE 'sqlite_%' AND name <> 'database_info' ORDER BY name"));
                while (q.next())
                    tables << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tables"));
        for (const QString &table : std::as_const(tables))
            counts.insert(table, count(bundle, QStringLiteral("SELECT count(*) FROM ") + table));
        return counts;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(QDir(m_dir.path()).mkpath(dialect));
        DD_CLI_DATABASE(m_database, m_demo, m_dir.path());
    }

    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                           QStringLiteral("--database"), m_demo});
        QCOMPARE(r.code, 0);
        m_key = r.out.split(QLatin1Char('\n')).value(1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!m_key.isEmpty());
    }

    void shouldWriteThreeCsvFilesIntoAFolder()
    {
        const QString folder = out(QStringLiteral("csv"));
        const Run r = exportTo(QStringLiteral("csv"), folder, {QStringLiteral("--engagement"), m_key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(m_key));
        for (const QString &name :
             {QStringLiteral("tickets.csv"), QStringLiteral("worklogs.csv"), QStringLiteral("sla.csv")}) {
            const QByteArray csv = readFile(folder + QLatin1Char('/') + name);
            QVERIFY2(csv.startsWith("\xEF\xBB\xBF"), qPrintable(name));
            QVERIFY2(csv.count("\r\n") > 1, qPrintable(name));
        }
        const qint64 tickets =
            count(m_demo, QStringLiteral("SELECT count(*) FROM tickets t JOIN engagements e ON "
                                         "e.id = t.engagement_id WHERE e.engagement_key = '%1'")
                              .arg(m_key));
        QVERIFY(tickets > 0);
        QCOMPARE(readFile(folder + QStringLiteral("/sla.csv")).count("\r\n"), tickets + 1);
        QVERIFY(readFile(folder + QStringLiteral("/sla.csv")).contains(",breached,") ||
                readFile(folder + QStringLiteral("/sla.csv")).contains(",met,"));
    }

    // Swedish Excel splits on ';' and reads decimal commas: the Swedish export writes both and the
    // SLA states in Swedish; English stays as scripts know it; --separator chooses explicitly.
    void shouldWriteTheCsvDialectOfTheLanguage()
    {
        const QString sv = out(QStringLiteral("csv-sv"));
        Run r =
            exportTo(QStringLiteral("csv"), sv,
                     {QStringLiteral("--engagement"), m_key, QStringLiteral("--lang"), QStringLiteral("sv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString svSla = QString::fromUtf8(readFile(sv + QStringLiteral("/sla.csv")));
        const QString svWorklogs = QString::fromUtf8(readFile(sv + QStringLiteral("/worklogs.csv")));
        QVERIFY2(svSla.section(QStringLiteral("\r\n"), 0, 0).count(QLatin1Char(';')) == 14,
                 qPrintable(svSla.left(300)));
        QVERIFY2(svSla.contains(QStringLiteral(";uppfyllt;")), qPrintable(svSla.left(600)));
        QVERIFY2(!svSla.contains(QStringLiteral(";met;")) && !svSla.contains(QStringLiteral(";no-target;")),
                 qPrintable(svSla.left(600)));
        QVERIFY2(QRegularExpression(QStringLiteral(";\\d+,\\d+;")).match(svWorklogs).hasMatch(),
                 qPrintable(svWorklogs.left(600)));
        QVERIFY2(!QRegularExpression(QStringLiteral("[;,]\\d+\\.\\d+[;,]")).match(svWorklogs).hasMatch(),
                 qPrintable(svWorklogs.left(600)));

        const QString en = out(QStringLiteral("csv-en"));
        r = exportTo(QStringLiteral("csv"), en,
                     {QStringLiteral("--engagement"), m_key, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString enSla = QString::fromUtf8(readFile(en + QStringLiteral("/sla.csv")));
        QCOMPARE(enSla.section(QStringLiteral("\r\n"), 0, 0).count(QLatin1Char(',')), 14);
        QVERIFY(enSla.contains(QStringLiteral(",met,")));
        QVERIFY(QRegularExpression(QStringLiteral(",\\d+\\.\\d+,"))
                    .match(QString::fromUtf8(readFile(en + QStringLiteral("/worklogs.csv"))))
                    .hasMatch());

        const QString semicolon = out(QStringLiteral("csv-semicolon"));
        r = exportTo(QStringLiteral("csv"), semicolon,
                     {QStringLiteral("--engagement"), m_key, QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--separator"), QStringLiteral("semicolon")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString enSemicolon = QString::fromUtf8(readFile(semicolon + QStringLiteral("/sla.csv")));
        QCOMPARE(enSemicolon.section(QStringLiteral("\r\n"), 0, 0).count(QLatin1Char(';')), 14);
        QVERIFY(enSemicolon.contains(QStringLiteral(";met;")));

        const QString comma = out(QStringLiteral("csv-comma"));
        r = exportTo(QStringLiteral("csv"), comma,
                     {QStringLiteral("--engagement"), m_key, QStringLiteral("--lang"), QStringLiteral("sv"),
                      QStringLiteral("--separator"), QStringLiteral("comma")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QRegularExpression(QStringLiteral(",\\d+\\.\\d+,"))
                    .match(QString::fromUtf8(readFile(comma + QStringLiteral("/worklogs.csv"))))
                    .hasMatch());
    }

    void shouldRefuseToReplaceFilesWithoutForce()
    {
        const QString file = out(QStringLiteral("existing.xlsx"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        Run r = exportTo(QStringLiteral("xlsx"), file, {QStringLiteral("--engagement"), m_key});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QCOMPARE(readFile(file), QByteArray("mine"));
        r = exportTo(QStringLiteral("xlsx"), file,
                     {QStringLiteral("--engagement"), m_key, QStringLiteral("--force")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readFile(file).startsWith("PK"));
    }

    void shouldWriteAnEngagementBundleThatOpensReadOnly()
    {
        const QString bundle = out(QStringLiteral("one.sqlite"));
        Run r = exportTo(QStringLiteral("bundle"), bundle, {QStringLiteral("--engagement"), m_key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(bundle, QStringLiteral("SELECT count(*) FROM engagements")), 1);
        QCOMPARE(
            count(bundle, QStringLiteral("SELECT count(*) FROM database_info WHERE info_key = 'bundle.scope' "
                                         "AND info_value = '%1'")
                              .arg(m_key)),
            1);
        // The app lists it like any database, but a change is refused: it is read-only.
        r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--database"), bundle});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(m_key));
        QVERIFY(!QFile::exists(bundle + QStringLiteral("-wal")));
    }

    void shouldWriteThePortfolioWithoutAnEngagement()
    {
        const QString bundle = out(QStringLiteral("portfolio.sqlite"));
        const Run r = exportTo(QStringLiteral("bundle"), bundle);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(count(bundle, QStringLiteral("SELECT count(*) FROM engagements")),
                 count(m_demo, QStringLiteral("SELECT count(*) FROM engagements")));
        QCOMPARE(
            count(bundle, QStringLiteral("SELECT count(*) FROM database_info WHERE info_key = 'bundle.scope' "
                                         "AND info_value = 'portfolio'")),
            1);
        // From a server the same rows as from the file: a bundle taken from either is the same portfolio.
        const QMap<QString, qint64> tables = tableCounts(bundle);
        QVERIFY2(tables.size() > 10, qPrintable(QStringList(tables.keys()).join(QLatin1Char(' '))));
        for (auto it = tables.cbegin(); it != tables.cend(); ++it)
            QVERIFY2(it.value() == count(m_demo, QStringLiteral("SELECT count(*) FROM ") + it.key()),
                     qPrintable(it.key()));
    }

    void shouldExplainUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                       QStringLiteral("--out"), QStringLiteral("x")}
                                        << 2 << QStringLiteral("--format");
        QTest::newRow("no out") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << 2
                                << QStringLiteral("--out");
        QTest::newRow("csv without engagement")
            << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                           QStringLiteral("x")}
            << 2 << QStringLiteral("--engagement");
        QTest::newRow("unknown engagement")
            << QStringList{QStringLiteral("--format"),     QStringLiteral("bundle"),
                           QStringLiteral("--out"),        QStringLiteral("nope.sqlite"),
                           QStringLiteral("--engagement"), QStringLiteral("NOPE")}
            << 1 << QStringLiteral("NOPE");
        QTest::newRow("bad --now") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                  QStringLiteral("--out"),    QStringLiteral("x.xlsx"),
                                                  QStringLiteral("--now"),    QStringLiteral("yesterday")}
                                   << 2 << QStringLiteral("--now");
        QTest::newRow("unknown separator")
            << QStringList{QStringLiteral("--format"), QStringLiteral("csv"),         QStringLiteral("--out"),
                           QStringLiteral("x"),        QStringLiteral("--separator"), QStringLiteral("pipe")}
            << 2 << QStringLiteral("pipe");
        QTest::newRow("separator for xlsx")
            << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),        QStringLiteral("--out"),
                           QStringLiteral("x.xlsx"),   QStringLiteral("--separator"), QStringLiteral("comma")}
            << 2 << QStringLiteral("--separator");
    }
    void shouldExplainUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QStringList args = {QStringLiteral("export"), QStringLiteral("--database"), m_database};
        for (const QString &arg : arguments)
            args.append(arg.endsWith(QLatin1String(".sqlite")) || arg.endsWith(QLatin1String(".xlsx")) ||
                                arg == QLatin1String("x")
                            ? out(arg)
                            : arg);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out(QStringLiteral("nope.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"

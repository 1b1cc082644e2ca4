// `deliverydesk db copy` and `--database postgresql://…` as scripts see them: the real binary
// copies the demo portfolio to a throwaway PostgreSQL server and back, and every export, compliance
// table and burn-down read from the three databases is the same, byte for byte.
#include "tests/cli/clirun.h"
#include "tests/storage/testdatabases.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Run run(const QStringList &arguments)
{
    return CliTest::runCli(arguments);
}
} // namespace

class TestDbCopyCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_keys;

    /// What a user reads of a database: the exports of every engagement (CSV files), its SLA
    /// compliance and its burn-down, keyed by what produced them.
    QMap<QString, QByteArray> outputs(const QString &database, const QString &tag)
    {
        QMap<QString, QByteArray> all;
        for (const QString &key : std::as_const(m_keys)) {
            const QString folder = m_dir.filePath(tag + QLatin1Char('-') + key);
            const Run exported = run({QStringLiteral("export"), QStringLiteral("--database"), database,
                                      QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--out"), folder, QStringLiteral("--engagement"), key,
                                      QStringLiteral("--now"), QStringLiteral("2026-11-01T00:00:00Z")});
            all.insert(key + QStringLiteral(" export exit"),
                       QByteArray::number(exported.code) + exported.err.toUtf8());
            for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
                all.insert(key + QLatin1Char(' ') + name, readFile(folder + QLatin1Char('/') + name));
            const Run sla = run({QStringLiteral("sla"), QStringLiteral("compliance"),
                                 QStringLiteral("--database"), database, QStringLiteral("--engagement"), key,
                                 QStringLiteral("--format"), QStringLiteral("csv")});
            all.insert(key + QStringLiteral(" sla compliance"),
                       QByteArray::number(sla.code) + sla.out.toUtf8());
            const Run burn =
                run({QStringLiteral("burndown"), QStringLiteral("--database"), database,
                     QStringLiteral("--engagement"), key, QStringLiteral("--month"),
                     QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--now"), QStringLiteral("2026-11-01T00:00:00Z")});
            all.insert(key + QStringLiteral(" burndown"), QByteArray::number(burn.code) + burn.out.toUtf8());
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run r = run({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                           QStringLiteral("--database"), m_demo});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i)
            m_keys << lines.at(i).section(QLatin1Char(' '), 0, 0);
        QVERIFY(m_keys.size() >= 2);
    }

    void shouldRoundTripThroughPostgresqlWithIdenticalOutputs()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        Run r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                     QStringLiteral("--to"), server});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("every table holds as many rows as the source")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("engagements\t")) && r.out.contains(QLatin1String("tickets\t")),
                 qPrintable(r.out));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        r = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), server,
                 QStringLiteral("--to"), back});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QMap<QString, QByteArray> original = outputs(m_demo, QStringLiteral("sqlite"));
        const QMap<QString, QByteArray> onServer = outputs(server, QStringLiteral("postgresql"));
        const QMap<QString, QByteArray> copied = outputs(back, QStringLiteral("back"));
        QVERIFY(original.size() >= 5 * m_keys.size());
        int substantial = 0; // an engagement without an SLA has no compliance rows: not every output is long
        for (auto it = original.cbegin(); it != original.cend(); ++it) {
            if (it.key().endsWith(QLatin1String("exit")))
                QVERIFY2(it.value() == "0",
                         qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(it.value())));
            else if (it.value().size() > 200)
                ++substantial;
            QVERIFY2(onServer.value(it.key()) == it.value(), qPrintable(it.key()));
            QVERIFY2(copied.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QVERIFY2(substantial >= 4 * m_keys.size(), qPrintable(QString::number(substantial)));
        QCOMPARE(onServer.keys(), original.keys());
        QCOMPARE(copied.keys(), original.keys());
    }

    void shouldRefuseATargetWithDataAndLeaveIt()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                      QStringLiteral("--to"), server})
                     .code,
                 0);
        const Run again = run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                               QStringLiteral("--to"), server});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("Nothing was copied")) &&
                     again.err.contains(QLatin1String("already holds data")),
                 qPrintable(again.err));
        QVERIFY(again.out.isEmpty());
    }

    void shouldSayWhatIsMissing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("a.sqlite")} << 2
                                 << QStringLiteral("needs --from and --to");
        QTest::newRow("--database") << QStringList{QStringLiteral("--database"), QStringLiteral("a.sqlite")}
                                    << 2 << QStringLiteral("takes --from and --to only");
        QTest::newRow("password in the address")
            << QStringList{QStringLiteral("--from"), QStringLiteral("DEMO"), QStringLiteral("--to"),
                           QStringLiteral("postgresql://anna:secret@127.0.0.1:1/team")}
            << 1 << QStringLiteral("PGPASSWORD");
        QTest::newRow("no server there")
            << QStringList{QStringLiteral("--from"), QStringLiteral("DEMO"), QStringLiteral("--to"),
                           QStringLiteral("postgresql://anna@127.0.0.1:1/team")}
            << 1 << QStringLiteral("Cannot open the database postgresql://anna@127.0.0.1:1/team");
    }
    void shouldSayWhatIsMissing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("DEMO"), m_demo);
        const Run r = run(QStringList{QStringLiteral("db"), QStringLiteral("copy")} + arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestDbCopyCommand)
#include "tst_dbcopycommand.moc"

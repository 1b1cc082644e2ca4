// The printed output of every command that prints, on the demo portfolio of a fixed day, compared
// byte for byte with the files committed under tests/data/cli-golden/: the proof that a change to the
// command framework, the loaders or the storage changes nothing a script or a person sees.
//
// The same goldens hold on both dialects (issue 15): each function runs once on the SQLite file and
// once on a copy of it on the test process's PostgreSQL server (tests/cli/dialectcli.h); a difference
// is a bug of the product, not of the golden.
//
// After an intended change of output, regenerate with DD_UPDATE_GOLDEN=1 and review the diff.
#include "clirun.h"
#include "dialectcli.h"

#include "models/portfolio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using CliTest::Run;

class TestCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void initTestCase();
    void output_data();
    void output();
    void exportedFiles_data();
    void exportedFiles();

private:
    QString demoFile() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    /// The demo of the current dialect: the file, or one copy of it on the server that every row reads
    /// (the printing commands only read).
    QString databaseArgument() const { return onServerRow() ? m_server : demoFile(); }
    static bool onServerRow() { return DialectCli::onServer(); }
    /// Runs the binary with `arguments` (the database added), as one text: exit code, stdout, stderr,
    /// with the run's own paths replaced by stable names.
    QString transcript(const QStringList &arguments) const;
    /// Compares `actual` with the golden file `name`, or writes it in update mode.
    void compareWithGolden(const QString &name, const QByteArray &actual) const;

    QTemporaryDir m_dir;
    QString m_server; ///< the demo on the test server, made on the first `postgresql` row
    bool m_update = false;
};

/// Sets m_server on the server row, or skips (fails under DD_REQUIRE_POSTGRES=1) saying why.
#define DD_GOLDEN_DATABASE()                                                                                 \
    do {                                                                                                     \
        if (onServerRow() && m_server.isEmpty())                                                             \
            DD_CLI_DATABASE(m_server, demoFile(), m_dir.path());                                             \
    } while (false)

namespace {

// The demo portfolio as of this day: its stored SLA results are evaluated at the end of it.
const QDate s_asOf(2026, 11, 18);
const QString s_now = QStringLiteral("2026-11-18T16:00:00Z");
// The instant the demo's stored SLA results were evaluated at: an export as of it shows those results.
const QString s_evaluatedAt = QStringLiteral("2026-11-19T00:00:00Z");

QString goldenDir()
{
    return QStringLiteral(DD_TEST_DATA_DIR "/cli-golden");
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = CliTest::headlessEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

struct Case
{
    const char *name;
    QStringList arguments;
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

/// Every printing command, once in a shape people use and once as data; usage errors too, because
/// the framework's preamble writes them.
QVector<Case> cases()
{
    const QByteArray now = s_now.toUtf8();
    return {
        {"help", args({"--help"})},
        {"engagement-help", args({"engagement", "--help"})},
        {"export-help", args({"export", "--help"})},
        {"calendar-help", args({"calendar", "--help"})},
        {"sla-help", args({"sla", "--help"})},
        {"import-help", args({"import", "--help"})},
        {"tickets-help", args({"tickets", "--help"})},
        {"worklogs-help", args({"worklogs", "--help"})},
        {"burndown-help", args({"burndown", "--help"})},
        {"allocation-help", args({"allocation", "--help"})},
        {"settings-help", args({"settings", "--help"})},
        {"diagram-help", args({"diagram", "--help"})},
        {"whatif-help", args({"whatif", "--help"})},
        {"report-help", args({"report", "--help"})},
        {"mapping-help", args({"mapping", "--help"})},
        {"db-help", args({"db", "--help"})},
        {"engagement-list", args({"engagement", "list"})},
        {"engagement-list-json", args({"engagement", "list", "--format", "json"})},
        {"engagement-show", args({"engagement", "show", "FJALLGEAR"})},
        {"engagement-show-json", args({"engagement", "show", "ATLANTICPET", "--format", "json"})},
        {"tickets-list", args({"tickets", "list", "--engagement", "NORDSHOP"})},
        {"tickets-list-csv", args({"tickets", "list", "--engagement", "FJALLGEAR", "--format", "csv"})},
        {"tickets-list-json", args({"tickets", "list", "--engagement", "BALTICHOME", "--format", "json"})},
        {"worklogs-list", args({"worklogs", "list", "--engagement", "NORDSHOP", "--from", "2026-10-01",
                                "--to", "2026-10-31"})},
        {"worklogs-list-csv",
         args({"worklogs", "list", "--engagement", "FJALLGEAR", "--format", "csv", "--from", "2026-09-01"})},
        {"worklogs-list-json",
         args({"worklogs", "list", "--engagement", "ATLANTICPET", "--format", "json", "--to", "2026-02-28"})},
        {"sla-compliance", args({"sla", "compliance", "--engagement", "FJALLGEAR"})},
        {"sla-compliance-csv", args({"sla", "compliance", "--engagement", "ATLANTICPET", "--from", "2026-01",
                                     "--to", "2026-10", "--format", "csv"})},
        {"sla-compliance-json",
         args({"sla", "compliance", "--engagement", "BALTICHOME", "--format", "json"})},
        {"sla-breaches", args({"sla", "breaches", "--engagement", "FJALLGEAR", "--month", "2026-10"})},
        {"sla-breaches-csv",
         args({"sla", "breaches", "--engagement", "ATLANTICPET", "--month", "2026-09", "--format", "csv"})},
        {"sla-breaches-json",
         args({"sla", "breaches", "--engagement", "BALTICHOME", "--month", "2026-08", "--format", "json"})},
        {"sla-explain", args({"sla", "explain", "--engagement", "FJALLGEAR", "--ticket", "FG-355", "--now",
                              now.constData()})},
        {"sla-policy-export", args({"sla", "policy", "export", "--engagement", "FJALLGEAR"})},
        {"calendar-export", args({"calendar", "export", "--engagement", "ATLANTICPET"})},
        {"burndown",
         args({"burndown", "--engagement", "NORDSHOP", "--month", "2026-11", "--now", now.constData()})},
        {"burndown-csv", args({"burndown", "--engagement", "NORDSHOP", "--month", "2026-10", "--format",
                               "csv", "--now", now.constData()})},
        {"burndown-json", args({"burndown", "--engagement", "NORDSHOP", "--month", "2026-09", "--format",
                                "json", "--now", now.constData()})},
        {"allocation", args({"allocation", "--month", "2026-11"})},
        {"allocation-csv", args({"allocation", "--month", "2026-12", "--format", "csv"})},
        {"allocation-json", args({"allocation", "--month", "2026-10", "--format", "json"})},
        {"whatif", args({"whatif", "--engagement", "NORDSHOP", "--now", now.constData()})},
        {"whatif-csv", args({"whatif", "--engagement", "FJALLGEAR", "--months", "2", "--format", "csv",
                             "--now", now.constData()})},
        {"whatif-json", args({"whatif", "--engagement", "ATLANTICPET", "--months", "4", "--format", "json",
                              "--now", now.constData()})},
        {"mapping-list", args({"mapping", "list"})},
        {"settings-team-zone", args({"settings", "team-zone"})},
        {"error-unknown-command", args({"frobnicate"})},
        {"error-tickets-action", args({"tickets", "show", "--engagement", "NORDSHOP"})},
        {"error-tickets-format", args({"tickets", "list", "--engagement", "NORDSHOP", "--format", "xml"})},
        {"error-tickets-engagement", args({"tickets", "list"})},
        {"error-unknown-engagement", args({"worklogs", "list", "--engagement", "NOSUCH"})},
        {"error-unknown-option", args({"allocation", "--month", "2026-11", "--frob"})},
        {"error-burndown-month", args({"burndown", "--engagement", "NORDSHOP", "--month", "2026-13"})},
        {"error-sla-action", args({"sla", "frob", "--engagement", "NORDSHOP"})},
        {"error-export-format",
         args({"export", "--engagement", "NORDSHOP", "--format", "pdf", "--out", "x"})},
        {"error-engagement-show", args({"engagement", "show"})},
        {"error-mapping", args({"mapping", "set", "priority"})},
        {"error-calendar", args({"calendar", "frob"})},
    };
}

} // namespace

void TestCliGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_update = qEnvironmentVariableIntValue("DD_UPDATE_GOLDEN") == 1;
    Models::Portfolio portfolio;
    const Storage::StorageError error = portfolio.createDemo(demoFile(), s_asOf);
    QVERIFY2(!error, qPrintable(error.detail));
    if (m_update)
        QDir().mkpath(goldenDir());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sqlite")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("postgresql")));
}

QString TestCliGolden::transcript(const QStringList &arguments) const
{
    QStringList full = arguments;
    if (!arguments.contains(QStringLiteral("--help")))
        full << QStringLiteral("--database") << databaseArgument();
    const Run run = CliTest::runCli(full, {}, environment());
    QString text =
        QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(run.code).arg(run.out, run.err);
    text.replace(QStringLiteral(DD_BINARY), QStringLiteral("deliverydesk"));
    // Each dialect writes into a folder of its own, named the same in the goldens.
    QFETCH_GLOBAL(QString, dialect);
    text.replace(m_dir.filePath(dialect), QStringLiteral("$TMP"));
    text.replace(m_dir.path(), QStringLiteral("$TMP"));
    return text;
}

void TestCliGolden::compareWithGolden(const QString &name, const QByteArray &actual) const
{
    QFile file(goldenDir() + QLatin1Char('/') + name);
    if (m_update) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("missing golden file %1").arg(file.fileName())));
    const QByteArray expected = file.readAll();
    if (actual == expected)
        return;
    // Name the first line that differs, so a failure says where without a diff tool.
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    int line = 0;
    while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
        ++line;
    QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                         .arg(name)
                         .arg(line + 1)
                         .arg(QString::fromUtf8(e.value(line)), QString::fromUtf8(a.value(line)))));
}

void TestCliGolden::output_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    for (const char *language : {"en", "sv"}) {
        for (const Case &c : cases()) {
            const QString name =
                QStringLiteral("%1.%2.txt").arg(QLatin1String(c.name), QLatin1String(language));
            QTest::newRow(qPrintable(name))
                << name << (c.arguments + QStringList{QStringLiteral("--lang"), QLatin1String(language)});
        }
    }
}

void TestCliGolden::output()
{
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    DD_GOLDEN_DATABASE();
    compareWithGolden(name, transcript(arguments).toUtf8());
}

void TestCliGolden::exportedFiles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("engagement");
    QTest::newRow("en FJALLGEAR") << QStringLiteral("en") << QStringLiteral("FJALLGEAR");
    QTest::newRow("sv ATLANTICPET") << QStringLiteral("sv") << QStringLiteral("ATLANTICPET");
    QTest::newRow("en NORDSHOP") << QStringLiteral("en") << QStringLiteral("NORDSHOP");
}

/// export --format csv writes files rather than printing: each of them is compared, and the SVG of
/// the support model diagram, which is text too.
void TestCliGolden::exportedFiles()
{
    QFETCH(QString, language);
    QFETCH(QString, engagement);
    DD_GOLDEN_DATABASE();
    QFETCH_GLOBAL(QString, dialect);
    const QString folder =
        m_dir.filePath(QStringLiteral("%3/export-%1-%2").arg(language, engagement, dialect));
    const QString stem = QStringLiteral("export.%1.%2.").arg(engagement, language);
    compareWithGolden(
        stem + QStringLiteral("txt"),
        transcript({QStringLiteral("export"), QStringLiteral("--engagement"), engagement,
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), folder,
                    QStringLiteral("--now"), s_evaluatedAt, QStringLiteral("--lang"), language})
            .toUtf8());
    for (const char *table : {"tickets.csv", "worklogs.csv", "sla.csv"}) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(table));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        compareWithGolden(stem + QLatin1String(table), file.readAll());
    }
    const QString svg =
        m_dir.filePath(QStringLiteral("%3/diagram-%1-%2.svg").arg(language, engagement, dialect));
    compareWithGolden(QStringLiteral("diagram.%1.%2.txt").arg(engagement, language),
                      transcript({QStringLiteral("diagram"), QStringLiteral("--engagement"), engagement,
                                  QStringLiteral("--month"), QStringLiteral("2026-11"),
                                  QStringLiteral("--out"), svg, QStringLiteral("--lang"), language})
                          .toUtf8());
    QFile file(svg);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    compareWithGolden(QStringLiteral("diagram.%1.%2.svg").arg(engagement, language), file.readAll());
}

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cligolden.moc"

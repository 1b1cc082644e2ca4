// The review pack's ticket lines in a temporary file beyond a budget (issue 13: the 96,500 lines of
// a month of the 1M bench were 45 MB held): whatever the budget, every line is read back whole, in
// the pack's order — the breaches by breach instant, the others as found — the pack lists and
// counts the same, its data appendix is the same file, and no temporary file keeps a name.
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewpacklines.h"
#include "models/reviewpackloader.h"
#include "models/reviewpacktables.h"
#include "models/slarecomputer.h"
#include "tests/models/dialectportfolio.h"
#include "tests/models/packlines.h"
#include "tests/storage/testdatabases.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using Models::ReviewPack;
using Models::ReviewPackLines;
using Models::ReviewTicket;
using PackLinesTest::allLines;
using Table = ReviewPackLines::Table;

namespace {

bool sameLine(const ReviewTicket &x, const ReviewTicket &y)
{
    return x.id == y.id && x.key == y.key && x.title == y.title && x.kind == y.kind && x.level == y.level &&
           x.severity == y.severity && x.created == y.created && x.resolved == y.resolved &&
           x.status == y.status && x.breachedAt == y.breachedAt && x.explanation == y.explanation &&
           x.rootCause == y.rootCause;
}

bool sameLines(const QVector<ReviewTicket> &a, const QVector<ReviewTicket> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameLine);
}

/// Lines with what a file must carry whole: long and non-Latin texts, empty ones, open and
/// resolved tickets, equal breach instants told apart by key, every kind and level.
QVector<ReviewTicket> someLines(int count)
{
    QRandomGenerator random(13);
    QVector<ReviewTicket> lines;
    for (int i = 0; i < count; ++i) {
        ReviewTicket t;
        t.id = 1000 + i;
        t.key = QStringLiteral("PM-%1").arg(random.bounded(100000));
        t.title =
            i % 7 == 0 ? QString() : QStringLiteral("Kassan i Malmö hänger — %1 ").repeated(1 + i % 5).arg(i);
        t.kind = Domain::TicketKind(i % Domain::TicketKindCount);
        t.level = Domain::ServiceLevel(i % Domain::ServiceLevelCount);
        t.severity = 1 + i % 4;
        t.created = 1750000000 + random.bounded(1000000);
        if (i % 3)
            t.resolved = t.created + random.bounded(100000);
        t.status = i % 3 ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
        t.breachedAt = 1751000000 + random.bounded(50); // many equal instants
        t.explanation =
            QStringLiteral("Resolution due %1, breached by %2 business minutes").arg(i).arg(i * 3);
        if (i % 11 == 0)
            t.rootCause = QStringLiteral("Leverantörens API låg nere\n(rad två)");
        lines.append(t);
    }
    return lines;
}

} // namespace

class TestReviewPackLines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;
    QString m_openDialect;
    Models::Portfolio m_portfolio;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);

    ReviewPack load(qsizetype lineBudget, int chunkSize = 0,
                    const QString &period = QStringLiteral("2026-Q3"))
    {
        ReviewPack pack;
        Models::ReviewPackLoader loader(*m_portfolio.database());
        loader.setLineBudget(lineBudget);
        loader.setChunkSize(chunkSize);
        const QString key = QStringLiteral("ATLANTICPET");
        if (const Models::ReviewPackLoader::Error error = loader.load(key, period, m_now, &pack))
            qWarning() << error.message(key, period);
        return pack;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

private slots:
    void initTestCase()
    {
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, QDate(2026, 11, 25),
                               m_now.toSecsSinceEpoch());
    }

    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldReadBackEveryLineInOrderWhateverTheBudget()
    {
        DD_ONLY_ON("sqlite", "lines in memory and in files: no database");
        const QVector<ReviewTicket> all = someLines(700);
        QVector<ReviewTicket> byInstant = all;
        std::sort(byInstant.begin(), byInstant.end(), Models::reviewBreachBefore);
        for (const qsizetype budget :
             {qsizetype(1), qsizetype(5000), qsizetype(200000), ReviewPackLines::DefaultBudget}) {
            const QByteArray row = QByteArray::number(budget);
            ReviewPackLines lines(budget);
            for (const ReviewTicket &t : all) {
                lines.append(Table::Breaches, t);
                lines.append(Table::Notable, t);
            }
            QCOMPARE(lines.count(Table::Breaches), all.size());
            QCOMPARE(lines.count(Table::Delivered), 0);
            QVERIFY2((lines.runsWritten() > 2) == (budget < ReviewPackLines::DefaultBudget), row);
            ReviewPack pack;
            pack.lines = std::shared_ptr<ReviewPackLines>(&lines, [](ReviewPackLines *) {});
            // Read twice: a second appendix (the window's export after its preview) reads the same.
            for (int round = 0; round < 2; ++round) {
                QVERIFY2(sameLines(allLines(pack, Table::Breaches), byInstant), row);
                QVERIFY2(sameLines(allLines(pack, Table::Notable), all), row);
                QVERIFY2(allLines(pack, Table::Delivered).isEmpty(), row);
            }
            // A visitor that stops stops the reading, with no error of the files.
            int seen = 0;
            QString error;
            QVERIFY(!lines.forEach(
                Table::Breaches, [&seen](const ReviewTicket &) { return ++seen < 5; }, &error));
            QCOMPARE(seen, 5);
            QVERIFY(error.isEmpty());
        }
    }

    void shouldSpillThePackAsItWouldHoldIt()
    {
        // GIVEN the demo's pack held in memory, and read again with every line to a file
        const ReviewPack held = load(0);
        QVERIFY(!held.fingerprint.isEmpty());
        QVERIFY(held.breachCount > 3 && held.notableCount > 0 && held.deliveredCount > 0);
        QCOMPARE(held.lines->runsWritten(), 0);
        for (const int chunkSize : {0, 3}) {
            const ReviewPack spilled = load(1, chunkSize);
            const QByteArray row = QByteArray::number(chunkSize);
            QVERIFY2(spilled.lines->runsWritten() > 10, row);
            // THEN every line is the same, in the same order, and so are the counts and the lines
            // the PDF lists, and the fingerprint
            for (const Table table : {Table::Breaches, Table::Notable, Table::Delivered})
                QVERIFY2(sameLines(allLines(spilled, table), allLines(held, table)), row);
            QCOMPARE(spilled.breachCount, held.breachCount);
            QCOMPARE(spilled.notableCount, held.notableCount);
            QCOMPARE(spilled.deliveredCount, held.deliveredCount);
            QCOMPARE(spilled.current.breaches, held.current.breaches);
            QVERIFY2(sameLines(spilled.listedBreaches, held.listedBreaches), row);
            QVERIFY2(sameLines(spilled.listedNotable, held.listedNotable), row);
            QVERIFY2(sameLines(spilled.listedDelivered, held.listedDelivered), row);
            QCOMPARE(spilled.rootCauses, held.rootCauses);
            QCOMPARE(spilled.fingerprint, held.fingerprint);
            // ... and the data appendix is the same files
            QTemporaryDir out;
            const QString a = out.filePath(QStringLiteral("held"));
            const QString b = out.filePath(QStringLiteral("spilled"));
            QString error;
            QVERIFY2(Models::ReviewPackTables::write(held, a, &error), qPrintable(error));
            QVERIFY2(Models::ReviewPackTables::write(spilled, b, &error), qPrintable(error));
            for (const QString &name : {QStringLiteral("breaches.csv"), QStringLiteral("notable.csv"),
                                        QStringLiteral("delivered.csv"), QStringLiteral("review.csv")}) {
                const QByteArray bytes = fileBytes(QDir(a).filePath(name));
                QVERIFY2(bytes.count('\n') > 1, qPrintable(name));
                QCOMPARE(fileBytes(QDir(b).filePath(name)), bytes);
            }
        }
    }

    void shouldListTheBreachesOfTheReviewPage_data()
    {
        QTest::addColumn<QString>("period");
        QTest::newRow("quarter") << QStringLiteral("2026-Q3");
        QTest::newRow("month") << QStringLiteral("2026-08");
        QTest::newRow("days cutting two months") << QStringLiteral("2026-07-10..2026-08-20");
    }

    void shouldListTheBreachesOfTheReviewPage()
    {
        // The pack reads the stored breaches itself (not the titles the page's loader reads by id),
        // with the page's rule: the same tickets, instants, severities and explanations, whether
        // the explanations wait in memory or in a file.
        QFETCH(QString, period);
        const ReviewPack held = load(0, 0, period);
        QVERIFY(held.breachCount > 0);
        QVector<Models::ReviewBreach> page;
        QVERIFY(Models::ReviewBreachesLoader(*m_portfolio.database())
                    .load(held.engagement, held.period.start, held.period.end, &page)
                    .isNull());
        std::sort(page.begin(), page.end(), [](const Models::ReviewBreach &a, const Models::ReviewBreach &b) {
            return a.breachedAt != b.breachedAt ? a.breachedAt < b.breachedAt : a.key < b.key;
        });
        for (const ReviewPack &pack : {held, load(1, 2, period)}) {
            const QVector<ReviewTicket> lines = allLines(pack, Table::Breaches);
            QCOMPARE(lines.size(), page.size());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QCOMPARE(lines.at(i).id, page.at(i).ticketId);
                QCOMPARE(lines.at(i).key, page.at(i).key);
                QCOMPARE(lines.at(i).title, page.at(i).title);
                QCOMPARE(lines.at(i).severity, page.at(i).severity);
                QCOMPARE(lines.at(i).breachedAt, page.at(i).breachedAt);
                QCOMPARE(lines.at(i).explanation, page.at(i).explanation);
            }
        }
    }

    void shouldLeaveNoTemporaryFileBehind()
    {
        DD_ONLY_ON("sqlite", "the temporary folder, not the database");
        // GIVEN a temporary folder of the test's own
        QTemporaryDir temp;
        const QByteArray before = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(temp.path()));
        const auto names = [&temp]() {
            return QDir(temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        };
        {
            // WHEN a pack's lines go to files, and writing its appendix fails
            const ReviewPack pack = load(1);
            QVERIFY(pack.lines && pack.lines->runsWritten() > 10);
            // THEN the files have no name while they are used (a kill leaves nothing) ...
            QCOMPARE(names(), QStringList());
            QString error;
            QVERIFY(!Models::ReviewPackTables::write(
                pack, QDir(temp.path()).filePath(QStringLiteral("no/such/folder/data.xlsx")), &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(names(), QStringList());
        }
        // ... nor once the pack is gone
        QCOMPARE(names(), QStringList());
        if (before.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", before);
    }
};

QTEST_GUILESS_MAIN(TestReviewPackLines)
#include "tst_reviewpacklines.moc"

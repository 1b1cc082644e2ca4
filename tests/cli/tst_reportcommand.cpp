// `deliverydesk report`: the governance review PDF and its data appendix, run through the real
// binary on the demo database and on hand-made engagements (no tickets; hundreds of breaches).
// The figures are computed again here from the database's tables and looked for in pdftotext's
// output, in English and Swedish.
#include "clirun.h"
#include "dialectcli.h"

#include "models/domain/engagement.h"
#include "models/domain/ticket.h"
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using CliTest::runCli;

namespace {

const QTimeZone s_stockholm("Europe/Stockholm");

/// The output of a poppler tool; the test fails (never skips) when the tool is missing.
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        qFatal("%s is missing: install poppler-utils and unzip (./dev.sh installs them)", qPrintable(tool));
    QProcess process;
    process.start(path, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

/// The line of `text` that starts (after blanks) with `label`; empty when none.
QString lineOf(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(label))
            return line.simplified();
    }
    return {};
}

/// Words of the PDF outside their page, as "page N: word (box)"; empty when everything is inside.
QStringList wordsOutsidePages(const QString &pdf)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QXmlStreamReader xml(html);
    QStringList outside;
    double width = 0;
    double height = 0;
    int page = 0;
    int words = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++page;
            width = a.value(QStringLiteral("width")).toDouble();
            height = a.value(QStringLiteral("height")).toDouble();
        } else if (xml.name() == QLatin1String("word")) {
            ++words;
            const double x0 = a.value(QStringLiteral("xMin")).toDouble();
            const double y0 = a.value(QStringLiteral("yMin")).toDouble();
            const double x1 = a.value(QStringLiteral("xMax")).toDouble();
            const double y1 = a.value(QStringLiteral("yMax")).toDouble();
            if (x0 < 0 || y0 < 0 || x1 > width || y1 > height)
                outside.append(QStringLiteral("page %1: %2 (%3,%4 %5,%6)")
                                   .arg(page)
                                   .arg(xml.readElementText())
                                   .arg(x0)
                                   .arg(y0)
                                   .arg(x1)
                                   .arg(y1));
        }
    }
    if (words == 0)
        outside.append(QStringLiteral("no words at all"));
    return outside;
}

qint64 at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), s_stockholm).toSecsSinceEpoch();
}

/// Two hand-made engagements in `path`: QUIET (fixed capacity, no tickets, no worklogs) and
/// BREACHY (SLA with hotfix, 242 severity-2 incidents in October 2026 answered three working
/// days late and resolved ten days after they came in, so every one breaches).
QString writeHandMadeDatabase(const QString &path)
{
    Storage::Database db;
    if (Storage::StorageError e =
            db.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing))
        return e.toString();
    Domain::Engagement quiet;
    quiet.key = QStringLiteral("QUIET");
    quiet.client = QStringLiteral("Quiet Shop AB");
    quiet.model = Domain::SupportModel::FixedCapacity;
    quiet.start = QDate(2026, 1, 1);
    quiet.committedMinutesPerMonth = 40 * 60;
    Domain::Engagement breachy;
    breachy.key = QStringLiteral("BREACHY");
    breachy.client = QStringLiteral("Breachy Retail AB");
    breachy.model = Domain::SupportModel::SlaHotfix;
    breachy.start = QDate(2026, 1, 1);
    breachy.committedMinutesPerMonth = 120 * 60;
    for (Domain::Engagement *e : {&quiet, &breachy}) {
        if (Storage::StorageError error = Storage::EngagementRepository(db).insert(e))
            return error.toString();
    }
    QVector<Domain::Ticket> tickets;
    int n = 0;
    for (QDate day(2026, 10, 1); day.month() == 10; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (int i = 0; i < 11; ++i, ++n) {
            Domain::Ticket t;
            t.key = QStringLiteral("BR-%1").arg(n + 1, 4, 10, QLatin1Char('0'));
            t.kind = Domain::TicketKind::Incident;
            t.severity = 2;
            t.serviceLevel = Domain::ServiceLevel::L1;
            t.title =
                n % 17 == 0
                    ? QStringLiteral(
                          "Checkout fails for customers paying with a gift card and a discount code at the "
                          "same time "
                          "(PaymentGatewayTimeoutExceptionWithAnUnusuallyLongIdentifierThatDoesNotBreak)")
                    : QStringLiteral("Checkout fails %1").arg(n + 1);
            t.created = at(day, 9, i * 5);
            t.firstResponse = at(day.addDays(5), 10);
            t.resolved = at(day.addDays(10), 12);
            t.status = QStringLiteral("Resolved");
            t.history = {{t.created, QStringLiteral("Open"), 0},
                         {*t.resolved, QStringLiteral("Resolved"), 0}};
            tickets.append(t);
        }
    }
    {
        Storage::TransactionGuard guard(db.connection());
        Storage::UpsertCounts counts;
        if (Storage::StorageError error =
                Storage::TicketRepository(db).upsert(breachy.id, QStringLiteral("test"), tickets, &counts))
            return error.toString();
        if (!guard.commit())
            return QStringLiteral("commit failed");
    }
    const qint64 now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    if (Storage::StorageError error = Models::SlaRecomputer::recompute(db, breachy.id, now))
        return error.toString();
    return {};
}

struct Figures
{
    int opened = 0;
    int resolved = 0;
    int backlog = 0;
    qint64 committedMinutes = 0;
    int sev3ResponseMet = 0;
    int sev3ResponseMeasured = 0;
};

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;     ///< the demo as made, a SQLite file (the figures are read from it)
    QString m_handMadeFile; ///< the hand-made engagements, a SQLite file
    QString m_demo;         ///< the demo of the current dialect: the file, or a copy on the server
    QString m_handMade;     ///< the hand-made engagements of the current dialect

    /// Where the current dialect's files go.
    QString out(const QString &name) const
    {
        QFETCH_GLOBAL(QString, dialect);
        return m_dir.filePath(dialect + QLatin1Char('/') + name);
    }
    QDate m_today;
    QString m_period;
    QDate m_start;
    QDate m_end;

    QString now() const { return QDateTime(m_today, QTime(12, 0), Qt::UTC).toString(Qt::ISODate); }

    CliTest::Run report(const QString &database, const QStringList &more)
    {
        // The hand-made engagements are dated in 2026: they are reported as of a fixed instant.
        const QString asOf = database == m_handMade ? QStringLiteral("2026-12-04T12:00:00Z") : now();
        return runCli(QStringList{QStringLiteral("report"), QStringLiteral("--database"), database,
                                  QStringLiteral("--now"), asOf} +
                      more);
    }

    /// The figures of FJALLGEAR in the period, read straight from the tables.
    Figures figures()
    {
        Figures f;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("figures"));
        db.setDatabaseName(m_demoFile);
        [&] {
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral(
                    "SELECT id, committed_minutes FROM engagements WHERE engagement_key = 'FJALLGEAR'")) &&
                q.next());
            const qint64 id = q.value(0).toLongLong();
            const qint64 perMonth = q.value(1).toLongLong();
            const qint64 from = QDateTime(m_start, QTime(0, 0), s_stockholm).toSecsSinceEpoch();
            const qint64 to = QDateTime(m_end.addDays(1), QTime(0, 0), s_stockholm).toSecsSinceEpoch();
            QVERIFY(q.prepare(
                QStringLiteral("SELECT created_at, resolved_at FROM tickets WHERE engagement_id = :id")));
            q.bindValue(QStringLiteral(":id"), id);
            QVERIFY(q.exec());
            while (q.next()) {
                const qint64 created = q.value(0).toLongLong();
                const bool isResolved = !q.value(1).isNull();
                const qint64 resolved = q.value(1).toLongLong();
                f.opened += created >= from && created < to;
                f.resolved += isResolved && resolved >= from && resolved < to;
                f.backlog += created < to && (!isResolved || resolved >= to);
            }
            // A month's stored budget overrides the contract's hours.
            QVERIFY(q.prepare(
                QStringLiteral("SELECT COUNT(*), COALESCE(SUM(committed_minutes), 0) FROM monthly_budgets "
                               "WHERE engagement_id = :id AND month >= :from AND month <= :to")));
            q.bindValue(QStringLiteral(":id"), id);
            q.bindValue(QStringLiteral(":from"), m_start.toString(QStringLiteral("yyyy-MM")));
            q.bindValue(QStringLiteral(":to"), m_end.toString(QStringLiteral("yyyy-MM")));
            QVERIFY(q.exec() && q.next());
            f.committedMinutes = q.value(1).toLongLong() + (3 - q.value(0).toInt()) * perMonth;
            QVERIFY(q.prepare(QStringLiteral(
                "SELECT SUM(response_met), SUM(response_measured) FROM sla_monthly_compliance "
                "WHERE engagement_id = :id AND severity = 3 AND month >= :from AND month <= :to")));
            q.bindValue(QStringLiteral(":id"), id);
            q.bindValue(QStringLiteral(":from"), m_start.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":to"), m_end.toString(Qt::ISODate));
            QVERIFY(q.exec() && q.next());
            f.sev3ResponseMet = q.value(0).toInt();
            f.sev3ResponseMeasured = q.value(1).toInt();
        }();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("figures"));
        return f;
    }

private slots:
    // On both dialects (issue 15): the SQLite files, and copies of them on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(QDir(m_dir.path()).mkpath(dialect));
        DD_CLI_DATABASE(m_demo, m_demoFile, m_dir.path());
        DD_CLI_DATABASE(m_handMade, m_handMadeFile, m_dir.path());
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The demo is generated as of today; every run below passes the same "now".
        m_today = QDate::currentDate();
        m_demoFile = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(runCli({QStringLiteral("engagement"), QStringLiteral("list"), QStringLiteral("--demo"),
                         QStringLiteral("--database"), m_demoFile})
                     .code,
                 0);
        // The last quarter that has closed.
        const QDate inLast = m_today.addMonths(-3);
        const int quarter = (inLast.month() - 1) / 3 + 1;
        m_start = QDate(inLast.year(), 3 * (quarter - 1) + 1, 1);
        m_end = m_start.addMonths(3).addDays(-1);
        m_period = QStringLiteral("%1-Q%2").arg(inLast.year()).arg(quarter);
        m_handMadeFile = m_dir.filePath(QStringLiteral("handmade.sqlite"));
        QCOMPARE(writeHandMadeDatabase(m_handMadeFile), QString());
        // The tools the checks need are there: a missing one fails the test, it never skips.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is missing");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
                 "pdfinfo (poppler-utils) is missing");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(), "unzip is missing");
    }

    void shouldShowTheFiguresInEitherLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<QString>("backlog");
        QTest::addColumn<QString>("committed");
        QTest::addColumn<QString>("sev3Response");
        QTest::addColumn<QString>("page");
        QTest::newRow("en") << "en"
                            << "Tickets opened"
                            << "Tickets resolved"
                            << "Backlog at period end"
                            << "Hours committed"
                            << "Severity 3: first response met"
                            << "Page 1 of ";
        QTest::newRow("sv") << "sv"
                            << "Öppnade ärenden"
                            << "Lösta ärenden"
                            << "Backlogg vid periodens slut"
                            << "Avtalade timmar"
                            << "Allvarlighetsgrad 3: första svar i tid"
                            << "Sida 1 av ";
    }

    void shouldShowTheFiguresInEitherLanguage()
    {
        QFETCH(QString, lang);
        const Figures f = figures();
        QVERIFY(f.opened > 10);
        QVERIFY(f.sev3ResponseMeasured > 0);
        const QString pdf = out(QStringLiteral("figures-%1.pdf").arg(lang));
        const CliTest::Run run = report(
            m_demo, {QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"), QStringLiteral("--period"),
                     m_period, QStringLiteral("--out"), pdf, QStringLiteral("--lang"), lang,
                     QStringLiteral("--prepared-by"), QStringLiteral("Åsa Öberg")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        const QLocale locale(lang == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
                             lang == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedKingdom);
        auto expectFirst = [&](const QString &label, const QString &value) {
            const QString line = lineOf(text, label);
            QVERIFY2(!line.isEmpty(), qPrintable(label));
            const QString rest = line.mid(label.size()).trimmed();
            QVERIFY2(rest.startsWith(value),
                     qPrintable(QStringLiteral("%1: expected %2 in '%3'").arg(label, value, line)));
        };
        QFETCH(QString, opened);
        QFETCH(QString, resolved);
        QFETCH(QString, backlog);
        QFETCH(QString, committed);
        QFETCH(QString, sev3Response);
        QFETCH(QString, page);
        expectFirst(opened, QString::number(f.opened));
        expectFirst(resolved, QString::number(f.resolved));
        expectFirst(backlog, QString::number(f.backlog));
        QVERIFY(f.committedMinutes % 60 == 0);
        expectFirst(committed, QStringLiteral("%1 h").arg(f.committedMinutes / 60));
        const QString percent = locale.toString(100.0 * f.sev3ResponseMet / f.sev3ResponseMeasured, 'f', 1) +
                                QStringLiteral(" %");
        const QString sevLine = lineOf(text, sev3Response);
        QVERIFY2(sevLine.contains(percent), qPrintable(sevLine + QStringLiteral(" lacks ") + percent));
        QVERIFY(text.contains(page));
        QVERIFY(text.contains(QStringLiteral("Åsa Öberg")));
        QVERIFY(text.contains(QStringLiteral("Fjällgear Outdoor AB")));
        if (lang == QLatin1String("sv")) {
            QVERIFY(text.contains(QStringLiteral("Sammanfattning")));
            QVERIFY(!text.contains(QStringLiteral("Summary")));
        }
    }

    void shouldGiveTheSameTextAndFingerprintForTheSameData()
    {
        const QString a = out(QStringLiteral("same-a.pdf"));
        const QString b = out(QStringLiteral("same-b.pdf"));
        const QStringList args = {QStringLiteral("--engagement"), QStringLiteral("ATLANTICPET"),
                                  QStringLiteral("--period"), m_period};
        QCOMPARE(report(m_demo, args + QStringList{QStringLiteral("--out"), a}).code, 0);
        QCOMPARE(report(m_demo, args + QStringList{QStringLiteral("--out"), b}).code, 0);
        QCOMPARE(pdfText(a), pdfText(b));
    }

    // The review pack of a team database is the file's, word for word, with the same fingerprint.
    void shouldGiveTheSameTextAndFingerprintOnBothDialects()
    {
        DD_ONLY_ON("postgresql", "compares the server's review pack with the file's");
        static const QRegularExpression fingerprint(QStringLiteral("fingerprint ([0-9a-f]{16})"));
        const QStringList args = {QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                                  QStringLiteral("--period"), m_period};
        const QString fromFile = out(QStringLiteral("both-file.pdf"));
        const QString fromServer = out(QStringLiteral("both-server.pdf"));
        const CliTest::Run file = report(m_demoFile, args + QStringList{QStringLiteral("--out"), fromFile});
        const CliTest::Run server = report(m_demo, args + QStringList{QStringLiteral("--out"), fromServer});
        QVERIFY2(file.code == 0 && server.code == 0, qPrintable(file.err + server.err));
        QVERIFY(!fingerprint.match(file.out).captured(1).isEmpty());
        QCOMPARE(fingerprint.match(server.out).captured(1), fingerprint.match(file.out).captured(1));
        QCOMPARE(pdfText(fromServer), pdfText(fromFile));
    }

    void shouldChangeTheFingerprintWhenATicketChanges()
    {
        QString copy;
        DD_CLI_COPY(copy, m_demoFile, m_dir.path());
        static const QRegularExpression fingerprint(QStringLiteral("fingerprint ([0-9a-f]{16})"));
        const QStringList args = {QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                                  QStringLiteral("--period"),     m_period,
                                  QStringLiteral("--out"),        out(QStringLiteral("changed.pdf"))};
        const CliTest::Run before = report(copy, args);
        QCOMPARE(before.code, 0);
        const QString first = fingerprint.match(before.out).captured(1);
        QVERIFY(!first.isEmpty());
        // Recomputing the SLA of unchanged data changes nothing.
        QCOMPARE(runCli({QStringLiteral("sla"), QStringLiteral("compliance"), QStringLiteral("--engagement"),
                         QStringLiteral("FJALLGEAR"), QStringLiteral("--recompute"),
                         QStringLiteral("--database"), copy})
                     .code,
                 0);
        QCOMPARE(fingerprint.match(report(copy, args).out).captured(1), first);
        const qint64 from = QDateTime(m_start, QTime(0, 0), s_stockholm).toSecsSinceEpoch();
        QCOMPARE(
            DialectCli::affected(
                copy, QStringLiteral("UPDATE tickets SET title = title || ' (edited)' WHERE id = (SELECT "
                                     "MIN(t.id) FROM tickets t JOIN engagements e ON e.id = t.engagement_id "
                                     "WHERE e.engagement_key = 'FJALLGEAR' AND t.created_at >= %1)")
                          .arg(from)),
            1);
        const QString changed = fingerprint.match(report(copy, args).out).captured(1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed != first);
    }

    void shouldSayWhenTheSlaFiguresAreOlderThanTheirCalendar()
    {
        // GIVEN FJALLGEAR's results computed an hour ago, and its calendar saved by anna now (the
        // newest change: the demo's policy rows were written before)
        QString copy;
        DD_CLI_COPY(copy, m_demoFile, m_dir.path());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString fjallgear =
            QStringLiteral("(SELECT id FROM engagements WHERE engagement_key = 'FJALLGEAR')");
        QCOMPARE(
            DialectCli::affected(copy, QStringLiteral("UPDATE sla_evaluations SET computed_at = %1 WHERE "
                                                      "engagement_id = %2")
                                           .arg(now - 3600)
                                           .arg(fjallgear)),
            1);
        QCOMPARE(DialectCli::affected(copy,
                                      QStringLiteral("UPDATE calendars SET updated_by = 'anna', updated_at = "
                                                     "%1 WHERE id = (SELECT calendar_id FROM engagements "
                                                     "WHERE engagement_key = 'FJALLGEAR')")
                                          .arg(now)),
                 1);
        const auto text = [&](const QString &file) {
            const QString pdf = out(file);
            const CliTest::Run r =
                report(copy, {QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                              QStringLiteral("--period"), m_period, QStringLiteral("--out"), pdf});
            return r.code == 0 ? pdfText(pdf).simplified() : r.err;
        };
        // THEN the pack's SLA section says so, until the results are recomputed
        const QString stale = text(QStringLiteral("stale.pdf"));
        QVERIFY2(
            stale.contains(QLatin1String("The SLA results were computed before anna changed the business "
                                         "calendar on ")),
            qPrintable(stale.left(2000)));
        QVERIFY(stale.contains(QLatin1String("they count on the old hours until recomputed.")));
        QCOMPARE(runCli({QStringLiteral("sla"), QStringLiteral("compliance"), QStringLiteral("--engagement"),
                         QStringLiteral("FJALLGEAR"), QStringLiteral("--recompute"),
                         QStringLiteral("--database"), copy})
                     .code,
                 0);
        QVERIFY(!text(QStringLiteral("fresh.pdf"))
                     .contains(QLatin1String("The SLA results were computed before")));
    }

    void shouldWriteTheSameNumbersAsDataAsInThePdf()
    {
        const QString pdf = out(QStringLiteral("data.pdf"));
        const QString csv = out(QStringLiteral("data-csv"));
        const QString xlsx = out(QStringLiteral("data.xlsx"));
        const QStringList args = {QStringLiteral("--engagement"), QStringLiteral("FJALLGEAR"),
                                  QStringLiteral("--period"),     m_period,
                                  QStringLiteral("--out"),        pdf};
        CliTest::Run run = report(m_demo, args + QStringList{QStringLiteral("--data"), csv});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = report(m_demo, args + QStringList{QStringLiteral("--data"), xlsx});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        for (const QString &name :
             {QStringLiteral("review"), QStringLiteral("summary"), QStringLiteral("sla"),
              QStringLiteral("tickets"), QStringLiteral("breaches"), QStringLiteral("notable"),
              QStringLiteral("delivered"), QStringLiteral("allocation"), QStringLiteral("ledger"),
              QStringLiteral("notes")})
            QVERIFY2(QFile::exists(QDir(csv).filePath(name + QStringLiteral(".csv"))), qPrintable(name));
        QFile summary(QDir(csv).filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(summary.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QHash<QString, QString> thisPeriod;
        for (const QString &line : lines) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (cells.size() >= 3)
                thisPeriod.insert(cells.at(0).mid(cells.at(0).startsWith(QChar(0xfeff)) ? 1 : 0),
                                  cells.at(2));
        }
        QCOMPARE(lineOf(text, QStringLiteral("Tickets opened")).split(QLatin1Char(' ')).value(2),
                 thisPeriod.value(QStringLiteral("opened")));
        QCOMPARE(lineOf(text, QStringLiteral("SLA breaches")).split(QLatin1Char(' ')).value(2),
                 thisPeriod.value(QStringLiteral("breaches")));
        // Used hours: minutes in the data, tenths of an hour (halves up) in the PDF.
        const qint64 used = thisPeriod.value(QStringLiteral("used_minutes")).toLongLong();
        const qint64 tenths = (used + 3) / 6;
        const QString usedText = tenths % 10 == 0
                                     ? QStringLiteral("%1 h").arg(tenths / 10)
                                     : QStringLiteral("%1.%2 h").arg(tenths / 10).arg(tenths % 10);
        QVERIFY2(
            lineOf(text, QStringLiteral("Hours used")).startsWith(QStringLiteral("Hours used ") + usedText),
            qPrintable(lineOf(text, QStringLiteral("Hours used")) + QStringLiteral(" vs ") + usedText));
        // The breaches listed in the data are the PDF's.
        QFile breaches(QDir(csv).filePath(QStringLiteral("breaches.csv")));
        QVERIFY(breaches.open(QIODevice::ReadOnly));
        const int breachRows = int(QString::fromUtf8(breaches.readAll())
                                       .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                                       .size()) -
                               1;
        QCOMPARE(QString::number(breachRows), thisPeriod.value(QStringLiteral("breaches")));
        // The workbook: one sheet per table, the full fingerprint among its strings (written in the
        // cells: the workbook is written in libxlsxwriter's constant-memory mode).
        const QString list = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx});
        QVERIFY2(list.contains(QStringLiteral("xl/worksheets/sheet10.xml")), qPrintable(list));
        const QString strings = runTool(QStringLiteral("unzip"),
                                        {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/*.xml")});
        static const QRegularExpression shortPrint(QStringLiteral("fingerprint ([0-9a-f]{16})"));
        const QString prefix = shortPrint.match(run.out).captured(1);
        QVERIFY(!prefix.isEmpty());
        QVERIFY2(QRegularExpression(prefix + QStringLiteral("[0-9a-f]{48}")).match(strings).hasMatch(),
                 "full fingerprint not in the workbook");
    }

    void shouldGiveASensibleDocumentWithoutTickets()
    {
        const QString pdf = out(QStringLiteral("quiet.pdf"));
        const CliTest::Run run = report(m_handMade, {QStringLiteral("--engagement"), QStringLiteral("QUIET"),
                                                     QStringLiteral("--period"), QStringLiteral("2026-10"),
                                                     QStringLiteral("--out"), pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 6 && pages <= 12, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(
            lineOf(text, QStringLiteral("Tickets opened")).startsWith(QStringLiteral("Tickets opened 0 0")));
        QVERIFY(text.contains(QStringLiteral("no SLA")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QCOMPARE(wordsOutsidePages(pdf), QStringList());
    }

    void shouldListAHundredOfHundredsOfBreachesOnPagesOfTheirOwn()
    {
        const QString pdf = out(QStringLiteral("breachy.pdf"));
        const QString csv = out(QStringLiteral("breachy-csv"));
        const CliTest::Run run =
            report(m_handMade,
                   {QStringLiteral("--engagement"), QStringLiteral("BREACHY"), QStringLiteral("--period"),
                    QStringLiteral("2026-10-01..2026-11-30"), QStringLiteral("--out"), pdf,
                    QStringLiteral("--data"), csv, QStringLiteral("--lang"), QStringLiteral("sv")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 8 && pages <= 30, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        // 242 breaches of one severity and no notes: the PDF lists the 100 that breached first
        // and says so; the data appendix holds every one.
        QVERIFY(text.contains(QStringLiteral("242 ärenden överskred ett mål")));
        QVERIFY(text.contains(QStringLiteral("De 100 som listas här")));
        QFile breaches(QDir(csv).filePath(QStringLiteral("breaches.csv")));
        QVERIFY(breaches.open(QIODevice::ReadOnly));
        const QString data = QString::fromUtf8(breaches.readAll());
        for (int n = 1; n <= 22 * 11; ++n) {
            const QString key = QStringLiteral("BR-%1").arg(n, 4, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(key) == (n <= 100), qPrintable(key));
            QVERIFY2(data.contains(key), qPrintable(key));
        }
        QCOMPARE(wordsOutsidePages(pdf), QStringList());
        // The table's header repeats on every page it runs over.
        QVERIFY(text.count(QStringLiteral("Vad som hände")) >= 3);
    }

    void shouldRefuseBadInputWithoutLeavingAFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("refused.pdf");
        QTest::newRow("unknown engagement")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("NOPE"),
                           QStringLiteral("--period"),     QStringLiteral("2026-10"),
                           QStringLiteral("--out"),        out}
            << 1 << "no engagement with the key 'NOPE'";
        QTest::newRow("malformed period")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("BREACHY"),
                           QStringLiteral("--period"),     QStringLiteral("2026-13"),
                           QStringLiteral("--out"),        out}
            << 2 << "'2026-13' is not a period";
        QTest::newRow("period in the future")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("BREACHY"),
                           QStringLiteral("--period"),     QStringLiteral("2027-Q1"),
                           QStringLiteral("--out"),        out}
            << 1 << "has not started yet";
        QTest::newRow("before the start")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("BREACHY"),
                           QStringLiteral("--period"),     QStringLiteral("2025-11-01..2025-12-31"),
                           QStringLiteral("--out"),        out}
            << 1 << "ends before BREACHY started";
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("BREACHY"),
                           QStringLiteral("--period"),     QStringLiteral("2026-10"),
                           QStringLiteral("--out"),        QStringLiteral("no/such/folder/x.pdf")}
            << 1 << "does not exist";
        QTest::newRow("data into a file's place")
            << QStringList{QStringLiteral("--engagement"), QStringLiteral("BREACHY"),
                           QStringLiteral("--period"),     QStringLiteral("2026-10"),
                           QStringLiteral("--out"),        out,
                           QStringLiteral("--data"),       QStringLiteral("occupied")}
            << 1 << "it is a file, not a folder";
    }

    void shouldRefuseBadInputWithoutLeavingAFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile occupied(dir.filePath(QStringLiteral("occupied")));
        QVERIFY(occupied.open(QIODevice::WriteOnly));
        occupied.close();
        for (QString &a : arguments) {
            if (a == QLatin1String("refused.pdf") || a == QLatin1String("occupied") ||
                a.startsWith(QLatin1String("no/")))
                a = dir.filePath(a);
        }
        const CliTest::Run run = report(m_handMade, arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("refused.pdf"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("occupied")});
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"

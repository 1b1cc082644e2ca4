// `tickets list`, `worklogs list` and `export` write rows as they read them (issue 13: constant
// memory, a million tickets as JSON in seconds). What they write must not move: on generated
// engagements of 0, 1, 4,096 and 4,097 tickets (the export asks Cancel every 4,096 rows; the list
// commands hand the output 64 KiB blocks) the output is compared with what the previous code wrote
// (QJsonDocument, QDateTime, whole tables through ExportTables and CsvTableWriter::toCsv).
#include "tests/cli/importcli.h"
#include "tests/cli/oldcsvcell.h"

#include "models/engagementexport.h"
#include "models/exchange/export/csvtablewriter.h"
#include "models/exchange/export/exporttables.h"
#include "models/slarecomputer.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace ImportCli;

namespace {

const QStringList s_titles = {QStringLiteral("Checkout fails"), QStringLiteral("Betalning, \"Klarna\" nere"),
                              QStringLiteral("Two\nlines"),
                              QString::fromUtf8("Kassan \xF0\x9F\x9B\x92 \\ tab\t"),
                              QStringLiteral("=SUM(A1)")};

/// `count` tickets in shuffled creation order, with ties on the creation instant, 0–3 changes each.
QVector<Domain::Ticket> tickets(int count)
{
    QRandomGenerator random(13);
    QVector<Domain::Ticket> out;
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = QStringLiteral("SUP-%1").arg(qint64(random.bounded(1000000)) * 10000 + i);
        t.title = s_titles.at(random.bounded(int(s_titles.size())));
        t.severity = 1 + random.bounded(4);
        t.created = start + 600 * random.bounded(2000); // ties: 4,097 tickets over 2,000 instants
        t.firstResponse = t.created + random.bounded(7200);
        if (random.bounded(4) != 0)
            t.resolved = t.created + 3600 + random.bounded(86400 * 3);
        t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
        for (int c = 0, n = random.bounded(4); c < n; ++c)
            t.history.append({t.created + 60 * (c + 1),
                              c % 2 ? QStringLiteral("Waiting for customer") : QStringLiteral("In Progress"),
                              0});
        out.append(t);
    }
    return out;
}

QVector<Domain::Worklog> worklogs(int count)
{
    QRandomGenerator random(17);
    QVector<Domain::Worklog> out;
    for (int i = 0; i < count; ++i) {
        Domain::Worklog w;
        w.sourceKey = QStringLiteral("WL-%1").arg(i);
        w.date = QDate(2026, 1, 1).addDays(random.bounded(60));
        w.person = i % 2 ? QString::fromUtf8("Åsa Öberg") : QStringLiteral("Bo, Jr");
        if (i % 3)
            w.role = Domain::Role::Dev;
        w.seconds = 60 * random.bounded(1, 600);
        w.description = s_titles.at(i % s_titles.size());
        out.append(w);
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString oldInstant(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

class TestStreamedOutputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const qint64 m_now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

    QByteArray output(const QString &db, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(CliTest::headlessEnvironment());
        process.start(
            QStringLiteral(DD_BINARY),
            arguments + QStringList{QStringLiteral("--database"), db, QStringLiteral("--engagement"), s_key});
        process.waitForFinished(120000);
        if (process.exitCode() != 0)
            qWarning() << process.readAllStandardError();
        return process.readAllStandardOutput();
    }

private slots:
    void shouldWriteWhatThePreviousCodeWrote_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("ordered");
        for (const int count : {0, 1, 4096, 4097}) {
            QTest::newRow(qPrintable(QString::number(count))) << count << false;
            // stored in creation order, as an import of a sorted file stores them: read with no sort
            QTest::newRow(qPrintable(QStringLiteral("%1 in creation order").arg(count))) << count << true;
        }
    }

    void shouldWriteWhatThePreviousCodeWrote()
    {
        QFETCH(int, count);
        QFETCH(bool, ordered);
        // GIVEN an engagement of `count` tickets and worklogs, its SLA results stored but for one,
        // the tickets stored in creation order (same-second runs still in random key order) or not
        const QString path = newDatabase(m_dir.path(), QString::number(count) +
                                                           (ordered ? QStringLiteral("ordered") : QString()));
        QVERIFY(!path.isEmpty());
        QVector<Domain::Ticket> stored;
        QVector<Domain::Worklog> storedWorklogs;
        QVector<Storage::StoredSlaResult> results;
        qint64 engagementId = 0;
        {
            Storage::Database db;
            QVERIFY(
                db.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist)
                    .isNull());
            std::optional<Domain::Engagement> engagement;
            QVERIFY(Storage::EngagementRepository(db).findByKey(s_key, &engagement).isNull() && engagement);
            engagementId = engagement->id;
            Storage::UpsertCounts counts;
            QVector<Domain::Ticket> generated = tickets(count);
            if (ordered) {
                std::stable_sort(
                    generated.begin(), generated.end(),
                    [](const Domain::Ticket &a, const Domain::Ticket &b) { return a.created < b.created; });
            }
            QVERIFY(Storage::TicketRepository(db)
                        .upsert(engagementId, QStringLiteral("jira"), generated, &counts)
                        .isNull());
            QVERIFY(Storage::WorklogRepository(db)
                        .upsert(engagementId, QStringLiteral("tempo"), worklogs(count), &counts)
                        .isNull());
            QVERIFY(Models::SlaRecomputer::recompute(db, engagementId, m_now).isNull());
            if (count > 0) {
                Domain::Ticket late = tickets(1).first();
                late.key = QStringLiteral("LATE-1"); // stored after the recompute: evaluated by the export
                if (ordered) {                       // created after every other ticket: the order holds
                    const qint64 shift = 600 * 2000;
                    late.created += shift;
                    late.firstResponse =
                        late.firstResponse ? *late.firstResponse + shift : late.firstResponse;
                    late.resolved = late.resolved ? *late.resolved + shift : late.resolved;
                    for (Domain::StatusChange &change : late.history)
                        change.at += shift;
                }
                QVERIFY(Storage::TicketRepository(db)
                            .upsert(engagementId, QStringLiteral("jira"), {late}, &counts)
                            .isNull());
            }
            QVERIFY(Storage::TicketRepository(db).list(engagementId, &stored).isNull());
            QVERIFY(Storage::WorklogRepository(db)
                        .list(engagementId, QDate(), QDate(), &storedWorklogs)
                        .isNull());
            QVERIFY(Storage::SlaResultRepository(db).results(engagementId, &results).isNull());
        }
        // Equal creation instants are ordered by key, as `tickets list` has always ordered them.
        std::stable_sort(stored.begin(), stored.end(), [](const Domain::Ticket &a, const Domain::Ticket &b) {
            return a.created != b.created ? a.created < b.created : a.key < b.key;
        });

        // WHEN the tickets are listed as JSON THEN it is QJsonDocument's indented text of the tickets
        const QByteArray json = output(path, {QStringLiteral("tickets"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray listed = QJsonDocument::fromJson(json).array();
        QCOMPARE(json, QJsonDocument(listed).toJson(QJsonDocument::Indented));
        QCOMPARE(listed.size(), stored.size());
        for (int i = 0; i < stored.size(); ++i) {
            const Domain::Ticket &t = stored.at(i);
            const QJsonObject o = listed.at(i).toObject();
            QCOMPARE(o.value(QStringLiteral("key")).toString(), t.key);
            QCOMPARE(o.value(QStringLiteral("title")).toString(), t.title);
            QCOMPARE(o.value(QStringLiteral("created")).toString(), oldInstant(t.created));
            QCOMPARE(o.value(QStringLiteral("resolved")).toString(),
                     t.resolved ? oldInstant(*t.resolved) : QString());
            QCOMPARE(o.value(QStringLiteral("resolved")).isNull(), !t.resolved);
            QCOMPARE(o.value(QStringLiteral("status_changes")).toInt(), t.history.size());
        }
        // AND as CSV it is the previous cells, quoted and joined
        QString csv = QStringLiteral("key,kind,severity,service_level,activity,status,created,first_response,"
                                     "resolved,status_changes,paused_seconds,title\n");
        for (int i = 0; i < stored.size(); ++i) {
            const Domain::Ticket &t = stored.at(i);
            const QStringList cells = {
                t.key,
                Domain::ticketKindId(t.kind),
                QString::number(t.severity),
                Domain::serviceLevelId(t.serviceLevel),
                t.activity,
                t.status,
                oldInstant(t.created),
                t.firstResponse ? oldInstant(*t.firstResponse) : QString(),
                t.resolved ? oldInstant(*t.resolved) : QString(),
                QString::number(t.history.size()),
                QString::number(listed.at(i)[QStringLiteral("paused_seconds")].toInteger()),
                t.title};
            QStringList quoted;
            for (const QString &cell : cells)
                quoted.append(CliTest::oldCsvCell(cell));
            csv += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        QCOMPARE(output(path, {QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("csv")}),
                 csv.toUtf8());

        // AND the table streams: its widths are those of the header and the first 1,000 rows, every
        // row follows in the same order, and a row's key is padded to that width (a title may hold
        // a line break: a row ends with its title, the last column)
        const QByteArray table = output(path, {QStringLiteral("tickets"), QStringLiteral("list")});
        int keyWidth = int(table.indexOf(' '));
        for (int i = 0; i < stored.size() && i < 1000; ++i)
            keyWidth = qMax(keyWidth, int(stored.at(i).key.size()));
        qsizetype pos = table.indexOf('\n') + 1;
        for (int i = 0; i < stored.size(); ++i) {
            const QByteArray key = stored.at(i).key.toUtf8();
            QVERIFY2(table.mid(pos).startsWith(key + ' '), key.constData());
            const int width = qMax(keyWidth, int(key.size()));
            QVERIFY2(table.at(pos + width + 1) == ' ' && table.at(pos + width + 2) != ' ', key.constData());
            const QByteArray end = stored.at(i).title.toUtf8() + '\n';
            const qsizetype found = table.indexOf(end, pos);
            QVERIFY2(found > pos, key.constData());
            pos = found + end.size();
        }
        QCOMPARE(pos, table.size());

        // AND the worklogs as JSON are QJsonDocument's text of them, in the repository's order
        const QByteArray worklogJson = output(path, {QStringLiteral("worklogs"), QStringLiteral("list"),
                                                     QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray worklogList = QJsonDocument::fromJson(worklogJson).array();
        QCOMPARE(worklogJson, QJsonDocument(worklogList).toJson(QJsonDocument::Indented));
        QCOMPARE(worklogList.size(), storedWorklogs.size());
        for (int i = 0; i < storedWorklogs.size(); ++i) {
            QCOMPARE(worklogList.at(i)[QStringLiteral("key")].toString(), storedWorklogs.at(i).sourceKey);
            QCOMPARE(worklogList.at(i)[QStringLiteral("description")].toString(),
                     storedWorklogs.at(i).description);
            QCOMPARE(worklogList.at(i)[QStringLiteral("seconds")].toInteger(), storedWorklogs.at(i).seconds);
        }

        // AND as CSV they are the previous cells (the budget class as the JSON says), quoted and joined
        QString worklogCsv =
            QStringLiteral("key,date,person,role,minutes,ticket,service_level,activity,description,budget\n");
        for (int i = 0; i < storedWorklogs.size(); ++i) {
            const Domain::Worklog &w = storedWorklogs.at(i);
            QStringList quoted;
            for (const QString &cell :
                 {w.sourceKey, w.date.toString(Qt::ISODate), w.person,
                  w.role ? Domain::roleId(*w.role) : QString(), QString::number(w.minutes()), w.ticketKey,
                  Domain::serviceLevelId(w.serviceLevel), w.activity, w.description,
                  worklogList.at(i)[QStringLiteral("budget")].toString()})
                quoted.append(CliTest::oldCsvCell(cell));
            worklogCsv += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        QCOMPARE(output(path, {QStringLiteral("worklogs"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("csv")}),
                 worklogCsv.toUtf8());

        // AND the CSV export is the whole tables the previous code built, byte for byte
        const QString folder = m_dir.filePath(QStringLiteral("export-%1-%2").arg(count).arg(ordered));
        output(path, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--out"), folder, QStringLiteral("--separator"), QStringLiteral("comma"),
                      QStringLiteral("--now"),
                      QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC).toString(Qt::ISODate)});
        const QTimeZone zone("Europe/Stockholm");
        QVector<Domain::SlaResult> slaResults;
        QHash<QString, Domain::SlaResult> byKey;
        for (const Storage::StoredSlaResult &r : std::as_const(results))
            byKey.insert(r.ticketKey, r.result);
        QVector<Domain::Ticket> withResults;
        for (const Domain::Ticket &t : std::as_const(stored)) {
            if (byKey.contains(t.key)) { // LATE-1 is evaluated at --now: checked below
                withResults.append(t);
                slaResults.append(byKey.value(t.key));
            }
        }
        const Exchange::CsvDialect comma;
        QCOMPARE(readFile(folder + QStringLiteral("/tickets.csv")),
                 Exchange::CsvTableWriter::toCsv(Exchange::ExportTables::tickets(stored, zone), comma));
        QCOMPARE(readFile(folder + QStringLiteral("/worklogs.csv")),
                 Exchange::CsvTableWriter::toCsv(Exchange::ExportTables::worklogs(storedWorklogs), comma));
        QList<QByteArray> lines = readFile(folder + QStringLiteral("/sla.csv")).split('\n');
        const auto late = std::find_if(lines.begin(), lines.end(),
                                       [](const QByteArray &line) { return line.startsWith("LATE-1,"); });
        QCOMPARE(late != lines.end(), count > 0);
        if (late != lines.end())
            lines.erase(late);
        QCOMPARE(lines.join('\n'),
                 Exchange::CsvTableWriter::toCsv(
                     Exchange::ExportTables::slaResults(withResults, slaResults, zone), comma));
    }

    void shouldStopBetweenRowsAndLeaveNothingWhenAskedTo()
    {
        // GIVEN the engagement of 4,097 tickets written above
        const QString path = m_dir.filePath(QStringLiteral("shouldWriteWhatThePreviousCodeWrote4097.sqlite"));
        QVERIFY(QFile::exists(path));
        Storage::Database db;
        QVERIFY(db.open(path, Storage::Database::Access::ReadOnly, Storage::Database::Creation::MustExist)
                    .isNull());
        std::optional<Domain::Engagement> engagement;
        QVERIFY(Storage::EngagementRepository(db).findByKey(s_key, &engagement).isNull() && engagement);
        const QString folder = m_dir.filePath(QStringLiteral("stopped"));
        QVERIFY(QDir().mkpath(folder));
        QStringList files;
        for (const QString &name : Models::EngagementExportLoader::csvFileNames())
            files.append(folder + QLatin1Char('/') + name);
        for (const int answers : {1, 2, 3}) {
            // WHEN the export is told to stop at its `answers`-th question: before the tickets, after
            // 4,096 of them, or before the worklogs
            Exchange::CsvTableStream stream(files);
            Models::EngagementExport counts;
            QVector<int> asked;
            bool stopped = false;
            const QString error = Models::EngagementExportLoader(db).write(
                *engagement, m_now, QLocale(QLocale::English), stream, &counts,
                [&](int tablesDone) {
                    asked.append(tablesDone);
                    return asked.size() < answers;
                },
                &stopped);
            // THEN it stops there, without an error, and no file is left
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(stopped);
            QCOMPARE(asked, (QVector<int>{0, 0, 1}.mid(0, answers)));
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamedOutputs)
#include "tst_streamedoutputs.moc"

#include "models/exchange/sources/importer.h"
#include "models/exchange/sources/servicenoweventsource.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>

#include <QDateTime>
#include <QTest>
#include <algorithm>

using namespace Exchange;
using Domain::StatusChange;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");
const QString s_hardCases = QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow/events_hard_cases.csv");

ImportBatch importFile(const QString &path, const ImportSettings &settings = ImportSettings())
{
    ServiceNowEventSource source(settings);
    Importer importer(&source);
    return importer.runFile(path);
}

const Domain::Ticket *find(const ImportBatch &batch, const QString &key)
{
    for (const Domain::Ticket &t : batch.tickets) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestServiceNowEventSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldImportEveryIncidentOfTheRealSample();
    void shouldBuildExactHistoryOfOneRealIncident();
    void shouldReadTheSampleInAnotherZone();
    void shouldOrderHistoryAndReportHardCases();
    void shouldHandTicketsOutInChunks();
    void shouldStopWhenCancelled();
    void shouldRefuseAFileWithoutTheEventColumns();
    void shouldImportShuffledRowsWhenAnyOrderIsAllowed();
};

void TestServiceNowEventSource::shouldImportEveryIncidentOfTheRealSample()
{
    const ImportBatch batch = importFile(s_sample);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.sourceId, QStringLiteral("servicenow-events"));
    QCOMPARE(batch.rowsRead, qint64(5998));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QVERIFY(batch.isClean());
    QCOMPARE(batch.tickets.size(), 890);
    QCOMPARE(batch.ticketCount, qint64(890));
    QCOMPARE(batch.tickets.first().key, QStringLiteral("INC0000045"));
    QCOMPARE(batch.tickets.last().key, QStringLiteral("INC0001434"));

    int historyEntries = 0;
    int unresolved = 0;
    QHash<int, int> severities;
    for (const Domain::Ticket &t : batch.tickets) {
        QVERIFY2(!t.history.isEmpty(), qPrintable(t.key));
        QVERIFY2(t.history.first().severity != 0, qPrintable(t.key));
        for (int i = 1; i < t.history.size(); ++i)
            QVERIFY2(t.history.at(i - 1).at <= t.history.at(i).at, qPrintable(t.key));
        historyEntries += t.history.size();
        unresolved += t.resolved ? 0 : 1;
        ++severities[t.severity];
        QCOMPARE(t.kind, Domain::TicketKind::Incident);
    }
    // Consecutive updates that change neither state nor priority are one status.
    QCOMPARE(historyEntries, 3462);
    QCOMPARE(unresolved, 29);
    // Two incidents were worked on before their opened_at (a quirk of the real data).
    QCOMPARE(batch.warningCount, qint64(2));
    QCOMPARE(batch.warnings.at(0).line, qint64(339));
    QCOMPARE(batch.warnings.at(1).line, qint64(358));
}

void TestServiceNowEventSource::shouldBuildExactHistoryOfOneRealIncident()
{
    const ImportBatch batch = importFile(s_sample);
    const Domain::Ticket *t = find(batch, QStringLiteral("INC0000047"));
    QVERIFY(t);
    const QVector<StatusChange> expected{
        {utc(2016, 2, 29, 4, 57), QStringLiteral("New"), 3},
        {utc(2016, 2, 29, 5, 30), QStringLiteral("Active"), 0},
        {utc(2016, 3, 1, 9, 14), QStringLiteral("Awaiting User Info"), 0},
        {utc(2016, 3, 1, 9, 52), QStringLiteral("Resolved"), 0},
        {utc(2016, 3, 6, 10, 0), QStringLiteral("Closed"), 0},
    };
    QCOMPARE(t->history, expected);
    QCOMPARE(t->created, utc(2016, 2, 29, 4, 40));
    QCOMPARE(t->resolved, std::optional<qint64>(utc(2016, 3, 1, 9, 52)));
    QCOMPARE(t->firstResponse, std::optional<qint64>(utc(2016, 2, 29, 5, 30)));
    QCOMPARE(t->severity, 3);
    QCOMPARE(t->status, QStringLiteral("Closed"));
    QCOMPARE(t->serviceLevel, Domain::ServiceLevel::L1);
    QCOMPARE(t->activity, QStringLiteral("incident-management"));
    QVERIFY(ImportSettings().mappings.isPauseStatus(t->history.at(2).status));
    QVERIFY(!ImportSettings().mappings.isPauseStatus(t->history.at(1).status));
}

void TestServiceNowEventSource::shouldReadTheSampleInAnotherZone()
{
    ImportSettings settings;
    settings.zone = QTimeZone("Europe/Stockholm");
    const ImportBatch batch = importFile(s_sample, settings);
    const Domain::Ticket *t = find(batch, QStringLiteral("INC0000047"));
    QVERIFY(t);
    // 29-02-2016 04:40 in Stockholm (winter, +01:00).
    QCOMPARE(t->created, utc(2016, 2, 29, 3, 40));
}

void TestServiceNowEventSource::shouldOrderHistoryAndReportHardCases()
{
    const ImportBatch batch = importFile(s_hardCases);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rowsRead, qint64(14));
    QStringList keys;
    for (const Domain::Ticket &t : batch.tickets)
        keys << t.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("INC100"), QStringLiteral("INC101"), QStringLiteral("INC104"),
                                QStringLiteral("INC105"), QStringLiteral("INC106")}));
    // The latest update gives status and resolution even when the file lists it first.
    QCOMPARE(batch.tickets.last().status, QStringLiteral("Resolved"));
    QCOMPARE(batch.tickets.last().resolved, std::optional<qint64>(utc(2026, 3, 6, 10, 0)));
    QCOMPARE(batch.tickets.last().history.size(), 2);

    const Domain::Ticket &t = batch.tickets.first();
    const QVector<StatusChange> expected{
        {utc(2026, 3, 1, 8, 0), QStringLiteral("New"), 3},
        {utc(2026, 3, 1, 8, 0), QStringLiteral("New"), 2},
        {utc(2026, 3, 1, 9, 0), QStringLiteral("Active"), 0},
        {utc(2026, 3, 1, 10, 30), QStringLiteral("Awaiting User Info"), 0},
        {utc(2026, 3, 2, 7, 15), QStringLiteral("Resolved"), 0},
    };
    QCOMPARE(t.history, expected);
    QCOMPARE(t.severity, 2);
    QCOMPARE(t.status, QStringLiteral("Resolved"));
    QCOMPARE(t.title, QStringLiteral("Checkout \"pay\" button\ndoes nothing"));
    QCOMPARE(t.resolved, std::optional<qint64>(utc(2026, 3, 2, 7, 15)));
    QCOMPARE(t.firstResponse, std::optional<qint64>(utc(2026, 3, 1, 9, 0)));

    QCOMPARE(batch.rejectedCount, qint64(3));
    QCOMPARE(batch.rejected.at(0).line, qint64(14));
    QCOMPARE(batch.rejected.at(0).column, 4);
    QCOMPARE(batch.rejected.at(0).columnName, QStringLiteral("opened_at"));
    QCOMPARE(batch.rejected.at(1).line, qint64(16));
    QCOMPARE(batch.rejected.at(1).columnName, QStringLiteral("priority"));
    QVERIFY(batch.rejected.at(1).reason.contains(QStringLiteral("9 - Whatever")));
    QCOMPARE(batch.rejected.at(2).line, qint64(19));
    QCOMPARE(batch.rejected.at(2).column, 1);
    QVERIFY(batch.rejected.at(2).reason.contains(QStringLiteral("INC104")));

    QCOMPARE(batch.warningCount, qint64(1));
    QCOMPARE(batch.warnings.first().line, qint64(13));
    QCOMPARE(batch.warnings.first().columnName, QStringLiteral("resolved_at"));
    QVERIFY(!batch.isClean());
}

void TestServiceNowEventSource::shouldHandTicketsOutInChunks()
{
    ServiceNowEventSource source{ImportSettings()};
    Importer importer(&source);
    int chunks = 0;
    int largest = 0;
    QStringList keys;
    importer.setChunkHandler(
        [&](ImportBatch &chunk) {
            ++chunks;
            largest = qMax(largest, int(chunk.tickets.size()));
            for (const Domain::Ticket &t : std::as_const(chunk.tickets))
                keys << t.key;
            return true;
        },
        100);
    qint64 lastProgress = 0;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        QVERIFY(done >= lastProgress);
        QCOMPARE(total, qint64(2004534));
        lastProgress = done;
    });
    const ImportBatch batch = importer.runFile(s_sample);
    QCOMPARE(batch.ticketCount, qint64(890));
    QVERIFY(batch.tickets.isEmpty());
    QCOMPARE(keys.size(), 890);
    QCOMPARE(keys.removeDuplicates(), 0);
    QCOMPARE(chunks, 9);
    QCOMPARE(largest, 100);
    QCOMPARE(lastProgress, qint64(2004534));
}

void TestServiceNowEventSource::shouldStopWhenCancelled()
{
    ServiceNowEventSource source{ImportSettings()};
    Importer importer(&source);
    std::atomic<bool> cancel{false};
    importer.setCancelFlag(&cancel);
    importer.setProgressHandler([&](qint64, qint64) { cancel = true; });
    const ImportBatch batch = importer.runFile(s_sample);
    QVERIFY(batch.cancelled);
    QVERIFY(!batch.isClean());
    QCOMPARE(batch.rowsRead, qint64(4096));
}

void TestServiceNowEventSource::shouldRefuseAFileWithoutTheEventColumns()
{
    QByteArray text = "number,priority,opened_at\nINC1,1 - Critical,01-01-2026 10:00\n";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    ServiceNowEventSource source{ImportSettings()};
    const ImportBatch batch = Importer(&source).run(&device, QStringLiteral("list.csv"));
    QCOMPARE(batch.fileError.line, qint64(1));
    QVERIFY(batch.fileError.reason.contains(QStringLiteral("incident_state")));
    QCOMPARE(batch.rowsRead, qint64(0));
}

// The real sample with its rows shuffled: rejected when rows must be grouped, identical
// tickets when any order is allowed.
void TestServiceNowEventSource::shouldImportShuffledRowsWhenAnyOrderIsAllowed()
{
    QFile file(s_sample);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    QRandomGenerator random(99);
    std::shuffle(lines.begin(), lines.end(), random);
    QByteArray shuffled = header + '\n' + lines.join('\n') + '\n';

    QBuffer device(&shuffled);
    QVERIFY(device.open(QIODevice::ReadOnly));
    ServiceNowEventSource grouped{ImportSettings()};
    const ImportBatch refused = Importer(&grouped).run(&device, QStringLiteral("shuffled.csv"));
    QVERIFY(refused.rejectedCount > 0);
    QVERIFY(refused.rejected.first().reason.contains(QStringLiteral("sort the export by number")));

    device.seek(0);
    ServiceNowEventSource anyOrder(ImportSettings(), ServiceNowEventSource::RowOrder::Any);
    const ImportBatch batch = Importer(&anyOrder).run(&device, QStringLiteral("shuffled.csv"));
    QVERIFY(batch.isClean());
    QCOMPARE(batch.tickets.size(), 890);
    const ImportBatch reference = importFile(s_sample);
    QHash<QString, Domain::Ticket> byKey;
    for (const Domain::Ticket &t : reference.tickets)
        byKey.insert(t.key, t);
    for (const Domain::Ticket &t : batch.tickets) {
        // Rows with the same instant and mod count keep file order; none in the sample.
        QVERIFY2(byKey.value(t.key) == t, qPrintable(t.key));
    }
}

QTEST_GUILESS_MAIN(TestServiceNowEventSource)
#include "tst_servicenoweventsource.moc"

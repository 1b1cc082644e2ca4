#include "importtesthelpers.h"
#include "models/exchange/sources/importer.h"
#include "models/exchange/sources/importsource.h"
#include "models/exchange/sources/importsources.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Exchange;
using namespace ImportTest;

namespace {
/// A source that writes what its rows say without any check of its own: kind,key,severity,seconds.
class UncheckedSource : public ImportSource
{
public:
    UncheckedSource() : ImportSource(ImportSettings(), DateTimeParser::Format::Iso8601) {}
    QString id() const override { return QStringLiteral("unchecked"); }
    QString displayName() const override { return id(); }
    void addRow(const CsvRow &row, ImportBatch *batch) override
    {
        if (row.fields.value(0) == QLatin1String("ticket")) {
            Domain::Ticket ticket;
            ticket.key = row.fields.value(1);
            ticket.severity = row.fields.value(2).toInt();
            batch->tickets.append(ticket);
        } else {
            Domain::Worklog worklog;
            worklog.sourceKey = row.fields.value(1);
            worklog.date = QDate(2026, 3, 2);
            worklog.person = QStringLiteral("Anna");
            worklog.seconds = row.fields.value(3).toLongLong();
            batch->worklogs.append(worklog);
        }
    }

protected:
    bool findColumns(ImportBatch *) override { return true; }
};
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportUnreadableFilesAsFileErrors_data();
    void shouldReportUnreadableFilesAsFileErrors();
    void shouldImportHeaderOnlyFileAsEmpty();
    void shouldSayWhenWindows1252WasChosenLate();
    void shouldCreateEverySourceById();
    void shouldDetectSourceFromHeader_data();
    void shouldDetectSourceFromHeader();
    void shouldRejectWhatOnlyTheDatabaseWouldStopWithItsLine();
};

// Severity 7 or a negative duration used to reach the database and fail the whole import with
// "CHECK constraint failed"; now they are row errors with their line, which --skip-bad-rows skips.
void TestImporter::shouldRejectWhatOnlyTheDatabaseWouldStopWithItsLine()
{
    QByteArray file = "kind,key,severity,seconds\n"
                      "ticket,T-1,2,0\n"
                      "ticket,T-2,7,0\n"
                      "worklog,W-1,0,3600\n"
                      "worklog,W-2,0,-60\n"
                      "ticket,T-3,0,0\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    UncheckedSource source;
    Importer importer(&source);
    const ImportBatch batch = importer.run(&device, QStringLiteral("unchecked.csv"));
    QVERIFY(batch.fileError.isNull());
    QCOMPARE(batch.tickets.size(), 1);
    QCOMPARE(batch.tickets.first().key, QStringLiteral("T-1"));
    QCOMPARE(batch.worklogs.size(), 1);
    QCOMPARE(batch.worklogs.first().sourceKey, QStringLiteral("W-1"));
    QCOMPARE(batch.rejectedCount, qint64(3));
    QCOMPARE(batch.rejected.at(0).line, qint64(3));
    QVERIFY(batch.rejected.at(0).reason.contains(QStringLiteral("severities are 1 to 4")));
    QCOMPARE(batch.rejected.at(1).line, qint64(5));
    QVERIFY(batch.rejected.at(1).reason.contains(QStringLiteral("Negative duration")));
    QCOMPARE(batch.rejected.at(2).line, qint64(6));
}

void TestImporter::shouldReportUnreadableFilesAsFileErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("empty") << dataFile("csv/empty.csv") << qint64(0) << QStringLiteral("empty");
    QTest::newRow("binary") << dataFile("csv/binary_renamed.csv") << qint64(0)
                            << QStringLiteral("not a text CSV");
    QTest::newRow("missing column") << dataFile("csv/header_only.csv") << qint64(1)
                                    << QStringLiteral("Issue key");
    QTest::newRow("no such file") << dataFile("csv/nope.csv") << qint64(0)
                                  << QStringLiteral("cannot be opened");
}

void TestImporter::shouldReportUnreadableFilesAsFileErrors()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(QString, reasonPart);
    auto source = ImportSources::create(QStringLiteral("jira"), ImportSettings());
    const ImportBatch batch = Importer(source.get()).runFile(file);
    QVERIFY(!batch.isClean());
    QCOMPARE(batch.fileError.file, file);
    QCOMPARE(batch.fileError.line, line);
    QVERIFY2(batch.fileError.reason.contains(reasonPart), qPrintable(batch.fileError.reason));
    QCOMPARE(batch.sourceId, QStringLiteral("jira"));
}

void TestImporter::shouldImportHeaderOnlyFileAsEmpty()
{
    QByteArray text = "Issue key,Priority,Created\r\n";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    auto source = ImportSources::create(QStringLiteral("jira"), ImportSettings());
    const ImportBatch batch = Importer(source.get()).run(&device, QStringLiteral("header.csv"));
    QVERIFY(batch.isClean());
    QCOMPARE(batch.rowsRead, qint64(0));
    QCOMPARE(batch.ticketCount, qint64(0));
}

void TestImporter::shouldSayWhenWindows1252WasChosenLate()
{
    QByteArray text = "Issue Key,Hours,Work date,Full name\n";
    for (int i = 0; i < 20000; ++i)
        text += "SUP-1,1,2026-03-02,Anna Berg\n";
    text += "SUP-2,1,2026-03-03,J\xf6rgen\n";
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    auto source = ImportSources::create(QStringLiteral("tempo"), ImportSettings());
    const ImportBatch batch = Importer(source.get()).run(&device, QStringLiteral("late.csv"));
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.worklogs.last().person, QStringLiteral("Jörgen"));
    QCOMPARE(batch.encoding, QStringLiteral("Windows-1252"));
    QVERIFY(batch.encodingGuessed);
    // 20,000 identical rows flood the row warnings; the file-level note still comes first.
    QCOMPARE(batch.warnings.size(), ImportBatch::s_maxProblems + 1);
    QVERIFY(batch.warnings.first().reason.contains(QStringLiteral("Windows-1252")));
}

void TestImporter::shouldCreateEverySourceById()
{
    for (const QString &id : ImportSources::ids()) {
        const auto source = ImportSources::create(id, ImportSettings());
        QVERIFY2(source, qPrintable(id));
        QCOMPARE(source->id(), id);
        QVERIFY(!source->displayName().isEmpty());
    }
    QVERIFY(!ImportSources::create(QStringLiteral("excel"), ImportSettings()));
}

void TestImporter::shouldDetectSourceFromHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::newRow("real ServiceNow log")
        << QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv")
        << QStringLiteral("servicenow-events");
    QTest::newRow("ServiceNow list") << dataFile("servicenow/incident_list.csv")
                                     << QStringLiteral("servicenow");
    QTest::newRow("Jira") << dataFile("jira/jira_english.csv") << QStringLiteral("jira");
    QTest::newRow("Jira Swedish") << dataFile("jira/jira_swedish.csv") << QStringLiteral("jira");
    QTest::newRow("Zendesk") << dataFile("zendesk/zendesk_tickets.csv") << QStringLiteral("zendesk");
    QTest::newRow("Tempo") << dataFile("tempo/tempo_worklogs.csv") << QStringLiteral("tempo");
    QTest::newRow("Kimai Swedish") << dataFile("kimai/kimai_swedish_1252.csv") << QStringLiteral("kimai");
    QTest::newRow("Kimai English") << dataFile("kimai/kimai_english.csv") << QStringLiteral("kimai");
    QTest::newRow("Harvest") << dataFile("harvest/harvest_detailed.csv") << QStringLiteral("harvest");
    QTest::newRow("other") << dataFile("mapped/swedish_timesheet.csv") << QString();
}

void TestImporter::shouldDetectSourceFromHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFile device(file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, file);
    QVERIFY(reader.readHeader());
    QCOMPARE(ImportSources::detect(reader.header()), id);
    if (id.isEmpty())
        return;
    // Every sample of a known source reads without a file error through the detected source.
    auto source = ImportSources::create(id, ImportSettings());
    const ImportBatch batch = Importer(source.get()).runFile(file);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QVERIFY(batch.ticketCount + batch.worklogCount > 0);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

#include "importtesthelpers.h"
#include "models/exchange/sources/jirasource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestJiraSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEnglishExportWithRepeatedHeaders();
    void shouldReadFirstResponseAsInstantOrDuration();
    void shouldCollectUnknownTypesAndWarn();
    void shouldReadSwedishHeadersMonthsAndZone();
};

void TestJiraSource::shouldReadEnglishExportWithRepeatedHeaders()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_english.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rowsRead, qint64(5));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(keys(batch),
             (QStringList{QStringLiteral("SUP-1"), QStringLiteral("SUP-2"), QStringLiteral("SUP-3"),
                          QStringLiteral("SUP-4"), QStringLiteral("SUP-5")}));
    const Domain::Ticket &t = batch.tickets.at(0);
    QCOMPARE(t.kind, Domain::TicketKind::Incident);
    QCOMPARE(t.severity, 1);
    QCOMPARE(t.created, utc(2026, 3, 12, 9, 15));
    QCOMPARE(t.resolved, std::optional<qint64>(utc(2026, 3, 12, 11, 45)));
    QCOMPARE(t.title, QStringLiteral("Payment fails"));

    const Domain::Ticket &request = batch.tickets.at(1);
    QCOMPARE(request.kind, Domain::TicketKind::ServiceRequest);
    QCOMPARE(request.activity, QStringLiteral("service-requests"));
    QCOMPARE(request.severity, 3);
    QCOMPARE(request.status, QStringLiteral("Waiting for customer"));
    QVERIFY(ImportMappings::defaults().isPauseStatus(request.status));

    const Domain::Ticket &story = batch.tickets.at(2);
    QCOMPARE(story.kind, Domain::TicketKind::Enhancement);
    QCOMPARE(story.serviceLevel, Domain::ServiceLevel::L3);
    QCOMPARE(story.created, utc(2026, 3, 14, 0, 0)); // 12:00 AM is midnight
    QCOMPARE(story.resolved, std::optional<qint64>(utc(2026, 3, 20, 16, 30)));
}

void TestJiraSource::shouldReadFirstResponseAsInstantOrDuration()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_english.csv");
    QCOMPARE(batch.tickets.at(0).firstResponse, std::optional<qint64>(utc(2026, 3, 12, 9, 40)));
    QCOMPARE(batch.tickets.at(1).firstResponse, std::optional<qint64>(utc(2026, 3, 13, 14, 35)));
    QVERIFY(!batch.tickets.at(2).firstResponse);
    QVERIFY(!batch.tickets.at(4).firstResponse);
}

void TestJiraSource::shouldCollectUnknownTypesAndWarn()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_english.csv");
    QCOMPARE(batch.unknownWorkTypes, QStringList{QStringLiteral("Spike")});
    QCOMPARE(batch.tickets.at(3).kind, Domain::TicketKind::Incident);
    QCOMPARE(batch.tickets.at(3).severity, 2);
    // "Breached" is not a time, and SUP-5 is resolved before it was created.
    QCOMPARE(where(batch.warnings), (QStringList{QStringLiteral("7:10:Custom field (Time to first response)"),
                                                 QStringLiteral("7:6:Resolved")}));
    QVERIFY(batch.isClean());
}

void TestJiraSource::shouldReadSwedishHeadersMonthsAndZone()
{
    ImportSettings settings;
    settings.zone = QTimeZone("Europe/Stockholm");
    const ImportBatch batch = importFile<JiraSource>("jira/jira_swedish.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.delimiter, QChar(u';'));
    QCOMPARE(keys(batch),
             (QStringList{QStringLiteral("SUP-10"), QStringLiteral("SUP-11"), QStringLiteral("SUP-12")}));
    QCOMPARE(batch.tickets.at(0).severity, 1);
    QCOMPARE(batch.tickets.at(0).kind, Domain::TicketKind::Incident);
    QCOMPARE(batch.tickets.at(0).created, utc(2026, 3, 12, 8, 15)); // CET
    QCOMPARE(batch.tickets.at(0).resolved, std::optional<qint64>(utc(2026, 3, 12, 12, 45)));
    QCOMPARE(batch.tickets.at(1).kind, Domain::TicketKind::ServiceRequest);
    QCOMPARE(batch.tickets.at(1).created, utc(2026, 5, 21, 9, 59)); // CEST
    QCOMPARE(batch.tickets.at(2).severity, 2);
    QCOMPARE(batch.tickets.at(2).created, utc(2026, 10, 3, 14, 5));
    QCOMPARE(batch.tickets.at(2).title, QStringLiteral("Frakt, \"express\" saknas"));
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("5:3:Prioritet")});
    QVERIFY(batch.rejected.at(0).reason.contains(QStringLiteral("Jättebråttom")));
}

QTEST_GUILESS_MAIN(TestJiraSource)
#include "tst_jirasource.moc"

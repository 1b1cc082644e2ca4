#include "importtesthelpers.h"
#include "models/exchange/sources/importsources.h"
#include "models/exchange/sources/zendesksource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestZendeskSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTicketsWithOffsetsAndReplyMinutes();
    void shouldAssumeDefaultSeverityWithoutPriority();
    void shouldRejectDuplicateIdsAndNegativeReplyTimes();
    void shouldReadExploreExportOfOneFieldPerLine();
};

void TestZendeskSource::shouldReadTicketsWithOffsetsAndReplyMinutes()
{
    const ImportBatch batch = importFile<ZendeskSource>("zendesk/zendesk_tickets.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(keys(batch), (QStringList{QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103"),
                                       QStringLiteral("105")}));
    const Domain::Ticket &question = batch.tickets.at(0);
    QCOMPARE(question.kind, Domain::TicketKind::ServiceRequest);
    QCOMPARE(question.severity, 3);
    QCOMPARE(question.created, utc(2026, 3, 2, 7, 0));
    QCOMPARE(question.resolved, std::optional<qint64>(utc(2026, 3, 2, 11, 0)));
    QCOMPARE(question.firstResponse, std::optional<qint64>(utc(2026, 3, 2, 7, 45)));
    const Domain::Ticket &incident = batch.tickets.at(1);
    QCOMPARE(incident.severity, 1);
    QCOMPARE(incident.firstResponse, std::optional<qint64>(utc(2026, 3, 2, 9, 5)));
    // "1 440" minutes, with a grouping space.
    QCOMPARE(batch.tickets.at(3).firstResponse, std::optional<qint64>(utc(2026, 3, 5, 10, 0)));
}

void TestZendeskSource::shouldAssumeDefaultSeverityWithoutPriority()
{
    ImportSettings settings;
    settings.mappings.setDefaultSeverity(4);
    const ImportBatch batch = importFile<ZendeskSource>("zendesk/zendesk_tickets.csv", settings);
    QCOMPARE(batch.tickets.at(2).severity, 4);
    QCOMPARE(batch.tickets.at(2).kind, Domain::TicketKind::Incident);
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("4:4:Priority")});
}

void TestZendeskSource::shouldRejectDuplicateIdsAndNegativeReplyTimes()
{
    const ImportBatch batch = importFile<ZendeskSource>("zendesk/zendesk_tickets.csv");
    QCOMPARE(where(batch.rejected),
             (QStringList{QStringLiteral("5:1:Id"), QStringLiteral("6:8:First reply time in minutes")}));
    QCOMPARE(batch.rejectedCount, qint64(2));
}

void TestZendeskSource::shouldReadExploreExportOfOneFieldPerLine()
{
    const ImportBatch batch = importFile<ZendeskSource>("zendesk/zendesk_explore.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(keys(batch),
             (QStringList{QStringLiteral("5012"), QStringLiteral("5013"), QStringLiteral("5014")}));
    QCOMPARE(batch.delimiter, QChar(u','));
    const Domain::Ticket &t = batch.tickets.at(0);
    QCOMPARE(t.created, utc(2025, 3, 2, 9, 14));
    QCOMPARE(t.resolved, std::optional<qint64>(utc(2025, 3, 2, 11, 40)));
    QCOMPARE(t.firstResponse, std::optional<qint64>(utc(2025, 3, 2, 9, 40)));
    QCOMPARE(t.status, QStringLiteral("Solved"));
    QCOMPARE(batch.tickets.at(1).title, QStringLiteral("Refund, partial"));
    QVERIFY(!batch.tickets.at(1).firstResponse);
    QCOMPARE(batch.tickets.at(2).title, QStringLiteral("Card \"declined\" twice"));
    QCOMPARE(batch.tickets.at(2).severity, 1);
    QCOMPARE(ImportSources::detect(QStringList{
                 QStringLiteral("Ticket ID,Ticket priority,Ticket status,Ticket created - Timestamp")}),
             QStringLiteral("zendesk"));
}

QTEST_GUILESS_MAIN(TestZendeskSource)
#include "tst_zendesksource.moc"

#include "importtesthelpers.h"
#include "models/exchange/sources/servicenowincidentsource.h"

#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestServiceNowIncidentSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadIncidentListWithBomAndCrlf();
    void shouldTakeKindFromNumberPrefix();
    void shouldRejectDuplicatesAndWrongFormats();
    void shouldReadDayFirstWhenTheAccountSaysSo();
    void shouldDecideMonthFirstLabelsFromTheFile();
    void shouldWarnAboutClosedTicketsWithoutResolution();
    void shouldRefuseAnUndecidableOrderUnlessNamed();
    void shouldSayWhichColumnIsMissingAndOfferOneSeverity();
};

void TestServiceNowIncidentSource::shouldReadIncidentListWithBomAndCrlf()
{
    const ImportBatch batch = importFile<ServiceNowIncidentSource>("servicenow/incident_list.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(batch.rowsRead, qint64(7));
    QCOMPARE(keys(batch), (QStringList{QStringLiteral("INC0010001"), QStringLiteral("INC0010002"),
                                       QStringLiteral("PRB0000003"), QStringLiteral("INC0010004"),
                                       QStringLiteral("INC0010006")}));
    const Domain::Ticket &first = batch.tickets.at(0);
    QCOMPARE(first.severity, 1);
    QCOMPARE(first.status, QStringLiteral("Resolved"));
    QCOMPARE(first.created, utc(2026, 3, 2, 8, 0));
    QCOMPARE(first.resolved, std::optional<qint64>(utc(2026, 3, 2, 10, 30)));
    QCOMPARE(first.title, QStringLiteral("Checkout down"));
    QVERIFY(first.history.isEmpty());
    QVERIFY(!first.firstResponse);

    const Domain::Ticket &closed = batch.tickets.at(1);
    QCOMPARE(closed.title, QStringLiteral("Price \"sale\" wrong, again"));
    // Closed without resolved_at: the close time is the resolution.
    QCOMPARE(closed.resolved, std::optional<qint64>(utc(2026, 3, 4, 12, 0)));
    QCOMPARE(batch.tickets.at(4).severity, 4); // 5 - Planning
}

void TestServiceNowIncidentSource::shouldTakeKindFromNumberPrefix()
{
    const ImportBatch batch = importFile<ServiceNowIncidentSource>("servicenow/incident_list.csv");
    QCOMPARE(batch.tickets.at(0).kind, Domain::TicketKind::Incident);
    QCOMPARE(batch.tickets.at(0).activity, QStringLiteral("incident-management"));
    QCOMPARE(batch.tickets.at(2).kind, Domain::TicketKind::Problem);
    QCOMPARE(batch.tickets.at(2).serviceLevel, Domain::ServiceLevel::L2);
    QCOMPARE(batch.tickets.at(2).activity, QStringLiteral("problem-management"));
}

void TestServiceNowIncidentSource::shouldRejectDuplicatesAndWrongFormats()
{
    const ImportBatch batch = importFile<ServiceNowIncidentSource>("servicenow/incident_list.csv");
    QCOMPARE(where(batch.rejected),
             (QStringList{QStringLiteral("6:1:number"), QStringLiteral("8:4:opened_at")}));
    QVERIFY(batch.rejected.at(0).reason.contains(QStringLiteral("line 2")));
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("5:5:resolved_at")});
    QVERIFY(batch.warnings.at(0).reason.contains(QStringLiteral("INC0010004")));
    QVERIFY(!batch.isClean());
}

void TestServiceNowIncidentSource::shouldReadDayFirstWhenTheAccountSaysSo()
{
    ImportSettings settings;
    settings.dateFormat = DateTimeParser::Format::DayMonthYear;
    const ImportBatch batch = importFile<ServiceNowIncidentSource>("servicenow/incident_list.csv", settings);
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("6:1:number")});
    QCOMPARE(batch.tickets.last().key, QStringLiteral("INC0010007"));
    QCOMPARE(batch.tickets.last().created, utc(2026, 3, 6, 13, 0));
}

void TestServiceNowIncidentSource::shouldDecideMonthFirstLabelsFromTheFile()
{
    // A list exported with labels and the user's date format: "12-24-2025" settles month-first.
    const ImportBatch batch = importFile<ServiceNowIncidentSource>("servicenow/servicenow_labels_mdy.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(batch.tickets.size(), 3);
    QCOMPARE(batch.tickets.at(0).created, utc(2025, 3, 12, 15, 21) + 8);
    QCOMPARE(batch.tickets.at(0).severity, 1);
    QCOMPARE(batch.tickets.at(0).title, QStringLiteral("Checkout page blank"));
    // Two closed tickets, no Resolved or Closed column: the report says their resolution is unknown.
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("0:0:")});
    QVERIFY(batch.warnings.constFirst().reason.startsWith(QStringLiteral("2 closed or resolved tickets")));
}

void TestServiceNowIncidentSource::shouldWarnAboutClosedTicketsWithoutResolution()
{
    // The same file with its date order named, so that only the warning is tested: before issue 17
    // the three tickets were read and nothing said that two closed ones have no resolution time.
    ImportSettings settings;
    settings.dateFormat = DateTimeParser::Format::MonthDayYear;
    const ImportBatch batch =
        importFile<ServiceNowIncidentSource>("servicenow/servicenow_labels_mdy.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.tickets.size(), 3);
    QCOMPARE(where(batch.warnings), QStringList{QStringLiteral("0:0:")});
    QVERIFY2(batch.warnings.constFirst().reason.startsWith(QStringLiteral("2 closed or resolved tickets")),
             qPrintable(batch.warnings.constFirst().reason));
    for (const Domain::Ticket &t : batch.tickets)
        QVERIFY2(!t.resolved, qPrintable(t.key));
}

void TestServiceNowIncidentSource::shouldRefuseAnUndecidableOrderUnlessNamed()
{
    const ImportBatch refused =
        importFile<ServiceNowIncidentSource>("servicenow/servicenow_labels_ambiguous.csv");
    QCOMPARE(refused.fileError.line, qint64(2));
    QVERIFY2(refused.fileError.reason.contains(QStringLiteral("--date-order")),
             qPrintable(refused.fileError.reason));
    QVERIFY(refused.tickets.isEmpty());

    ImportSettings settings;
    settings.dateFormat = DateTimeParser::Format::DayMonthYear;
    const ImportBatch named =
        importFile<ServiceNowIncidentSource>("servicenow/servicenow_labels_ambiguous.csv", settings);
    QVERIFY2(named.fileError.isNull(), qPrintable(named.fileError.toString()));
    QCOMPARE(named.tickets.at(0).created, utc(2025, 12, 3, 15, 21) + 8);
    QCOMPARE(named.tickets.at(1).created, utc(2025, 1, 4, 9, 0));
}

void TestServiceNowIncidentSource::shouldSayWhichColumnIsMissingAndOfferOneSeverity()
{
    const ImportBatch refused = importFile<ServiceNowIncidentSource>("servicenow/servicenow_no_priority.csv");
    QVERIFY(refused.fileError.reason.contains(QStringLiteral("\"priority\" is missing")));
    QVERIFY(refused.fileError.reason.contains(QStringLiteral("List Layout")));
    QVERIFY(refused.fileError.reason.contains(QStringLiteral("--severity")));

    ImportSettings settings;
    settings.severity = 2;
    const ImportBatch batch =
        importFile<ServiceNowIncidentSource>("servicenow/servicenow_no_priority.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.tickets.size(), 2);
    QCOMPARE(batch.tickets.at(0).severity, 2);
    QCOMPARE(batch.tickets.at(1).severity, 2);
}

QTEST_GUILESS_MAIN(TestServiceNowIncidentSource)
#include "tst_servicenowincidentsource.moc"

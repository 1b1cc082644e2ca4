#include "importtesthelpers.h"
#include "models/exchange/sources/importsources.h"
#include "models/exchange/sources/jirasource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Exchange;
using namespace ImportTest;

class TestJiraSource : public QObject
{
    Q_OBJECT

private slots:
    void shouldTypeThousandsOfSubtasksByParentKeyOrId_data();
    void shouldTypeThousandsOfSubtasksByParentKeyOrId();
    void shouldReadEnglishExportWithRepeatedHeaders();
    void shouldNeverReadTheRemainingTimeAsAFirstResponse();
    void shouldCollectUnknownTypesAndWarn();
    void shouldReadSwedishHeadersMonthsAndZone();
    void shouldTakeFirstResponseFromChartOrFirstOtherComment();
    void shouldKeepTheToolsSlaValues();
    void shouldTypeSubtasksByTheirParent();
    void shouldReadSpanishExport();
    void shouldReadGermanExport();
    void shouldReadFrenchExport();
    void shouldRecogniseEachLanguagesHeader_data();
    void shouldRecogniseEachLanguagesHeader();
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

void TestJiraSource::shouldNeverReadTheRemainingTimeAsAFirstResponse()
{
    // Issue 17: "Time to first response" is the time *left* to the goal. SUP-2's "1h 30m" used
    // to become created + 1:30; now no ticket of this file has a first response, and the report
    // says so.
    const ImportBatch batch = importFile<JiraSource>("jira/jira_english.csv");
    for (const Domain::Ticket &t : batch.tickets)
        QVERIFY2(!t.firstResponse, qPrintable(t.key));
    QCOMPARE(batch.tickets.at(1).vendorSla.size(), 1);
    QCOMPARE(batch.tickets.at(1).vendorSla.at(0).text, QStringLiteral("1h 30m"));
    QCOMPARE(batch.tickets.at(1).vendorSla.at(0).remainingSeconds, std::optional<qint64>(5400));
}

void TestJiraSource::shouldCollectUnknownTypesAndWarn()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_english.csv");
    QCOMPARE(batch.unknownWorkTypes, QStringList{QStringLiteral("Spike")});
    QCOMPARE(batch.tickets.at(3).kind, Domain::TicketKind::Incident);
    QCOMPARE(batch.tickets.at(3).severity, 2);
    // SUP-5 is resolved before it was created; the file has no first responses (a note).
    QCOMPARE(where(batch.warnings), (QStringList{QStringLiteral("7:6:Resolved"), QStringLiteral("0:0:")}));
    QCOMPARE(batch.tickets.at(4).vendorSla.at(0).text, QStringLiteral("Breached"));
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

void TestJiraSource::shouldTakeFirstResponseFromChartOrFirstOtherComment()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_cloud_sla.csv");
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(batch.tickets.size(), 7);
    // SUP-20: 2:18 left of a 4-hour goal means the answer came at 10:52, as the chart field says
    // (created + 2:18 = 11:28 was what the importer stored).
    QCOMPARE(batch.tickets.at(0).firstResponse, std::optional<qint64>(utc(2026, 7, 18, 10, 52)));
    // SUP-21: the reporter's own comment does not count; the agent's at 6 PM does.
    QCOMPARE(batch.tickets.at(1).firstResponse, std::optional<qint64>(utc(2026, 7, 18, 18, 0)));
    // SUP-22: nothing says when: left empty, and the report says how many.
    QVERIFY(!batch.tickets.at(2).firstResponse);
    QStringList notes;
    for (const ImportProblem &p : batch.warnings)
        notes << p.reason;
    QVERIFY2(notes.join(QLatin1Char('|')).contains(QStringLiteral("tickets have no first response")),
             qPrintable(notes.join(QLatin1Char('|'))));
}

void TestJiraSource::shouldKeepTheToolsSlaValues()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_cloud_sla.csv");
    const Domain::VendorSlaValue met = batch.tickets.at(0).vendorSla.value(0);
    QCOMPARE(met.metric, QStringLiteral("Custom field (Time to first response)"));
    QCOMPARE(met.remainingSeconds, std::optional<qint64>(2 * 3600 + 18 * 60));
    QCOMPARE(met.breached, std::optional<bool>(false));
    const Domain::VendorSlaValue breached = batch.tickets.at(1).vendorSla.value(0);
    QCOMPARE(breached.remainingSeconds, std::optional<qint64>(-30 * 60));
    QCOMPARE(breached.breached, std::optional<bool>(true));
}

void TestJiraSource::shouldTypeSubtasksByTheirParent()
{
    const ImportBatch batch = importFile<JiraSource>("jira/jira_cloud_sla.csv");
    // SUP-23's parent (SUP-24, a story, later in the file) makes it L3 work.
    QCOMPARE(batch.tickets.at(3).kind, Domain::TicketKind::Enhancement);
    QCOMPARE(batch.tickets.at(3).serviceLevel, Domain::ServiceLevel::L3);
    // SUP-25's parent is an incident.
    QCOMPARE(batch.tickets.at(5).kind, Domain::TicketKind::Incident);
    QCOMPARE(batch.tickets.at(5).serviceLevel, Domain::ServiceLevel::L1);
    QStringList notes;
    for (const ImportProblem &p : batch.warnings)
        notes << p.reason;
    const QString all = notes.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("2 sub-tasks were given their parent's kind")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("1 sub-tasks have no parent in the file")), qPrintable(all));
}

void TestJiraSource::shouldTypeThousandsOfSubtasksByParentKeyOrId_data()
{
    QTest::addColumn<int>("parentCount");
    QTest::addColumn<int>("subtasks");
    QTest::newRow("3,000 naming 2,000") << 2000 << 3000;
    // Past 65,536 names the first pass compacts what the sub-tasks named so far while it reads;
    // most parents are named only before that.
    QTest::newRow("70,000 naming 36,000") << 36000 << 70000;
}

void TestJiraSource::shouldTypeThousandsOfSubtasksByParentKeyOrId()
{
    // GIVEN thousands of parents (stories and incidents) and of sub-tasks naming them by key or
    // by issue id, a third of the sub-tasks before their parents, ten naming a parent not in the
    // file
    QFETCH(int, parentCount);
    QFETCH(int, subtasks);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parents.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray head = "Issue key,Issue id,Issue Type,Priority,Status,Created,Resolved,Summary,Parent\n";
    QByteArray early, parents, late;
    const auto subtask = [](int j, const QByteArray &parent) {
        return "S-" + QByteArray::number(j) + "," + QByteArray::number(90000 + j) +
               ",Sub-task,High,Open,18/Jul/26 9:10 AM,,Sub," + parent + "\n";
    };
    for (int i = 0; i < parentCount; ++i)
        parents += "P-" + QByteArray::number(i) + "," + QByteArray::number(50000 + i) + "," +
                   (i % 2 ? "Story" : "Incident") + ",High,Open,18/Jul/26 9:10 AM,,Parent,\n";
    QHash<QString, QString> parentOf;
    for (int j = 0; j < subtasks; ++j) {
        const int k = (j * 7) % parentCount;
        const QByteArray parent =
            j < 10 ? QByteArray("P-99999")
                   : (j % 2 ? QByteArray::number(50000 + k) : "P-" + QByteArray::number(k));
        parentOf.insert(QStringLiteral("S-%1").arg(j), j < 10 ? QString() : QStringLiteral("P-%1").arg(k));
        (j % 3 ? late : early) += subtask(j, parent);
    }
    QVERIFY(file.write(head + early + parents + late) > 0);
    file.close();

    // WHEN imported
    JiraSource source({});
    const ImportBatch batch = Importer(&source).runFile(path);

    // THEN every sub-task has its parent's kind and level, and the missing parents are counted
    QCOMPARE(batch.tickets.size(), parentCount + subtasks);
    QHash<QString, const Domain::Ticket *> byKey;
    for (const Domain::Ticket &t : batch.tickets)
        byKey.insert(t.key, &t);
    int typed = 0;
    for (auto it = parentOf.constBegin(); it != parentOf.constEnd(); ++it) {
        if (it.value().isEmpty())
            continue;
        const Domain::Ticket *child = byKey.value(it.key());
        const Domain::Ticket *parent = byKey.value(it.value());
        QVERIFY(child && parent);
        QCOMPARE(child->kind, parent->kind);
        QCOMPARE(child->serviceLevel, parent->serviceLevel);
        ++typed;
    }
    QCOMPARE(typed, subtasks - 10);
    QCOMPARE(byKey.value(QStringLiteral("P-1"))->serviceLevel, Domain::ServiceLevel::L3); // a story
    QCOMPARE(byKey.value(QStringLiteral("P-2"))->serviceLevel, Domain::ServiceLevel::L1); // an incident
    QStringList notes;
    for (const ImportProblem &p : batch.warnings)
        notes << p.reason;
    const QString all = notes.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("%1 sub-tasks were given their parent's kind").arg(subtasks - 10)),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("10 sub-tasks have no parent in the file")), qPrintable(all));
}

void TestJiraSource::shouldReadSpanishExport()
{
    // Header names of a real Spanish Jira export (tests/data/import/SOURCES.md), semicolons.
    ImportSettings settings;
    settings.zone = QTimeZone("Europe/Madrid");
    const ImportBatch batch = importFile<JiraSource>("jira/jira_spanish.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(keys(batch),
             (QStringList{QStringLiteral("SOP-101"), QStringLiteral("SOP-102"), QStringLiteral("SOP-103")}));
    QCOMPARE(batch.tickets.at(0).title, QStringLiteral("Pago rechazado"));
    QCOMPARE(batch.tickets.at(0).created, utc(2026, 7, 18, 7, 10)); // 9:10 in Madrid, summer time
    QCOMPARE(batch.tickets.at(0).resolved, std::optional<qint64>(utc(2026, 7, 18, 9, 40)));
    QCOMPARE(batch.tickets.at(1).created, utc(2026, 4, 5, 22, 36)); // abr: April
    QCOMPARE(batch.tickets.at(2).created, utc(2025, 12, 3, 15, 5)); // dic: December, winter time
    QCOMPARE(batch.tickets.at(2).resolved, std::optional<qint64>(utc(2026, 1, 15, 9, 0))); // ene
    QCOMPARE(batch.tickets.at(2).kind, Domain::TicketKind::Enhancement);
    QVERIFY(!batch.tickets.at(0).firstResponse);
    QCOMPARE(batch.tickets.at(0).vendorSla.value(0).metric,
             QStringLiteral("Campo personalizado (Time to first response)"));
}

void TestJiraSource::shouldReadGermanExport()
{
    ImportSettings settings;
    settings.zone = QTimeZone("Europe/Berlin");
    const ImportBatch batch = importFile<JiraSource>("jira/jira_german.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(batch.tickets.size(), 3);
    QCOMPARE(batch.tickets.at(0).created, utc(2024, 10, 23, 9, 2)); // 23.10.2024 11:02 CEST
    QCOMPARE(batch.tickets.at(0).title, QStringLiteral("Kasse hängt"));
    QCOMPARE(batch.tickets.at(0).severity, 2);
    // The sub-task of a story (Übergeordnet = its id) is L3 work.
    QCOMPARE(batch.tickets.at(2).serviceLevel, Domain::ServiceLevel::L3);
    // Issue 17: no first response is derived, and with neither the [CHART] field nor comments in
    // the file the report says that no ticket's first response can be measured.
    for (const Domain::Ticket &t : batch.tickets)
        QVERIFY2(!t.firstResponse, qPrintable(t.key));
    QStringList notes;
    for (const ImportProblem &p : batch.warnings)
        notes << p.reason;
    QVERIFY2(
        notes.join(QLatin1Char('|'))
            .contains(QStringLiteral(
                "3 tickets have no first response: the file has neither \"[CHART] Date of First Response\"")),
        qPrintable(notes.join(QLatin1Char('|'))));
}

void TestJiraSource::shouldReadFrenchExport()
{
    // An extract of a real French Jira Cloud export (tests/data/import/SOURCES.md): Création,
    // Résolu, État, Priorité, Champs personnalisés (…), Commentaire; 24-hour times with French
    // months ("28/nov./25 10:18", "déc.", "août", "juil.", "juin"); the account's own priority
    // names "Priorité 1" … "Priorité 4", mapped as the wizard's table or `mapping set` would.
    ImportSettings settings;
    settings.zone = QTimeZone("Europe/Paris");
    settings.mappings.setSeverity(QStringLiteral("Priorité 1"), 1);
    settings.mappings.setSeverity(QStringLiteral("Priorité 3"), 3);
    const ImportBatch batch = importFile<JiraSource>("jira/jira_french.csv", settings);
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.rejectedCount, qint64(0));
    QCOMPARE(keys(batch),
             (QStringList{QStringLiteral("SUP-301"), QStringLiteral("SUP-302"), QStringLiteral("SUP-303"),
                          QStringLiteral("SUP-304"), QStringLiteral("SUP-305")}));
    const Domain::Ticket &bug = batch.tickets.at(0);
    QCOMPARE(bug.severity, 1);
    QCOMPARE(bug.kind, Domain::TicketKind::Incident);
    QCOMPARE(bug.status, QStringLiteral("Sprint Backlog"));
    QCOMPARE(bug.title, QStringLiteral("RH/Documents : export du livre de paie impossible"));
    QCOMPARE(bug.created, utc(2025, 11, 28, 9, 18)); // 10:18 in Paris, winter time
    QVERIFY(!bug.resolved);
    QVERIFY(!bug.firstResponse);

    const Domain::Ticket &request = batch.tickets.at(1);
    QCOMPARE(request.created, utc(2025, 11, 27, 11, 16));
    QCOMPARE(request.resolved, std::optional<qint64>(utc(2025, 11, 28, 7, 24))); // Résolu
    // The reporter's own comment (acc-fr-2 = ID de rapporteur) is not an answer; the agent's is.
    QCOMPARE(request.firstResponse, std::optional<qint64>(utc(2025, 11, 28, 6, 28)));

    QCOMPARE(batch.tickets.at(2).severity, 3);
    QCOMPARE(batch.tickets.at(2).created, utc(2025, 12, 7, 9, 51));                              // déc.
    QCOMPARE(batch.tickets.at(2).firstResponse, std::optional<qint64>(utc(2025, 12, 7, 9, 53))); // [CHART]
    QCOMPARE(batch.tickets.at(3).created, utc(2025, 8, 28, 17, 43)); // août, summer time
    QCOMPARE(batch.tickets.at(3).resolved, std::optional<qint64>(utc(2025, 8, 28, 17, 47)));
    QCOMPARE(batch.tickets.at(4).created, utc(2025, 6, 29, 15, 1));                         // juin
    QCOMPARE(batch.tickets.at(4).resolved, std::optional<qint64>(utc(2025, 7, 3, 17, 12))); // juil.

    // The account's own types are listed for the mapping table, not guessed.
    QCOMPARE(batch.unknownWorkTypes, (QStringList{QStringLiteral("Requêtes"), QStringLiteral("Assistance")}));
    QStringList notes;
    for (const ImportProblem &p : batch.warnings)
        notes << p.reason;
    QVERIFY2(notes.join(QLatin1Char('|')).contains(QStringLiteral("3 tickets have no first response")),
             qPrintable(notes.join(QLatin1Char('|'))));
}

void TestJiraSource::shouldRecogniseEachLanguagesHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("English") << QStringLiteral("jira/jira_english.csv");
    QTest::newRow("Spanish") << QStringLiteral("jira/jira_spanish.csv");
    QTest::newRow("German") << QStringLiteral("jira/jira_german.csv");
    QTest::newRow("French") << QStringLiteral("jira/jira_french.csv");
    QTest::newRow("Swedish") << QStringLiteral("jira/jira_swedish.csv");
}

void TestJiraSource::shouldRecogniseEachLanguagesHeader()
{
    // A dropped file is offered as a Jira export whatever the language of its header.
    QFETCH(QString, file);
    QCOMPARE(ImportSources::detectFile(dataFile(file.toUtf8().constData())), QStringLiteral("jira"));
}

QTEST_GUILESS_MAIN(TestJiraSource)
#include "tst_jirasource.moc"

#include "models/exchange/sources/importmappings.h"

#include <QJsonDocument>
#include <QTest>

using namespace Exchange;

class TestImportMappings : public QObject
{
    Q_OBJECT

private slots:
    void shouldMapDefaultPriorities_data();
    void shouldMapDefaultPriorities();
    void shouldMapTypesAndActivitiesToTheCatalogue_data();
    void shouldMapTypesAndActivitiesToTheCatalogue();
    void shouldPauseAwaitingStatusesByDefault_data();
    void shouldPauseAwaitingStatusesByDefault();
    void shouldReadRoleTitles();
    void shouldEditAndRoundTripAsJson();
    void shouldRefuseUnknownIdsInJson();
};

void TestImportMappings::shouldMapDefaultPriorities_data()
{
    QTest::addColumn<QString>("priority");
    QTest::addColumn<int>("severity");
    const std::pair<const char *, int> rows[] = {
        {"P1", 1},           {"Highest", 1},      {"urgent", 1},
        {"Critical", 1},     {"1 - Critical", 1}, {"Blocker", 1},
        {"P2", 2},           {"High", 2},         {"2 - High", 2},
        {"P3", 3},           {"Medium", 3},       {"Normal", 3},
        {"3 - Moderate", 3}, {"P4", 4},           {"Low", 4},
        {"Lowest", 4},       {"4 - Low", 4},      {"5 - Planning", 4},
        {"Högsta", 1},       {"Låg", 4},          {"  1  -   CRITICAL ", 1}};
    for (const auto &row : rows)
        QTest::newRow(row.first) << QString::fromUtf8(row.first) << row.second;
    QTest::newRow("unknown") << QStringLiteral("Whenever") << 0;
}

void TestImportMappings::shouldMapDefaultPriorities()
{
    QFETCH(QString, priority);
    QFETCH(int, severity);
    QCOMPARE(ImportMappings::defaults().severity(priority).value_or(0), severity);
}

void TestImportMappings::shouldMapTypesAndActivitiesToTheCatalogue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Domain::ServiceLevel>("level");
    QTest::addColumn<QString>("activity");
    using L = Domain::ServiceLevel;
    QTest::newRow("Jira incident") << QStringLiteral("Incident") << L::L1
                                   << QStringLiteral("incident-management");
    QTest::newRow("Jira story") << QStringLiteral("Story") << L::L3 << QStringLiteral("design-development");
    QTest::newRow("problem") << QStringLiteral("Problem") << L::L2 << QStringLiteral("problem-management");
    QTest::newRow("Swedish request") << QStringLiteral("Tjänstebegäran") << L::L1
                                     << QStringLiteral("service-requests");
    QTest::newRow("catalogue id") << QStringLiteral("peak-support") << L::L2
                                  << QStringLiteral("peak-support");
    QTest::newRow("catalogue name") << QStringLiteral("Platform upgrades") << L::OptionalL3
                                    << QStringLiteral("platform-upgrades");
    QTest::newRow("Swedish activity")
        << QStringLiteral("Utveckling") << L::L3 << QStringLiteral("design-development");
}

void TestImportMappings::shouldMapTypesAndActivitiesToTheCatalogue()
{
    QFETCH(QString, name);
    QFETCH(Domain::ServiceLevel, level);
    QFETCH(QString, activity);
    const std::optional<WorkClass> wc = ImportMappings::defaults().workClass(name);
    QVERIFY(wc);
    QCOMPARE(wc->level, level);
    QCOMPARE(wc->activity, activity);
}

void TestImportMappings::shouldPauseAwaitingStatusesByDefault_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("paused");
    QTest::newRow("Awaiting User Info") << QStringLiteral("Awaiting User Info") << true;
    QTest::newRow("Awaiting Vendor") << QStringLiteral("awaiting vendor") << true;
    QTest::newRow("On Hold") << QStringLiteral("On Hold") << true;
    QTest::newRow("Jira waiting for customer") << QStringLiteral("Waiting for customer") << true;
    QTest::newRow("Jira waiting for support") << QStringLiteral("Waiting for support") << false;
    QTest::newRow("Active") << QStringLiteral("Active") << false;
    QTest::newRow("Resolved") << QStringLiteral("Resolved") << false;
}

void TestImportMappings::shouldPauseAwaitingStatusesByDefault()
{
    QFETCH(QString, status);
    QFETCH(bool, paused);
    QCOMPARE(ImportMappings::defaults().isPauseStatus(status), paused);
}

void TestImportMappings::shouldReadRoleTitles()
{
    QCOMPARE(ImportMappings::roleFromTitle(u" Utvecklare "), std::optional<Domain::Role>(Domain::Role::Dev));
    QCOMPARE(ImportMappings::roleFromTitle(u"Solution Architect"),
             std::optional<Domain::Role>(Domain::Role::SA));
    QCOMPARE(ImportMappings::roleFromTitle(u"Projektledare"), std::optional<Domain::Role>(Domain::Role::PM));
    QCOMPARE(ImportMappings::roleFromTitle(u"Release manager"),
             std::optional<Domain::Role>(Domain::Role::RM));
    QVERIFY(!ImportMappings::roleFromTitle(u"Team lead"));
}

void TestImportMappings::shouldEditAndRoundTripAsJson()
{
    ImportMappings m = ImportMappings::defaults();
    m.setSeverity(QStringLiteral("Showstopper"), 1);
    m.removeSeverity(QStringLiteral("Minor"));
    m.setWorkClass(QStringLiteral("Spike"),
                   WorkClass{Domain::TicketKind::Enhancement, Domain::ServiceLevel::OptionalL3,
                             QStringLiteral("architecture-review")});
    m.setRole(QStringLiteral("Anna Berg"), Domain::Role::SA);
    m.setPauseStatuses({QStringLiteral("Väntar*")});
    m.setDefaultSeverity(2);
    QCOMPARE(m.severity(u"showstopper"), std::optional<int>(1));
    QVERIFY(!m.severity(u"Minor"));
    QVERIFY(m.isPauseStatus(u"Väntar på leverantör"));
    QVERIFY(!m.isPauseStatus(u"Awaiting User Info"));

    ImportMappings back;
    QString error;
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(m.toJson()).toJson()).object();
    QVERIFY2(ImportMappings::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back, m);
    QCOMPARE(back.role(u"anna berg"), std::optional<Domain::Role>(Domain::Role::SA));
    QVERIFY(back != ImportMappings::defaults());
}

void TestImportMappings::shouldRefuseUnknownIdsInJson()
{
    ImportMappings m;
    QString error;
    QJsonObject json = ImportMappings::defaults().toJson();
    json.insert(QStringLiteral("roles"), QJsonObject{{QStringLiteral("bo"), QStringLiteral("Chef")}});
    QVERIFY(!ImportMappings::fromJson(json, &m, &error));
    QVERIFY(error.contains(QStringLiteral("Chef")));
    json = ImportMappings::defaults().toJson();
    json.insert(QStringLiteral("severities"), QJsonObject{{QStringLiteral("p0"), 0}});
    QVERIFY(!ImportMappings::fromJson(json, &m, &error));
    QVERIFY(error.contains(QStringLiteral("p0")));
    json = ImportMappings::defaults().toJson();
    json.insert(QStringLiteral("workClasses"),
                QJsonObject{{QStringLiteral("x"),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("incident")},
                                         {QStringLiteral("level"), QStringLiteral("L1")},
                                         {QStringLiteral("activity"), QStringLiteral("juggling")}}}});
    QVERIFY(!ImportMappings::fromJson(json, &m, &error));
}

QTEST_GUILESS_MAIN(TestImportMappings)
#include "tst_importmappings.moc"

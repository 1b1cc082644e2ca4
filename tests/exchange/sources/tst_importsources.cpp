// The registry of import sources (issue 16): every source registered once, with its id, its names
// for people, how its header is recognised and its factory.
#include "importtesthelpers.h"
#include "models/exchange/sources/importsources.h"

#include <QSet>
#include <QTest>

using namespace Exchange;
using ImportTest::dataFile;

class TestImportSources : public QObject
{
    Q_OBJECT

private slots:
    void shouldRoundTripEveryRegisteredSource();
    void shouldListTheRegistryInItsOrder();
    void shouldRecogniseAFileOfEveryRegisteredSource_data();
    void shouldRecogniseAFileOfEveryRegisteredSource();
    void shouldCoverEverySourceWithASample();
    void shouldKnowNoOtherId();
};

void TestImportSources::shouldRoundTripEveryRegisteredSource()
{
    QSet<QString> names;
    QSet<QString> descriptions;
    for (const ImportSourceKind &kind : ImportSources::all()) {
        const QString id = QString::fromLatin1(kind.id);
        QCOMPARE(ImportSources::find(id), &kind);
        const auto source = ImportSources::create(id, ImportSettings());
        QVERIFY2(source, kind.id);
        QCOMPARE(source->id(), id);
        names.insert(ImportSources::name(id));
        descriptions.insert(ImportSources::description(id));
        QVERIFY(!ImportSources::name(id).isEmpty() && ImportSources::name(id) != id);
        QVERIFY(!ImportSources::description(id).isEmpty());
    }
    // Two sources of one name could not be told apart in the wizard's list.
    QCOMPARE(names.size(), ImportSources::all().size());
    QCOMPARE(descriptions.size(), ImportSources::all().size());
}

void TestImportSources::shouldListTheRegistryInItsOrder()
{
    // The order of `import --help` and of the wizard's list (pinned by tst_cligolden as well).
    QCOMPARE(ImportSources::ids(),
             (QStringList{QStringLiteral("servicenow"), QStringLiteral("servicenow-events"),
                          QStringLiteral("jira"), QStringLiteral("zendesk"), QStringLiteral("tempo"),
                          QStringLiteral("kimai"), QStringLiteral("harvest")}));
    QCOMPARE(ImportSources::ids().size(), ImportSources::all().size());
}

namespace {

/// One sample file of each source: a new source needs one here (shouldCoverEverySourceWithASample).
QVector<QPair<QString, QString>> samples()
{
    return {
        {dataFile("servicenow/incident_list.csv"), QStringLiteral("servicenow")},
        // An event log has the incident list's columns too: the more specific source wins.
        {dataFile("servicenow-events/incident_event_log_sample.csv"), QStringLiteral("servicenow-events")},
        {dataFile("jira/jira_german.csv"), QStringLiteral("jira")},
        {dataFile("zendesk/zendesk_explore.csv"), QStringLiteral("zendesk")},
        {dataFile("tempo/tempo_worklogs.csv"), QStringLiteral("tempo")},
        {dataFile("kimai/kimai_seconds_template.csv"), QStringLiteral("kimai")},
        {dataFile("harvest/harvest_two_decimals.csv"), QStringLiteral("harvest")},
    };
}

} // namespace

void TestImportSources::shouldRecogniseAFileOfEveryRegisteredSource_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    for (const auto &sample : samples())
        QTest::newRow(qPrintable(sample.second)) << sample.first << sample.second;
}

void TestImportSources::shouldRecogniseAFileOfEveryRegisteredSource()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QCOMPARE(ImportSources::detectFile(file), id);
    // id → source → id: the recognised id creates the source that says it is that id.
    QCOMPARE(ImportSources::create(ImportSources::detectFile(file), ImportSettings())->id(), id);
}

void TestImportSources::shouldCoverEverySourceWithASample()
{
    QStringList sampled;
    for (const auto &sample : samples())
        sampled.append(sample.second);
    QCOMPARE(sampled, ImportSources::ids());
}

void TestImportSources::shouldKnowNoOtherId()
{
    QVERIFY(!ImportSources::find(QStringLiteral("excel")));
    QVERIFY(!ImportSources::create(QStringLiteral("excel"), ImportSettings()));
    QVERIFY(!ImportSources::find(QStringLiteral("profile:Kassan")));
    QCOMPARE(ImportSources::name(QStringLiteral("profile:Kassan")), QStringLiteral("profile:Kassan"));
}

QTEST_GUILESS_MAIN(TestImportSources)
#include "tst_importsources.moc"

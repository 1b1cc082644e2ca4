#include "models/domain/supportmodelcatalogue.h"

#include <QSet>
#include <QtTest>

using namespace Domain;

class TestSupportModelCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void shouldHoldTheFourModelsOfThePlaybookInEnumOrder()
    {
        QCOMPARE(SupportModelCatalogue::models().size(), SupportModelCount);
        for (SupportModel model : allSupportModels())
            QCOMPARE(SupportModelCatalogue::model(model).model, model);
    }

    void shouldDescribeWhatEachModelIncludes_data()
    {
        QTest::addColumn<SupportModel>("model");
        QTest::addColumn<bool>("fixedCapacity");
        QTest::addColumn<SlaScope>("scope");
        QTest::addColumn<bool>("optional24x7");
        QTest::addColumn<bool>("always24x7");
        QTest::addColumn<bool>("devOps");
        QTest::addColumn<bool>("allRoles");
        QTest::newRow("fixed capacity")
            << SupportModel::FixedCapacity << true << SlaScope::None << false << false << false << false;
        QTest::newRow("SLA with hotfix")
            << SupportModel::SlaHotfix << false << SlaScope::AllTickets << true << false << false << false;
        QTest::newRow("critical + dedicated")
            << SupportModel::SlaCriticalDedicated << false << SlaScope::CriticalIncidents << true << false
            << false << true;
        QTest::newRow("managed service")
            << SupportModel::ManagedService << true << SlaScope::AllTickets << false << true << true << true;
    }

    void shouldDescribeWhatEachModelIncludes()
    {
        QFETCH(SupportModel, model);
        const SupportModelInfo &info = SupportModelCatalogue::model(model);
        QTEST(info.fixedCapacity, "fixedCapacity");
        QTEST(info.slaScope, "scope");
        QTEST(info.optional24x7Severity1, "optional24x7");
        QTEST(info.always24x7Response, "always24x7");
        QTEST(info.devOpsForHotfixes, "devOps");
        QTEST(info.coversAllRoles, "allRoles");
        QVERIFY(!info.includes.isEmpty());
    }

    void shouldGiveTheTypicalFixedCapacityRange()
    {
        const SupportModelInfo &info = SupportModelCatalogue::model(SupportModel::FixedCapacity);
        QCOMPARE(info.typicalMinHours, 40);
        QCOMPARE(info.typicalMaxHours, 160);
    }

    void shouldPlaceEveryActivityOnOneLevelWithAUniqueId()
    {
        QSet<QString> ids;
        for (const ActivityInfo &a : SupportModelCatalogue::activities()) {
            const QString id = QLatin1String(a.id);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QCOMPARE(SupportModelCatalogue::activity(id), &a);
        }
        QCOMPARE(SupportModelCatalogue::activities(ServiceLevel::L1).size(), 4);
        QCOMPARE(SupportModelCatalogue::activities(ServiceLevel::L2).size(), 3);
        QCOMPARE(SupportModelCatalogue::activities(ServiceLevel::L3).size(), 6);
        QCOMPARE(SupportModelCatalogue::activities(ServiceLevel::OptionalL3).size(), 7);
        QCOMPARE(SupportModelCatalogue::activity(QStringLiteral("no-such-activity")), nullptr);
        QCOMPARE(SupportModelCatalogue::serviceManagementActivities().size(), 8);
    }

    void shouldRoundTripStableIds()
    {
        for (SupportModel m : allSupportModels()) {
            SupportModel back;
            QVERIFY(supportModelFromId(supportModelId(m), &back));
            QCOMPARE(back, m);
        }
        for (Role r : allRoles()) {
            Role back;
            QVERIFY(roleFromId(roleId(r).toLower(), &back));
            QCOMPARE(back, r);
        }
        for (ServiceLevel l : allServiceLevels()) {
            ServiceLevel back;
            QVERIFY(serviceLevelFromId(serviceLevelId(l), &back));
            QCOMPARE(back, l);
        }
        SupportModel unused;
        QVERIFY(!supportModelFromId(QStringLiteral("time-and-materials"), &unused));
        QCOMPARE(SupportModelCatalogue::roles().size(), RoleCount);
    }
};

QTEST_GUILESS_MAIN(TestSupportModelCatalogue)
#include "tst_supportmodelcatalogue.moc"

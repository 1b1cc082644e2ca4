#include "models/supportmodelwhatifmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Model = Models::SupportModelWhatIfModel;
using Domain::SupportModel;

namespace {

/// Figures as the domain would give them for a small engagement (worked out in tst_supportmodelwhatif).
Models::SupportModelWhatIfData whatIf()
{
    Models::SupportModelWhatIfData d;
    d.engagement.key = QStringLiteral("HAND");
    d.engagement.model = SupportModel::SlaHotfix;
    d.engagement.rolesCovered = {Domain::Role::Dev, Domain::Role::Ops};
    d.firstMonth = QDate(2026, 1, 1);
    d.lastMonth = QDate(2026, 2, 1);
    d.months = 2;
    d.policyStored = true;
    d.calendarName = QStringLiteral("Stockholm office");
    for (SupportModel m : Domain::allSupportModels()) {
        Domain::WhatIfModelResult r;
        r.model = m;
        r.capacityMinutes = 1200;
        const bool unlimited = m == SupportModel::SlaCriticalDedicated || m == SupportModel::ManagedService;
        r.countedMinutes = unlimited ? 690 : 1050;
        r.overCapacityMinutes = unlimited ? 0 : 300;
        r.carriedMinutes = unlimited ? 360 : 0;
        r.billedSeparatelyMinutes = 240;
        r.tickets = 4;
        r.underSla = m == SupportModel::FixedCapacity ? 0 : m == SupportModel::SlaCriticalDedicated ? 2 : 4;
        r.breached = m == SupportModel::FixedCapacity ? 0 : 1;
        r.cover = m == SupportModel::FixedCapacity    ? Domain::Severity1Cover::None
                  : m == SupportModel::ManagedService ? Domain::Severity1Cover::Included
                                                      : Domain::Severity1Cover::OptionalNotChosen;
        r.severity1OutOfHoursSeconds = 61 * 3600;
        r.roleMinutes = {{Domain::Role::Dev, 660}, {Domain::Role::QA, 120}};
        if (!unlimited)
            r.rolesNotCovered = {Domain::Role::QA};
        d.results.append(r);
    }
    return d;
}

} // namespace

class TestSupportModelWhatIfModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldShowOneFigurePerRowAndOneModelPerColumn()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setWhatIf(whatIf());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), int(Model::FigureCount));
        QCOMPARE(model.columnCount(), Domain::SupportModelCount);
        auto cell = [&model](Model::Figure f, SupportModel m) { return model.index(f, int(m)); };
        QCOMPARE(cell(Model::CountedHours, SupportModel::FixedCapacity).data().toString(),
                 QStringLiteral("17.5 h"));
        QCOMPARE(cell(Model::CountedHours, SupportModel::ManagedService).data(Model::ValueRole).toDouble(),
                 11.5);
        QCOMPARE(cell(Model::Breached, SupportModel::SlaHotfix).data().toString(), QStringLiteral("1 of 4"));
        QCOMPARE(cell(Model::Breached, SupportModel::FixedCapacity).data().toString(), QStringLiteral("–"));
        QCOMPARE(cell(Model::Carried24x7, SupportModel::FixedCapacity).data().toString(),
                 QStringLiteral("no 24×7 cover"));
        QCOMPARE(cell(Model::Carried24x7, SupportModel::ManagedService).data().toString(),
                 QStringLiteral("61 h (included)"));
        QCOMPARE(cell(Model::Carried24x7, SupportModel::SlaHotfix).data(Model::ValueRole).toDouble(), 0.0);
        QCOMPARE(cell(Model::RolesNeeded, SupportModel::SlaHotfix).data().toString(),
                 QStringLiteral("Dev 11 h, QA 2 h"));
        QCOMPARE(cell(Model::RolesNotCovered, SupportModel::SlaHotfix).data(Model::ValueRole).toStringList(),
                 QStringList{QStringLiteral("QA")});
        QCOMPARE(cell(Model::RolesNotCovered, SupportModel::ManagedService).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(cell(Model::Tickets, SupportModel::SlaHotfix).data(Model::IsOwnModelRole).toBool());
        QVERIFY(!cell(Model::Tickets, SupportModel::ManagedService).data(Model::IsOwnModelRole).toBool());
        QVERIFY(model.headerData(int(SupportModel::SlaHotfix), Qt::Horizontal)
                    .toString()
                    .replace(QLatin1Char(0x0a), QLatin1Char(0x20))
                    .contains(QStringLiteral("this engagement")));
        QCOMPARE(model.headerData(Model::UnderSla, Qt::Vertical).toString(),
                 QStringLiteral("Tickets under SLA"));
    }

    void shouldSayHowEachFigureWasCountedForEachModel()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWhatIf(whatIf());
        for (int f = 0; f < Model::FigureCount; ++f) {
            for (SupportModel m : Domain::allSupportModels())
                QVERIFY2(!model.index(f, int(m)).data(Qt::ToolTipRole).toString().isEmpty(),
                         qPrintable(Model::figureId(Model::Figure(f))));
        }
        auto tip = [&model](Model::Figure f, SupportModel m) {
            return model.index(f, int(m)).data(Qt::ToolTipRole).toString();
        };
        // Unlimited operational support: only delivery work is drawn; L1/L2 carried
        QVERIFY(tip(Model::CountedHours, SupportModel::ManagedService)
                    .contains(QStringLiteral("operations and break-fix (L1, L2)")));
        QVERIFY(tip(Model::CountedHours, SupportModel::SlaHotfix)
                    .contains(QStringLiteral("allocated for the month")));
        QVERIFY(tip(Model::UnderSla, SupportModel::SlaCriticalDedicated)
                    .contains(QStringLiteral("severity 1 or 2")));
        QVERIFY(tip(Model::Breached, SupportModel::ManagedService)
                    .contains(QStringLiteral("the response of every severity")));
        QVERIFY(tip(Model::Breached, SupportModel::SlaHotfix).contains(QStringLiteral("Stockholm office")));
        QVERIFY(tip(Model::Carried24x7, SupportModel::SlaHotfix).contains(QStringLiteral("61 h")));
        QVERIFY(tip(Model::Severity1OutOfHours, SupportModel::SlaHotfix)
                    .contains(QStringLiteral("Stockholm office")));
        QVERIFY(
            tip(Model::CapacityHours, SupportModel::FixedCapacity).contains(QStringLiteral("January 2026")));
        QVERIFY(tip(Model::RolesNotCovered, SupportModel::SlaHotfix).contains(QStringLiteral("Dev, Ops")));
        QCOMPARE(Model::figureId(Model::Severity1OutOfHours), QStringLiteral("sev1_out_of_hours_hours"));
    }
};

QTEST_GUILESS_MAIN(TestSupportModelWhatIfModel)
#include "tst_supportmodelwhatifmodel.moc"

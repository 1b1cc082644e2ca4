#include "models/allocationgridmodel.h"
#include "models/allocationheatmapmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

using Domain::Allocation;
using Models::AllocationGridModel;
using Models::AllocationHeatmapModel;
using Band = Models::AllocationHeatmapModel::Band;

namespace {
const QString anna = QStringLiteral("Anna");
const QString bo = QStringLiteral("Bo");
const QString nord = QStringLiteral("NORDSHOP");
const QDate feb(2026, 2, 1); // 20 weekdays: 160 h full time

Domain::AllocationPlan plan(const QVector<Allocation> &allocations)
{
    Domain::Person a;
    a.name = anna;
    Domain::Person b;
    b.name = bo;
    b.end = QDate(2026, 2, 28); // leaves: no capacity from March
    Domain::Engagement e;
    e.key = nord;
    e.start = QDate(2025, 1, 1);
    return Domain::AllocationPlan({a, b}, {e}, allocations);
}
} // namespace

class TestAllocationHeatmapModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowOnePersonPerRowAndSixMonths()
    {
        AllocationGridModel grid;
        AllocationHeatmapModel heatmap;
        QAbstractItemModelTester tester(&heatmap, QAbstractItemModelTester::FailureReportingMode::QtTest);
        heatmap.setSourceModel(&grid);
        QCOMPARE(heatmap.rowCount(), 0);
        QSignalSpy reset(&heatmap, &QAbstractItemModel::modelReset);
        grid.setPlan(plan({{anna, nord, feb, 120 * 60}, {bo, nord, feb, 200 * 60}}), feb);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(heatmap.rowCount(), 2);
        QCOMPARE(heatmap.columnCount(), 6);
        QCOMPARE(heatmap.headerData(0, Qt::Vertical).toString(), anna);
        QCOMPARE(heatmap.headerData(1, Qt::Vertical).toString(), bo);
        QCOMPARE(heatmap.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Jul 2026"));

        const QModelIndex annaFeb = heatmap.index(0, 0);
        QCOMPARE(annaFeb.data().toString(), QStringLiteral("75 %"));
        QCOMPARE(annaFeb.data(AllocationHeatmapModel::BandRole).toInt(), int(Band::Balanced));
        QCOMPARE(annaFeb.data(AllocationHeatmapModel::CapacityRole).toLongLong(), 160 * 60);
        QCOMPARE(annaFeb.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Anna, February 2026: 120 h of 160 h capacity"));
        // Over 100 % says so in text, not only in colour.
        const QModelIndex boFeb = heatmap.index(1, 0);
        QCOMPARE(boFeb.data().toString(), QStringLiteral("125 % ▲"));
        QCOMPARE(boFeb.data(AllocationHeatmapModel::BandRole).toInt(), int(Band::Over));
        QVERIFY(boFeb.data(Qt::BackgroundRole).value<QColor>() !=
                annaFeb.data(Qt::BackgroundRole).value<QColor>());
        // After Bo has left there is no capacity and nothing allocated.
        QCOMPARE(heatmap.index(1, 1).data().toString(), QStringLiteral("–"));
        QCOMPARE(heatmap.index(1, 1).data(AllocationHeatmapModel::BandRole).toInt(), int(Band::None));
    }

    void shouldFollowGridEditsCellByCell()
    {
        AllocationGridModel grid;
        grid.setPlan(plan({}), feb);
        AllocationHeatmapModel heatmap;
        QAbstractItemModelTester tester(&heatmap, QAbstractItemModelTester::FailureReportingMode::QtTest);
        heatmap.setSourceModel(&grid);
        QSignalSpy changed(&heatmap, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&heatmap, &QAbstractItemModel::modelReset);
        grid.applyChanges({{anna, nord, QDate(2026, 3, 1), 176 * 60}}); // March: 22 weekdays = 176 h
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), heatmap.index(0, 1));
        QCOMPARE(changed.first().at(1).toModelIndex(), heatmap.index(0, 1));
        QCOMPARE(heatmap.index(0, 1).data().toString(), QStringLiteral("100 %"));
        QCOMPARE(heatmap.index(0, 1).data(AllocationHeatmapModel::BandRole).toInt(), int(Band::Full));
    }

    void shouldStopFollowingAReplacedSource()
    {
        AllocationGridModel first;
        first.setPlan(plan({}), feb);
        AllocationGridModel second;
        AllocationHeatmapModel heatmap;
        heatmap.setSourceModel(&first);
        QCOMPARE(heatmap.rowCount(), 2);
        heatmap.setSourceModel(&second);
        QCOMPARE(heatmap.rowCount(), 0);
        QSignalSpy changed(&heatmap, &QAbstractItemModel::dataChanged);
        first.applyChanges({{anna, nord, feb, 60}});
        QCOMPARE(changed.count(), 0);
    }

    void shouldBandLoads_data()
    {
        QTest::addColumn<qint64>("allocated");
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<int>("band");
        QTest::newRow("nothing allocated") << qint64(0) << qint64(9600) << int(Band::None);
        QTest::newRow("nothing at all") << qint64(0) << qint64(0) << int(Band::None);
        QTest::newRow("a little") << qint64(60) << qint64(9600) << int(Band::Low);
        QTest::newRow("just under low") << qint64(6719) << qint64(9600) << int(Band::Low);
        QTest::newRow("70 %") << qint64(6720) << qint64(9600) << int(Band::Balanced);
        QTest::newRow("95 %") << qint64(9120) << qint64(9600) << int(Band::Full);
        QTest::newRow("exactly full") << qint64(9600) << qint64(9600) << int(Band::Full);
        QTest::newRow("one minute over") << qint64(9601) << qint64(9600) << int(Band::Over);
        QTest::newRow("allocated without capacity") << qint64(60) << qint64(0) << int(Band::NoCapacity);
    }

    void shouldBandLoads()
    {
        QFETCH(qint64, allocated);
        QFETCH(qint64, capacity);
        QFETCH(int, band);
        QCOMPARE(int(AllocationHeatmapModel::bandOf(allocated, capacity)), band);
        QVERIFY(!AllocationHeatmapModel::bandText(AllocationHeatmapModel::Band(band)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAllocationHeatmapModel)
#include "tst_allocationheatmapmodel.moc"

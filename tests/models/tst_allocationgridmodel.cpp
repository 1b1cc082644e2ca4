#include "models/allocationgridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Domain::Allocation;
using Domain::AllocationWarning;
using Models::AllocationGridModel;

namespace {
const QString anna = QStringLiteral("Anna");
const QString bo = QStringLiteral("Bo");
const QString cecilia = QStringLiteral("Cecilia");
const QString nord = QStringLiteral("NORDSHOP");
const QString future = QStringLiteral("FUTURE");
const QDate feb(2026, 2, 1); // 20 weekdays
const QDate mar(2026, 3, 1); // 22 weekdays

Domain::Person person(const QString &name, int partTime, const QDate &start = {}, const QDate &end = {})
{
    Domain::Person p;
    p.name = name;
    p.partTimePercent = partTime;
    p.start = start;
    p.end = end;
    return p;
}

Domain::Engagement engagement(const QString &key, const QDate &start, const QDate &end = {})
{
    Domain::Engagement e;
    e.key = key;
    e.start = start;
    e.end = end;
    e.committedMinutesPerMonth = 80 * 60;
    return e;
}

/// Anna full time, Bo half time, Cecilia leaving at the end of March, Dag starting next year;
/// NORDSHOP running, FUTURE starting in April, OLD ended last year.
Domain::AllocationPlan plan(const QVector<Allocation> &allocations = {})
{
    return Domain::AllocationPlan({person(anna, 100), person(bo, 50),
                                   person(cecilia, 100, {}, QDate(2026, 3, 31)),
                                   person(QStringLiteral("Dag"), 100, QDate(2027, 1, 1))},
                                  {engagement(nord, QDate(2025, 1, 1)), engagement(future, QDate(2026, 4, 1)),
                                   engagement(QStringLiteral("OLD"), QDate(2024, 1, 1), QDate(2025, 12, 31))},
                                  allocations);
}

struct Fixture
{
    AllocationGridModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
} // namespace

class TestAllocationGridModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListRunningEngagementsPerEmployedPersonWithATotalRow()
    {
        Fixture f;
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setPlan(plan(), feb);
        QCOMPARE(reset.count(), 1);
        // Dag starts after the window and OLD ended before it: neither gets rows.
        QCOMPARE(f.model.rowCount(), 9);
        QCOMPARE(f.model.rowOf(anna, nord), 0);
        QCOMPARE(f.model.rowOf(anna, future), 1);
        QCOMPARE(f.model.totalRowOf(anna), 2);
        QCOMPARE(f.model.totalRowOf(cecilia), 8);
        QCOMPARE(f.model.rowOf(QStringLiteral("Dag"), nord), -1);
        QCOMPARE(f.model.rowOf(anna, QStringLiteral("OLD")), -1);
        // The name heads each person's group; every row still knows whose it is.
        QCOMPARE(f.model.index(0, AllocationGridModel::PersonColumn).data().toString(), anna);
        QCOMPARE(f.model.index(1, AllocationGridModel::PersonColumn).data().toString(), QString());
        QCOMPARE(f.model.index(2, AllocationGridModel::PersonColumn)
                     .data(AllocationGridModel::PersonRole)
                     .toString(),
                 anna);
        QCOMPARE(f.model.index(3, AllocationGridModel::PersonColumn).data().toString(), bo);
        QCOMPARE(f.model.index(2, AllocationGridModel::EngagementColumn).data().toString(),
                 QStringLiteral("Total vs capacity"));
        QCOMPARE(f.model.columnCount(), int(AllocationGridModel::ColumnCount));
        QCOMPARE(f.model.headerData(AllocationGridModel::FirstMonthColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Feb 2026"));
        QCOMPARE(f.model.headerData(AllocationGridModel::TotalColumn - 1, Qt::Horizontal).toString(),
                 QStringLiteral("Jul 2026"));
        QCOMPARE(f.model.headerData(AllocationGridModel::TotalColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Total"));
        QCOMPARE(
            f.model.headerData(AllocationGridModel::TotalColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Hours allocated over the six months shown"));
        for (int column = 0; column < f.model.columnCount(); ++column)
            QVERIFY(!f.model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void shouldShowHoursAndTotalsAgainstCapacity()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, nord, feb, 100 * 60},
                              {anna, nord, mar, 90},
                              {anna, future, QDate(2026, 4, 1), 70 * 60},
                              {bo, nord, feb, 100 * 60}}),
                        feb);
        const int febColumn = AllocationGridModel::FirstMonthColumn;
        QCOMPARE(f.model.index(0, febColumn).data().toString(), QStringLiteral("100"));
        QCOMPARE(f.model.index(0, febColumn + 1).data().toString(), QStringLiteral("1.5"));
        QCOMPARE(f.model.index(0, febColumn + 1).data(Qt::EditRole).toDouble(), 1.5);
        QCOMPARE(f.model.index(0, febColumn + 2).data().toString(), QString()); // nothing planned
        QCOMPARE(f.model.index(0, AllocationGridModel::TotalColumn)
                     .data(AllocationGridModel::MinutesRole)
                     .toLongLong(),
                 6090);
        const QModelIndex annaFeb = f.model.index(f.model.totalRowOf(anna), febColumn);
        QCOMPARE(annaFeb.data(AllocationGridModel::CapacityRole).toLongLong(), 20 * 8 * 60);
        QCOMPARE(annaFeb.data().toString(), QStringLiteral("100 / 160"));
        QCOMPARE(annaFeb.data(AllocationGridModel::LoadPercentRole).toDouble(), 62.5);
        // Bo works half time: 100 h of 80 h is 125 %.
        const QModelIndex boFeb = f.model.index(f.model.totalRowOf(bo), febColumn);
        QCOMPARE(boFeb.data(AllocationGridModel::LoadPercentRole).toDouble(), 125.0);
        const QModelIndex annaTotal =
            f.model.index(f.model.totalRowOf(anna), AllocationGridModel::TotalColumn);
        QCOMPARE(annaTotal.data(AllocationGridModel::MinutesRole).toLongLong(), 100 * 60 + 90 + 70 * 60);
        QVERIFY(!(f.model.flags(annaFeb) & Qt::ItemIsEditable));
        QVERIFY(f.model.flags(f.model.index(0, febColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(f.model.flags(f.model.index(0, AllocationGridModel::TotalColumn)) & Qt::ItemIsEditable));
        // FUTURE starts in April: February can be typed into but not allocated.
        QCOMPARE(f.model.index(1, febColumn).data(AllocationGridModel::CanAllocateRole).toBool(), false);
        QCOMPARE(f.model.index(1, febColumn + 2).data(AllocationGridModel::CanAllocateRole).toBool(), true);
    }

    void shouldReportExactlyTheEditedCellAndItsTotals()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, nord, feb, 60 * 60}}), feb);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        const int column = AllocationGridModel::FirstMonthColumn + 1;
        QVERIFY(f.model.setData(f.model.index(0, column), 40.25));
        QCOMPARE(f.model.minutes(anna, nord, mar), 40 * 60 + 15);
        QCOMPARE(reset.count(), 0);
        const int total = f.model.totalRowOf(anna);
        const QVector<QPair<int, int>> expected = {{0, column},
                                                   {0, AllocationGridModel::TotalColumn},
                                                   {total, column},
                                                   {total, AllocationGridModel::TotalColumn}};
        QCOMPARE(changed.count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QModelIndex topLeft = changed.at(i).at(0).toModelIndex();
            const QModelIndex bottomRight = changed.at(i).at(1).toModelIndex();
            QCOMPARE(qMakePair(topLeft.row(), topLeft.column()), expected.at(i));
            QCOMPARE(bottomRight, topLeft);
        }
        QCOMPARE(f.model.index(total, column).data(AllocationGridModel::MinutesRole).toLongLong(),
                 40 * 60 + 15);
    }

    void shouldAcceptLocalisedTextAndIgnoreAnUnchangedValue()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, nord, feb, 60 * 60}}), feb);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(
            f.model.setData(f.model.index(0, AllocationGridModel::FirstMonthColumn), QStringLiteral("60")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(f.model.setData(f.model.index(0, AllocationGridModel::FirstMonthColumn),
                                QStringLiteral(" 12.5 ")));
        QCOMPARE(f.model.minutes(anna, nord, feb), 750);
        QVERIFY(!f.model.setData(f.model.index(0, AllocationGridModel::FirstMonthColumn),
                                 QStringLiteral("twelve")));
        QVERIFY(!f.model.setData(f.model.index(0, AllocationGridModel::PersonColumn), 12));
        QVERIFY(!f.model.setData(
            f.model.index(f.model.totalRowOf(anna), AllocationGridModel::FirstMonthColumn), 12));
        QCOMPARE(f.model.minutes(anna, nord, feb), 750);
    }

    void shouldRemoveACellSetToZero()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, nord, feb, 60 * 60}, {bo, nord, feb, 30 * 60}}), feb);
        QVERIFY(f.model.setData(f.model.index(0, AllocationGridModel::FirstMonthColumn), 0));
        QCOMPARE(f.model.plan().allocations().size(), 1);
        QCOMPARE(f.model.plan().allocations().first().person, bo);
        QCOMPARE(f.model.minutes(bo, nord, feb), 30 * 60); // the index still finds the others
        // A zero for a cell that has nothing is no change at all.
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.applyChanges({{anna, future, mar, 0}});
        QCOMPARE(changed.count(), 0);
    }

    void shouldRefuseInvalidHoursAndSaveNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("engagementKey");
        QTest::addColumn<int>("monthOffset");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("kind");
        QTest::newRow("negative") << anna << nord << 0 << -4.0
                                  << int(AllocationWarning::Kind::NegativeMinutes);
        QTest::newRow("more than the month has hours")
            << anna << nord << 0 << 24.0 * 28 + 1 << int(AllocationWarning::Kind::AbsurdMinutes);
        QTest::newRow("someone who has left")
            << cecilia << nord << 2 << 10.0 << int(AllocationWarning::Kind::PersonHasLeft);
        QTest::newRow("before the engagement starts")
            << anna << future << 1 << 10.0 << int(AllocationWarning::Kind::EngagementNotStarted);
    }

    void shouldRefuseInvalidHoursAndSaveNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, engagementKey);
        QFETCH(int, monthOffset);
        QFETCH(double, hours);
        QFETCH(int, kind);
        Fixture f;
        f.model.setPlan(plan(), feb);
        bool handlerCalled = false;
        f.model.setChangeHandler([&](const QVector<Allocation> &, const QVector<Allocation> &) {
            handlerCalled = true;
            return true;
        });
        QSignalSpy refused(&f.model, &AllocationGridModel::editRefused);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = f.model.index(f.model.rowOf(who, engagementKey),
                                               AllocationGridModel::FirstMonthColumn + monthOffset);
        QVERIFY(!f.model.setData(cell, hours));
        QCOMPARE(refused.count(), 1);
        const auto problems = refused.first().first().value<QVector<AllocationWarning>>();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().kind), kind);
        QCOMPARE(problems.first().person, who);
        QVERIFY(!handlerCalled);
        QCOMPARE(changed.count(), 0);
        QVERIFY(f.model.plan().allocations().isEmpty());
    }

    void shouldAllowClearingACellThatCouldNotBeAllocated()
    {
        // A stored allocation after someone left must be removable, or the plan could never be fixed.
        Fixture f;
        f.model.setPlan(plan({{cecilia, nord, QDate(2026, 4, 1), 10 * 60}}), feb);
        QVERIFY(f.model.refusals({{cecilia, nord, QDate(2026, 4, 1), 0}}).isEmpty());
        QVERIFY(f.model.setData(
            f.model.index(f.model.rowOf(cecilia, nord), AllocationGridModel::FirstMonthColumn + 2), 0));
        QVERIFY(f.model.plan().allocations().isEmpty());
    }

    void shouldHandEditsToTheChangeHandlerWithTheValueBefore()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, nord, feb, 60 * 60}}), feb);
        QVector<Allocation> seenBefore, seenAfter;
        f.model.setChangeHandler([&](const QVector<Allocation> &before, const QVector<Allocation> &after) {
            seenBefore = before;
            seenAfter = after;
            return false; // e.g. the database refused
        });
        QVERIFY(!f.model.setData(f.model.index(0, AllocationGridModel::FirstMonthColumn), 8));
        QCOMPARE(seenBefore, (QVector<Allocation>{{anna, nord, feb, 60 * 60}}));
        QCOMPARE(seenAfter, (QVector<Allocation>{{anna, nord, feb, 8 * 60}}));
        QCOMPARE(f.model.minutes(anna, nord, feb), 60 * 60); // the handler did not apply it
    }

    void shouldKeepChangesOutsideTheWindowInThePlanWithoutSignals()
    {
        Fixture f;
        f.model.setPlan(plan(), feb);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.applyChanges({{anna, nord, QDate(2026, 1, 15), 8 * 60}});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.model.minutes(anna, nord, QDate(2026, 1, 1)), 8 * 60);
        // Copy from the previous month reads it through the plan.
        QCOMPARE(f.model.plan().copyMonth(QDate(2026, 1, 1), feb).size(), 1);
        QCOMPARE(f.model.currentOf({{anna, nord, QDate(2026, 1, 31), 1}}),
                 (QVector<Allocation>{{anna, nord, QDate(2026, 1, 1), 8 * 60}}));
    }

    void shouldMoveTheWindowWithAReset()
    {
        Fixture f;
        f.model.setPlan(plan({{anna, future, QDate(2026, 9, 1), 60}}), feb);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setFirstMonth(QDate(2026, 8, 20));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(f.model.firstMonth(), QDate(2026, 8, 1));
        QCOMPARE(f.model.columnOfMonth(QDate(2026, 9, 30)), AllocationGridModel::FirstMonthColumn + 1);
        QCOMPARE(f.model.columnOfMonth(QDate(2027, 2, 1)), -1);
        QCOMPARE(f.model.columnOfMonth(QDate(2026, 7, 31)), -1);
        // Cecilia has left by August.
        QCOMPARE(f.model.totalRowOf(cecilia), -1);
        QCOMPARE(f.model.index(f.model.rowOf(anna, future), AllocationGridModel::FirstMonthColumn + 1)
                     .data()
                     .toString(),
                 QStringLiteral("1"));
    }

    void shouldWriteHoursWithoutTrailingZeros_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << qint64(2400) << QStringLiteral("40");
        QTest::newRow("half") << qint64(90) << QStringLiteral("1.5");
        QTest::newRow("a quarter") << qint64(15) << QStringLiteral("0.25");
        QTest::newRow("a third") << qint64(20) << QStringLiteral("0.33");
        QTest::newRow("negative") << qint64(-90) << QStringLiteral("-1.5");
        QTest::newRow("thousands") << qint64(1200 * 60) << QStringLiteral("1,200");
    }

    void shouldWriteHoursWithoutTrailingZeros()
    {
        QFETCH(qint64, minutes);
        QFETCH(QString, text);
        QCOMPARE(AllocationGridModel::hoursText(minutes), text);
    }
};

QTEST_GUILESS_MAIN(TestAllocationGridModel)
#include "tst_allocationgridmodel.moc"

#include "models/plannedvsactualmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Domain::PlannedVsActual;
using Models::PlannedVsActualModel;

class TestPlannedVsActualModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowPlannedLoggedAndTheDifference_data()
    {
        QTest::addColumn<qint64>("planned");
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<QString>("difference");
        QTest::addColumn<bool>("unplannedTip");
        QTest::newRow("logged more") << qint64(600) << qint64(690) << QStringLiteral("+1.5") << false;
        QTest::newRow("logged less") << qint64(600) << qint64(480) << QStringLiteral("-2") << false;
        QTest::newRow("as planned") << qint64(600) << qint64(600) << QStringLiteral("0") << false;
        QTest::newRow("logged without a plan") << qint64(0) << qint64(45) << QStringLiteral("+0.75") << true;
    }

    void shouldShowPlannedLoggedAndTheDifference()
    {
        QFETCH(qint64, planned);
        QFETCH(qint64, actual);
        QFETCH(QString, difference);
        QFETCH(bool, unplannedTip);
        PlannedVsActualModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(
            {{QStringLiteral("Anna"), QStringLiteral("NORDSHOP"), QDate(2026, 10, 1), planned, actual}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlannedVsActualModel::MonthColumn).data().toString(),
                 QStringLiteral("Oct 2026"));
        QCOMPARE(model.index(0, PlannedVsActualModel::PersonColumn).data().toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(model.index(0, PlannedVsActualModel::DifferenceColumn).data().toString(), difference);
        QCOMPARE(model.index(0, PlannedVsActualModel::DifferenceColumn)
                     .data(PlannedVsActualModel::SortRole)
                     .toLongLong(),
                 actual - planned);
        QCOMPARE(model.index(0, PlannedVsActualModel::DifferenceColumn).data(Qt::ToolTipRole).isValid(),
                 unplannedTip);
        QCOMPARE(
            model.index(0, PlannedVsActualModel::MonthColumn).data(PlannedVsActualModel::SortRole).toDate(),
            QDate(2026, 10, 1));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void shouldReplaceEveryRowOnReload()
    {
        PlannedVsActualModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<PlannedVsActual> rows = {
            {QStringLiteral("Anna"), QStringLiteral("A"), QDate(2026, 9, 1), 60, 0},
            {QStringLiteral("Bo"), QStringLiteral("A"), QDate(2026, 9, 1), 0, 60}};
        model.setRows(rows);
        QCOMPARE(model.rows(), rows);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlannedVsActualModel)
#include "tst_plannedvsactualmodel.moc"

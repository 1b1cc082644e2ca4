#include "models/engagementlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using Domain::Engagement;
using Models::EngagementListModel;

namespace {
Engagement make(qint64 id, const QString &key, int hours)
{
    Engagement e;
    e.id = id;
    e.key = key;
    e.client = key.toLower() + QStringLiteral(" AB");
    e.start = QDate(2026, 1, 1);
    e.committedMinutesPerMonth = hours * 60;
    return e;
}
} // namespace

class TestEngagementListModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepRowsSortedByKeyWithPreciseSignals()
    {
        // GIVEN a model under the tester before it is filled
        EngagementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setEngagements({make(1, QStringLiteral("CHARLIE"), 40), make(2, QStringLiteral("ALPHA"), 80)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EngagementListModel::KeyColumn).data().toString(), QStringLiteral("ALPHA"));

        // WHEN one is added between them THEN exactly that row is inserted
        const int row = model.addEngagement(make(3, QStringLiteral("BRAVO"), 120));
        QCOMPARE(row, 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 1);

        // WHEN hours change THEN one row reports a change
        QVERIFY(model.updateEngagement(make(3, QStringLiteral("BRAVO"), 100)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(
            model.index(1, EngagementListModel::CommittedColumn).data(EngagementListModel::SortRole).toInt(),
            100 * 60);

        // WHEN the key changes THEN the row moves to keep the order
        QVERIFY(model.updateEngagement(make(3, QStringLiteral("DELTA"), 100)));
        QCOMPARE(model.index(2, EngagementListModel::KeyColumn).data().toString(), QStringLiteral("DELTA"));

        QVERIFY(model.removeEngagement(1));
        QCOMPARE(removed.count(), 2);
        QVERIFY(!model.removeEngagement(99));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfKey(QStringLiteral("delta")), 1);
        QCOMPARE(reset.count(), 1);
    }

    void shouldShowValuesForEveryColumn()
    {
        EngagementListModel model;
        Engagement e = make(1, QStringLiteral("NORDSHOP"), 80);
        e.end = QDate();
        model.setEngagements({e});
        QCOMPARE(model.columnCount(), int(EngagementListModel::ColumnCount));
        QCOMPARE(model.index(0, EngagementListModel::CommittedColumn).data().toString(),
                 QStringLiteral("80 h"));
        QCOMPARE(model.index(0, EngagementListModel::EndColumn).data().toString(),
                 QStringLiteral("open-ended"));
        QCOMPARE(model.index(0, EngagementListModel::StartColumn).data().toString(),
                 QStringLiteral("2026-01-01"));
        QCOMPARE(model.index(0, 0).data(EngagementListModel::EngagementRole).value<Engagement>(), e);
        QCOMPARE(model.headerData(EngagementListModel::ClientColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Client"));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngagementListModel)
#include "tst_engagementlistmodel.moc"

#include "models/portfolioburnmodel.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::PortfolioBurnModel;

namespace {
PortfolioBurnModel::Row row(const QString &key, qint64 used, double usedPercent, Domain::BurnStatus status)
{
    PortfolioBurnModel::Row r;
    r.engagementId = key.size();
    r.client = key.toLower();
    r.burn.engagementKey = key;
    r.burn.committed = 80 * 60;
    r.burn.budget = 80 * 60;
    r.burn.used = used;
    r.burn.usedPercent = usedPercent;
    r.burn.elapsedPercent = 50;
    r.burn.forecastAtMonthEnd = 80 * 60 - 2 * used;
    r.burn.status = status;
    return r;
}
} // namespace

class TestPortfolioBurnModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowEveryColumnOfARow()
    {
        PortfolioBurnModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({row(QStringLiteral("NORD"), 50 * 60, 62.5, Domain::BurnStatus::AtRisk)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(PortfolioBurnModel::ColumnCount));
        auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(PortfolioBurnModel::EngagementColumn), QStringLiteral("NORD"));
        QCOMPARE(text(PortfolioBurnModel::ClientColumn), QStringLiteral("nord"));
        QCOMPARE(text(PortfolioBurnModel::CommittedColumn), QStringLiteral("80 h"));
        QCOMPARE(text(PortfolioBurnModel::UsedColumn), QStringLiteral("50 h"));
        QCOMPARE(text(PortfolioBurnModel::ElapsedColumn), QStringLiteral("50 %"));
        QCOMPARE(text(PortfolioBurnModel::UsedPercentColumn), QStringLiteral("63 %"));
        QCOMPARE(text(PortfolioBurnModel::ForecastColumn), QStringLiteral("-20 h"));
        QCOMPARE(text(PortfolioBurnModel::StatusColumn), QStringLiteral("At risk"));
        QCOMPARE(model.index(0, PortfolioBurnModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 PortfolioBurnModel::statusColor(Domain::BurnStatus::AtRisk));
        QCOMPARE(model.index(0, PortfolioBurnModel::ForecastColumn).data(Qt::ForegroundRole).value<QColor>(),
                 PortfolioBurnModel::statusColor(Domain::BurnStatus::Overrun));
        QCOMPARE(model.index(0, 0).data(PortfolioBurnModel::EngagementIdRole).toLongLong(), 4);
        QVERIFY(!model.headerData(PortfolioBurnModel::StatusColumn, Qt::Horizontal).toString().isEmpty());
    }

    void shouldSortByTheNumbersNotTheText_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("used ascending, 9 h before 10 h")
            << int(PortfolioBurnModel::UsedColumn) << Qt::AscendingOrder
            << QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")};
        QTest::newRow("budget used descending")
            << int(PortfolioBurnModel::UsedPercentColumn) << Qt::DescendingOrder
            << QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("worst status first")
            << int(PortfolioBurnModel::StatusColumn) << Qt::DescendingOrder
            << QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")};
    }

    void shouldSortByTheNumbersNotTheText()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, keys);
        PortfolioBurnModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PortfolioBurnModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(QStringLiteral("A"), 10 * 60, 12.5, Domain::BurnStatus::AtRisk),
                       row(QStringLiteral("B"), 9 * 60, 11.25, Domain::BurnStatus::OnTrack),
                       row(QStringLiteral("C"), 100 * 60, 125, Domain::BurnStatus::Overrun)});
        proxy.sort(column, order);
        QStringList sorted;
        for (int r = 0; r < proxy.rowCount(); ++r)
            sorted.append(proxy.index(r, PortfolioBurnModel::EngagementColumn).data().toString());
        QCOMPARE(sorted, keys);
    }

    // On both dialects (issue 15): the demo as a file, and copied to the test server.
    void shouldLoadTheDemoPortfolio_data() { StorageTest::addDialectRows(); }

    void shouldLoadTheDemoPortfolio()
    {
        QFETCH(QString, dialect);
        QTemporaryDir dir;
        const QString demoFile = dir.filePath(QStringLiteral("demo.sqlite"));
        {
            Storage::Database demo;
            QVERIFY(demo.open(demoFile, Storage::Database::Access::ReadWrite,
                              Storage::Database::Creation::CreateIfMissing)
                        .isNull());
            QVERIFY(Storage::DemoDataWriter(demo)
                        .write(Domain::DemoPortfolio::generate(QDate(2026, 11, 25)))
                        .isNull());
        }
        QString location;
        DD_DATABASE_COPY_OF(location, dialect, demoFile, dir.path());
        Storage::Database db;
        QVERIFY(db.open(location).isNull());
        QVector<Domain::Engagement> engagements;
        QVERIFY(Storage::EngagementRepository(db).all(&engagements).isNull());
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        QVector<PortfolioBurnModel::Row> rows;
        QVERIFY(!PortfolioBurnModel::load(db, engagements, QDate(2026, 11, 1), now, &rows));
        QCOMPARE(rows.size(), engagements.size());
        for (const PortfolioBurnModel::Row &r : rows) {
            QVERIFY(r.burn.used > 0);
            QVERIFY(r.burn.elapsedPercent > 70 && r.burn.elapsedPercent < 100);
            QVERIFY(r.burn.status != Domain::BurnStatus::NoBudget);
        }
        // A month before every engagement started: nothing runs, no rows, no error.
        QVERIFY(!PortfolioBurnModel::load(db, engagements, QDate(2020, 1, 1), now, &rows));
        QVERIFY(rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioBurnModel)
#include "tst_portfolioburnmodel.moc"

#include "models/storage/allocationrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/peoplerepository.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using Domain::Allocation;
using Storage::StorageError;

Q_DECLARE_METATYPE(Storage::StorageError::Kind)

class TestAllocationRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    int m_files = 0;
    QString m_location;

    QVector<Allocation> listed(const QDate &from = {}, const QDate &to = {}) const
    {
        QVector<Allocation> out;
        const StorageError error = Storage::AllocationRepository(*m_db).list(from, to, &out);
        [&] { QVERIFY2(error.isNull(), qPrintable(error.toString())); }();
        return out;
    }

    void addPerson(const QString &name, const QDate &start = {}, const QDate &end = {})
    {
        Domain::Person p;
        p.name = name;
        p.start = start;
        p.end = end;
        QVERIFY(Storage::PeopleRepository(*m_db).save(p).isNull());
    }

    qint64 addEngagement(const QString &key, const QDate &start, const QDate &end = {})
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key;
        e.start = start;
        e.end = end;
        e.committedMinutesPerMonth = 80 * 60;
        [&] { QVERIFY(Storage::EngagementRepository(*m_db).insert(&e).isNull()); }();
        return e.id;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        // One file per test row: rows of a data-driven test must not see each other's writes.
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        m_location = path;
        {
            const auto openError = m_db->open(path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
        addPerson(QStringLiteral("Anna"));
        addPerson(QStringLiteral("Bo"), QDate(2026, 3, 15), QDate(2026, 8, 31));
        addEngagement(QStringLiteral("NORD"), QDate(2026, 1, 1));
        addEngagement(QStringLiteral("SOUTH"), QDate(2026, 4, 10), QDate(2026, 12, 31));
    }
    void cleanup() { m_db.reset(); }

    void shouldRoundTripAllocationsInMonthPersonEngagementOrder()
    {
        Storage::AllocationRepository repo(*m_db);
        const QVector<Allocation> planned = {
            {QStringLiteral("Bo"), QStringLiteral("NORD"), QDate(2026, 5, 1), 3000},
            {QStringLiteral("Anna"), QStringLiteral("SOUTH"), QDate(2026, 5, 1), 1200},
            {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 4, 1), 600}};
        QVERIFY(repo.setMany(planned).isNull());
        const QVector<Allocation> expected = {planned.at(2), planned.at(1), planned.at(0)};
        QCOMPARE(listed(), expected);
    }

    void shouldStoreAnyDayAsItsMonth()
    {
        QVERIFY(Storage::AllocationRepository(*m_db)
                    .set({QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 17), 60})
                    .isNull());
        QCOMPARE(listed(), (QVector<Allocation>{
                               {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 60}}));
    }

    void shouldListOnlyTheMonthsAsked_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("count");
        QTest::newRow("one month by any of its days") << QDate(2026, 5, 31) << QDate(2026, 5, 2) << 1;
        QTest::newRow("across a year end") << QDate(2026, 12, 1) << QDate(2027, 1, 1) << 2;
        QTest::newRow("open start") << QDate() << QDate(2026, 5, 1) << 2;
        QTest::newRow("open end") << QDate(2026, 6, 1) << QDate() << 2;
        QTest::newRow("both open") << QDate() << QDate() << 4;
        QTest::newRow("nothing in range") << QDate(2025, 1, 1) << QDate(2025, 12, 1) << 0;
    }

    void shouldListOnlyTheMonthsAsked()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, count);
        QVERIFY(Storage::AllocationRepository(*m_db)
                    .setMany({{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 4, 1), 60},
                              {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 5, 1), 60},
                              {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 12, 1), 60},
                              {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2027, 1, 1), 60}})
                    .isNull());
        QCOMPARE(listed(from, to).size(), count);
    }

    void shouldReplaceAnAllocationAndDeleteItWithZeroMinutes()
    {
        Storage::AllocationRepository repo(*m_db);
        Allocation a{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600};
        QVERIFY(repo.set(a, &a.stamp).isNull());
        a.minutes = 900;
        QVERIFY(repo.set(a, &a.stamp).isNull());
        QCOMPARE(listed(), QVector<Allocation>{a});
        a.minutes = 0;
        QVERIFY(repo.set(a, &a.stamp).isNull());
        QVERIFY(listed().isEmpty());
        QCOMPARE(a.stamp.version, qint64(0));
        QVERIFY(repo.set(a).isNull()); // deleting what is not there is not an error
    }

    void shouldStampWhoCreatedAndChangedACellAndWhen()
    {
        Storage::Database bo;
        QVERIFY(StorageTest::openAs(&bo, m_location, QStringLiteral("bo")).isNull());
        QCOMPARE(bo.userName(), QStringLiteral("bo"));
        Storage::Database anna;
        QVERIFY(StorageTest::openAs(&anna, m_location, QStringLiteral("anna")).isNull());
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        Allocation a{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600};
        QVERIFY(Storage::AllocationRepository(bo).set(a, &a.stamp).isNull());
        QCOMPARE(a.stamp.version, qint64(1));
        a.minutes = 660;
        QVERIFY(Storage::AllocationRepository(anna).set(a).isNull());
        const qint64 after = QDateTime::currentSecsSinceEpoch();

        const QVector<Allocation> stored = listed();
        QCOMPARE(stored.size(), 1);
        const Domain::ChangeStamp stamp = stored.first().stamp;
        QCOMPARE(stamp.version, qint64(2));
        QCOMPARE(stamp.createdBy, QStringLiteral("bo"));
        QCOMPARE(stamp.updatedBy, QStringLiteral("anna"));
        QVERIFY(stamp.createdAt >= before && stamp.createdAt <= stamp.updatedAt && stamp.updatedAt <= after);
    }

    void shouldRefuseTheSecondOfTwoSavesOfOneCellNamingWhoChangedItAndWhen()
    {
        QVERIFY(Storage::AllocationRepository(*m_db)
                    .set({QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600})
                    .isNull());
        Storage::Database first;
        QVERIFY(StorageTest::openAs(&first, m_location, QStringLiteral("alice")).isNull());
        Storage::Database second;
        QVERIFY(StorageTest::openAs(&second, m_location, QStringLiteral("bob")).isNull());
        QVector<Allocation> readByFirst;
        QVector<Allocation> readBySecond;
        QVERIFY(Storage::AllocationRepository(first).list({}, {}, &readByFirst).isNull());
        QVERIFY(Storage::AllocationRepository(second).list({}, {}, &readBySecond).isNull());

        Allocation fromFirst = readByFirst.first();
        fromFirst.minutes = 900;
        QVERIFY(Storage::AllocationRepository(first).set(fromFirst).isNull());
        Allocation fromSecond = readBySecond.first();
        fromSecond.minutes = 1200;
        const StorageError error = Storage::AllocationRepository(second).set(fromSecond);

        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::Allocation);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, listed().first().stamp.updatedAt);
        QVERIFY(!error.rowDeleted);
        QCOMPARE(listed().first().minutes, 900);
        QCOMPARE(listed().first().stamp.version, qint64(2));
    }

    void shouldRefuseAChangeOfACellDeletedOrFilledSinceRead_data()
    {
        QTest::addColumn<int>("otherMinutes"); // what the other user wrote: 0 deletes
        QTest::addColumn<int>("minutes");      // what this user saves
        QTest::addColumn<bool>("readStored");  // whether the cell had a row when this user read it
        QTest::addColumn<bool>("deleted");
        QTest::newRow("changed a deleted cell") << 0 << 900 << true << true;
        QTest::newRow("cleared a deleted cell") << 0 << 0 << true << true;
        QTest::newRow("filled a cell filled since") << 300 << 900 << false << false;
        QTest::newRow("cleared an empty cell filled since") << 300 << 0 << false << false;
    }

    void shouldRefuseAChangeOfACellDeletedOrFilledSinceRead()
    {
        QFETCH(int, otherMinutes);
        QFETCH(int, minutes);
        QFETCH(bool, readStored);
        QFETCH(bool, deleted);
        Storage::AllocationRepository repo(*m_db);
        Allocation read{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600};
        if (readStored)
            QVERIFY(repo.set(read, &read.stamp).isNull());
        Allocation other = read;
        other.minutes = otherMinutes;
        QVERIFY(repo.set(other).isNull());

        Allocation mine = read;
        mine.minutes = minutes;
        const StorageError error = repo.set(mine);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.rowDeleted, deleted);
        const QVector<Allocation> stored = listed();
        QCOMPARE(stored.size(), otherMinutes == 0 ? 0 : 1);
        if (!stored.isEmpty())
            QCOMPARE(stored.first().minutes, otherMinutes);
    }

    void shouldWriteNoCellOfABatchWhenOneIsInConflict()
    {
        Storage::AllocationRepository repo(*m_db);
        Allocation june{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600};
        QVERIFY(repo.set(june, &june.stamp).isNull());
        Allocation stale = june;
        june.minutes = 700;
        QVERIFY(repo.set(june, &june.stamp).isNull());
        stale.minutes = 800;
        const StorageError error =
            repo.setMany({{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 7, 1), 60}, stale});
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(listed(), QVector<Allocation>{june});
    }

    void shouldAllowDeletingAfterThePersonLeft()
    {
        // Bo left in August: clearing his old September cell must stay possible.
        Storage::AllocationRepository repo(*m_db);
        QVERIFY(repo.set({QStringLiteral("Bo"), QStringLiteral("NORD"), QDate(2026, 9, 1), 0}).isNull());
    }

    void shouldRefuseWhatTheDomainCallsAnError_data()
    {
        QTest::addColumn<Allocation>("allocation");
        QTest::addColumn<StorageError::Kind>("kind");
        const QString anna = QStringLiteral("Anna");
        const QString nord = QStringLiteral("NORD");
        QTest::newRow("unknown person") << Allocation{QStringLiteral("Nobody"), nord, QDate(2026, 6, 1), 60}
                                        << StorageError::Kind::NotFound;
        QTest::newRow("unknown engagement") << Allocation{anna, QStringLiteral("NOPE"), QDate(2026, 6, 1), 60}
                                            << StorageError::Kind::NotFound;
        QTest::newRow("no month") << Allocation{anna, nord, QDate(), 60} << StorageError::Kind::Query;
        QTest::newRow("negative") << Allocation{anna, nord, QDate(2026, 6, 1), -60}
                                  << StorageError::Kind::Query;
        QTest::newRow("more than 24 h a day all month")
            << Allocation{anna, nord, QDate(2026, 2, 1), 28 * 24 * 60 + 1} << StorageError::Kind::Query;
        QTest::newRow("someone who has left")
            << Allocation{QStringLiteral("Bo"), nord, QDate(2026, 9, 1), 60} << StorageError::Kind::Query;
        QTest::newRow("someone not yet started")
            << Allocation{QStringLiteral("Bo"), nord, QDate(2026, 2, 1), 60} << StorageError::Kind::Query;
        QTest::newRow("a month before the engagement started")
            << Allocation{anna, QStringLiteral("SOUTH"), QDate(2026, 3, 1), 60} << StorageError::Kind::Query;
        QTest::newRow("after the engagement ended")
            << Allocation{anna, QStringLiteral("SOUTH"), QDate(2027, 1, 1), 60} << StorageError::Kind::Query;
    }

    void shouldRefuseWhatTheDomainCallsAnError()
    {
        QFETCH(Allocation, allocation);
        QFETCH(StorageError::Kind, kind);
        const StorageError error = Storage::AllocationRepository(*m_db).set(allocation);
        QCOMPARE(error.kind, kind);
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(error.record.contains(allocation.person));
        QVERIFY(listed().isEmpty());
    }

    void shouldAcceptTheFirstAndLastMonthsOfEmployment()
    {
        // Bo starts mid-March and leaves at the end of August: both months may be planned.
        QVERIFY(Storage::AllocationRepository(*m_db)
                    .setMany({{QStringLiteral("Bo"), QStringLiteral("NORD"), QDate(2026, 3, 1), 60},
                              {QStringLiteral("Bo"), QStringLiteral("SOUTH"), QDate(2026, 8, 1), 60},
                              {QStringLiteral("Bo"), QStringLiteral("SOUTH"), QDate(2026, 4, 1), 60}})
                    .isNull());
        QCOMPARE(listed().size(), 3);
    }

    void shouldWriteNothingWhenOneOfManyIsRefused()
    {
        Storage::AllocationRepository repo(*m_db);
        const Allocation kept{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 600};
        QVERIFY(repo.set(kept).isNull());
        const StorageError error =
            repo.setMany({{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 0},
                          {QStringLiteral("Anna"), QStringLiteral("SOUTH"), QDate(2026, 6, 1), 600},
                          {QStringLiteral("Bo"), QStringLiteral("NORD"), QDate(2026, 10, 1), 60}});
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QCOMPARE(listed(), QVector<Allocation>{kept});
    }

    void shouldRefuseTheSameCellTwiceInOneBatch()
    {
        const StorageError error = Storage::AllocationRepository(*m_db).setMany(
            {{QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 60},
             {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 9), 120}});
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QVERIFY(listed().isEmpty());
    }

    void shouldLeaveOutAllocationsOfDeletedEngagements()
    {
        const qint64 south = addEngagement(QStringLiteral("WEST"), QDate(2026, 1, 1));
        Storage::AllocationRepository repo(*m_db);
        QVERIFY(repo.setMany({{QStringLiteral("Anna"), QStringLiteral("WEST"), QDate(2026, 6, 1), 60},
                              {QStringLiteral("Anna"), QStringLiteral("NORD"), QDate(2026, 6, 1), 60}})
                    .isNull());
        QVERIFY(Storage::EngagementRepository(*m_db).remove(south).isNull());
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed().first().engagementKey, QStringLiteral("NORD"));
    }

    void shouldSetAThousandCellsInOneTransaction()
    {
        QVector<Allocation> many;
        for (int i = 0; i < 1000; ++i)
            many.append({i % 2 ? QStringLiteral("Anna") : QStringLiteral("Bo"),
                         i % 3 ? QStringLiteral("NORD") : QStringLiteral("SOUTH"),
                         QDate(2026, 4 + (i / 6) % 5, 1), 60 + i});
        // Keep one allocation per cell: the last one written wins in the expectation too.
        QMap<QString, Allocation> cells;
        for (const Allocation &a : many)
            cells.insert(a.person + a.engagementKey + a.month.toString(), a);
        const QVector<Allocation> unique(cells.cbegin(), cells.cend());
        QVERIFY(Storage::AllocationRepository(*m_db).setMany(unique).isNull());
        QCOMPARE(listed().size(), unique.size());
    }
};

QTEST_GUILESS_MAIN(TestAllocationRepository)
#include "tst_allocationrepository.moc"

// The changed tickets of an import as ranges of ids (TicketIdSet, issue 13): the same ids as a
// sorted list of distinct ids, whatever order and repeats they came in.
#include "models/storage/ticketidset.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <set>

using Storage::TicketIdSet;

class TestTicketIdSet : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepAFreshImportsRisingIdsAsOneRange()
    {
        TicketIdSet set;
        for (qint64 id = 1001; id <= 1001000; ++id)
            set.add(id);
        QCOMPARE(set.ranges().size(), size_t(1));
        QCOMPARE(set.count(), qint64(1000000));
        QVERIFY(set.contains(1001) && set.contains(1001000) && !set.contains(1000) && !set.contains(1001001));
    }

    void shouldHoldNewAndUpdatedIdsWithGapsAsASortedDistinctList()
    {
        // GIVEN new tickets (rising ids with gaps where rows were rejected) mixed with updates of
        // older tickets in any order, some updated twice
        TicketIdSet set;
        std::set<qint64> expected;
        QRandomGenerator random(13);
        qint64 next = 50000;
        for (int i = 0; i < 200000; ++i) {
            qint64 id = 0;
            const quint32 r = random.bounded(10u);
            if (r < 6)
                id = ++next;
            else if (r < 7)
                id = (next += 2); // a gap
            else
                id = 1 + random.bounded(60000); // an update, repeats included
            set.add(id);
            expected.insert(id);
        }
        // WHEN it is read, THEN it is the sorted list of distinct ids
        const QVector<qint64> ids = set.toVector();
        QCOMPARE(ids, QVector<qint64>(expected.cbegin(), expected.cend()));
        QCOMPARE(set.count(), qint64(expected.size()));
        for (size_t i = 1; i < set.ranges().size(); ++i)
            QVERIFY(set.ranges()[i].first > set.ranges()[i - 1].last + 1); // neither overlapping nor adjacent
        QVERIFY(set.contains(next) && !set.contains(next + 1) && !set.contains(0));
    }

    void shouldTakeAChunksIdsAndClear()
    {
        TicketIdSet set(QVector<qint64>{9, 3, 4, 3, 5, 20});
        QCOMPARE(set.toVector(), (QVector<qint64>{3, 4, 5, 9, 20}));
        QCOMPARE(set.ranges().size(), size_t(3));
        set.add(QVector<qint64>{6, 7, 8});
        QCOMPARE(set.ranges().size(), size_t(2));
        set.clear();
        QVERIFY(set.isEmpty());
        QCOMPARE(set.count(), qint64(0));
        QVERIFY(set.toVector().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTicketIdSet)
#include "tst_ticketidset.moc"

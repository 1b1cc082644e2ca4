// The duplicate-key check of ticket files in a few bits a key (KeyClaims, issue 13): the same
// answers and lines as a table of every key, also for the filter's false positives.
#include "importtesthelpers.h"
#include "models/exchange/sources/keyclaims.h"
#include "models/exchange/sources/servicenowincidentsource.h"
#include "tests/exchange/pipedevice.h"

#include <QBuffer>
#include <QTest>

using namespace Exchange;

namespace {

/// A ServiceNow list of `rows` incidents; `repeat` maps a row (0-based) to the row whose key it
/// repeats.
QByteArray listFile(int rows, const QHash<int, int> &repeat = {})
{
    QByteArray out("number,priority,state,opened_at,resolved_at\n");
    out.reserve(rows * 64);
    for (int i = 0; i < rows; ++i) {
        const int keyRow = repeat.value(i, i);
        out += "INC" + QByteArray::number(keyRow).rightJustified(8, '0') +
               ",3 - Moderate,Resolved,2026-01-01 08:00:00,2026-01-02 09:00:00\n";
    }
    return out;
}

ImportBatch importBytes(QByteArray bytes)
{
    ServiceNowIncidentSource source{ImportSettings()};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return Importer(&source).run(&buffer, QStringLiteral("list.csv"));
}

} // namespace

class TestKeyClaims : public QObject
{
    Q_OBJECT

private slots:
    void shouldAnswerLikeATableOfEveryKeyWithFalsePositives()
    {
        // GIVEN 300,000 distinct keys (several filter layers: some keys are suspects although
        // they come once) and three repeated ones
        KeyClaims claims;
        const qint64 n = 300000;
        const auto digestOf = [](qint64 i) {
            return quint64(qHash(i, size_t(7))) * 0x9e3779b97f4a7c15ULL + quint64(i);
        };
        const QHash<qint64, qint64> repeats{{1000, 5}, {250000, 249999}, {299999, 0}};
        const auto keyOf = [&](qint64 i) { return repeats.value(i, i); };
        for (qint64 i = 0; i < n; ++i)
            claims.prescan(digestOf(keyOf(i)));
        claims.endPrescan();
        QVERIFY(claims.isPrescanned());
        QVERIFY2(claims.suspectCount() > qsizetype(repeats.size()), "the filter has false positives");
        QVERIFY(claims.suspectCount() < n / 20);
        // WHEN the second pass claims them in order (line = index + 2)
        // THEN only the repeats are duplicates, each naming the first line of its key
        for (qint64 i = 0; i < n; ++i) {
            const qint64 first = claims.claim(digestOf(keyOf(i)), i + 2);
            QCOMPARE(first, repeats.contains(i) ? repeats.value(i) + 2 : 0);
        }
        QVERIFY(claims.matchesPrescan());
    }

    void shouldNoticeASecondPassThatSawOtherKeys()
    {
        KeyClaims claims;
        for (quint64 d : {11, 12, 13})
            claims.prescan(d);
        claims.endPrescan();
        QCOMPARE(claims.claim(11, 2), 0);
        QCOMPARE(claims.claim(12, 3), 0);
        QCOMPARE(claims.claim(14, 4), 0); // a key the first pass never saw (the file changed)
        QVERIFY(!claims.matchesPrescan());
    }

    void shouldKeepEveryKeyWithoutAFirstPass()
    {
        KeyClaims claims;
        QCOMPARE(claims.claim(5, 2), 0);
        QCOMPARE(claims.claim(6, 3), 0);
        QCOMPARE(claims.claim(5, 9), 2);
        QVERIFY(claims.matchesPrescan());
    }

    void shouldRejectARepeatedKeyWithBothLinesAfterTheFirstPass()
    {
        // GIVEN a list of 150,000 incidents where row 120,000 repeats the key of row 3, and
        // row 149,999 the key of row 149,998
        const QByteArray file = listFile(150000, {{120000, 3}, {149999, 149998}});
        // WHEN it is read (a file: two passes)
        const ImportBatch batch = importBytes(file);
        // THEN exactly those rows are rejected, in file order, each naming the first line (the
        // header is line 1)
        QVERIFY(batch.fileError.isNull());
        QCOMPARE(batch.rejectedCount, qint64(2));
        QCOMPARE(batch.rejected.at(0).line, qint64(120002));
        QCOMPARE(batch.rejected.at(0).reason, QStringLiteral("Duplicate key INC00000003 (first on line 5)."));
        QCOMPARE(batch.rejected.at(1).line, qint64(150001));
        QCOMPARE(batch.rejected.at(1).reason,
                 QStringLiteral("Duplicate key INC00149998 (first on line 150000)."));
        QCOMPARE(batch.ticketCount, qint64(149998));
    }

    void shouldAcceptEveryKeyOfAFileWithoutRepeats()
    {
        // 200,000 distinct keys: the filter has false positives, none becomes a rejection
        const ImportBatch batch = importBytes(listFile(200000));
        QVERIFY(batch.fileError.isNull());
        QCOMPARE(batch.rejectedCount, qint64(0));
        QCOMPARE(batch.ticketCount, qint64(200000));
    }

    void shouldRejectTheSameRowsFromADeviceReadOnce()
    {
        ServiceNowIncidentSource source{ImportSettings()};
        ExchangeTest::PipeDevice device(listFile(2000, {{1500, 7}}));
        device.open(QIODevice::ReadOnly);
        const ImportBatch batch = Importer(&source).run(&device, QStringLiteral("list.csv"));
        QVERIFY(batch.fileError.isNull());
        QCOMPARE(batch.rejectedCount, qint64(1));
        QCOMPARE(batch.rejected.at(0).line, qint64(1502));
        QCOMPARE(batch.rejected.at(0).reason, QStringLiteral("Duplicate key INC00000007 (first on line 9)."));
    }
};

QTEST_GUILESS_MAIN(TestKeyClaims)
#include "tst_keyclaims.moc"

// The fingerprint's rows hashed in bounded memory (Models::ReviewFingerprintRows): whatever the
// budget, and so however many batches go to temporary files, the hash is ReviewFingerprint::of()
// of the same rows.
#include "models/reviewfingerprint.h"
#include "models/reviewfingerprintrows.h"

#include <QRandomGenerator>
#include <QtTest>

class TestReviewFingerprintRows : public QObject
{
    Q_OBJECT

private:
    /// Rows like the pack's, with what sorting must get right: duplicates, an empty row, rows
    /// that are prefixes of others, bytes above 0x7f, in no order.
    static QVector<QByteArray> rows(int count)
    {
        QRandomGenerator random(42);
        QVector<QByteArray> out;
        for (int i = 0; i < count; ++i) {
            QByteArray row = (i % 2 ? "S|BENCH-" : "T|BENCH-") + QByteArray::number(random.bounded(count));
            if (i % 5 == 0)
                row += "|" + QString::fromUtf8("Åsa ö %1").arg(i).toUtf8();
            out.append(row);
        }
        out += {QByteArray(), "T|BENCH-1", "T|BENCH-1", "T|BENCH-1|", "\xff", "T"};
        return out;
    }

private slots:
    void shouldHashAsTheRowsSortedWhateverTheBudget_data()
    {
        QTest::addColumn<qsizetype>("budget");
        QTest::addColumn<bool>("batches");
        QTest::newRow("default: all held") << Models::ReviewFingerprintRows::DefaultBudget << false;
        QTest::newRow("a row a batch") << qsizetype(1) << true;
        QTest::newRow("a few rows a batch") << qsizetype(300) << true;
        QTest::newRow("some batches") << qsizetype(20000) << true;
    }

    void shouldHashAsTheRowsSortedWhateverTheBudget()
    {
        QFETCH(qsizetype, budget);
        QFETCH(bool, batches);
        const QVector<QByteArray> all = rows(2000);
        Models::ReviewFingerprintRows hashed(budget);
        for (const QByteArray &row : all)
            hashed.append(row);
        QCOMPARE(hashed.size(), all.size());
        QCOMPARE(hashed.batchesWritten() > 1, batches);
        QByteArray hex;
        QString error;
        QVERIFY2(hashed.hash(&hex, &error), qPrintable(error));
        QCOMPARE(hex, Models::ReviewFingerprint::of(all));
    }

    void shouldHashNoRowsAsNothing()
    {
        Models::ReviewFingerprintRows hashed(1);
        QByteArray hex;
        QString error;
        QVERIFY(hashed.hash(&hex, &error));
        QCOMPARE(hex, Models::ReviewFingerprint::of({}));
    }
};

QTEST_GUILESS_MAIN(TestReviewFingerprintRows)
#include "tst_reviewfingerprintrows.moc"

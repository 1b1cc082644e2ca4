// CsvReader::EncodingDecision: a later reader of the same file takes over the encoding decided
// from the whole file instead of reading all of it again (the Importer's two or three passes).
#include "models/exchange/csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using Exchange::CsvReader;
using Exchange::CsvRow;

namespace {

/// A buffer that counts the bytes it hands out.
class CountingBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    qint64 handedOut = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = QBuffer::readData(data, maxSize);
        if (n > 0)
            handedOut += n;
        return n;
    }
};

QStringList readAll(CsvReader *reader)
{
    QStringList out;
    CsvRow row;
    while (reader->next(&row))
        out << QString::number(row.line) + QLatin1Char(':') + row.fields.join(QLatin1Char('|'));
    return out;
}

/// Windows-1252 at the start and the end, plain ASCII between: 1 MB, several read blocks.
QByteArray windows1252File()
{
    QByteArray file = "name,city\nJ\xf6rgen,Malm\xf6\n";
    while (file.size() < 1024 * 1024)
        file += "Plain ascii name,Somewhere\n";
    file += "\xc5sa,G\xe4vle\n";
    return file;
}

} // namespace

class TestCsvEncodingDecision : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheSameRowsWithoutReadingTheFileAgain()
    {
        QByteArray file = windows1252File();
        CountingBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader first(&device, QStringLiteral("cp1252.csv"));
        QVERIFY(first.readHeader());
        const CsvReader::EncodingDecision decision = first.encodingDecision();
        QVERIFY(decision.valid);
        QCOMPARE(decision.encoding, CsvReader::Encoding::Windows1252);
        QVERIFY(device.handedOut >= file.size()); // the whole file, to decide
        const QStringList rows = readAll(&first);
        QCOMPARE(rows.last(), QStringLiteral("%1:Åsa|Gävle").arg(rows.size() + 1));

        QVERIFY(device.seek(0));
        device.handedOut = 0;
        CsvReader again(&device, QStringLiteral("cp1252.csv"));
        again.reuseEncodingDecision(decision);
        QVERIFY(again.readHeader());
        QVERIFY2(device.handedOut < file.size() / 2, qPrintable(QString::number(device.handedOut)));
        QCOMPARE(again.encoding(), CsvReader::Encoding::Windows1252);
        QCOMPARE(readAll(&again), rows);
        QVERIFY(!again.hasError());
    }

    void shouldDecideAgainWhenTheFileChangedSize()
    {
        QByteArray file = windows1252File();
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader first(&device, QStringLiteral("cp1252.csv"));
        QVERIFY(first.readHeader());
        CsvReader::EncodingDecision decision = first.encodingDecision();
        QVERIFY(decision.valid);

        // The same file rewritten as UTF-8 (another size): the old decision must not be taken.
        QByteArray utf8 = "name,city\nJ\xc3\xb6rgen,Malm\xc3\xb6\n";
        QBuffer other(&utf8);
        QVERIFY(other.open(QIODevice::ReadOnly));
        CsvReader again(&other, QStringLiteral("utf8.csv"));
        again.reuseEncodingDecision(decision);
        QVERIFY(again.readHeader());
        QCOMPARE(again.encoding(), CsvReader::Encoding::Utf8);
        QCOMPARE(readAll(&again), QStringList{QStringLiteral("2:Jörgen|Malmö")});
    }

    void shouldNotOfferADecisionItDidNotMake()
    {
        QByteArray bom = "\xEF\xBB\xBFname,city\nJ\xc3\xb6rgen,Malm\xc3\xb6\n";
        QBuffer device(&bom);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader reader(&device, QStringLiteral("bom.csv"));
        QVERIFY(reader.readHeader());
        QVERIFY(!reader.encodingDecision().valid); // a BOM says it; nothing was decided
    }
};

QTEST_GUILESS_MAIN(TestCsvEncodingDecision)
#include "tst_csvencodingdecision.moc"

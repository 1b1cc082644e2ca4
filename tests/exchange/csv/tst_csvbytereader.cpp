#include "models/exchange/csv/csvbytereader.h"
#include "models/exchange/csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using Exchange::CsvByteReader;
using Exchange::CsvReader;
using Exchange::CsvRow;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/csv/") + QLatin1String(name);
}

/// "line:field|field|..." per record (the header first), so a whole file compares in one QCOMPARE.
QStringList readWithCsvReader(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, QStringLiteral("test.csv"));
    if (!reader.readHeader())
        return {QStringLiteral("error: ") + reader.error().toString()};
    QStringList out{QStringLiteral("header:") + reader.header().join(QLatin1Char('|'))};
    CsvRow row;
    while (reader.next(&row))
        out << QString::number(row.line) + QLatin1Char(':') + row.fields.join(QLatin1Char('|'));
    if (reader.hasError())
        out << QStringLiteral("error: ") + reader.error().toString();
    return out;
}

/// The same with CsvByteReader; empty when it leaves the file to CsvReader.
QStringList readWithByteReader(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    CsvByteReader reader(&device);
    if (!reader.readHeader())
        return {};
    QStringList out{QStringLiteral("header:") + reader.header().join(QLatin1Char('|'))};
    CsvByteReader::Status status;
    while ((status = reader.next()) == CsvByteReader::Status::Record) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << CsvByteReader::text(reader.field(i));
        out << QString::number(reader.line()) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
    }
    return status == CsvByteReader::Status::End ? out : QStringList();
}

QByteArray fileBytes(const char *name)
{
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A random CSV text built from the pieces that make CSV hard.
QByteArray randomCsv(QRandomGenerator *random, int pieces)
{
    static const char *const parts[] = {"a",        "bc",    ",",     ";",       "\t",       "\"",
                                        "\"\"",     "\r\n",  "\n",    "\r",      "\xC3\xA5", " ",
                                        "\xC2\xA0", "x y",   "\"q\"", "\"a,b\"", "\"l\nm\"", "\xE2\x82\xAC",
                                        "\"\"\"",   "\"t\"x"};
    QByteArray text = "key,at,status\n";
    for (int i = 0; i < pieces; ++i)
        text += parts[random->bounded(int(std::size(parts)))];
    return text;
}

} // namespace

class TestCsvByteReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadSampleFilesAsCsvReaderOrLeaveThemToIt_data();
    void shouldReadSampleFilesAsCsvReaderOrLeaveThemToIt();
    void shouldReadUnusualButValidShapes_data();
    void shouldReadUnusualButValidShapes();
    void shouldLeaveOtherShapesToCsvReader_data();
    void shouldLeaveOtherShapesToCsvReader();
    void shouldMatchCsvReaderWhereverABlockEnds();
    void shouldGrowForARecordLongerThanABlock();
    void shouldMatchCsvReaderOnRandomText();
};

void TestCsvByteReader::shouldReadSampleFilesAsCsvReaderOrLeaveThemToIt_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("read");
    // Read here: UTF-8 (BOM or not), any delimiter, quoted line breaks, blank lines, a last
    // record without a line end. Left to CsvReader: other encodings, binary files, empty files.
    QTest::newRow("basic_lf") << QByteArray("basic_lf.csv") << true;
    QTest::newRow("blank_lines") << QByteArray("blank_lines.csv") << true;
    QTest::newRow("bom_crlf_semicolon") << QByteArray("bom_crlf_semicolon.csv") << true;
    QTest::newRow("embedded_newlines") << QByteArray("embedded_newlines.csv") << true;
    QTest::newRow("header_only") << QByteArray("header_only.csv") << true;
    QTest::newRow("repeated_headers_tab") << QByteArray("repeated_headers_tab.csv") << true;
    QTest::newRow("trailing_empty_columns") << QByteArray("trailing_empty_columns.csv") << true;
    QTest::newRow("truncated_last_line (quote never closed)")
        << QByteArray("truncated_last_line.csv") << false;
    QTest::newRow("utf16be_tab") << QByteArray("utf16be_tab.csv") << false;
    QTest::newRow("utf16le_tab") << QByteArray("utf16le_tab.csv") << false;
    QTest::newRow("windows1252_semicolon") << QByteArray("windows1252_semicolon.csv") << false;
    QTest::newRow("binary_renamed") << QByteArray("binary_renamed.csv") << false;
    QTest::newRow("xlsx_renamed") << QByteArray("xlsx_renamed.csv") << false;
    QTest::newRow("empty") << QByteArray("empty.csv") << false;
}

void TestCsvByteReader::shouldReadSampleFilesAsCsvReaderOrLeaveThemToIt()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, read);
    QVERIFY(QFile::exists(dataFile(name.constData())));
    const QByteArray bytes = fileBytes(name.constData());
    const QStringList fast = readWithByteReader(bytes);
    QCOMPARE(!fast.isEmpty(), read);
    if (read)
        QCOMPARE(fast, readWithCsvReader(bytes));
}

void TestCsvByteReader::shouldReadUnusualButValidShapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("quoted fields, doubled quotes, text after the quote")
        << QByteArray("key,at\n\"A,1\",\"say \"\"hi\"\"\"\n\"B\"x,\"\"\n");
    QTest::newRow("CRLF, CR and LF line ends") << QByteArray("key,at\r\nA,1\rB,2\nC,3\r\n");
    QTest::newRow("line breaks inside quotes count as lines")
        << QByteArray("key,at\n\"A\r\nB\nC\rD\",1\nE,2\n");
    QTest::newRow("BOM and UTF-8 names")
        << QByteArray("\xEF\xBB\xBFkey;\xC3\xA5r\nSUP-\xC3\xB6,\xE2\x82\xAC\xF0\x9F\x98\x80\n");
    QTest::newRow("blank lines and rows of empty fields are skipped")
        << QByteArray("\n\r\nkey,at\n\n,,\n\"\",\nA,1\n\n");
    QTest::newRow("U+FEFF at the start of fields after the first line")
        << QByteArray("\nkey,at\n\xEF\xBB\xBF\xEF\xBB\xBF"
                      "A,\"\xEF\xBB\xBFq\"\n");
    QTest::newRow("a comma at the very end") << QByteArray("key,at\nA,1,");
    QTest::newRow("a quoted field closed at the very end") << QByteArray("key,at\nA,\"1\"");
    QTest::newRow("short and long rows") << QByteArray("key,at,status\nA\nB,1,x,y,z\n");
    QTest::newRow("tab delimiter") << QByteArray("key\tat\tstatus\nA\t1\t\"x\ty\"\n");
}

void TestCsvByteReader::shouldReadUnusualButValidShapes()
{
    QFETCH(QByteArray, bytes);
    const QStringList fast = readWithByteReader(bytes);
    QVERIFY2(!fast.isEmpty(), "a plain UTF-8 file is read as bytes");
    QCOMPARE(fast, readWithCsvReader(bytes));
}

void TestCsvByteReader::shouldLeaveOtherShapesToCsvReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Windows-1252 byte") << QByteArray("key,at\nA,caf\xE9\n");
    QTest::newRow("invalid UTF-8 late in the file") << QByteArray("key,at\nA,1\nB,\xC3\xA5\nC,\xFF\n");
    QTest::newRow("overlong UTF-8") << QByteArray("key,at\nA,\xC0\xAF\n");
    QTest::newRow("UTF-8 surrogate") << QByteArray("key,at\nA,\xED\xA0\x80\n");
    QTest::newRow("UTF-8 cut by the end of the file") << QByteArray("key,at\nA,\xE2\x82");
    QTest::newRow("control character") << QByteArray("key,at\nA,\x01\n");
    QTest::newRow("vertical tab (Excel's line break)") << QByteArray("key,at\nA,\"x\x0By\"\n");
    QTest::newRow("quote never closed") << QByteArray("key,at\nA,\"open\n");
    QTest::newRow("quote in the header") << QByteArray("\"key\",at\nA,1\n");
    QTest::newRow("Excel's sep= line") << QByteArray("sep=;\nkey;at\nA;1\n");
    QTest::newRow("two BOMs") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFkey,at\nA,1\n");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n");
    QByteArray longFields = "key,at\n";
    for (int i = 0; i < 9; ++i)
        longFields += QByteArray(CsvReader::s_defaultMaxFieldSize - 1, 'x') + ',';
    QTest::newRow("a record of nine of CsvReader's longest fields") << longFields + "\n";
    QTest::newRow("a field past CsvReader's limit")
        << QByteArray("key,at\nA,") + QByteArray(CsvReader::s_defaultMaxFieldSize + 1, 'x') + "\n";
}

void TestCsvByteReader::shouldLeaveOtherShapesToCsvReader()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(readWithByteReader(bytes), QStringList());
}

void TestCsvByteReader::shouldMatchCsvReaderWhereverABlockEnds()
{
    // The reader takes 512 KiB at a time: a tricky record placed so that a block ends on each
    // of its bytes in turn (in a quote pair, between CR and LF, inside a UTF-8 sequence).
    const QByteArray tricky = "\"A \"\"q\"\" \xE2\x82\xAC\",\"l1\r\nl2\"tail,\xF0\x9F\x98\x80\r\nB,2\r\n";
    const QByteArray line = "SUP-1,2026-03-02T08:00:00Z,New\n";
    for (qsizetype shift = 0; shift <= tricky.size(); ++shift) {
        QByteArray bytes = "key,at,status\n";
        const qsizetype fill = 512 * 1024 - bytes.size() - 3 - tricky.size() + shift;
        bytes += line.repeated(fill / line.size());
        bytes += QByteArray(fill % line.size(), 'z') + ",x\n";
        bytes += tricky + line;
        const QStringList fast = readWithByteReader(bytes);
        QVERIFY2(!fast.isEmpty(), qPrintable(QString::number(shift)));
        QCOMPARE(fast, readWithCsvReader(bytes));
    }
}

void TestCsvByteReader::shouldGrowForARecordLongerThanABlock()
{
    const QByteArray bytes = "key,at\nA,\"" + QByteArray(900 * 1024, 'y') + "\"\"\"\nB,1\n";
    const QStringList fast = readWithByteReader(bytes);
    QCOMPARE(fast.size(), 3);
    QCOMPARE(fast, readWithCsvReader(bytes));
}

void TestCsvByteReader::shouldMatchCsvReaderOnRandomText()
{
    QRandomGenerator random(20261205);
    int read = 0;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray bytes = randomCsv(&random, 1 + random.bounded(40));
        const QStringList fast = readWithByteReader(bytes);
        if (fast.isEmpty())
            continue; // a quote never closed: CsvReader's to answer
        ++read;
        QCOMPARE(fast, readWithCsvReader(bytes));
    }
    QVERIFY2(read > 1000, "most random texts are plain UTF-8 CSV");
}

QTEST_GUILESS_MAIN(TestCsvByteReader)
#include "tst_csvbytereader.moc"

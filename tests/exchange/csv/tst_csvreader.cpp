#include "models/exchange/csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using Exchange::CsvReader;
using Exchange::CsvRow;

Q_DECLARE_METATYPE(CsvReader::Encoding)

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/csv/") + QLatin1String(name);
}

/// "line:field|field|..." per record, so a whole file compares in one QCOMPARE.
QStringList readAll(CsvReader *reader)
{
    QStringList out;
    CsvRow row;
    while (reader->next(&row))
        out << QString::number(row.line) + QLatin1Char(':') + row.fields.join(QLatin1Char('|'));
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadSampleFiles_data();
    void shouldReadSampleFiles();
    void shouldRefuseBrokenFiles_data();
    void shouldRefuseBrokenFiles();
    void shouldFindRepeatedHeadersByOccurrence();
    void shouldMatchRandomRecordsAcrossBlockBoundaries();
    void shouldSwitchToWindows1252WhenInvalidUtf8ComesLate();
    void shouldReportMixedEncodingsWithLine();
    void shouldCountBytesRead();
    void shouldReportBinaryDataLaterInTheFileWithLine();
    void shouldDetectDelimiterAfterLeadingBlankLines();
    void shouldHonourExcelSeparatorHint_data();
    void shouldHonourExcelSeparatorHint();
    void shouldSurviveRandomGarbage();
    void shouldRefuseUtf8WithOneInvalidByteEarly();
    void shouldRefuseWindows1252LineFollowedByUtf8Later();
    void shouldReadWindows1252DecidedFromWholeFile();
    void shouldRefuseFieldLongerThanTheCap_data();
    void shouldRefuseFieldLongerThanTheCap();
    void shouldReadFieldSpanningManyBlocksWithRaisedCap();
    void shouldUnquoteAFieldStartingAtABlockBoundary_data();
    void shouldUnquoteAFieldStartingAtABlockBoundary();
};

void TestCsvReader::shouldReadSampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("utf-8, LF, comma")
        << dataFile("basic_lf.csv") << CsvReader::Encoding::Utf8 << QChar(u',')
        << list({"key", "title", "hours"}) << list({"2:A-1|First|1.5", "3:A-2|Second|2"});
    QTest::newRow("BOM, CRLF, semicolon, decimal comma")
        << dataFile("bom_crlf_semicolon.csv") << CsvReader::Encoding::Utf8Bom << QChar(u';')
        << list({"Nyckel", "Rubrik", "Timmar"}) << list({"2:A-1|Första|1,5", "3:A-2|Andra|2"});
    QTest::newRow("embedded newlines and doubled quotes")
        << dataFile("embedded_newlines.csv") << CsvReader::Encoding::Utf8 << QChar(u',')
        << list({"key", "text", "n"}) << list({"2:A|line one\nline two \"quoted\"|1", "4:B|x,y|2", "5:C||3"});
    QTest::newRow("blank lines skipped, lines still counted")
        << dataFile("blank_lines.csv") << CsvReader::Encoding::Utf8 << QChar(u',') << list({"a", "b"})
        << list({"3:1|2", "6:3|4"});
    QTest::newRow("empty trailing columns kept")
        << dataFile("trailing_empty_columns.csv") << CsvReader::Encoding::Utf8 << QChar(u',')
        << list({"a", "b", "c", ""}) << list({"2:1|||", "3:2|x||"});
    QTest::newRow("header only") << dataFile("header_only.csv") << CsvReader::Encoding::Utf8 << QChar(u',')
                                 << list({"a", "b", "c"}) << QStringList();
    QTest::newRow("UTF-16 LE with BOM, tab")
        << dataFile("utf16le_tab.csv") << CsvReader::Encoding::Utf16LE << QChar(u'\t')
        << list({"Namn", "År", "Anteckning"}) << list({"2:Åsa Öberg|2026|tab\tinside"});
    QTest::newRow("UTF-16 BE with BOM, tab")
        << dataFile("utf16be_tab.csv") << CsvReader::Encoding::Utf16BE << QChar(u'\t')
        << list({"Namn", "År", "Anteckning"}) << list({"2:Åsa Öberg|2026|tab\tinside"});
    QTest::newRow("Windows-1252 detected")
        << dataFile("windows1252_semicolon.csv") << CsvReader::Encoding::Windows1252 << QChar(u';')
        << list({"Namn", "Stad", "Belopp"}) << list({"2:Jörgen|Malmö|€ 5", "3:Åsa|Göteborg|“citat”"});
    QTest::newRow("repeated headers, tab")
        << dataFile("repeated_headers_tab.csv") << CsvReader::Encoding::Utf8 << QChar(u'\t')
        << list({"Issue key", "Labels", "Labels", "Comment", "Comment"})
        << list({"2:SUP-1|web|checkout|first|second"});
}

void TestCsvReader::shouldReadSampleFiles()
{
    QFETCH(QString, file);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, rows);

    QFile device(file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(file));
    CsvReader reader(&device, file);
    QVERIFY2(reader.readHeader(), qPrintable(reader.error().toString()));
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(reader.encodingGuessed(), encoding == CsvReader::Encoding::Windows1252);
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.header(), header);
    QCOMPARE(readAll(&reader), rows);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(reader.bytesRead(), device.size());
}

void TestCsvReader::shouldRefuseBrokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("headerOk");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("empty file") << dataFile("empty.csv") << false << qint64(0) << 0
                                << QStringLiteral("empty");
    QTest::newRow("binary file renamed .csv")
        << dataFile("binary_renamed.csv") << false << qint64(0) << 0 << QStringLiteral("not a text CSV");
    QTest::newRow("workbook renamed .csv")
        << dataFile("xlsx_renamed.csv") << false << qint64(0) << 0 << QStringLiteral("Excel workbook");
    QTest::newRow("truncated last line names where the quote opens")
        << dataFile("truncated_last_line.csv") << true << qint64(3) << 2 << QStringLiteral("never closed");
}

void TestCsvReader::shouldRefuseBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, headerOk);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reasonPart);

    QFile device(file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, file);
    QCOMPARE(reader.readHeader(), headerOk);
    if (headerOk) {
        const QStringList rows = readAll(&reader);
        QCOMPARE(rows, list({"2:1|2"}));
    }
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().file, file);
    QCOMPARE(reader.error().line, line);
    QCOMPARE(reader.error().column, column);
    QVERIFY2(reader.error().reason.contains(reasonPart), qPrintable(reader.error().reason));
    CsvRow row;
    QVERIFY(!reader.next(&row));
}

void TestCsvReader::shouldFindRepeatedHeadersByOccurrence()
{
    QFile device(dataFile("repeated_headers_tab.csv"));
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, device.fileName());
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.column(QStringLiteral("issue KEY")), 0);
    QCOMPARE(reader.column(QStringLiteral("Labels")), 1);
    QCOMPARE(reader.column(QStringLiteral("Labels"), 1), 2);
    QCOMPARE(reader.column(QStringLiteral("Labels"), 2), -1);
    QCOMPARE(reader.column(QStringLiteral("Comment"), 1), 4);
    QCOMPARE(reader.column(QStringLiteral("Sprint")), -1);
}

// Random records written the RFC 4180 way must read back exactly, whatever falls on the
// 256 KiB block boundaries (quotes, CRLF pairs, multi-byte characters).
void TestCsvReader::shouldMatchRandomRecordsAcrossBlockBoundaries()
{
    QRandomGenerator random(4242);
    const QString alphabet = QStringLiteral("abcXYZ 019,;\"\n\r\tåäöé€");
    QVector<QStringList> expected;
    QVector<qint64> expectedLines;
    QByteArray file = "id,text,more\r\n";
    qint64 line = 2;
    for (int r = 0; r < 20000; ++r) {
        QStringList fields{QStringLiteral("R%1").arg(r)};
        for (int f = 0; f < 2; ++f) {
            QString text;
            const int length = random.bounded(random.bounded(10) == 0 ? 200 : 20);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(alphabet.size()));
            fields << text;
        }
        QByteArray record;
        qint64 newlines = 0;
        for (int f = 0; f < fields.size(); ++f) {
            QString cell = fields.at(f);
            newlines += cell.count(QLatin1Char('\n'));
            if (cell.contains(QRegularExpression(QStringLiteral("[\",\r\n]"))))
                cell = QLatin1Char('"') + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                       QLatin1Char('"');
            record += (f ? "," : "") + cell.toUtf8();
        }
        // A lone CR inside a quoted cell is data, not a line break: only LF counts as a line.
        file += record + "\r\n";
        expected << fields;
        expectedLines << line;
        line += newlines + 1;
    }
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("random.csv"));
    QVERIFY(reader.readHeader());
    CsvRow row;
    int index = 0;
    while (reader.next(&row)) {
        QVERIFY(index < expected.size());
        QCOMPARE(row.fields, expected.at(index));
        QCOMPARE(row.line, expectedLines.at(index));
        ++index;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(index, expected.size());
}

void TestCsvReader::shouldSwitchToWindows1252WhenInvalidUtf8ComesLate()
{
    QByteArray file = "name,city\n";
    for (int i = 0; i < 40000; ++i)
        file += "Plain ascii name,Somewhere\n";
    file += "J\xf6rgen,Malm\xf6\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("late.csv"));
    QVERIFY(reader.readHeader());
    QStringList rows = readAll(&reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(rows.size(), 40001);
    QCOMPARE(rows.last(), QStringLiteral("40002:Jörgen|Malmö"));
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
}

void TestCsvReader::shouldReportMixedEncodingsWithLine()
{
    QByteArray file = "name,city\nJ\xc3\xb6rgen,Malm\xc3\xb6\n";
    for (int i = 0; i < 40000; ++i)
        file += "Plain ascii name,Somewhere\n";
    file += "J\xf6rgen,Malm\xf6\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("mixed.csv"));
    // Decided from the whole file before the first row is returned.
    QVERIFY(!reader.readHeader());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, qint64(40003));
    QVERIFY(reader.error().reason.contains(QStringLiteral("UTF-8")));
}

void TestCsvReader::shouldCountBytesRead()
{
    QByteArray file = "a,b\n";
    for (int i = 0; i < 100000; ++i)
        file += "1,2\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("progress.csv"));
    QVERIFY(reader.readHeader());
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() < file.size());
    readAll(&reader);
    QCOMPARE(reader.bytesRead(), qint64(file.size()));
}

void TestCsvReader::shouldReportBinaryDataLaterInTheFileWithLine()
{
    QByteArray file = "a,b\n";
    for (int i = 0; i < 30000; ++i)
        file += "text,more text\n";
    file += "x,\x01\x02\x00\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("late-binary.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(readAll(&reader).size(), 30000);
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, qint64(30002));
    QCOMPARE(reader.error().column, 2);
    QVERIFY(reader.error().reason.contains(QStringLiteral("not a text CSV")));
}

void TestCsvReader::shouldDetectDelimiterAfterLeadingBlankLines()
{
    QByteArray file = "\r\n\nNamn;Timmar\nAnna;1,5\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("blank-start.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.delimiter(), QChar(u';'));
    QCOMPARE(reader.header(), list({"Namn", "Timmar"}));
    QCOMPARE(readAll(&reader), list({"4:Anna|1,5"}));
}

void TestCsvReader::shouldHonourExcelSeparatorHint_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("sep=; with CRLF") << QByteArray("sep=;\r\nNamn;Timmar\r\nAnna;1,5\r\n") << QChar(u';')
                                     << list({"Namn", "Timmar"}) << list({"3:Anna|1,5"});
    QTest::newRow("sep=| overrides commas")
        << QByteArray("SEP=|\na,b|c\n1,2|3\n") << QChar(u'|') << list({"a,b", "c"}) << list({"3:1,2|3"});
    QTest::newRow("not a hint: a column named sep")
        << QByteArray("sep=x,y\n1,2\n") << QChar(u',') << list({"sep=x", "y"}) << list({"2:1|2"});
}

void TestCsvReader::shouldHonourExcelSeparatorHint()
{
    QFETCH(QByteArray, text);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, rows);
    QBuffer device(&text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("hint.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.header(), header);
    QCOMPARE(readAll(&reader), rows);
}

// Whatever the bytes, the reader ends (with rows or an error) and never reads past its buffer.
void TestCsvReader::shouldSurviveRandomGarbage()
{
    QRandomGenerator random(7);
    int parsed = 0;
    const QByteArray pieces[] = {"\"", "\"\"", ",",    ";",    "\t",   "\r",           "\n",   "\r\n",
                                 "a",  "\xc3", "\xa4", "\xff", "\xfe", "\xef\xbb\xbf", "x\"y", " "};
    for (int round = 0; round < 300; ++round) {
        QByteArray file;
        const int length = random.bounded(round < 290 ? 64 : 200000);
        for (int i = 0; i < length; ++i)
            file += pieces[random.bounded(int(std::size(pieces)))];
        QBuffer device(&file);
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader reader(&device, QStringLiteral("garbage.csv"));
        if (!reader.readHeader()) {
            QVERIFY(reader.hasError());
            continue;
        }
        CsvRow row;
        qint64 previousLine = 0;
        while (reader.next(&row)) {
            QVERIFY(row.line > previousLine);
            previousLine = row.line;
        }
        if (!reader.hasError()) {
            ++parsed;
            QCOMPARE(reader.bytesRead(), qint64(file.size()));
        }
    }
    QVERIFY(parsed > 50); // most rounds must reach the end, not stop at the header
}

// The case: valid UTF-8, then one invalid byte within the first block. It used to be
// re-read as Windows-1252 ("Kassan hÃ¤nger" stored); now it is refused naming that line.
void TestCsvReader::shouldRefuseUtf8WithOneInvalidByteEarly()
{
    QByteArray file = "number,short_description\nINC1,Kassan h\xc3\xa4nger\n";
    for (int i = 0; i < 100; ++i)
        file += "INC" + QByteArray::number(i + 2) + ",plain\n";
    file += "INC999,Malm\xf6 is Latin-1\n"; // line 103
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("mixed-early.csv"));
    QStringList rows;
    if (reader.readHeader())
        rows = readAll(&reader);
    QVERIFY(rows.isEmpty());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, qint64(103));
    QVERIFY2(reader.error().reason.contains(QStringLiteral("UTF-8")), qPrintable(reader.error().reason));
}

// Windows-1252 first, valid UTF-8 far later: streaming would have switched to Windows-1252 at
// the first byte and turned the later UTF-8 into mojibake.
void TestCsvReader::shouldRefuseWindows1252LineFollowedByUtf8Later()
{
    QByteArray file = "name,city\nJ\xf6rgen,Malm\xf6\n";
    for (int i = 0; i < 40000; ++i)
        file += "Plain ascii name,Somewhere\n";
    file += "Kassan h\xc3\xa4nger,x\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("mixed-late.csv"));
    QStringList rows;
    if (reader.readHeader())
        rows = readAll(&reader);
    QVERIFY(reader.hasError());
    QVERIFY(rows.isEmpty());
    QCOMPARE(reader.error().line, qint64(2));
    QVERIFY(!reader.error().toString().contains(QStringLiteral("\\u00C3")));
}

void TestCsvReader::shouldReadWindows1252DecidedFromWholeFile()
{
    QByteArray file = "name,city\nJ\xf6rgen,Malm\xf6\n";
    for (int i = 0; i < 40000; ++i)
        file += "Plain ascii name,Somewhere\n";
    file += "\xc5sa,G\xe4vle\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("cp1252.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Windows1252);
    const QStringList rows = readAll(&reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
    QCOMPARE(rows.first(), QStringLiteral("2:Jörgen|Malmö"));
    QCOMPARE(rows.last(), QStringLiteral("40003:Åsa|Gävle"));
}

void TestCsvReader::shouldRefuseFieldLongerThanTheCap_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::newRow("quoted field") << true;
    QTest::newRow("unquoted field") << false;
}

void TestCsvReader::shouldRefuseFieldLongerThanTheCap()
{
    QFETCH(bool, quoted);
    const QByteArray huge(int(CsvReader::s_defaultMaxFieldSize) + 10, 'x');
    QByteArray file = "a,b,c\n1,2,3\n4,";
    file += quoted ? "\"" + huge + "\"" : huge;
    file += ",6\n7,8,9\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("huge-field.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(readAll(&reader), list({"2:1|2|3"}));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, qint64(3));
    QCOMPARE(reader.error().column, 2);
    QVERIFY2(reader.error().reason.contains(QStringLiteral("longer than")),
             qPrintable(reader.error().reason));
}

// A field resumed across many 256 KiB blocks keeps doubled quotes, newlines and the lenient tail
// that fall on block boundaries, and the line numbers after it.
void TestCsvReader::shouldReadFieldSpanningManyBlocksWithRaisedCap()
{
    QString expected;
    QByteArray quoted;
    QRandomGenerator random(11);
    while (quoted.size() < 3 * 1024 * 1024) {
        const int pick = random.bounded(20);
        if (pick == 0) {
            quoted += "\"\"";
            expected += QLatin1Char('"');
        } else if (pick == 1) {
            quoted += "\n";
            expected += QLatin1Char('\n');
        } else {
            quoted += 'a' + char(pick);
            expected += QLatin1Char(char('a' + pick));
        }
    }
    const qint64 newlines = expected.count(QLatin1Char('\n'));
    QByteArray file = "a,b\n1,\"" + quoted + "\"tail\n2,3\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("long.csv"));
    reader.setMaxFieldSize(8 * 1024 * 1024);
    QVERIFY(reader.readHeader());
    CsvRow row;
    QVERIFY(reader.next(&row));
    QCOMPARE(row.line, qint64(2));
    QCOMPARE(row.fields.size(), 2);
    QCOMPARE(row.fields.at(1).size(), expected.size() + 4);
    QVERIFY(row.fields.at(1) == expected + QStringLiteral("tail"));
    QVERIFY(reader.next(&row));
    QCOMPARE(row.line, 3 + newlines);
    QCOMPARE(row.fields, QStringList({QStringLiteral("2"), QStringLiteral("3")}));
    QVERIFY(!reader.next(&row));
    QVERIFY(!reader.hasError());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

void TestCsvReader::shouldUnquoteAFieldStartingAtABlockBoundary_data()
{
    // Where the quoted field opens relative to the 256 KiB read block (the reader reads in blocks).
    QTest::addColumn<int>("shift");
    for (int shift : {-2, -1, 0, 1, 2})
        QTest::newRow(qPrintable(
            QStringLiteral("boundary %1%2").arg(shift >= 0 ? QStringLiteral("+") : QString()).arg(shift)))
            << shift;
}

void TestCsvReader::shouldUnquoteAFieldStartingAtABlockBoundary()
{
    QFETCH(int, shift);
    const int block = 256 * 1024;
    const QByteArray header = "a,b\n";
    // The quoted field of the first row opens at block + shift: header + the first field + its comma.
    const int firstField = block + shift - header.size() - 1;
    QByteArray file =
        header + QByteArray(firstField, 'x') + ",\"quoted, with \"\"comma\"\"\",tail\n" + "next,\"row\"\n";
    QBuffer device(&file);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, QStringLiteral("boundary.csv"));
    QVERIFY(reader.readHeader());
    CsvRow row;
    QVERIFY2(reader.next(&row), qPrintable(reader.error().toString()));
    QCOMPARE(row.fields.size(), 3);
    QCOMPARE(row.fields.at(0).size(), firstField);
    QCOMPARE(row.fields.at(1), QStringLiteral("quoted, with \"comma\""));
    QCOMPARE(row.fields.at(2), QStringLiteral("tail"));
    QVERIFY(reader.next(&row));
    QCOMPARE(row.fields, (QStringList{QStringLiteral("next"), QStringLiteral("row")}));
    QVERIFY(!reader.next(&row));
    QVERIFY(!reader.hasError());
}

#include "models/exchange/export/xlsxtablewriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Exchange::ExportColumn;
using Exchange::ExportTable;
using Exchange::XlsxTableWriter;

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is needed to look inside the workbook");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("export.xlsx"));
        QString error;
        QVERIFY2(XlsxTableWriter::write({tickets(), worklogs()}, m_path, &error), qPrintable(error));
    }

    void shouldWriteOneSheetPerTable()
    {
        const QByteArray book = member(QStringLiteral("xl/workbook.xml"));
        QVERIFY(book.contains("name=\"tickets\""));
        QVERIFY(book.contains("name=\"worklogs\""));
    }

    void shouldFreezeTheHeaderRowAndMakeItBold()
    {
        const QByteArray sheet = member(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(member(QStringLiteral("xl/styles.xml")).contains("<b/>"));
    }

    void shouldSetColumnWidthsFromTheColumns()
    {
        const QByteArray sheet = member(QStringLiteral("xl/worksheets/sheet1.xml"));
        // Title column: width 40 (+ Excel's padding), custom.
        QVERIFY(sheet.contains("<col min=\"2\" max=\"2\" width=\"40.7109375\" customWidth=\"1\"/>"));
    }

    void shouldWriteDatesAsExcelSerialsInTheZonesWallTime()
    {
        const QByteArray sheet = member(QStringLiteral("xl/worksheets/sheet1.xml"));
        // 2026-03-09 10:00 Stockholm (09:00 UTC) is serial 46090 + 10/24.
        const qint64 day = QDate(1899, 12, 30).daysTo(QDate(2026, 3, 9));
        QCOMPARE(day, 46090);
        QVERIFY2(sheet.contains("<v>46090.41666666666"), sheet.constData());
        QVERIFY(member(QStringLiteral("xl/styles.xml")).contains("formatCode=\"yyyy-mm-dd hh:mm\""));
        const QByteArray worklogSheet = member(QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(worklogSheet.contains("<v>46090</v>"));
    }

    void shouldKeepTextAsTextAndNumbersAsNumbers()
    {
        // Constant-memory mode: text is written in the cells (inline strings), never evaluated.
        const QByteArray strings = member(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(strings.contains("t=\"inlineStr\"><is><t>=HYPERLINK(\"x\")</t>"), strings.constData());
        QVERIFY(strings.contains("Åtgärd"));
        const QByteArray sheet = member(QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(sheet.contains("<v>1.5</v>"));
    }

    void shouldLeaveAnExistingFileWhenTheFolderIsMissing()
    {
        QString error;
        QVERIFY(
            !XlsxTableWriter::write({tickets()}, m_dir.filePath(QStringLiteral("no/such/x.xlsx")), &error));
        QVERIFY(error.contains(QStringLiteral("x.xlsx")));
    }

    void shouldWriteEveryRowOfALargeSheetInOrder()
    {
        // Rows written one at a time as they are read (constant memory): each one is in the sheet.
        ExportTable table = worklogs();
        table.rows.clear();
        for (int i = 0; i < 20001; ++i)
            table.rows.append({QDate(2026, 1, 1).addDays(i % 365), 0.25 * i});
        const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
        QString error;
        QVERIFY2(XlsxTableWriter::write({table}, path, &error), qPrintable(error));
        const QByteArray sheet = member(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(sheet.count("<row "), 20002);
        QVERIFY(sheet.contains("<row r=\"20002\""));
        QVERIFY(sheet.contains("<v>4999.75</v>") && sheet.contains("<v>5000</v>")); // the last rows' hours
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:B20002\"/>"));
    }

    void shouldLeaveNothingWhenAStreamIsNotCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.xlsx"));
        {
            Exchange::XlsxTableStream stream(path);
            QString error;
            const ExportTable table = tickets();
            QVERIFY(stream.beginTable(table.name, table.columns, &error));
            for (int i = 0; i < 5000; ++i)
                QVERIFY(stream.addRow(table.rows.at(i % 2), &error));
            QVERIFY(stream.endTable(&error));
        } // destroyed, as a cancelled export is, without commit()
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void shouldMakeValidUniqueSheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("tickets") << QStringList() << QStringLiteral("tickets");
        QTest::newRow("forbidden characters")
            << QStringLiteral("a/b:c[d]*?\\") << QStringList() << QStringLiteral("a_b_c_d____");
        QTest::newRow("too long") << QString(40, QLatin1Char('x')) << QStringList()
                                  << QString(31, QLatin1Char('x'));
        QTest::newRow("taken, case-insensitive")
            << QStringLiteral("SLA") << QStringList{QStringLiteral("sla")} << QStringLiteral("SLA (2)");
        QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("Sheet");
    }
    void shouldMakeValidUniqueSheetNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(XlsxTableWriter::sheetName(name, taken), expected);
    }

private:
    QByteArray member(const QString &name) const { return member(m_path, name); }
    static QByteArray member(const QString &path, const QString &name)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        unzip.waitForFinished();
        return unzip.readAllStandardOutput();
    }

    static ExportTable tickets()
    {
        ExportTable table;
        table.name = QStringLiteral("tickets");
        table.columns = {{QStringLiteral("Key"), ExportColumn::Type::Text, 10},
                         {QStringLiteral("Title"), ExportColumn::Type::Text, 40},
                         {QStringLiteral("Created"), ExportColumn::Type::DateTime, 17}};
        table.rows = {{QStringLiteral("SUP-1"), QStringLiteral("=HYPERLINK(\"x\")"),
                       QDateTime::fromSecsSinceEpoch(1773046800, QTimeZone("Europe/Stockholm"))},
                      {QStringLiteral("SUP-2"), QStringLiteral("Åtgärd"), QVariant()}};
        return table;
    }

    static ExportTable worklogs()
    {
        ExportTable table;
        table.name = QStringLiteral("worklogs");
        table.columns = {{QStringLiteral("Date"), ExportColumn::Type::Date, 11},
                         {QStringLiteral("Hours"), ExportColumn::Type::Decimal, 7}};
        table.rows = {{QDate(2026, 3, 9), 1.5}};
        return table;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "tst_xlsxtablewriter.moc"

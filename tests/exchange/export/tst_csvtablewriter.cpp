#include "models/exchange/csv/csvreader.h"
#include "models/exchange/export/csvtablewriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Exchange::CsvDialect;
using Exchange::CsvTableWriter;
using Exchange::ExportColumn;
using Exchange::ExportTable;

class TestCsvTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldNeutraliseFormulaStarts_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+46 8 123") << QStringLiteral("'+46 8 123");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
        QTest::newRow("carriage return") << QStringLiteral("\r=cmd") << QStringLiteral("'\r=cmd");
        QTest::newRow("formula later is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("plain") << QStringLiteral("Checkout down") << QStringLiteral("Checkout down");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("leading space then equals") << QStringLiteral(" =x") << QStringLiteral(" =x");
    }
    void shouldNeutraliseFormulaStarts()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvTableWriter::neutralise(cell), expected);
    }

    void shouldQuoteOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote doubled")
            << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("semicolon is not special") << QStringLiteral("a;b") << QStringLiteral("a;b");
    }
    void shouldQuoteOnlyWhenNeeded()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvTableWriter::quote(field), expected);
    }

    void shouldWriteCellsByType_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected");
        const QTimeZone stockholm("Europe/Stockholm");
        QTest::newRow("null is empty") << QVariant() << int(ExportColumn::Type::DateTime) << QString();
        QTest::newRow("negative integer not neutralised")
            << QVariant(qint64(-3)) << int(ExportColumn::Type::Integer) << QStringLiteral("-3");
        QTest::newRow("decimal uses a point")
            << QVariant(1.5) << int(ExportColumn::Type::Decimal) << QStringLiteral("1.5");
        QTest::newRow("decimal two places")
            << QVariant(0.25) << int(ExportColumn::Type::Decimal) << QStringLiteral("0.25");
        QTest::newRow("date iso") << QVariant(QDate(2026, 3, 9)) << int(ExportColumn::Type::Date)
                                  << QStringLiteral("2026-03-09");
        QTest::newRow("winter instant with offset")
            << QVariant(QDateTime::fromSecsSinceEpoch(1773046800, stockholm))
            << int(ExportColumn::Type::DateTime) << QStringLiteral("2026-03-09T10:00:00+01:00");
        QTest::newRow("summer instant with offset")
            << QVariant(QDateTime::fromSecsSinceEpoch(1783587600, stockholm))
            << int(ExportColumn::Type::DateTime) << QStringLiteral("2026-07-09T11:00:00+02:00");
        QTest::newRow("text neutralised") << QVariant(QStringLiteral("=HYPERLINK()"))
                                          << int(ExportColumn::Type::Text) << QStringLiteral("'=HYPERLINK()");
    }
    void shouldWriteCellsByType()
    {
        QFETCH(QVariant, value);
        QFETCH(int, type);
        QFETCH(QString, expected);
        QCOMPARE(CsvTableWriter::cellText(value, ExportColumn::Type(type)), expected);
    }

    // The instants' text is Qt's own ISO text, in every zone and time spec, across offsets of half
    // and three-quarter hours, daylight saving changes, milliseconds (dropped) and the years Qt
    // writes; past them (or invalid) Qt's answer itself.
    void shouldWriteInstantsAsQtDoesInIso()
    {
        const QList<QTimeZone> zones = {QTimeZone("Europe/Stockholm"),
                                        QTimeZone("America/New_York"),
                                        QTimeZone("Asia/Kolkata"),
                                        QTimeZone("Pacific/Chatham"),
                                        QTimeZone("America/St_Johns"),
                                        QTimeZone::utc(),
                                        QTimeZone(-12600),
                                        QTimeZone(50400)};
        QRandomGenerator random(20261206);
        int compared = 0;
        const auto check = [&compared](const QDateTime &value) {
            QCOMPARE(CsvTableWriter::isoDateTime(value), value.toString(Qt::ISODate));
            ++compared;
        };
        for (int i = 0; i < 3000; ++i) {
            // 1900..2100, to the millisecond
            const qint64 ms = -2208988800000LL + qint64(random.bounded(6311433600.0) * 1000.0);
            for (const QTimeZone &zone : zones)
                check(QDateTime::fromMSecsSinceEpoch(ms, zone));
            check(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            check(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime));
            check(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, -9000));
        }
        const QTimeZone stockholm("Europe/Stockholm");
        for (const QDateTime &edge :
             {QDateTime(QDate(2026, 3, 29), QTime(1, 59, 59), Qt::UTC).toTimeZone(stockholm),
              QDateTime(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC).toTimeZone(stockholm),
              QDateTime(QDate(2026, 10, 25), QTime(0, 59, 59), Qt::UTC).toTimeZone(stockholm),
              QDateTime(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC).toTimeZone(stockholm),
              QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
              QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
              QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
              QDateTime(QDate(-5, 1, 1), QTime(0, 0), Qt::UTC), QDateTime()})
            check(edge);
        QCOMPARE(compared, 3000 * 11 + 9);
    }

    void shouldStartWithBomAndEndRowsWithCrlf()
    {
        const QByteArray csv = CsvTableWriter::toCsv(sample());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), QByteArray("Key,Title,Hours\r\n"
                                        "SUP-1,\"Cart, checkout\",1.5\r\n"
                                        "SUP-2,'=cmd|' /C calc'!A0,\r\n"
                                        "SUP-3,\"line one\nline \"\"two\"\"\",-2\r\n"
                                        "SUP-4,Åtgärd för kö,0\r\n"));
    }

    void shouldWriteSemicolonsAndDecimalCommasForSwedish()
    {
        const CsvDialect swedish = CsvDialect::forLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
        QCOMPARE(swedish.separator, QLatin1Char(';'));
        QCOMPARE(swedish.decimalPoint, QLatin1Char(','));
        QVERIFY(CsvDialect::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == CsvDialect());
        QCOMPARE(CsvTableWriter::toCsv(sample(), swedish).mid(3),
                 QByteArray("Key;Title;Hours\r\n"
                            "SUP-1;Cart, checkout;1,5\r\n"
                            "SUP-2;'=cmd|' /C calc'!A0;\r\n"
                            "SUP-3;\"line one\nline \"\"two\"\"\";-2\r\n"
                            "SUP-4;Åtgärd för kö;0\r\n"));
        // An explicit separator: the locale's decimal point unless it is the separator itself.
        const QLocale sv(QLocale::Swedish, QLocale::Sweden);
        QCOMPARE(CsvDialect::fromName(QStringLiteral("comma"), sv)->decimalPoint, QLatin1Char('.'));
        QCOMPARE(CsvDialect::fromName(QStringLiteral("tab"), sv)->separator, QLatin1Char('\t'));
        QCOMPARE(CsvDialect::fromName(QStringLiteral("tab"), sv)->decimalPoint, QLatin1Char(','));
        QCOMPARE(CsvDialect::fromName(QStringLiteral(";"), QLocale(QLocale::English))->decimalPoint,
                 QLatin1Char('.'));
        QVERIFY(!CsvDialect::fromName(QStringLiteral("pipe"), sv));
    }

    void shouldReadBackThroughTheImportReader()
    {
        QByteArray csv = CsvTableWriter::toCsv(sample());
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Exchange::CsvReader reader(&buffer, QStringLiteral("tickets.csv"));
        QVERIFY(reader.readHeader());
        QCOMPARE(reader.header(),
                 (QStringList{QStringLiteral("Key"), QStringLiteral("Title"), QStringLiteral("Hours")}));
        QStringList titles;
        Exchange::CsvRow row;
        while (reader.next(&row))
            titles.append(row.fields.value(1));
        QVERIFY(!reader.hasError());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Cart, checkout"), QStringLiteral("'=cmd|' /C calc'!A0"),
                              QStringLiteral("line one\nline \"two\""), QStringLiteral("Åtgärd för kö")}));
    }

    void shouldWriteHeaderOnlyForAnEmptyTable()
    {
        ExportTable table = sample();
        table.rows.clear();
        QCOMPARE(CsvTableWriter::toCsv(table), QByteArray("\xEF\xBB\xBFKey,Title,Hours\r\n"));
    }

    void shouldWriteTheFileAndReportAnUnwritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tickets.csv"));
        QString error;
        QVERIFY2(CsvTableWriter::write(sample(), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CsvTableWriter::toCsv(sample()));
        QVERIFY(
            !CsvTableWriter::write(sample(), dir.filePath(QStringLiteral("missing/tickets.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void shouldStreamTheSameBytesAsAWholeTable_data()
    {
        // Rows of about 60 bytes: the stream hands 64 KiB blocks to the file, so 1,000 and 1,200 rows
        // cross one block boundary; 1,093 rows end just past it.
        QTest::addColumn<int>("rows");
        for (const int rows : {0, 1, 2, 1000, 1093, 1200, 5000})
            QTest::newRow(qPrintable(QString::number(rows))) << rows;
    }
    void shouldStreamTheSameBytesAsAWholeTable()
    {
        QFETCH(int, rows);
        ExportTable first;
        first.name = QStringLiteral("tickets");
        first.columns = {{QStringLiteral("Key"), ExportColumn::Type::Text, 10},
                         {QStringLiteral("Title"), ExportColumn::Type::Text, 40},
                         {QStringLiteral("Hours"), ExportColumn::Type::Decimal, 7}};
        for (int i = 0; i < rows; ++i)
            first.rows.append({QStringLiteral("SUP-%1").arg(i),
                               QStringLiteral("Kassan, \"steg\" %1 fungerar inte").arg(i), 0.25 * i});
        ExportTable second = first;
        second.name = QStringLiteral("again");
        second.rows = second.rows.mid(0, 3);
        QTemporaryDir dir;
        const QStringList files = {dir.filePath(QStringLiteral("a.csv")),
                                   dir.filePath(QStringLiteral("b.csv"))};
        const CsvDialect swedish{QLatin1Char(';'), QLatin1Char(',')};
        QString error;
        Exchange::CsvTableStream stream(files, swedish);
        QVERIFY2(stream.writeAll({first, second}, &error), qPrintable(error));
        const auto content = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
        };
        QCOMPARE(content(files.at(0)), CsvTableWriter::toCsv(first, swedish));
        QCOMPARE(content(files.at(1)), CsvTableWriter::toCsv(second, swedish));
    }

    void shouldLeaveTheFilesAsTheyWereWhenAStreamIsNotCommitted()
    {
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile file(kept);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before\n");
        }
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        {
            Exchange::CsvTableStream stream({kept, fresh});
            QString error;
            for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
                QVERIFY(
                    stream.beginTable(name, {{QStringLiteral("Key"), ExportColumn::Type::Text, 10}}, &error));
                for (int i = 0; i < 20000; ++i) // past a block: some of it is on disk already
                    QVERIFY(stream.addRow({QStringLiteral("SUP-%1").arg(i)}, &error));
                QVERIFY(stream.endTable(&error));
            }
        } // destroyed, as a cancelled export is, without commit()
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("before\n"));
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kept.csv")});
    }

private:
    static ExportTable sample()
    {
        ExportTable table;
        table.name = QStringLiteral("tickets");
        table.columns = {{QStringLiteral("Key"), ExportColumn::Type::Text, 10},
                         {QStringLiteral("Title"), ExportColumn::Type::Text, 30},
                         {QStringLiteral("Hours"), ExportColumn::Type::Decimal, 8}};
        table.rows = {{QStringLiteral("SUP-1"), QStringLiteral("Cart, checkout"), 1.5},
                      {QStringLiteral("SUP-2"), QStringLiteral("=cmd|' /C calc'!A0"), QVariant()},
                      {QStringLiteral("SUP-3"), QStringLiteral("line one\nline \"two\""), -2.0},
                      {QStringLiteral("SUP-4"), QStringLiteral("Åtgärd för kö"), 0.0}};
        return table;
    }
};

QTEST_GUILESS_MAIN(TestCsvTableWriter)
#include "tst_csvtablewriter.moc"

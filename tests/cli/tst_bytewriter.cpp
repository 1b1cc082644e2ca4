// ByteWriter writes CSV and JSON text by hand for commands that print a million rows: what it
// writes must be byte for byte what QJsonDocument, QDateTime and the quoting of the commands
// wrote before, for every character, number and instant a ticket or worklog can hold.
#include "app/bytewriter.h"
#include "tests/cli/oldcsvcell.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using App::ByteWriter;

namespace {

/// What QJsonDocument writes for `value` as an array's only element.
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// What `write` writes through a ByteWriter on a stream over a string.
template<typename Write> QByteArray written(Write write)
{
    QString text;
    {
        QTextStream stream(&text);
        ByteWriter writer(stream);
        write(writer);
    }
    return text.toUtf8();
}

} // namespace

class TestByteWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldEscapeEveryCharacterAsQJsonDocument()
    {
        // Every code unit of the basic plane alone, lone surrogates included, then in a text.
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            const QString text = QString(QChar(char16_t(c)));
            const QByteArray ours = written([&](ByteWriter &w) { w.appendJsonString(text); });
            // A lone surrogate cannot pass through a stream on a string: compare on a device.
            QByteArray direct;
            {
                QBuffer buffer(&direct);
                buffer.open(QIODevice::WriteOnly);
                QTextStream deviceStream(&buffer);
                ByteWriter w(deviceStream);
                w.appendJsonString(QStringLiteral("a") + text + QStringLiteral("b"));
            }
            QCOMPARE(direct, qtJson(QStringLiteral("a") + text + QStringLiteral("b")));
            if (c < 0xD800 || c >= 0xE000)
                QCOMPARE(ours, qtJson(text));
        }
        // Characters beyond the basic plane (surrogate pairs), mixed texts, the empty text.
        const QStringList texts = {QString(), QStringLiteral(""),
                                   QString::fromUtf8("Kassan \xF0\x9F\x9B\x92 fungerar inte"),
                                   QStringLiteral("a \"quoted\" \\path\\ \n\t\r\b\f\x01 end"),
                                   QString::fromUtf8("Åsa Öberg, ÄÖ-teamet")};
        for (const QString &text : texts)
            QCOMPARE(written([&](ByteWriter &w) { w.appendJsonString(text); }), qtJson(text));
    }

    void shouldWriteNumbersAsQJsonDocument()
    {
        const QList<qint64> values = {
            0,       1,        59,        3600,       86399,        99999,         100000,    999999, 1000000,
            1234567, 31536000, 315360000, 1000000000, 4102444800LL, 99999999999LL, 1LL << 53, -1,     -86400};
        for (const qint64 value : values) {
            QCOMPARE(written([&](ByteWriter &w) { w.appendJsonDouble(double(value)); }),
                     qtJson(QJsonValue(double(value))));
            QCOMPARE(written([&](ByteWriter &w) { w.appendNumber(value); }), qtJson(QJsonValue(value)));
        }
        for (const double value : {0.5, -0.0, 1e21, 123.456, 1.0 / 3, 9007199254740993.0 * 4})
            QCOMPARE(written([&](ByteWriter &w) { w.appendJsonDouble(value); }), qtJson(QJsonValue(value)));
    }

    void shouldWriteInstantsAsQDateTime_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before the epoch") << qint64(-1);
        QTest::newRow("a day before") << qint64(-86400);
        QTest::newRow("leap day 2024")
            << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("1 March 2100")
            << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("year 9999 end")
            << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("year 0") << QDateTime(QDate(0, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("year -5") << QDateTime(QDate(-5, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }

    void shouldWriteInstantsAsQDateTime()
    {
        QFETCH(qint64, seconds);
        const auto qt = [](qint64 s) {
            return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toUtf8();
        };
        QCOMPARE(written([&](ByteWriter &w) { w.appendIsoInstant(seconds); }), qt(seconds));
        // And a spread of instants around it: every hour of two days, seconds of the hour.
        for (qint64 s = seconds - 86400; s < seconds + 86400; s += 3599)
            QCOMPARE(written([&](ByteWriter &w) { w.appendIsoInstant(s); }), qt(s));
    }

    void shouldWriteRandomInstantsAsQDateTime()
    {
        QRandomGenerator random(13); // reproducible
        for (int i = 0; i < 200000; ++i) {
            const qint64 s = qint64(random.bounded(Q_INT64_C(8000000000))) - Q_INT64_C(2000000000);
            QCOMPARE(written([&](ByteWriter &w) { w.appendIsoInstant(s); }),
                     QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toUtf8());
        }
        QCOMPARE(written([&](ByteWriter &w) { w.appendIsoInstant(std::optional<qint64>()); }), QByteArray());
    }

    void shouldQuoteCsvCellsAsBefore()
    {
        const QStringList texts = {QString(),
                                   QStringLiteral("plain"),
                                   QStringLiteral("a,b"),
                                   QStringLiteral("say \"hi\""),
                                   QStringLiteral("two\nlines"),
                                   QStringLiteral("semi;colon"),
                                   QString::fromUtf8("Åsa, \xF0\x9F\x9B\x92")};
        for (const QString &text : texts)
            QCOMPARE(written([&](ByteWriter &w) { w.appendCsvCell(text); }),
                     CliTest::oldCsvCell(text).toUtf8());
        // Another separator quotes on itself, not on a comma.
        QCOMPARE(written([&](ByteWriter &w) { w.appendCsvCell(u"a;b", QLatin1Char(';')); }),
                 QByteArray("\"a;b\""));
        QCOMPARE(written([&](ByteWriter &w) { w.appendCsvCell(u"a,b", QLatin1Char(';')); }),
                 QByteArray("a,b"));
    }

    void shouldKeepOrderWithTheStreamAcrossBlocks()
    {
        // Text the stream had before, then more than a block of rows, on a device and on a string.
        QByteArray expected("heading\n");
        for (int i = 0; i < 20000; ++i)
            expected += "row " + QByteArray::number(i) + '\n';
        const auto write = [](QTextStream &stream) {
            stream << "heading\n";
            ByteWriter w(stream);
            for (int i = 0; i < 20000; ++i) {
                w << "row ";
                w.appendNumber(i);
                w << '\n';
                w.rowDone();
            }
        };
        QByteArray onDevice;
        {
            QBuffer buffer(&onDevice);
            buffer.open(QIODevice::WriteOnly);
            QTextStream stream(&buffer);
            write(stream);
            stream.flush();
        }
        QCOMPARE(onDevice, expected);
        QString onString;
        {
            QTextStream stream(&onString);
            write(stream);
        }
        QCOMPARE(onString.toUtf8(), expected);
    }
};

QTEST_GUILESS_MAIN(TestByteWriter)
#include "tst_bytewriter.moc"

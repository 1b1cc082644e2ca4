#include "models/exchange/isoinstant.h"

#include <QTest>

#include <optional>

using Exchange::formatIsoInstantUtc;
using Exchange::parseIsoInstant;
using Exchange::parseIsoInstantUtf8;

class TestIsoInstant : public QObject
{
    Q_OBJECT
private slots:
    void shouldParseInstantsWithAnOffset_data();
    void shouldParseInstantsWithAnOffset();
    void shouldRefuseTextThatIsNotAnInstant_data();
    void shouldRefuseTextThatIsNotAnInstant();
    void shouldFormatUtcWithZ_data();
    void shouldFormatUtcWithZ();
    void shouldAgreeWithQDateOnEveryCalendarDay();
    void shouldReadAndWriteTheDayOfTheInstantBeforeAlike();
};

void TestIsoInstant::shouldParseInstantsWithAnOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epoch");
    QTest::newRow("Z") << QStringLiteral("2026-03-30T13:00:00Z") << qint64(1774875600);
    QTest::newRow("plus one hour") << QStringLiteral("2026-03-27T16:00:00+01:00") << qint64(1774623600);
    QTest::newRow("plus two hours, same instant as Z")
        << QStringLiteral("2026-03-30T15:00:00+02:00") << qint64(1774875600);
    QTest::newRow("minus five hours") << QStringLiteral("2026-03-30T08:00:00-05:00") << qint64(1774875600);
    QTest::newRow("offset without colon") << QStringLiteral("2026-03-30T15:00:00+0200") << qint64(1774875600);
    QTest::newRow("offset hours only") << QStringLiteral("2026-03-30T15:00:00+02") << qint64(1774875600);
    QTest::newRow("half-hour offset") << QStringLiteral("2026-03-30T18:30:00+05:30") << qint64(1774875600);
    QTest::newRow("fraction truncated") << QStringLiteral("2026-03-30T13:00:00.999Z") << qint64(1774875600);
    QTest::newRow("no seconds") << QStringLiteral("2026-03-30T13:00Z") << qint64(1774875600);
    QTest::newRow("space instead of T") << QStringLiteral("2026-03-30 13:00:00Z") << qint64(1774875600);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << qint64(1835395200);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59Z") << qint64(-1);
    QTest::newRow("surrounding blanks") << QStringLiteral("  2026-03-30T13:00:00Z \n") << qint64(1774875600);
}

void TestIsoInstant::shouldParseInstantsWithAnOffset()
{
    QFETCH(QString, text);
    QFETCH(qint64, epoch);
    const std::optional<qint64> parsed = parseIsoInstant(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, epoch);
    QCOMPARE(parseIsoInstantUtf8(text.toUtf8()), parsed);
}

void TestIsoInstant::shouldRefuseTextThatIsNotAnInstant_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no offset") << QStringLiteral("2026-03-30T13:00:00");
    QTest::newRow("date only") << QStringLiteral("2026-03-30");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T00:00:00Z");
    QTest::newRow("29 February of a common year") << QStringLiteral("2026-02-29T00:00:00Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-03-30T24:00:00Z");
    QTest::newRow("leap second") << QStringLiteral("2026-03-30T23:59:60Z");
    QTest::newRow("offset minutes 60") << QStringLiteral("2026-03-30T13:00:00+01:60");
    QTest::newRow("trailing text") << QStringLiteral("2026-03-30T13:00:00Z please");
    QTest::newRow("words") << QStringLiteral("yesterday");
}

void TestIsoInstant::shouldRefuseTextThatIsNotAnInstant()
{
    QFETCH(QString, text);
    QVERIFY(!parseIsoInstant(text).has_value());
    QVERIFY(!parseIsoInstantUtf8(text.toUtf8()).has_value());
}

void TestIsoInstant::shouldFormatUtcWithZ_data()
{
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<QString>("text");
    QTest::newRow("issue example") << qint64(1774875600) << QStringLiteral("2026-03-30T13:00:00Z");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("second before epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("leap day") << qint64(1835395200 + 3661) << QStringLiteral("2028-02-29T01:01:01Z");
}

void TestIsoInstant::shouldFormatUtcWithZ()
{
    QFETCH(qint64, epoch);
    QFETCH(QString, text);
    QCOMPARE(formatIsoInstantUtc(epoch), text);
    QCOMPARE(parseIsoInstant(text), std::optional<qint64>(epoch));
}

void TestIsoInstant::shouldAgreeWithQDateOnEveryCalendarDay()
{
    // Dates are computed by hand (days from the civil date and back), not through QDate: every
    // day from year 1 to 9999 (every 3rd day outside 1890–2110) must say what QDate says.
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    const qint64 first = QDate(1, 1, 1).toJulianDay();
    const qint64 last = QDate(9999, 12, 31).toJulianDay();
    const qint64 denseFrom = QDate(1890, 1, 1).toJulianDay();
    const qint64 denseTo = QDate(2110, 12, 31).toJulianDay();
    int checked = 0;
    for (qint64 jd = first; jd <= last; jd += (jd >= denseFrom && jd <= denseTo) ? 1 : 3) {
        const QDate date = QDate::fromJulianDay(jd);
        const qint64 epoch = (jd - epochDay) * 86400 + 13 * 3600 + 5;
        const QString text = date.toString(Qt::ISODate) + QStringLiteral("T13:00:05Z");
        if (formatIsoInstantUtc(epoch) != text || parseIsoInstant(text) != std::optional<qint64>(epoch) ||
            parseIsoInstantUtf8(text.toLatin1()) != std::optional<qint64>(epoch)) {
            QCOMPARE(formatIsoInstantUtc(epoch), text);
            QCOMPARE(parseIsoInstant(text), std::optional<qint64>(epoch));
            QCOMPARE(parseIsoInstantUtf8(text.toLatin1()), std::optional<qint64>(epoch));
        }
        ++checked;
    }
    QVERIFY(checked > 1000000);
    // Days that do not exist, and year 0 (QDate has none)
    for (const char *text :
         {"2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
          "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "0000-01-01T00:00:00Z"})
        QVERIFY2(!parseIsoInstant(QString::fromLatin1(text)), text);
    QCOMPARE(parseIsoInstant(QStringLiteral("2000-02-29T00:00:00Z")),
             std::optional<qint64>((QDate(2000, 2, 29).toJulianDay() - epochDay) * 86400));
}

void TestIsoInstant::shouldReadAndWriteTheDayOfTheInstantBeforeAlike()
{
    // Both directions keep the day of the instant before: the same day again, a day that does
    // not exist after the one before it, and years outside 1–9999 between two of the same day.
    const qint64 day = *parseIsoInstant(QStringLiteral("2026-02-28T00:00:00Z"));
    QCOMPARE(parseIsoInstantUtf8("2026-02-28T10:00:00Z"), std::optional<qint64>(day + 36000));
    QCOMPARE(parseIsoInstantUtf8("2026-02-28T11:00:00Z"), std::optional<qint64>(day + 39600));
    QVERIFY(!parseIsoInstantUtf8("2026-02-29T11:00:00Z"));
    QVERIFY(!parseIsoInstantUtf8("2026-02-29T11:00:00Z"));
    QCOMPARE(parseIsoInstantUtf8("2026-02-28T12:00:00+01:00"), std::optional<qint64>(day + 39600));
    QCOMPARE(formatIsoInstantUtc(day + 1), QStringLiteral("2026-02-28T00:00:01Z"));
    QCOMPARE(formatIsoInstantUtc(day + 86399), QStringLiteral("2026-02-28T23:59:59Z"));
    const qint64 year10000 = *parseIsoInstant(QStringLiteral("9999-12-31T23:59:59Z")) + 1;
    QCOMPARE(formatIsoInstantUtc(year10000), QStringLiteral("10000-01-01T00:00:00Z"));
    QCOMPARE(formatIsoInstantUtc(day + 86399), QStringLiteral("2026-02-28T23:59:59Z"));
    QCOMPARE(formatIsoInstantUtc(year10000 + 1), QStringLiteral("10000-01-01T00:00:01Z"));
    QCOMPARE(formatIsoInstantUtc(year10000 - 1), QStringLiteral("9999-12-31T23:59:59Z"));
}

QTEST_GUILESS_MAIN(TestIsoInstant)
#include "tst_isoinstant.moc"

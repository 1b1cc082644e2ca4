#include "models/exchange/csv/numberparser.h"

#include <QTest>

using Exchange::NumberParser;

Q_DECLARE_METATYPE(NumberParser::DurationUnit)

class TestNumberParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseDecimals_data();
    void shouldParseDecimals();
    void shouldParseDurations_data();
    void shouldParseDurations();
    void shouldTreatEmptyAndQuestionMarkAsMissing();
    void shouldParseIntegersOnly();
    void shouldCallHugeDurationsTooLargeNotNegative_data();
    void shouldCallHugeDurationsTooLargeNotNegative();
    void shouldGiveTheExactValueBeforeRounding();
};

void TestNumberParser::shouldParseDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("decimal comma") << QStringLiteral("1,5") << true << 1.5;
    QTest::newRow("decimal point") << QStringLiteral("1.5") << true << 1.5;
    QTest::newRow("negative") << QStringLiteral("-2,25") << true << -2.25;
    QTest::newRow("unicode minus") << QStringLiteral("\u22120,5") << true << -0.5;
    QTest::newRow("Swedish grouping space") << QStringLiteral("1\u00a0234,5") << true << 1234.5;
    QTest::newRow("European grouping") << QStringLiteral("1.234,5") << true << 1234.5;
    QTest::newRow("English grouping") << QStringLiteral("1,234.5") << true << 1234.5;
    QTest::newRow("several commas group") << QStringLiteral("1,234,567") << true << 1234567.0;
    QTest::newRow("whole") << QStringLiteral(" 42 ") << true << 42.0;
    QTest::newRow("leading point") << QStringLiteral(".5") << true << 0.5;
    QTest::newRow("letters") << QStringLiteral("1.5h") << false << 0.0;
    QTest::newRow("two decimals") << QStringLiteral("1,5,") << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("sign only") << QStringLiteral("-") << false << 0.0;
}

void TestNumberParser::shouldParseDecimals()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = 0;
    QCOMPARE(NumberParser::parseDecimal(text, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

void TestNumberParser::shouldParseDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberParser::DurationUnit>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("seconds");
    using U = NumberParser::DurationUnit;

    QTest::newRow("h:mm") << QStringLiteral("1:30") << U::Seconds << true << qint64(5400);
    QTest::newRow("h:mm:ss") << QStringLiteral("10:00:15") << U::Minutes << true << qint64(36015);
    QTest::newRow("decimal hours with comma") << QStringLiteral("1,25") << U::Hours << true << qint64(4500);
    QTest::newRow("minutes") << QStringLiteral("90") << U::Minutes << true << qint64(5400);
    QTest::newRow("seconds") << QStringLiteral("3600") << U::Seconds << true << qint64(3600);
    QTest::newRow("Jira units") << QStringLiteral("1h 30m") << U::Seconds << true << qint64(5400);
    QTest::newRow("Jira minutes only") << QStringLiteral("45m") << U::Hours << true << qint64(2700);
    QTest::newRow("negative h:mm") << QStringLiteral("-0:30") << U::Hours << true << qint64(-1800);
    QTest::newRow("minutes over 59") << QStringLiteral("1:75") << U::Hours << false << qint64(0);
    QTest::newRow("one-digit minutes") << QStringLiteral("1:5") << U::Hours << false << qint64(0);
    QTest::newRow("unknown unit") << QStringLiteral("2d") << U::Hours << false << qint64(0);
    QTest::newRow("text") << QStringLiteral("soon") << U::Hours << false << qint64(0);
    QTest::newRow("empty") << QString() << U::Hours << false << qint64(0);
    QTest::newRow("spreadsheet [hh]:mm") << QStringLiteral("[25]:30") << U::Seconds << true << qint64(91800);
    QTest::newRow("hours past 2^32 minutes")
        << QStringLiteral("75000") << U::Hours << true << qint64(270000000);
}

void TestNumberParser::shouldParseDurations()
{
    QFETCH(QString, text);
    QFETCH(NumberParser::DurationUnit, unit);
    QFETCH(bool, ok);
    QFETCH(qint64, seconds);
    qint64 parsed = 0;
    QCOMPARE(NumberParser::parseDuration(text, unit, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, seconds);
}

void TestNumberParser::shouldTreatEmptyAndQuestionMarkAsMissing()
{
    QVERIFY(NumberParser::isMissing(u""));
    QVERIFY(NumberParser::isMissing(u"  "));
    QVERIFY(NumberParser::isMissing(u"?"));
    QVERIFY(!NumberParser::isMissing(u"0"));
    QVERIFY(!NumberParser::isMissing(u"??"));
}

void TestNumberParser::shouldParseIntegersOnly()
{
    qint64 value = 0;
    QVERIFY(NumberParser::parseInteger(u"12", &value));
    QCOMPARE(value, qint64(12));
    QVERIFY(NumberParser::parseInteger(u"-7", &value));
    QCOMPARE(value, qint64(-7));
    QVERIFY(!NumberParser::parseInteger(u"1,5", &value));
    QVERIFY(!NumberParser::parseInteger(u"1.0", &value));
    QVERIFY(!NumberParser::parseInteger(u"x", &value));
}

void TestNumberParser::shouldCallHugeDurationsTooLargeNotNegative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberParser::DurationUnit>("unit");
    using U = NumberParser::DurationUnit;
    // Issue 14: 20-digit hours overflowed llround and were refused as "Negative duration".
    QTest::newRow("20-digit hours") << QStringLiteral("12345678901234567890") << U::Hours;
    QTest::newRow("20-digit h:mm") << QStringLiteral("12345678901234567890:15") << U::Hours;
    QTest::newRow("400 digits") << QString(400, QLatin1Char('9')) << U::Seconds;
    QTest::newRow("just past the limit") << QStringLiteral("100000000001") << U::Seconds;
}

void TestNumberParser::shouldCallHugeDurationsTooLargeNotNegative()
{
    QFETCH(QString, text);
    QFETCH(NumberParser::DurationUnit, unit);
    qint64 seconds = 0;
    QCOMPARE(NumberParser::readDuration(text, unit, &seconds), NumberParser::DurationResult::TooLarge);
    QVERIFY(!NumberParser::parseDuration(text, unit, &seconds));
    QCOMPARE(NumberParser::readDuration(u"100000000000", NumberParser::DurationUnit::Seconds, &seconds),
             NumberParser::DurationResult::Ok);
    QCOMPARE(seconds, NumberParser::s_maxDurationSeconds);
}

void TestNumberParser::shouldGiveTheExactValueBeforeRounding()
{
    qint64 seconds = 0;
    double exact = 0;
    QCOMPARE(NumberParser::readDuration(u"0,0001", NumberParser::DurationUnit::Hours, &seconds, &exact),
             NumberParser::DurationResult::Ok);
    QCOMPARE(seconds, qint64(0));
    QVERIFY(qAbs(exact - 0.36) < 1e-9);
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"

#include "models/exchange/csv/datetimeparser.h"

#include <QDateTime>
#include <QTest>

using Exchange::DateTimeParser;

Q_DECLARE_METATYPE(DateTimeParser::Format)
Q_DECLARE_METATYPE(DateTimeParser::Result)

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestDateTimeParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadJiraMonthsInFiveLanguages_data();
    void shouldReadJiraMonthsInFiveLanguages();
    void shouldParseExportInstants_data();
    void shouldParseExportInstants();
    void shouldRefuseMalformedValues_data();
    void shouldRefuseMalformedValues();
    void shouldAgreeWithQDateTimeAcrossDaylightSavingYear();
    void shouldResolveDaylightSavingEdgesDeterministically();
    void shouldReadWorkDatesIgnoringTime();
    void shouldRecogniseMonthNames_data();
    void shouldRecogniseMonthNames();
    void shouldRoundTripFormatIds();
};

void TestDateTimeParser::shouldParseExportInstants_data()
{
    QTest::addColumn<DateTimeParser::Format>("format");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    using F = DateTimeParser::Format;
    const QString utcZone = QStringLiteral("UTC");
    const QString sthlm = QStringLiteral("Europe/Stockholm");

    QTest::newRow("ISO with Z") << F::Iso8601 << sthlm << QStringLiteral("2026-03-12T09:15:00Z")
                                << utc(2026, 3, 12, 9, 15);
    QTest::newRow("ISO with offset ignores zone")
        << F::Iso8601 << sthlm << QStringLiteral("2026-03-12T09:15:00+05:30") << utc(2026, 3, 12, 3, 45);
    QTest::newRow("ISO compact offset and fraction")
        << F::Iso8601 << utcZone << QStringLiteral("2026-03-12T09:15:07.123-0200")
        << utc(2026, 3, 12, 11, 15, 7);
    QTest::newRow("ISO without offset is local winter time")
        << F::Iso8601 << sthlm << QStringLiteral("2026-01-15 10:00") << utc(2026, 1, 15, 9, 0);
    QTest::newRow("ISO without offset is local summer time")
        << F::Iso8601 << sthlm << QStringLiteral("2026-07-15 10:00:30") << utc(2026, 7, 15, 8, 0, 30);
    QTest::newRow("date alone is local midnight")
        << F::Iso8601 << sthlm << QStringLiteral("2026-07-15") << utc(2026, 7, 14, 22, 0);
    QTest::newRow("ServiceNow day-first")
        << F::DayMonthYear << utcZone << QStringLiteral("29-02-2016 01:16") << utc(2016, 2, 29, 1, 16);
    QTest::newRow("day-first with dots and seconds")
        << F::DayMonthYear << utcZone << QStringLiteral("05.03.2016 12:00:59") << utc(2016, 3, 5, 12, 0, 59);
    QTest::newRow("day-first format still reads ISO")
        << F::DayMonthYear << utcZone << QStringLiteral("2016-03-05 12:00:00") << utc(2016, 3, 5, 12, 0);
    QTest::newRow("US month-first PM")
        << F::MonthDayYear << utcZone << QStringLiteral("3/4/2026 1:05 PM") << utc(2026, 3, 4, 13, 5);
    QTest::newRow("US 12 AM is midnight")
        << F::MonthDayYear << utcZone << QStringLiteral("12/31/2025 12:30 am") << utc(2025, 12, 31, 0, 30);
    QTest::newRow("US 12 PM is noon")
        << F::MonthDayYear << utcZone << QStringLiteral("12/31/2025 12:30 PM") << utc(2025, 12, 31, 12, 30);
    QTest::newRow("Jira English") << F::DayMonthNameYear << utcZone << QStringLiteral("12/Mar/26 9:15 AM")
                                  << utc(2026, 3, 12, 9, 15);
    QTest::newRow("Jira Swedish EM") << F::DayMonthNameYear << utcZone << QStringLiteral("3/okt/25 4:05 EM")
                                     << utc(2025, 10, 3, 16, 5);
    QTest::newRow("Jira Swedish maj with dot, f.m.")
        << F::DayMonthNameYear << utcZone << QStringLiteral("21/maj./26 11:59 f.m.")
        << utc(2026, 5, 21, 11, 59);
    QTest::newRow("Jira Swedish as Java writes it (mars, fm)")
        << F::DayMonthNameYear << utcZone << QStringLiteral("12/mars/26 9:15 fm") << utc(2026, 3, 12, 9, 15);
    QTest::newRow("Jira Swedish as Java writes it (juni, em)")
        << F::DayMonthNameYear << utcZone << QStringLiteral("3/juni/26 12:05 em") << utc(2026, 6, 3, 12, 5);
    QTest::newRow("Jira Cloud ISO-like")
        << F::DayMonthNameYear << utcZone << QStringLiteral("2026-03-12 09:15") << utc(2026, 3, 12, 9, 15);
    QTest::newRow("Jira Swedish 24-hour")
        << F::DayMonthNameYear << utcZone << QStringLiteral("1/dec/25 17:30") << utc(2025, 12, 1, 17, 30);
    QTest::newRow("Jira in Stockholm")
        << F::DayMonthNameYear << sthlm << QStringLiteral("12/Mar/26 9:15 AM") << utc(2026, 3, 12, 8, 15);
    QTest::newRow("surrounding spaces")
        << F::Iso8601 << utcZone << QStringLiteral("  2026-03-12 09:15  ") << utc(2026, 3, 12, 9, 15);
    QTest::newRow("leap day") << F::DayMonthYear << utcZone << QStringLiteral("29/02/2024 23:59")
                              << utc(2024, 2, 29, 23, 59);
}

void TestDateTimeParser::shouldParseExportInstants()
{
    QFETCH(DateTimeParser::Format, format);
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    DateTimeParser parser(format, QTimeZone(zone.toUtf8()));
    qint64 value = 0;
    QCOMPARE(parser.parse(text, &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, expected);
}

void TestDateTimeParser::shouldRefuseMalformedValues_data()
{
    QTest::addColumn<DateTimeParser::Format>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateTimeParser::Result>("result");
    using F = DateTimeParser::Format;
    using R = DateTimeParser::Result;

    QTest::newRow("empty is missing") << F::Iso8601 << QString() << R::Missing;
    QTest::newRow("question mark is missing") << F::DayMonthYear << QStringLiteral(" ? ") << R::Missing;
    QTest::newRow("31 February") << F::DayMonthYear << QStringLiteral("31-02-2016 10:00") << R::Invalid;
    QTest::newRow("month 13 when day-first")
        << F::MonthDayYear << QStringLiteral("13/01/2026 10:00") << R::Invalid;
    QTest::newRow("hour 24") << F::Iso8601 << QStringLiteral("2026-01-01 24:00") << R::Invalid;
    QTest::newRow("PM with hour 13") << F::MonthDayYear << QStringLiteral("1/2/2026 13:00 PM") << R::Invalid;
    QTest::newRow("unknown month name")
        << F::DayMonthNameYear << QStringLiteral("12/Foo/26 9:15 AM") << R::Invalid;
    QTest::newRow("trailing garbage")
        << F::Iso8601 << QStringLiteral("2026-01-01 10:00 tomorrow") << R::Invalid;
    QTest::newRow("day-first when ISO is expected")
        << F::Iso8601 << QStringLiteral("06/03/2026 13:00") << R::Invalid;
    QTest::newRow("text") << F::Iso8601 << QStringLiteral("yesterday") << R::Invalid;
    QTest::newRow("three-digit year") << F::DayMonthYear << QStringLiteral("01-01-026") << R::Invalid;
    QTest::newRow("one-digit minutes") << F::Iso8601 << QStringLiteral("2026-01-01 10:5") << R::Invalid;
}

void TestDateTimeParser::shouldRefuseMalformedValues()
{
    QFETCH(DateTimeParser::Format, format);
    QFETCH(QString, text);
    QFETCH(DateTimeParser::Result, result);

    DateTimeParser parser(format);
    qint64 value = -1;
    QCOMPARE(parser.parse(text, &value), result);
    QCOMPARE(value, qint64(-1));
}

// The per-hour offset cache must give what QDateTime gives for every hour of a year with two
// daylight-saving changes, in any order of access.
void TestDateTimeParser::shouldAgreeWithQDateTimeAcrossDaylightSavingYear()
{
    for (const char *zoneId :
         {"Europe/Stockholm", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"}) {
        const QTimeZone zone(zoneId);
        DateTimeParser parser(DateTimeParser::Format::Iso8601, zone);
        for (int pass = 0; pass < 2; ++pass) {
            for (QDateTime local(QDate(2026, 1, 1), QTime(0, 30), zone); local.date().year() == 2026;
                 local = local.addSecs(pass == 0 ? 3600 * 5 + 60 : 3600 * 7 + 120)) {
                // Near a change the wall time may be ambiguous; the edges have their own test.
                const qint64 at = local.toSecsSinceEpoch();
                if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at - 10800, Qt::UTC)) !=
                    zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at + 10800, Qt::UTC)))
                    continue;
                qint64 value = 0;
                const QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                QCOMPARE(parser.parse(text, &value), DateTimeParser::Result::Ok);
                QVERIFY2(value == local.toSecsSinceEpoch(),
                         qPrintable(QString::fromLatin1(zoneId) + QLatin1Char(' ') + text));
            }
        }
    }
}

void TestDateTimeParser::shouldResolveDaylightSavingEdgesDeterministically()
{
    DateTimeParser parser(DateTimeParser::Format::Iso8601, QTimeZone("Europe/Stockholm"));
    qint64 value = 0;
    // 02:30 does not exist on 29 March 2026: read with the winter offset (+01:00).
    QCOMPARE(parser.parse(u"2026-03-29 02:30", &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, utc(2026, 3, 29, 1, 30));
    // 02:30 happens twice on 25 October 2026: the first occurrence (+02:00) wins.
    QCOMPARE(parser.parse(u"2026-10-25 02:30", &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, utc(2026, 10, 25, 0, 30));
    QCOMPARE(parser.parse(u"2026-10-25 03:30", &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, utc(2026, 10, 25, 2, 30));
    // Lord Howe moves by half an hour: 02:00-02:30 does not exist on 4 October 2026 (+10:30 -> +11).
    DateTimeParser lordHowe(DateTimeParser::Format::Iso8601, QTimeZone("Australia/Lord_Howe"));
    QCOMPARE(lordHowe.parse(u"2026-10-04 01:45", &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, utc(2026, 10, 3, 15, 15));
    QCOMPARE(lordHowe.parse(u"2026-10-04 02:45", &value), DateTimeParser::Result::Ok);
    QCOMPARE(value, utc(2026, 10, 3, 15, 45));
}

void TestDateTimeParser::shouldReadWorkDatesIgnoringTime()
{
    const DateTimeParser iso(DateTimeParser::Format::Iso8601);
    QDate date;
    QCOMPARE(iso.parseDate(u"2026-03-12 00:00", &date), DateTimeParser::Result::Ok);
    QCOMPARE(date, QDate(2026, 3, 12));
    const DateTimeParser dmy(DateTimeParser::Format::DayMonthYear);
    QCOMPARE(dmy.parseDate(u"12.03.2026", &date), DateTimeParser::Result::Ok);
    QCOMPARE(date, QDate(2026, 3, 12));
    QCOMPARE(dmy.parseDate(u"12.03.2026 25:00", &date), DateTimeParser::Result::Invalid);
    QCOMPARE(dmy.parseDate(u"?", &date), DateTimeParser::Result::Missing);
}

void TestDateTimeParser::shouldRecogniseMonthNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");
    const char *const swedish[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                   "jul", "aug", "sep", "okt", "nov", "dec"};
    const char *const english[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 0; m < 12; ++m) {
        QTest::addRow("sv %s", swedish[m]) << QString::fromLatin1(swedish[m]) << m + 1;
        QTest::addRow("sv %s.", swedish[m]) << QString::fromLatin1(swedish[m]) + QLatin1Char('.') << m + 1;
        QTest::addRow("en %s", english[m]) << QString::fromLatin1(english[m]).toUpper() << m + 1;
    }
    QTest::newRow("full Swedish") << QStringLiteral("mars") << 3;
    QTest::newRow("too short") << QStringLiteral("ma") << 0;
    QTest::newRow("not a month") << QStringLiteral("xyz") << 0;
}

void TestDateTimeParser::shouldRecogniseMonthNames()
{
    QFETCH(QString, name);
    QFETCH(int, month);
    QCOMPARE(DateTimeParser::monthFromName(name), month);
}

void TestDateTimeParser::shouldRoundTripFormatIds()
{
    using F = DateTimeParser::Format;
    for (const F f : {F::Iso8601, F::DayMonthYear, F::MonthDayYear, F::DayMonthNameYear}) {
        F back = F::Iso8601;
        QVERIFY(DateTimeParser::formatFromId(DateTimeParser::formatId(f), &back));
        QCOMPARE(back, f);
    }
    F unused;
    QVERIFY(!DateTimeParser::formatFromId(QStringLiteral("ymd?"), &unused));
}

void TestDateTimeParser::shouldReadJiraMonthsInFiveLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const auto at = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    };
    QTest::newRow("Spanish jul") << QStringLiteral("18/jul/26 9:10 AM") << at(2026, 7, 18, 9, 10);
    QTest::newRow("Spanish abr, comma after the year")
        << QStringLiteral("06 abr 2026, 0:36") << at(2026, 4, 6, 0, 36);
    QTest::newRow("Spanish ene") << QStringLiteral("15/ene/26 10:00 AM") << at(2026, 1, 15, 10, 0);
    QTest::newRow("Spanish dic") << QStringLiteral("03/dic/25 4:05 PM") << at(2025, 12, 3, 16, 5);
    QTest::newRow("German Mär") << QStringLiteral("12/Mär/26 9:15 AM") << at(2026, 3, 12, 9, 15);
    QTest::newRow("German Dez") << QStringLiteral("1/Dez/25 1:00 PM") << at(2025, 12, 1, 13, 0);
    QTest::newRow("German numbers") << QStringLiteral("23.10.2024 11:02") << at(2024, 10, 23, 11, 2);
    QTest::newRow("French juil.") << QStringLiteral("18/juil./26 9:10 AM") << at(2026, 7, 18, 9, 10);
    QTest::newRow("French juin") << QStringLiteral("18/juin/26 9:10 AM") << at(2026, 6, 18, 9, 10);
    QTest::newRow("French févr.") << QStringLiteral("2/févr./26 9:10 AM") << at(2026, 2, 2, 9, 10);
    QTest::newRow("Swedish maj") << QStringLiteral("2/maj/26 9:10 FM") << at(2026, 5, 2, 9, 10);
    QTest::newRow("English Sep") << QStringLiteral("2/Sep/26 9:10 PM") << at(2026, 9, 2, 21, 10);
}

void TestDateTimeParser::shouldReadJiraMonthsInFiveLanguages()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    DateTimeParser parser(DateTimeParser::Format::DayMonthNameYear, QTimeZone::utc());
    qint64 seconds = 0;
    QCOMPARE(parser.parse(text, &seconds), DateTimeParser::Result::Ok);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC), expected);
}

QTEST_GUILESS_MAIN(TestDateTimeParser)
#include "tst_datetimeparser.moc"

#include "models/exchange/calendar/calendarfile.h"

#include <QTemporaryDir>
#include <QTest>

using Domain::BusinessCalendar;
using Domain::DayHours;
using Domain::WorkInterval;
using Exchange::CalendarFile;
using Exchange::ExchangeError;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/calendar/") + QString::fromLatin1(name);
}

WorkInterval hm(int openH, int closeH, int closeM = 0)
{
    return WorkInterval{openH * 60, closeH * 60 + closeM};
}

} // namespace

class TestCalendarFile : public QObject
{
    Q_OBJECT
private slots:
    void shouldReadTheIssueExample();
    void shouldReadAlwaysOpen();
    void shouldNameKeyAndValueOfAWrongFile_data();
    void shouldNameKeyAndValueOfAWrongFile();
    void shouldLocateJsonSyntaxErrors();
    void shouldRefuseRawControlCharactersInStrings_data();
    void shouldRefuseRawControlCharactersInStrings();
    void shouldNameTheFileItCannotRead();
    void shouldRoundTrip_data();
    void shouldRoundTrip();
    void shouldWriteAndReadBackAFile();
};

void TestCalendarFile::shouldReadTheIssueExample()
{
    ExchangeError error;
    const auto calendar = CalendarFile::read(dataFile("stockholm-office.json"), &error);
    QVERIFY2(calendar.has_value(), qPrintable(error.toString()));
    QVERIFY(error.isNull());
    QCOMPARE(calendar->name(), QStringLiteral("Stockholm office"));
    QCOMPARE(calendar->timeZoneId(), QByteArray("Europe/Stockholm"));
    QVERIFY(!calendar->isAlwaysOpen());
    QCOMPARE(calendar->weekHours(Qt::Monday), (DayHours{hm(8, 12), hm(13, 17)}));
    QCOMPARE(calendar->weekHours(Qt::Tuesday), (DayHours{hm(8, 17)}));
    QCOMPARE(calendar->weekHours(Qt::Wednesday), DayHours()); // missing weekday is closed
    QCOMPARE(calendar->weekHours(Qt::Saturday), DayHours());
    QCOMPARE(calendar->holidays(), QVector<QDate>{QDate(2026, 12, 28)});
    QCOMPARE(calendar->recurringHolidays(), (QVector<QPair<int, int>>{{12, 24}}));
    QCOMPARE(calendar->holidayRules(), QStringList{QStringLiteral("SE")});
    QVERIFY(calendar->observesDeFactoHolidays());
    QCOMPARE(calendar->overrides().value(QDate(2026, 6, 18)), (DayHours{hm(8, 13)}));
}

void TestCalendarFile::shouldReadAlwaysOpen()
{
    ExchangeError error;
    const auto calendar = CalendarFile::read(dataFile("always-open.json"), &error);
    QVERIFY2(calendar.has_value(), qPrintable(error.toString()));
    QVERIFY(calendar->isAlwaysOpen());
    QCOMPARE(calendar->elapsed(0, 86400), 86400);
}

void TestCalendarFile::shouldNameKeyAndValueOfAWrongFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    auto row = [](const char *name, const char *json, const char *reason) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(reason);
    };
    row("hour 25", R"({"week":{"mon":["08:00-12:00","25:00-26:00"]}})",
        R"(week.mon[1]: "25:00-26:00" is not a time range HH:MM-HH:MM)");
    row("closing before opening", R"({"week":{"tue":["17:00-08:00"]}})",
        R"(week.tue[0]: "17:00-08:00" is not a time range HH:MM-HH:MM)");
    row("24:30", R"({"week":{"tue":["20:00-24:30"]}})",
        R"(week.tue[0]: "20:00-24:30" is not a time range HH:MM-HH:MM)");
    row("number instead of range", R"({"week":{"wed":[8]}})",
        R"(week.wed[0]: 8 is not a time range HH:MM-HH:MM)");
    row("text instead of list", R"({"week":{"mon":"08:00-17:00"}})",
        R"(week.mon: "08:00-17:00" is not a list)");
    row("overlapping ranges", R"({"week":{"thu":["08:00-12:00","11:00-13:00"]}})",
        R"(week.thu[1]: "11:00-13:00" overlaps "08:00-12:00")");
    row("unknown weekday", R"({"week":{"monday":[]}})",
        "week.monday: unknown weekday (mon, tue, wed, thu, fri, sat, sun)");
    row("unknown key", R"({"name":"x","colour":"blue"})", "colour: unknown key");
    row("unknown time zone", R"({"timezone":"Mars/Olympus_Mons"})",
        R"(timezone: "Mars/Olympus_Mons" is not a known IANA time zone such as "Europe/Stockholm")");
    row("name not text", R"({"name":42})", "name: 42 is not a text");
    row("always_open not boolean", R"({"always_open":"yes"})", R"(always_open: "yes" is not true or false)");
    row("impossible holiday", R"({"holidays":["2026-12-28","2026-02-30"]})",
        R"(holidays[1]: "2026-02-30" is not a date YYYY-MM-DD)");
    row("recurring day-month", R"({"recurring_holidays":["24-12"]})",
        R"(recurring_holidays[0]: "24-12" is not a yearly date MM-DD)");
    row("unknown rule set", R"({"holiday_rules":["SE","XX"]})",
        R"(holiday_rules[1]: "XX" is not a supported holiday rule set (DE, DK, FI, GB, NO, SE, US))");
    row("override on impossible date", R"({"overrides":{"2026-13-01":[]}})",
        R"(overrides.2026-13-01: "2026-13-01" is not a date YYYY-MM-DD)");
    row("override range", R"({"overrides":{"2026-06-18":["8-13"]}})",
        R"(overrides.2026-06-18[0]: "8-13" is not a time range HH:MM-HH:MM)");
    row("week not object", R"({"week":[]})", "week: [] is not an object of weekdays");
    row("top level array", "[]", "a calendar file holds one JSON object");
}

void TestCalendarFile::shouldNameKeyAndValueOfAWrongFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    ExchangeError error;
    QVERIFY(!CalendarFile::fromJson(json, &error, QStringLiteral("cal.json")).has_value());
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.file, QStringLiteral("cal.json"));
}

void TestCalendarFile::shouldLocateJsonSyntaxErrors()
{
    ExchangeError error;
    QVERIFY(!CalendarFile::fromJson("{\n  \"name\": \"x\",\n  \"timezone\": }\n", &error).has_value());
    QCOMPARE(error.line, 3);
    QVERIFY2(error.column > 1, qPrintable(error.toString()));
    QVERIFY(error.reason.startsWith(QLatin1String("not valid JSON")));

    const auto fromFile = CalendarFile::read(dataFile("bad-time-range.json"), &error);
    QVERIFY(!fromFile.has_value());
    QVERIFY(error.file.endsWith(QLatin1String("bad-time-range.json")));
    QCOMPARE(error.reason, QStringLiteral("week.mon[1]: \"25:00-26:00\" is not a time range HH:MM-HH:MM"));
}

void TestCalendarFile::shouldNameTheFileItCannotRead()
{
    ExchangeError error;
    QVERIFY(!CalendarFile::read(dataFile("no-such-file.json"), &error).has_value());
    QVERIFY(error.file.endsWith(QLatin1String("no-such-file.json")));
    QVERIFY(error.reason.startsWith(QLatin1String("cannot open")));
}

void TestCalendarFile::shouldRoundTrip_data()
{
    QTest::addColumn<BusinessCalendar>("calendar");
    BusinessCalendar empty;
    QTest::newRow("empty") << empty;
    QTest::newRow("always open") << BusinessCalendar::alwaysOpen();

    BusinessCalendar full;
    full.setName(QStringLiteral("Göteborg – support \"night\" desk"));
    full.setTimeZone("America/New_York");
    full.setWeekHours(Qt::Monday, {hm(0, 6), hm(22, 24)});
    full.setWeekHours(Qt::Friday, {hm(8, 12), hm(13, 16, 30)});
    full.addHoliday(QDate(2026, 12, 28));
    full.addHoliday(QDate(2028, 2, 29));
    full.addRecurringHoliday(2, 29);
    full.addRecurringHoliday(12, 24);
    full.addHolidayRule(QStringLiteral("US"));
    full.addHolidayRule(QStringLiteral("SE"));
    full.setObservesDeFactoHolidays(false);
    full.setOverride(QDate(2026, 6, 18), {hm(8, 13)});
    full.setOverride(QDate(2026, 6, 19), {});
    QTest::newRow("every key") << full;
}

void TestCalendarFile::shouldRoundTrip()
{
    QFETCH(BusinessCalendar, calendar);
    const QByteArray json = CalendarFile::toJson(calendar);
    ExchangeError error;
    const auto back = CalendarFile::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(json)));
    QVERIFY2(*back == calendar, json.constData());
    QCOMPARE(CalendarFile::toJson(*back), json);
}

void TestCalendarFile::shouldWriteAndReadBackAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExchangeError error;
    const auto original = CalendarFile::read(dataFile("stockholm-office.json"), &error);
    QVERIFY(original.has_value());
    const QString path = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY2(CalendarFile::write(path, *original, &error), qPrintable(error.toString()));
    const auto copy = CalendarFile::read(path, &error);
    QVERIFY(copy.has_value());
    QCOMPARE(*copy == *original, true);
    QVERIFY(!CalendarFile::write(dir.filePath(QStringLiteral("missing/dir/x.json")), *original, &error));
    QVERIFY(error.reason.startsWith(QLatin1String("cannot write")));
}

void TestCalendarFile::shouldRefuseRawControlCharactersInStrings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("NUL") << QByteArray(1, '\0');
    QTest::newRow("TAB") << QByteArray("\t");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("0x01") << QByteArray("\x01");
}

// RFC 8259: control characters in a string must be escaped. Qt's parser accepts them raw, and
// a NUL ended up in the stored name.
void TestCalendarFile::shouldRefuseRawControlCharactersInStrings()
{
    QFETCH(QByteArray, raw);
    const QByteArray json =
        "{\n  \"name\": \"Kassa " + raw + "x\",\n  \"timezone\": \"UTC\",\n  \"always_open\": true\n}\n";
    ExchangeError error;
    QVERIFY(!CalendarFile::fromJson(json, &error, QStringLiteral("cal.json")).has_value());
    QCOMPARE(error.file, QStringLiteral("cal.json"));
    QCOMPARE(error.line, qint64(2));
    QCOMPARE(error.column, 18);
    QVERIFY2(error.reason.contains(QStringLiteral("not valid JSON")), qPrintable(error.reason));
    // The same text with the character escaped is a good file.
    const QByteArray escaped =
        "{\"name\": \"Kassa \\u0001x\\t\", \"timezone\": \"UTC\", \"always_open\": true}";
    QVERIFY2(CalendarFile::fromJson(escaped, &error).has_value(), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestCalendarFile)
#include "tst_calendarfile.moc"

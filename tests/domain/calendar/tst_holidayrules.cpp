#include "models/domain/calendar/holidayrules.h"

#include <QTest>

using Domain::Holiday;
using Domain::HolidayRules;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// "id=date" pairs of a rule set's year, in date order, for readable failures.
QStringList listed(const QString &code, int year)
{
    QStringList out;
    for (const Holiday &h : HolidayRules::holidays(code, year)) {
        out << h.id + QLatin1Char('=') + h.date.toString(Qt::ISODate) +
                   (h.deFacto ? QStringLiteral("*") : QString()) +
                   (h.substitute ? QStringLiteral("+") : QString());
    }
    return out;
}

} // namespace

class TestHolidayRules : public QObject
{
    Q_OBJECT
private slots:
    void shouldComputeEasterSunday_data();
    void shouldComputeEasterSunday();
    void shouldListSwedensHolidaysAsOfficiallyPublished_data();
    void shouldListSwedensHolidaysAsOfficiallyPublished();
    void shouldFollowSwedensRuleChangeOf2005();
    void shouldContainKnownDaysOfOtherRuleSets_data();
    void shouldContainKnownDaysOfOtherRuleSets();
    void shouldNotContainDaysThatAreNotHolidays_data();
    void shouldNotContainDaysThatAreNotHolidays();
    void shouldRefuseUnknownCodesAndYears();
};

void TestHolidayRules::shouldComputeEasterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("1970") << 1970 << d("1970-03-29");
    QTest::newRow("2000") << 2000 << d("2000-04-23");
    QTest::newRow("2008 early") << 2008 << d("2008-03-23");
    QTest::newRow("2011 late") << 2011 << d("2011-04-24");
    QTest::newRow("2024") << 2024 << d("2024-03-31");
    QTest::newRow("2038 latest possible") << 2038 << d("2038-04-25");
    QTest::newRow("2285 earliest possible") << 2285 << d("2285-03-22");
}

void TestHolidayRules::shouldComputeEasterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(HolidayRules::easterSunday(year), easter);
    QCOMPARE(HolidayRules::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void TestHolidayRules::shouldListSwedensHolidaysAsOfficiallyPublished_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("moving"); // good friday, easter sun, easter mon, ascension, whit sun,
                                             // midsummer eve, midsummer day, all saints
    auto row = [](int year, std::initializer_list<const char *> dates) {
        QStringList list;
        for (const char *date : dates)
            list << QString::fromLatin1(date);
        QTest::newRow(QByteArray::number(year).constData()) << year << list;
    };
    row(2024, {"2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-06-21",
               "2024-06-22", "2024-11-02"});
    row(2025, {"2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-20",
               "2025-06-21", "2025-11-01"});
    row(2026, {"2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-06-19",
               "2026-06-20", "2026-10-31"});
    row(2027, {"2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-06-25",
               "2027-06-26", "2027-11-06"});
    row(2028, {"2028-04-14", "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-04", "2028-06-23",
               "2028-06-24", "2028-11-04"});
    row(2029, {"2029-03-30", "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-20", "2029-06-22",
               "2029-06-23", "2029-11-03"});
    row(2030, {"2030-04-19", "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-09", "2030-06-21",
               "2030-06-22", "2030-11-02"});
}

void TestHolidayRules::shouldListSwedensHolidaysAsOfficiallyPublished()
{
    QFETCH(int, year);
    QFETCH(QStringList, moving);
    const QString y = QString::number(year);
    auto fixed = [&y](const char *id, const char *mmdd, bool deFacto = false) {
        return QString::fromLatin1(id) + QLatin1Char('=') + y + QLatin1Char('-') + QString::fromLatin1(mmdd) +
               (deFacto ? QStringLiteral("*") : QString());
    };
    auto moved = [&moving](int i, const char *id, bool deFacto = false) {
        return QString::fromLatin1(id) + QLatin1Char('=') + moving.at(i) +
               (deFacto ? QStringLiteral("*") : QString());
    };
    QStringList expected{fixed("new-years-day", "01-01"),
                         fixed("epiphany", "01-06"),
                         moved(0, "good-friday"),
                         moved(1, "easter-sunday"),
                         moved(2, "easter-monday"),
                         fixed("may-day", "05-01"),
                         moved(3, "ascension-day"),
                         moved(4, "whit-sunday"),
                         fixed("national-day", "06-06"),
                         moved(5, "midsummer-eve", true),
                         moved(6, "midsummer-day"),
                         moved(7, "all-saints-day"),
                         fixed("christmas-eve", "12-24", true),
                         fixed("christmas-day", "12-25"),
                         fixed("boxing-day", "12-26"),
                         fixed("new-years-eve", "12-31", true)};
    std::stable_sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('='), 1) < b.section(QLatin1Char('='), 1);
    });
    QCOMPARE(listed(QStringLiteral("SE"), year), expected);
    for (const Holiday &h : HolidayRules::holidays(QStringLiteral("SE"), year)) {
        if (h.id == QLatin1String("midsummer-eve"))
            QCOMPARE(h.date.dayOfWeek(), int(Qt::Friday));
        if (h.id == QLatin1String("midsummer-day") || h.id == QLatin1String("all-saints-day"))
            QCOMPARE(h.date.dayOfWeek(), int(Qt::Saturday));
        if (h.id == QLatin1String("ascension-day"))
            QCOMPARE(h.date.dayOfWeek(), int(Qt::Thursday));
    }
}

void TestHolidayRules::shouldFollowSwedensRuleChangeOf2005()
{
    const QStringList y2004 = listed(QStringLiteral("SE"), 2004);
    QVERIFY(y2004.contains(QStringLiteral("whit-monday=2004-05-31")));
    QVERIFY(!y2004.join(QLatin1Char(' ')).contains(QLatin1String("national-day")));
    const QStringList y2005 = listed(QStringLiteral("SE"), 2005);
    QVERIFY(y2005.contains(QStringLiteral("national-day=2005-06-06")));
    QVERIFY(!y2005.join(QLatin1Char(' ')).contains(QLatin1String("whit-monday")));
}

void TestHolidayRules::shouldContainKnownDaysOfOtherRuleSets_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("entry");
    auto row = [](const char *name, const char *code, const char *entry) {
        QTest::newRow(name) << QString::fromLatin1(code) << QString::fromLatin1(entry);
    };
    row("FI Midsummer Eve is de facto", "FI", "midsummer-eve=2026-06-19*");
    row("FI Midsummer Day", "FI", "midsummer-day=2026-06-20");
    row("FI All Saints' Day", "FI", "all-saints-day=2026-10-31");
    row("FI Independence Day", "FI", "independence-day=2026-12-06");
    row("NO Constitution Day", "NO", "constitution-day=2026-05-17");
    row("NO Maundy Thursday", "NO", "maundy-thursday=2026-04-02");
    row("NO Whit Monday", "NO", "whit-monday=2026-05-25");
    row("DK Great Prayer Day until 2023", "DK", "great-prayer-day=2023-05-05");
    row("DK Maundy Thursday", "DK", "maundy-thursday=2026-04-02");
    row("DE Unity Day", "DE", "german-unity-day=2026-10-03");
    row("DE Reformation Day 2017 only", "DE", "reformation-day=2017-10-31");
    row("DE Whit Monday", "DE", "whit-monday=2026-05-25");
    row("GB early May moved 2020", "GB", "early-may-bank-holiday=2020-05-08");
    row("GB spring moved 2022", "GB", "spring-bank-holiday=2022-06-02");
    row("GB platinum jubilee", "GB", "platinum-jubilee=2022-06-03");
    row("GB state funeral", "GB", "state-funeral=2022-09-19");
    row("GB coronation", "GB", "coronation=2023-05-08");
    row("GB Christmas Sunday substitute", "GB", "christmas-day=2022-12-27+");
    row("GB Christmas Saturday substitute", "GB", "christmas-day=2027-12-27+");
    row("GB Boxing Sunday substitute", "GB", "boxing-day=2027-12-28+");
    row("GB Boxing Saturday substitute", "GB", "boxing-day=2026-12-28+");
    row("GB New Year Saturday substitute", "GB", "new-years-day=2028-01-03+");
    row("GB spring bank holiday", "GB", "spring-bank-holiday=2026-05-25");
    row("GB summer bank holiday", "GB", "summer-bank-holiday=2026-08-31");
    row("US New Year observed in the year before", "US", "new-years-day=2021-12-31+");
    row("US Juneteenth observed Friday", "US", "juneteenth=2021-06-18+");
    row("US Independence observed Monday", "US", "independence-day=2021-07-05+");
    row("US MLK Day", "US", "martin-luther-king-day=2026-01-19");
    row("US Washington's Birthday", "US", "washingtons-birthday=2026-02-16");
    row("US Memorial Day", "US", "memorial-day=2026-05-25");
    row("US Labor Day", "US", "labor-day=2026-09-07");
    row("US Columbus Day", "US", "columbus-day=2026-10-12");
    row("US Veterans Day", "US", "veterans-day=2026-11-11");
    row("US Thanksgiving", "US", "thanksgiving-day=2026-11-26");
    row("US Christmas", "US", "christmas-day=2026-12-25");
}

void TestHolidayRules::shouldContainKnownDaysOfOtherRuleSets()
{
    QFETCH(QString, code);
    QFETCH(QString, entry);
    const int year = entry.section(QLatin1Char('='), 1).left(4).toInt();
    const QStringList list = listed(code, year);
    QVERIFY2(list.contains(entry), qPrintable(list.join(QLatin1Char(' '))));
}

void TestHolidayRules::shouldNotContainDaysThatAreNotHolidays_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::newRow("DK Great Prayer Day abolished 2024") << QStringLiteral("DK") << d("2024-04-26");
    QTest::newRow("DE Reformation Day not national 2018") << QStringLiteral("DE") << d("2018-10-31");
    QTest::newRow("DE no Christmas Eve") << QStringLiteral("DE") << d("2026-12-24");
    QTest::newRow("GB no Ascension Day") << QStringLiteral("GB") << d("2026-05-14");
    QTest::newRow("GB no early May Monday in 2020") << QStringLiteral("GB") << d("2020-05-04");
    QTest::newRow("US no Juneteenth before 2021") << QStringLiteral("US") << d("2020-06-19");
    QTest::newRow("US Saturday New Year not observed on Monday") << QStringLiteral("US") << d("2022-01-03");
    QTest::newRow("SE no Whit Monday after 2004") << QStringLiteral("SE") << d("2026-05-25");
    QTest::newRow("SE Maundy Thursday is a working day") << QStringLiteral("SE") << d("2026-04-02");
    QTest::newRow("FI no New Year's Eve") << QStringLiteral("FI") << d("2026-12-31");
}

void TestHolidayRules::shouldNotContainDaysThatAreNotHolidays()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    for (const Holiday &h : HolidayRules::holidays(code, date.year()))
        QVERIFY2(h.date != date, qPrintable(h.id));
}

void TestHolidayRules::shouldRefuseUnknownCodesAndYears()
{
    QVERIFY(HolidayRules::holidays(QStringLiteral("XX"), 2026).isEmpty());
    QVERIFY(HolidayRules::holidays(QStringLiteral("se"), 2026).isEmpty());
    QVERIFY(HolidayRules::holidays(QStringLiteral("SE"), 1899).isEmpty());
    QVERIFY(!HolidayRules::holidays(QStringLiteral("SE"), 1900).isEmpty());
    QVERIFY(HolidayRules::isSupported(QStringLiteral("SE")));
    QVERIFY(!HolidayRules::isSupported(QStringLiteral("NL")));
    QCOMPARE(HolidayRules::supportedCodes().size(), 7);
}

QTEST_GUILESS_MAIN(TestHolidayRules)
#include "tst_holidayrules.moc"

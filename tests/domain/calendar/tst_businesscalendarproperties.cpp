// Property tests of Domain::BusinessCalendar over seeded random calendars and instants, against
// a brute-force reference that reads the wall clock of every quarter hour through QTimeZone.
// Kept apart from tst_businesscalendar.cpp (the named-row examples) because of its size.
#include "models/domain/calendar/businesscalendar.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using Domain::BusinessCalendar;
using Domain::DayHours;
using Domain::WorkInterval;

namespace {

constexpr qint64 Quarter = 900;

// Zones with DST both ways, a half-hour DST shift (Lord Howe), a half-hour offset (Kolkata) and
// changes at midnight (Sao Paulo until 2019).
const char *const Zones[] = {"UTC",          "Europe/Stockholm",    "America/New_York",
                             "Asia/Kolkata", "Australia/Lord_Howe", "America/Sao_Paulo"};

/// 0..3 intervals on whole hours; boundaries then never fall strictly inside a repeated hour, where
/// the calendar's "first occurrence" rule and a wall-clock reading legitimately differ.
DayHours randomDay(QRandomGenerator &rng)
{
    const int count = rng.bounded(4);
    QVector<int> hours;
    while (hours.size() < 2 * count) {
        const int h = rng.bounded(25);
        if (!hours.contains(h))
            hours.push_back(h);
    }
    std::sort(hours.begin(), hours.end());
    DayHours day;
    for (int i = 0; i < hours.size(); i += 2)
        day.push_back(WorkInterval{hours[i] * 60, hours[i + 1] * 60});
    return day;
}

QDate randomDate(QRandomGenerator &rng)
{
    return QDate(2000, 1, 1).addDays(rng.bounded(40 * 365));
}

BusinessCalendar randomCalendar(QRandomGenerator &rng)
{
    BusinessCalendar c;
    c.setTimeZone(QByteArray(Zones[rng.bounded(int(std::size(Zones)))]));
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), rng.bounded(5) == 0 ? DayHours() : randomDay(rng));
    for (int i = rng.bounded(6); i > 0; --i)
        c.addHoliday(randomDate(rng));
    for (int i = rng.bounded(3); i > 0; --i)
        c.addRecurringHoliday(1 + rng.bounded(12), 1 + rng.bounded(28));
    const char *const rules[] = {"SE", "US", "GB", "FI"};
    for (int i = rng.bounded(3); i > 0; --i)
        c.addHolidayRule(QString::fromLatin1(rules[rng.bounded(4)]));
    c.setObservesDeFactoHolidays(rng.bounded(2) == 0);
    for (int i = rng.bounded(6); i > 0; --i)
        c.setOverride(randomDate(rng), randomDay(rng));
    if (rng.bounded(25) == 0)
        c.setAlwaysOpen(true);
    return c;
}

qint64 randomInstant(QRandomGenerator &rng)
{
    const qint64 from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    return from + qint64(rng.bounded(quint64(40) * 365 * 86400));
}

qint64 randomAmount(QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return rng.bounded(3600);
    case 1:
        return rng.bounded(5 * 86400);
    case 2:
        return rng.bounded(200 * 86400);
    default:
        return rng.bounded(6 * 365 * 86400);
    }
}

/// Whether the local wall clock at `t` lies inside the hours of its local date.
bool referenceIsWorking(const BusinessCalendar &c, const QTimeZone &zone, qint64 t)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
    const int second = local.time().msecsSinceStartOfDay() / 1000;
    for (const WorkInterval &interval : c.hoursOn(local.date())) {
        if (second >= interval.openMinute * 60 && second < interval.closeMinute * 60)
            return true;
    }
    return false;
}

/// Business seconds in [start, end) for quarter-hour aligned instants, a quarter at a time.
qint64 referenceElapsed(const BusinessCalendar &c, const QTimeZone &zone, qint64 start, qint64 end)
{
    qint64 total = 0;
    for (qint64 t = start; t < end; t += Quarter)
        total += referenceIsWorking(c, zone, t) ? Quarter : 0;
    return total;
}

} // namespace

class TestBusinessCalendarProperties : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_rng.seed(20261125); }
    void shouldAgreeWithWallClockReference();
    void shouldAddExactlyTheAmountAtTheEarliestInstant();
    void shouldSubtractExactlyTheAmountAtTheLatestInstant();
    void shouldMirrorAddAndSubtract();
    void shouldBeAdditiveAndMonotonic();
    void shouldFindOpeningsAndClosingsAtStretchEdges();
    void shouldSumDailyWorkingSecondsOverLongSpans();

private:
    QRandomGenerator m_rng;
};

void TestBusinessCalendarProperties::shouldAgreeWithWallClockReference()
{
    for (int round = 0; round < 40; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        const QTimeZone zone(c.timeZoneId());
        for (int i = 0; i < 300; ++i) {
            const qint64 t = randomInstant(m_rng);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
            QVERIFY2(c.isWorking(t) == (c.isAlwaysOpen() || referenceIsWorking(c, zone, t)),
                     (c.timeZoneId() + ' ' + local.toString(Qt::ISODate).toLatin1()).constData());
        }
        for (int i = 0; i < 8; ++i) {
            const qint64 s = randomInstant(m_rng) / Quarter * Quarter;
            const qint64 e = s + Quarter * m_rng.bounded(4 * 24 * 4);
            const qint64 expected = c.isAlwaysOpen() ? e - s : referenceElapsed(c, zone, s, e);
            QCOMPARE(c.elapsed(s, e), expected);
        }
    }
}

void TestBusinessCalendarProperties::shouldAddExactlyTheAmountAtTheEarliestInstant()
{
    for (int round = 0; round < 60; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        for (int i = 0; i < 200; ++i) {
            const qint64 s = randomInstant(m_rng);
            const qint64 n = randomAmount(m_rng);
            const qint64 t = c.add(s, n);
            if (t == BusinessCalendar::NeverAfter) {
                QVERIFY(c.elapsed(s, QDateTime(QDate(2100, 1, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()) <
                        n);
                continue;
            }
            QVERIFY(t >= s);
            QCOMPARE(c.elapsed(s, t), n);
            if (n > 0)
                QCOMPARE(c.elapsed(s, t - 1), n - 1); // earliest: one second less is not enough
        }
    }
}

void TestBusinessCalendarProperties::shouldSubtractExactlyTheAmountAtTheLatestInstant()
{
    for (int round = 0; round < 60; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        for (int i = 0; i < 200; ++i) {
            const qint64 e = randomInstant(m_rng);
            const qint64 n = randomAmount(m_rng);
            const qint64 t = c.subtract(e, n);
            if (t == BusinessCalendar::NeverBefore) {
                QVERIFY(c.elapsed(0, e) < n);
                continue;
            }
            QVERIFY(t <= e);
            QCOMPARE(c.elapsed(t, e), n);
            if (n > 0)
                QCOMPARE(c.elapsed(t + 1, e), n - 1); // latest: one second later is not enough
        }
    }
}

void TestBusinessCalendarProperties::shouldMirrorAddAndSubtract()
{
    for (int round = 0; round < 60; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        for (int i = 0; i < 200; ++i) {
            const qint64 s = randomInstant(m_rng);
            const qint64 n = randomAmount(m_rng);
            const qint64 t = c.add(s, n);
            if (t == BusinessCalendar::NeverAfter)
                continue;
            const qint64 back = c.subtract(t, n);
            QVERIFY(back >= s);
            QCOMPARE(c.elapsed(s, back), 0); // only closed time lies between s and back
            const qint64 forth = c.add(back, n);
            QCOMPARE(forth, t);
        }
    }
}

void TestBusinessCalendarProperties::shouldBeAdditiveAndMonotonic()
{
    for (int round = 0; round < 60; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        for (int i = 0; i < 200; ++i) {
            qint64 p[3] = {randomInstant(m_rng), randomInstant(m_rng), randomInstant(m_rng)};
            if (i % 2 == 0) { // also short spans, where interval edges matter most
                p[1] = p[0] + m_rng.bounded(3 * 86400);
                p[2] = p[1] + m_rng.bounded(3 * 86400);
            }
            std::sort(std::begin(p), std::end(p));
            const qint64 ab = c.elapsed(p[0], p[1]);
            const qint64 bc = c.elapsed(p[1], p[2]);
            QCOMPARE(c.elapsed(p[0], p[2]), ab + bc);
            QVERIFY(ab >= 0 && bc >= 0);
            QVERIFY(ab <= p[1] - p[0]);
            QCOMPARE(c.elapsed(p[2], p[0]), 0);
        }
    }
}

void TestBusinessCalendarProperties::shouldFindOpeningsAndClosingsAtStretchEdges()
{
    for (int round = 0; round < 60; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        if (c.isAlwaysOpen())
            continue;
        for (int i = 0; i < 200; ++i) {
            const qint64 t = randomInstant(m_rng);
            const qint64 open = c.nextOpening(t);
            const qint64 close = c.nextClosing(t);
            if (open != BusinessCalendar::NeverAfter) {
                QVERIFY(open >= t);
                QVERIFY(c.isWorking(open) && !c.isWorking(open - 1));
                if (!c.isWorking(t))
                    QCOMPARE(c.elapsed(t, open), 0);
            }
            if (close != BusinessCalendar::NeverAfter) {
                QVERIFY(close > t);
                QVERIFY(!c.isWorking(close) && c.isWorking(close - 1));
                const qint64 from = c.isWorking(t) ? t : open;
                QCOMPARE(c.elapsed(t, close), close - from);
            }
        }
    }
}

void TestBusinessCalendarProperties::shouldSumDailyWorkingSecondsOverLongSpans()
{
    for (int round = 0; round < 15; ++round) {
        const BusinessCalendar c = randomCalendar(m_rng);
        const QTimeZone zone(c.timeZoneId());
        const QDate from = randomDate(m_rng);
        const QDate to = from.addDays(m_rng.bounded(800));
        qint64 sum = 0;
        for (QDate day = from; day < to; day = day.addDays(1))
            sum += c.workingSecondsOn(day);
        // Local midnights; in a zone whose midnight was skipped, the day starts when clocks jump.
        auto midnight = [&zone](const QDate &date) {
            const QDateTime dt = date.startOfDay(zone);
            return dt.toSecsSinceEpoch();
        };
        QCOMPARE(c.elapsed(midnight(from), midnight(to)), sum);
    }
}

QTEST_GUILESS_MAIN(TestBusinessCalendarProperties)
#include "tst_businesscalendarproperties.moc"

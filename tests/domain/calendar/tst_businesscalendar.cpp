#include "models/domain/calendar/businesscalendar.h"

#include <QDateTime>
#include <QTest>

using Domain::BusinessCalendar;
using Domain::DayHours;
using Domain::WorkInterval;

namespace {

qint64 at(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

WorkInterval hm(int openH, int openM, int closeH, int closeM)
{
    return WorkInterval{openH * 60 + openM, closeH * 60 + closeM};
}

BusinessCalendar weekdays(const QByteArray &zone, const DayHours &hours)
{
    BusinessCalendar c;
    c.setTimeZone(zone);
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), hours);
    return c;
}

BusinessCalendar stockholmOffice()
{
    return weekdays("Europe/Stockholm", {hm(8, 0, 17, 0)});
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private slots:
    void shouldMatchTheIssueExamples();
};

void TestBusinessCalendar::shouldMatchTheIssueExamples()
{
    const BusinessCalendar c = stockholmOffice();
    QCOMPARE(c.elapsed(at("2026-03-27T16:00:00+01:00"), at("2026-03-30T09:00:00+02:00")), 7200);
    QCOMPARE(c.add(at("2026-03-27T16:00:00+01:00"), 28800), at("2026-03-30T13:00:00Z"));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"

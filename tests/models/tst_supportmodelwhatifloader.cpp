// The what-if loader reads only the tickets created in the replayed period (and the older
// severity-1 tickets that a worklog of the period on a day without business hours names), so
// that a million-ticket engagement is not read on every engagement change: the figures must be
// those of the whole engagement.
#include "models/domain/demoportfolio.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/supportmodelwhatifloader.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::SupportModelWhatIfData;
using Models::SupportModelWhatIfLoader;

namespace {

const QDate s_asOf(2026, 11, 25);

qint64 utc(const QDate &date, int hour = 12)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Domain::Ticket ticket(const QString &key, int severity, const QDate &created)
{
    Domain::Ticket t;
    t.key = key;
    t.title = key;
    t.severity = severity;
    t.created = utc(created, 10);
    t.firstResponse = t.created + 1800;
    t.resolved = t.created + 5 * 3600;
    t.status = QStringLiteral("Resolved");
    return t;
}

Domain::Worklog worklog(const QString &key, const QDate &date, int minutes, const QString &ticketKey)
{
    Domain::Worklog w;
    w.sourceKey = key;
    w.date = date;
    w.person = QStringLiteral("Test Person");
    w.role = Domain::Role::Dev;
    w.seconds = minutes * 60;
    w.ticketKey = ticketKey;
    w.serviceLevel = Domain::ServiceLevel::L1;
    return w;
}

} // namespace

class TestSupportModelWhatIfLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_engagement;
    Domain::BusinessCalendar m_calendar;

    QString demoFile() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }

private slots:
    // On both dialects (issue 15): each test function reads its own copy of the demo, a file or a
    // database on the test server.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void initTestCase()
    {
        Storage::Database demo;
        QVERIFY(demo.open(demoFile(), Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        const Storage::StorageError error =
            Storage::DemoDataWriter(demo).write(Domain::DemoPortfolio::generate(s_asOf));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    void init()
    {
        m_db.close();
        m_engagement = {};
        QString location;
        DD_DATABASE_COPY(location, demoFile(), m_dir.path());
        QVERIFY(
            m_db.open(location, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist)
                .isNull());
        QVector<Domain::Engagement> engagements;
        QVERIFY(Storage::EngagementRepository(m_db).all(&engagements).isNull());
        // An engagement with tickets whose calendar has days without business hours
        for (const Domain::Engagement &e : std::as_const(engagements)) {
            Domain::BusinessCalendar calendar;
            QVERIFY(Storage::CalendarRepository(m_db).calendarFor(e.id, &calendar).isNull());
            qint64 tickets = 0;
            QVERIFY(Storage::TicketRepository(m_db).count(e.id, &tickets).isNull());
            if (tickets > 0 && !calendar.isAlwaysOpen() && e.start.isValid() && e.start < QDate(2026, 8, 1)) {
                m_engagement = e;
                m_calendar = calendar;
                break;
            }
        }
        QVERIFY2(m_engagement.id != 0, "the demo has an engagement with tickets on an office calendar");
    }

    void shouldListTheTicketsCreatedInARangeWithTheirHistory()
    {
        const Storage::TicketRepository repository(m_db);
        QVector<Domain::Ticket> all;
        QVERIFY(repository.list(m_engagement.id, &all).isNull());
        QVERIFY(all.size() > 10);
        const qint64 from = all.at(all.size() / 4).created;
        const qint64 to = all.at(all.size() * 3 / 4).created;
        QVector<Domain::Ticket> expected;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(expected),
                     [&](const Domain::Ticket &t) { return t.created >= from && t.created < to; });
        QVector<Domain::Ticket> ranged;
        QVERIFY(repository.listCreated(m_engagement.id, from, to, &ranged).isNull());
        QCOMPARE(ranged, expected);
        QVERIFY(std::any_of(ranged.cbegin(), ranged.cend(),
                            [](const Domain::Ticket &t) { return !t.history.isEmpty(); }));
        QVERIFY(repository.listCreated(m_engagement.id, to, to, &ranged).isNull());
        QVERIFY(ranged.isEmpty());
    }

    void shouldCountTheTicketsOfThePeriodAndOlderSeverityOneWorkOnDaysOff()
    {
        // GIVEN the what-if of the last three complete months (August to October 2026)
        const QDateTime now(s_asOf, QTime(12, 0), QTimeZone::utc());
        const SupportModelWhatIfLoader loader(m_db);
        SupportModelWhatIfData before;
        QVERIFY(!loader.load(m_engagement, 3, now, &before));
        QCOMPARE(before.firstMonth, QDate(2026, 8, 1));
        QCOMPARE(before.lastMonth, QDate(2026, 10, 1));
        QVERIFY(before.results.value(0).tickets > 0);
        QDate dayOff = before.firstMonth;
        while (m_calendar.isWorkingDay(dayOff))
            dayOff = dayOff.addDays(1);
        QDate workingDay = before.firstMonth;
        while (!m_calendar.isWorkingDay(workingDay))
            workingDay = workingDay.addDays(1);
        QVERIFY(dayOff < before.lastMonth.addMonths(1));

        // WHEN tickets created long before and after the period are added, and worklogs of the
        // period name them: on a day off 90 min on the old severity-1 ticket and 45 min on the old
        // severity-3 one, 30 min on a working day on the old severity-1 ticket
        QVector<Domain::Ticket> added = {ticket(QStringLiteral("OLD-SEV1"), 1, QDate(2025, 1, 10)),
                                         ticket(QStringLiteral("OLD-SEV3"), 3, QDate(2025, 1, 11)),
                                         ticket(QStringLiteral("LATER-SEV1"), 1, QDate(2026, 11, 20))};
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(m_db)
                    .upsert(m_engagement.id, QStringLiteral("test"), added, &counts)
                    .isNull());
        QCOMPARE(counts.added, 3);
        const QVector<Domain::Worklog> logs = {
            worklog(QStringLiteral("W1"), dayOff, 90, QStringLiteral("OLD-SEV1")),
            worklog(QStringLiteral("W2"), dayOff, 45, QStringLiteral("OLD-SEV3")),
            worklog(QStringLiteral("W3"), workingDay, 30, QStringLiteral("OLD-SEV1"))};
        QVERIFY(Storage::WorklogRepository(m_db)
                    .upsert(m_engagement.id, QStringLiteral("test"), logs, &counts)
                    .isNull());
        SupportModelWhatIfData after;
        QVERIFY(!loader.load(m_engagement, 3, now, &after));

        // THEN every model counts the same tickets, and the 90 min of severity-1 work on a day off
        QCOMPARE(after.results.size(), before.results.size());
        for (int i = 0; i < before.results.size(); ++i) {
            const Domain::WhatIfModelResult &b = before.results.at(i);
            const Domain::WhatIfModelResult &a = after.results.at(i);
            QCOMPARE(a.tickets, b.tickets);
            QCOMPARE(a.underSla, b.underSla);
            QCOMPARE(a.breached, b.breached);
            QCOMPARE(a.noTarget, b.noTarget);
            QCOMPARE(a.notEvaluable, b.notEvaluable);
            QCOMPARE(a.severity1OutOfHoursSeconds, b.severity1OutOfHoursSeconds);
            QCOMPARE(a.severity1CreatedOutOfHours, b.severity1CreatedOutOfHours);
            QCOMPARE(a.severity1NonWorkingDayMinutes, b.severity1NonWorkingDayMinutes + 90);
        }
    }
};

QTEST_GUILESS_MAIN(TestSupportModelWhatIfLoader)
#include "tst_supportmodelwhatifloader.moc"

// The what-if replays the tickets of its period a chunk at a time (issue 13: a quarter of the 1M
// bench is 249,126 tickets, 299 MiB held at once). The chunks are a creation-index walk of the
// period: a chunk boundary that dropped or counted twice a ticket (a run of tickets created in the
// same second cut in two, the last chunk forgotten) must change the figures. Every demo engagement
// and a generated one of thousands of tickets are replayed in chunks of 7 and whole, on both
// dialects.
#include "models/domain/demoportfolio.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/supportmodelwhatifloader.h"
#include "tests/storage/fastpathdata.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <climits>

using Models::SupportModelWhatIfData;
using Models::SupportModelWhatIfLoader;

namespace {

const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(s_asOf, QTime(12, 0), QTimeZone::utc()); // replays August to October 2026
constexpr int s_generated = 3000;
constexpr int s_run = 20; // tickets created in the same second, every 100: longer than a chunk

qint64 utc(const QDate &date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

/// FastPathTest's ticket n moved into the period (one every 30 min from 2 August 2026), the first
/// 20 of every 100 created in the same second.
Domain::Ticket generated(int n)
{
    Domain::Ticket t = FastPathTest::ticket(n);
    const qint64 shift = utc(QDate(2026, 8, 2), 8) - utc(QDate(2026, 1, 1), 8) -
                         (n % 100 < s_run ? qint64(n % 100) * 1800 : 0);
    t.created += shift;
    if (t.firstResponse)
        *t.firstResponse += shift;
    if (t.resolved)
        *t.resolved += shift;
    for (Domain::StatusChange &change : t.history)
        change.at += shift;
    return t;
}

/// The what-if of `engagement` in chunks of `chunkSize` tickets.
SupportModelWhatIfData replay(const Storage::Database &db, const Domain::Engagement &engagement, int months,
                              int chunkSize)
{
    SupportModelWhatIfLoader loader(db);
    loader.setChunkSize(chunkSize);
    SupportModelWhatIfData data;
    const SupportModelWhatIfLoader::Error error = loader.load(engagement, months, s_now, &data);
    if (error)
        qWarning("%s", qPrintable(error.message(engagement)));
    return data;
}

} // namespace

class TestSupportModelWhatIfChunks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Storage::Database m_db;
    QVector<Domain::Engagement> m_engagements;

    QString demoFile() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }

    /// A demo engagement on an office calendar that started before the period, with the
    /// generated tickets and, on its first day off of the period, a worklog on each of the first
    /// 25 severity-1 ones (spread over many chunks).
    bool addGenerated(Domain::Engagement *out)
    {
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            Domain::BusinessCalendar calendar;
            if (!Storage::CalendarRepository(m_db).calendarFor(e.id, &calendar).isNull() ||
                calendar.isAlwaysOpen() || !e.start.isValid() || e.start >= QDate(2026, 8, 1))
                continue;
            QVector<Domain::Ticket> tickets;
            for (int n = 0; n < s_generated; ++n)
                tickets.append(generated(n));
            QDate dayOff(2026, 8, 1);
            while (calendar.isWorkingDay(dayOff))
                dayOff = dayOff.addDays(1);
            QVector<Domain::Worklog> logs;
            for (int n = 0; n < 100; n += 4) { // FastPathTest: severity 1 + n % 4
                Domain::Worklog w;
                w.sourceKey = QStringLiteral("GEN-W%1").arg(n);
                w.date = dayOff;
                w.person = QStringLiteral("Test Person");
                w.role = Domain::Role::Ops;
                w.seconds = 3600;
                w.ticketKey = generated(n * 29).key; // spread over the period
                logs.append(w);
            }
            Storage::UpsertCounts counts;
            if (!Storage::TicketRepository(m_db)
                     .upsert(e.id, QStringLiteral("gen"), tickets, &counts)
                     .isNull() ||
                !Storage::WorklogRepository(m_db).upsert(e.id, QStringLiteral("gen"), logs, &counts).isNull())
                return false;
            *out = e;
            return true;
        }
        return false;
    }

private slots:
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
        QString location;
        DD_DATABASE_COPY(location, demoFile(), m_dir.path());
        QVERIFY(
            m_db.open(location, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist)
                .isNull());
        QVERIFY(Storage::EngagementRepository(m_db).all(&m_engagements).isNull());
        QVERIFY(!m_engagements.isEmpty());
    }

    void shouldReplayEveryDemoEngagementInChunksAsWhole()
    {
        int withTickets = 0;
        for (const Domain::Engagement &e : std::as_const(m_engagements)) {
            for (int months : {3, 12}) {
                const SupportModelWhatIfData whole = replay(m_db, e, months, INT_MAX);
                const SupportModelWhatIfData chunked = replay(m_db, e, months, 7);
                QCOMPARE(chunked.results.size(), whole.results.size());
                for (int i = 0; i < whole.results.size(); ++i)
                    QVERIFY2(
                        chunked.results.at(i) == whole.results.at(i),
                        qPrintable(QStringLiteral("%1, %2 months, model %3").arg(e.key).arg(months).arg(i)));
                if (!whole.results.isEmpty() && whole.results.at(0).tickets > 7)
                    ++withTickets;
            }
        }
        QVERIFY2(withTickets > 0, "some demo engagement has more tickets than a chunk");
    }

    void shouldReplayThousandsOfTicketsInChunksAsWhole()
    {
        Domain::Engagement e;
        QVERIFY2(addGenerated(&e), "a demo engagement on an office calendar takes the generated tickets");
        const SupportModelWhatIfData whole = replay(m_db, e, 3, INT_MAX);
        QCOMPARE(whole.firstMonth, QDate(2026, 8, 1));
        QVERIFY(whole.results.value(0).tickets >= s_generated);
        // The 25 hours on severity-1 tickets on a day off: their tickets come in many chunks.
        QVERIFY(whole.results.value(0).severity1NonWorkingDayMinutes >= 25 * 60);
        for (int size : {1, 7, 19, 4096}) {
            const SupportModelWhatIfData chunked = replay(m_db, e, 3, size);
            QCOMPARE(chunked.results.size(), whole.results.size());
            for (int i = 0; i < whole.results.size(); ++i)
                QVERIFY2(chunked.results.at(i) == whole.results.at(i),
                         qPrintable(QStringLiteral("chunks of %1, model %2").arg(size).arg(i)));
        }
    }

    void shouldListThePeriodInChunksAsAWhole()
    {
        Domain::Engagement e;
        QVERIFY(addGenerated(&e));
        const Storage::TicketRepository repository(m_db);
        const qint64 from = utc(QDate(2026, 8, 1), 0);
        const qint64 to = utc(QDate(2026, 11, 1), 0);
        QVector<Domain::Ticket> expected;
        QVERIFY(repository.listCreated(e.id, from, to, &expected).isNull());
        QVERIFY(expected.size() >= s_generated);
        QVector<Domain::Ticket> chunked;
        int chunks = 0;
        QVERIFY(repository
                    .forEachCreatedChunk(e.id, from, to, 7,
                                         [&](QVector<Domain::Ticket> &chunk) {
                                             ++chunks;
                                             // More than 7 only for a run created in the same second
                                             if (chunk.size() > 7 &&
                                                 chunk.first().created != chunk.last().created)
                                                 return false;
                                             chunked += chunk;
                                             return true;
                                         })
                    .isNull());
        QCOMPARE(chunked.size(), expected.size());
        QCOMPARE(chunked, expected);
        QVERIFY(chunks >= expected.size() / 7 - s_generated / 100 * s_run / 7);

        // `visit` stops the read; an empty range visits nothing.
        chunks = 0;
        QVERIFY(repository
                    .forEachCreatedChunk(e.id, from, to, 7,
                                         [&](QVector<Domain::Ticket> &) { return ++chunks < 3; })
                    .isNull());
        QCOMPARE(chunks, 3);
        QVERIFY(repository
                    .forEachCreatedChunk(e.id, to, to, 7,
                                         [&](QVector<Domain::Ticket> &) { return ++chunks, true; })
                    .isNull());
        QCOMPARE(chunks, 3);
    }

    void shouldStopBetweenChunksWhenCancelled()
    {
        Domain::Engagement e;
        QVERIFY(addGenerated(&e));
        SupportModelWhatIfLoader loader(m_db);
        loader.setChunkSize(7);
        SupportModelWhatIfData data = replay(m_db, e, 3, 7);
        QVERIFY(!data.results.isEmpty());
        int asked = 0;
        QVERIFY(!loader.load(e, 3, s_now, &data, [&asked] { return ++asked == 2; }));
        QCOMPARE(asked, 2); // after the second chunk of hundreds
        QVERIFY(data.results.isEmpty());
        QVERIFY(!data.firstMonth.isValid());
    }
};

QTEST_GUILESS_MAIN(TestSupportModelWhatIfChunks)
#include "tst_supportmodelwhatifchunks.moc"

// The loader behind `tickets list`: every ticket streamed once, in creation order, with the time
// it spent in pause statuses: those of the SLA policy version in force, or the import mappings'
// ones before the first version; a visit that returns false stops the stream.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/ticketlistloader.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::TicketListLoader;

namespace {
constexpr qint64 H = 3600;

qint64 at(const QDate &date)
{
    return QDateTime(date, QTime(9, 0), QTimeZone("Europe/Stockholm")).toSecsSinceEpoch();
}

/// Open, then `pause` after 1 h, back in progress 2 h later, resolved 2 h after that.
Domain::Ticket ticket(const QString &key, qint64 created, const QString &pause)
{
    Domain::Ticket t;
    t.key = key;
    t.status = QStringLiteral("Resolved");
    t.created = created;
    t.resolved = created + 5 * H;
    t.history = {{created, QStringLiteral("Open")},
                 {created + H, pause},
                 {created + 3 * H, QStringLiteral("In Progress")},
                 {created + 5 * H, QStringLiteral("Resolved")}};
    return t;
}
} // namespace

class TestTicketListLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_engagement;

private slots:
    // On both dialects (issue 15): a new SQLite file, or a new database on the test server, per test.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        m_engagement = {};
        DD_OPEN_FRESH_DATABASE(m_db, m_dir.path());
        // GIVEN an engagement from 1 March without a stored policy: the default policy, whose
        // pause statuses include "Waiting for vendor" but not "On Hold" (an import mapping's one)
        m_engagement.key = QStringLiteral("LIST");
        m_engagement.client = QStringLiteral("List AB");
        m_engagement.model = Domain::SupportModel::SlaHotfix;
        m_engagement.start = QDate(2026, 3, 1);
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_engagement).isNull());
        Domain::Ticket open = ticket(QStringLiteral("T-4"), at(QDate(2026, 3, 12)), QStringLiteral("Open"));
        open.resolved.reset();
        open.status = QStringLiteral("Waiting for vendor");
        open.history = {{open.created, QStringLiteral("Open")},
                        {open.created + H, QStringLiteral("Waiting for vendor")}};
        Domain::Ticket lastPause =
            ticket(QStringLiteral("T-3"), at(QDate(2026, 3, 11)), QStringLiteral("Open"));
        lastPause.history = {{lastPause.created, QStringLiteral("Open")},
                             {lastPause.created + 4 * H, QStringLiteral("Waiting for vendor")}};
        const QVector<Domain::Ticket> tickets = {
            ticket(QStringLiteral("T-2"), at(QDate(2026, 3, 10)), QStringLiteral("On Hold")),
            ticket(QStringLiteral("T-1"), at(QDate(2026, 2, 10)), QStringLiteral("On Hold")), open,
            lastPause};
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(m_db)
                    .upsert(m_engagement.id, QStringLiteral("test"), tickets, &counts)
                    .isNull());
    }

    void shouldStreamEveryTicketWithItsPausedTime()
    {
        QStringList keys;
        QVector<qint64> paused;
        const Storage::StorageError error =
            TicketListLoader(m_db).forEach(m_engagement, [&](const Domain::Ticket &t, qint64 seconds) {
                keys.append(t.key);
                paused.append(seconds);
                return true;
            });
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        // THEN in creation order: T-1 before the policy's first version pauses on the mappings'
        // "On Hold"; T-2 under the policy does not; T-3's last pause lasts until the resolution;
        // T-4's pause has no end yet and counts nothing
        QCOMPARE(keys, (QStringList{QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-3"),
                                    QStringLiteral("T-4")}));
        QCOMPARE(paused, (QVector<qint64>{2 * H, 0, H, 0}));
    }

    void shouldTakeThePolicyInForceOnTheLocalCreationDate()
    {
        // GIVEN an engagement whose default policy is in force from 1 March in Stockholm, and
        // tickets created around that start (close to it and days away, on either side)
        Domain::Engagement e = m_engagement;
        e.id = 0;
        e.key = QStringLiteral("EDGE");
        e.timeZone = "Europe/Stockholm";
        QVERIFY(Storage::EngagementRepository(m_db).insert(&e).isNull());
        const QTimeZone stockholm("Europe/Stockholm");
        const auto local = [&](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), stockholm).toSecsSinceEpoch();
        };
        const QVector<qint64> created = {local(2, 20, 12, 0), local(2, 28, 23, 59), local(3, 1, 0, 0),
                                         local(3, 1, 0, 30), local(3, 5, 8, 0)};
        QVector<Domain::Ticket> tickets;
        for (const qint64 c : created)
            tickets.append(ticket(QStringLiteral("E-%1").arg(tickets.size()), c, QStringLiteral("On Hold")));
        Storage::UpsertCounts counts;
        QVERIFY(
            Storage::TicketRepository(m_db).upsert(e.id, QStringLiteral("test"), tickets, &counts).isNull());
        // WHEN listed THEN "On Hold" pauses (the mappings' status) only before 1 March, local time
        QVector<qint64> paused;
        QVERIFY(TicketListLoader(m_db)
                    .forEach(e,
                             [&](const Domain::Ticket &, qint64 seconds) {
                                 paused.append(seconds);
                                 return true;
                             })
                    .isNull());
        QCOMPARE(paused, (QVector<qint64>{2 * H, 2 * H, 0, 0, 0}));
    }

    void shouldStopWhenTheVisitSaysSo()
    {
        int visits = 0;
        QVERIFY(TicketListLoader(m_db)
                    .forEach(m_engagement,
                             [&](const Domain::Ticket &, qint64) {
                                 ++visits;
                                 return false;
                             })
                    .isNull());
        QCOMPARE(visits, 1);
    }

    void shouldFailForAnEngagementThatIsNotThere()
    {
        Domain::Engagement missing = m_engagement;
        missing.id = m_engagement.id + 1000;
        int visits = 0;
        const Storage::StorageError error =
            TicketListLoader(m_db).forEach(missing, [&](const Domain::Ticket &, qint64) {
                ++visits;
                return true;
            });
        QVERIFY(!error.isNull());
        QCOMPARE(visits, 0);
    }
};

QTEST_GUILESS_MAIN(TestTicketListLoader)
#include "tst_ticketlistloader.moc"

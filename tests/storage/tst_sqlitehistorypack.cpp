// The one sorted read of `tickets list` (SqliteTicketStream, Path::Sorted): each ticket carries its
// status changes packed by the dd_status_changes aggregate, so SQLite sorts the tickets once
// instead of sorting them and their status changes apart. Its plan (one sort, the history reached
// through its primary key), what it reads (the QSqlQuery reference, also when a ticket's status
// changes are stored out of their seq order) and the packing itself are checked here.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqlitehistorypack.h"
#include "models/storage/sqliteticketstream.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>

using Storage::SqliteHistoryPack;
using Storage::SqliteTicketStream;

namespace {

const qint64 s_start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();

/// Ticket `n`: 0–4 status changes, statuses with non-ASCII and empty text, ties on the creation
/// second every third ticket.
Domain::Ticket ticket(int n)
{
    Domain::Ticket t;
    t.key = QStringLiteral("K-%1").arg(n);
    t.severity = 1 + n % 4;
    t.title = QString::fromUtf8("Kassan \xF0\x9F\x9B\x92 %1").arg(n);
    t.created = s_start + 60 * (n / 3);
    t.status = QStringLiteral("Open");
    if (n % 2)
        t.resolved = t.created + 3600;
    const QStringList statuses = {QStringLiteral("In Progress"), QString::fromUtf8("Väntar på kund"),
                                  QString(), QStringLiteral("Resolved")};
    for (int c = 0; c < n % 5; ++c)
        t.history.append({t.created + 60 * (c + 1), statuses.at(c % statuses.size()), c % 2 ? 3 : 0});
    return t;
}

} // namespace

class TestSqliteHistoryPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Storage::Database m_db;
    qint64 m_engagement = 0;

    QVector<Domain::Ticket> streamed(SqliteTicketStream::Path *path)
    {
        QVector<Domain::Ticket> out;
        SqliteTicketStream stream(Storage::sqliteHandle(m_db.connection()));
        const Storage::StorageError error = stream.forEach(m_engagement, true, [&](const Domain::Ticket &t) {
            out.append(t);
            return true;
        });
        if (error)
            qWarning() << error.toString();
        *path = stream.path();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("pack.sqlite")), Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e;
        e.key = QStringLiteral("E");
        e.client = QStringLiteral("E");
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2026, 1, 1);
        e.timeZone = "Europe/Stockholm";
        QVERIFY(Storage::EngagementRepository(m_db).insert(&e).isNull());
        m_engagement = e.id;
        // Stored out of creation order (a shuffled file): the sorted read.
        QVector<Domain::Ticket> tickets;
        for (int i = 0; i < 500; ++i)
            tickets.append(ticket(i));
        std::shuffle(tickets.begin(), tickets.end(), *QRandomGenerator::global());
        std::swap(tickets.first(), tickets.last());
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(m_db)
                    .upsert(m_engagement, QStringLiteral("jira"), tickets, &counts)
                    .isNull());
    }

    void shouldSortOnceAndReachTheHistoryByItsKey()
    {
        // GIVEN the aggregate on the connection
        sqlite3 *handle = Storage::sqliteHandle(m_db.connection());
        QCOMPARE(SqliteHistoryPack::registerOn(handle), SQLITE_OK);
        for (const bool scan : {true, false}) {
            // WHEN SQLite plans the sorted read
            QSqlQuery plan(m_db.connection());
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                              QString::fromUtf8(SqliteTicketStream::sortedQuery(scan).replace(
                                  "?1", QByteArray::number(m_engagement)))));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + QLatin1Char('\n');
            // THEN there is one sort (the tickets'), and each ticket's changes are one search of the
            // history's primary key, in its (ticket, seq) order
            QCOMPARE(steps.count(QLatin1String("TEMP B-TREE")), 1);
            if (scan) // the table walked, sorted whole (a small engagement: its creation index, then a
                      // partial sort)
                QVERIFY2(steps.contains(QLatin1String("SCAN t")) &&
                             steps.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")),
                         qPrintable(steps));
            QVERIFY2(steps.contains(QLatin1String(
                         "SEARCH h USING INDEX sqlite_autoindex_ticket_status_history_1 (ticket_id=?)")),
                     qPrintable(steps));
            QVERIFY2(!steps.contains(QLatin1String("SCAN h")), qPrintable(steps));
        }
    }

    void shouldReadWhatTheQueriesOfTheRepositoryRead()
    {
        // GIVEN shuffled tickets, and one ticket's status changes stored in reverse seq order
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TABLE reversed AS SELECT * FROM ticket_status_history WHERE ticket_id = "
            "(SELECT id FROM tickets WHERE source_key = 'K-104')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_status_history WHERE ticket_id IN "
                                      "(SELECT ticket_id FROM reversed)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO ticket_status_history SELECT * FROM reversed ORDER BY seq DESC")));
        QCOMPARE(q.numRowsAffected(), 4);
        QVector<Domain::Ticket> reference;
        QVERIFY(Storage::TicketRepository(m_db).list(m_engagement, &reference).isNull());
        QCOMPARE(reference.size(), 500);

        // WHEN they are streamed
        SqliteTicketStream::Path path = SqliteTicketStream::Path::None;
        const QVector<Domain::Ticket> read = streamed(&path);

        // THEN in one sort, ticket for ticket what the two sorted QSqlQuery reads give
        QCOMPARE(path, SqliteTicketStream::Path::Sorted);
        QCOMPARE(read.size(), reference.size());
        for (int i = 0; i < reference.size(); ++i)
            QVERIFY2(read.at(i) == reference.at(i), qPrintable(reference.at(i).key));
        const auto reversed = std::find_if(read.begin(), read.end(), [](const Domain::Ticket &t) {
            return t.key == QLatin1String("K-104");
        });
        QVERIFY(reversed != read.end());
        QCOMPARE(reversed->history.size(), 4);
        QVERIFY(reversed->history.at(0).at < reversed->history.at(3).at);
        QCOMPARE(reversed->history.at(2).status, QString(QLatin1String(""))); // '' stays empty, not NULL
    }

    void shouldPackAndUnpackEveryValue()
    {
        // GIVEN rows with NULL, empty and non-ASCII statuses and 64-bit instants
        sqlite3 *handle = Storage::sqliteHandle(m_db.connection());
        QCOMPARE(SqliteHistoryPack::registerOn(handle), SQLITE_OK);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT dd_status_changes(s, a, v, t) FROM (SELECT 1 AS s, -9000000000 AS a, 2 AS v, NULL AS t "
            "UNION ALL SELECT 2, 4102444800, 0, '' UNION ALL SELECT 3, 7, 4, 'Väntar') ORDER BY 1")));
        QVERIFY(q.next());
        const QByteArray blob = q.value(0).toByteArray();
        // WHEN read back THEN every value is as it went in
        SqliteHistoryPack::Reader reader(blob.constData(), int(blob.size()));
        SqliteHistoryPack::Change c;
        QVERIFY(reader.next(&c));
        QCOMPARE(c.seq, 1);
        QCOMPARE(c.changedAt, Q_INT64_C(-9000000000));
        QCOMPARE(c.severity, 2);
        QVERIFY(c.status.isNull());
        QVERIFY(reader.next(&c));
        QCOMPARE(c.changedAt, Q_INT64_C(4102444800));
        QVERIFY(!c.status.isNull() && c.status.isEmpty());
        QVERIFY(reader.next(&c));
        QCOMPARE(QString::fromUtf8(c.status), QString::fromUtf8("Väntar"));
        QVERIFY(!reader.next(&c));
        QVERIFY(!reader.malformed());
        // AND no row gives NULL, and a blob cut short is noticed
        QVERIFY(q.exec(QStringLiteral("SELECT dd_status_changes(1, 2, 3, 'x') WHERE 0")));
        QVERIFY(q.next() && q.value(0).isNull());
        SqliteHistoryPack::Reader cut(blob.constData(), int(blob.size()) - 1);
        while (cut.next(&c)) {
        }
        QVERIFY(cut.malformed());
    }
};

QTEST_GUILESS_MAIN(TestSqliteHistoryPack)
#include "tst_sqlitehistorypack.moc"

// The SQLite reader of `tickets list` and the exports (SqliteTicketStream): tickets stored in creation
// order are read without a sort, any other shape falls back to the sorted read, and both hand out
// exactly what TicketRepository::list reads through QSqlQuery (the reference): the same tickets,
// fields, status changes and order, also for NULL instants, no history, non-ASCII text, runs of
// tickets created in the same second, another engagement's tickets stored between them and a later
// ticket's status changes stored among theirs.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/sqliteticketstream.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

using Storage::SqliteTicketStream;
using Path = SqliteTicketStream::Path;

Q_DECLARE_METATYPE(Path)

namespace {

const qint64 s_start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();

/// Keys whose UTF-8 bytes and UTF-16 units sort differently (U+FF21 against a surrogate pair).
const QStringList s_oddKeys = {QString::fromUtf8("\xEF\xBC\xA1-1"), QString::fromUtf8("\xF0\x9F\x98\x80-1"),
                               QString::fromUtf8("\xC3\x84-1"), QStringLiteral("Z-1"), QStringLiteral("a-1")};

/// Ticket `n` created at `second` seconds after the start: every shape of field in turn.
Domain::Ticket ticket(int n, qint64 second, const QString &key = {})
{
    Domain::Ticket t;
    t.key = key.isEmpty() ? QStringLiteral("T-%1").arg(n) : key;
    t.kind = static_cast<Domain::TicketKind>(n % Domain::TicketKindCount);
    t.severity = 1 + n % 4;
    t.serviceLevel = n % 3 ? Domain::ServiceLevel::L2 : Domain::ServiceLevel::L1;
    t.activity = n % 2 ? QStringLiteral("A-%1").arg(n % 5) : QString();
    t.title = n % 3 ? QString::fromUtf8("Kassan \xF0\x9F\x9B\x92 nere %1").arg(n)
                    : QStringLiteral("Checkout fails");
    t.created = s_start + second;
    if (n % 4 != 1)
        t.firstResponse = t.created + 600;
    if (n % 3 != 0)
        t.resolved = t.created + 7200;
    t.status = t.resolved ? QStringLiteral("Resolved") : QString::fromUtf8("Väntar på kund");
    for (int c = 0; c < n % 4; ++c) // n % 4 == 0: no history
        t.history.append({t.created + 60 * (c + 1),
                          c % 2 ? QString::fromUtf8("Väntar på kund") : QStringLiteral("In Progress"),
                          c % 2 ? 2 : 0});
    if (n % 5 == 2)
        t.vendorSla = {{QStringLiteral("Time to first response"), QStringLiteral("-1:30"), -5400, true}};
    return t;
}

/// `count` tickets in creation order, some sharing a second; within a second the keys descend.
QVector<Domain::Ticket> inCreationOrder(int count)
{
    QVector<Domain::Ticket> out;
    for (int i = 0; i < count; ++i)
        out.append(ticket(i, 60 * (i / 3), QStringLiteral("T-%1").arg(1000000 - i)));
    return out;
}

} // namespace

class TestSqliteTicketStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 addEngagement(Storage::Database &db, const QString &key)
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key;
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2026, 1, 1);
        e.timeZone = "Europe/Stockholm";
        return Storage::EngagementRepository(db).insert(&e).isNull() ? e.id : 0;
    }

    static bool upsert(Storage::Database &db, qint64 engagement, const QVector<Domain::Ticket> &tickets)
    {
        Storage::UpsertCounts counts;
        return Storage::TicketRepository(db)
            .upsert(engagement, QStringLiteral("jira"), tickets, &counts)
            .isNull();
    }

    static QVector<Domain::Ticket> streamed(Storage::Database &db, qint64 engagement, bool scan, Path *path,
                                            int stopAfter = -1)
    {
        QVector<Domain::Ticket> out;
        SqliteTicketStream stream(Storage::sqliteHandle(db.connection()));
        const Storage::StorageError error = stream.forEach(engagement, scan, [&](const Domain::Ticket &t) {
            out.append(t);
            return out.size() != stopAfter;
        });
        if (error)
            qWarning() << error.toString();
        *path = stream.path();
        return out;
    }

private slots:
    void shouldReadWhatTheSortedQueryReads_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<Path>("path");
        QTest::newRow("in creation order") << QStringLiteral("ordered") << Path::InOrder;
        QTest::newRow("none") << QStringLiteral("empty") << Path::InOrder;
        QTest::newRow("between another engagement's") << QStringLiteral("interleaved") << Path::InOrder;
        QTest::newRow("same second, non-ASCII keys") << QStringLiteral("odd keys") << Path::InOrder;
        QTest::newRow("shuffled") << QStringLiteral("shuffled") << Path::Sorted;
        QTest::newRow("one ticket stored late") << QStringLiteral("one late") << Path::Sorted;
        QTest::newRow("a history stored again") << QStringLiteral("history moved") << Path::Sorted;
        QTest::newRow("a later ticket's changes among ours")
            << QStringLiteral("other's changes between") << Path::InOrder;
        QTest::newRow("too many in one second") << QStringLiteral("same second") << Path::Sorted;
    }

    void shouldReadWhatTheSortedQueryReads()
    {
        QFETCH(QString, shape);
        QFETCH(Path, path);
        // GIVEN tickets stored in `shape`
        Storage::Database db;
        QVERIFY(db.open(m_dir.filePath(shape + QStringLiteral(".sqlite")),
                        Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        const qint64 engagement = addEngagement(db, QStringLiteral("E"));
        const qint64 other = addEngagement(db, QStringLiteral("OTHER"));
        QVERIFY(engagement > 0 && other > 0);
        QVector<Domain::Ticket> tickets = inCreationOrder(300);
        if (shape == QLatin1String("ordered")) {
            QVERIFY(upsert(db, engagement, tickets));
        } else if (shape == QLatin1String("interleaved")) {
            for (int i = 0; i < tickets.size(); ++i) {
                QVERIFY(upsert(db, engagement, {tickets.at(i)}));
                QVERIFY(upsert(db, other, {ticket(i + 7, 30 * i, QStringLiteral("O-%1").arg(i))}));
            }
        } else if (shape == QLatin1String("odd keys")) {
            tickets.clear();
            for (int i = 0; i < s_oddKeys.size(); ++i)
                tickets.append(ticket(i, 5, s_oddKeys.at(i)));
            tickets.prepend(ticket(9, 0, s_oddKeys.at(1) + s_oddKeys.at(0)));
            tickets.append(ticket(10, 9, s_oddKeys.at(0) + QLatin1Char('x')));
            QVERIFY(upsert(db, engagement, tickets));
        } else if (shape == QLatin1String("shuffled")) {
            std::shuffle(tickets.begin(), tickets.end(), *QRandomGenerator::global());
            std::swap(tickets.first(), tickets.last()); // never the identity
            QVERIFY(upsert(db, engagement, tickets));
        } else if (shape == QLatin1String("one late")) {
            const Domain::Ticket late = tickets.takeAt(100);
            tickets.append(late);
            QVERIFY(upsert(db, engagement, tickets));
        } else if (shape == QLatin1String("history moved")) {
            QVERIFY(upsert(db, engagement, tickets));
            // a ticket's changes written again (as an update does): their row ids now come last
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("CREATE TEMP TABLE moved AS SELECT * FROM ticket_status_history "
                               "WHERE ticket_id = (SELECT id FROM tickets WHERE source_key = 'T-999990')")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_status_history WHERE ticket_id IN "
                                          "(SELECT ticket_id FROM moved)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ticket_status_history SELECT * FROM moved")));
            QCOMPARE(q.numRowsAffected(), 2);
        } else if (shape == QLatin1String("other's changes between")) {
            // Another engagement's ticket stored after ours (a larger id) whose changes lie among
            // ours in row id order: the second half of ours written again after it, in ticket
            // order, so that our own changes still rise (as a copy from a server can lay them out).
            QVERIFY(upsert(db, engagement, tickets));
            QVERIFY(upsert(db, other, {ticket(7, 30, QStringLiteral("O-1"))}));
            const QString ours = QStringLiteral("SELECT * FROM ticket_status_history WHERE ticket_id IN "
                                                "(SELECT id FROM tickets WHERE engagement_id = %1) "
                                                "AND ticket_id > (SELECT MIN(id) + 150 FROM tickets) "
                                                "ORDER BY ticket_id, seq")
                                     .arg(engagement);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE moved AS ") + ours));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ticket_status_history WHERE rowid IN (SELECT "
                                          "h.rowid FROM ticket_status_history h JOIN moved m "
                                          "ON m.ticket_id = h.ticket_id AND m.seq = h.seq)")));
            QVERIFY(q.numRowsAffected() > 100);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ticket_status_history SELECT * FROM moved "
                                          "ORDER BY ticket_id, seq")));
        } else if (shape == QLatin1String("same second")) {
            tickets.clear();
            for (int i = 0; i <= SqliteTicketStream::MaxSameSecond; ++i)
                tickets.append(ticket(i, 0, QStringLiteral("S-%1").arg(i)));
            QVERIFY(upsert(db, engagement, tickets));
        } else {
            tickets.clear();
        }
        QVector<Domain::Ticket> reference;
        QVERIFY(Storage::TicketRepository(db).list(engagement, &reference).isNull());
        QCOMPARE(reference.size(), tickets.size());

        // WHEN the engagement is read as a large one (walking the tables) THEN it is read in `path`
        // and is the reference, ticket by ticket
        Path taken = Path::None;
        const QVector<Domain::Ticket> scanned = streamed(db, engagement, true, &taken);
        QCOMPARE(taken, path);
        QCOMPARE(scanned.size(), reference.size());
        for (int i = 0; i < reference.size(); ++i) {
            QCOMPARE(scanned.at(i).key, reference.at(i).key);
            QVERIFY2(scanned.at(i) == reference.at(i), qPrintable(reference.at(i).key));
        }
        // AND read as a small one (through its indexes), sorted, it is the reference too
        QCOMPARE(streamed(db, engagement, false, &taken), reference);
        QCOMPARE(taken, Path::Sorted);
        // AND through the repository
        QVector<Domain::Ticket> repository;
        QVERIFY(Storage::TicketRepository(db)
                    .forEach(engagement,
                             [&](const Domain::Ticket &t) {
                                 repository.append(t);
                                 return true;
                             })
                    .isNull());
        QCOMPARE(repository, reference);
        // AND a visit that stops after two tickets gets two, in order
        const QVector<Domain::Ticket> stopped = streamed(db, engagement, true, &taken, 2);
        QCOMPARE(stopped, reference.mid(0, 2));
    }
};

QTEST_GUILESS_MAIN(TestSqliteTicketStream)
#include "tst_sqliteticketstream.moc"

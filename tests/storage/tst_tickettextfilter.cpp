// Text in the tickets table. The filter ignores the case of every letter, not only of A–Z: a
// Swedish title "Ändra leveransadress" is found by "ändra" (SQLite's LIKE alone would not find it);
// through the count, the pages and the filter's ids, and on a connection of another thread (the
// window reads its pages on a worker). Keys sort in their natural order (FG-2 before FG-10, 99
// before 100) through an index, and a key is found through that index. On both dialects.
#include "testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketbrowserepository.h"
#include "models/storage/ticketbrowsesql.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QtTest>
#include <algorithm>

using Storage::TicketBrowseFilter;
using Storage::TicketBrowseRepository;
using Storage::TicketBrowseRow;
using Storage::TicketSortKey;

namespace {

/// Key and title of each ticket: Swedish letters in both cases, a German ß and a Greek sigma,
/// and titles that differ only by a letter LIKE treats as the same or not.
const QVector<QPair<const char *, const char *>> s_tickets = {
    {"SE-1", "Ändra leveransadress i kassan"}, {"SE-2", "ändra pris på presentkort"},
    {"SE-3", "ÅTERBETALNING saknas"},          {"SE-4", "Återbetalning dubbelbokad"},
    {"SE-5", "Öka lagersaldo för Öland"},      {"SE-6", "Andra leveranser försenade"},
    {"SE-7", "Straße fehlt im Formular"},      {"SE-8", "ΣΦΑΛΜΑ στην πληρωμή"},
    {"SE-9", "50% rabatt på ÄLGSKINN"},        {"ÄR-10", "Nyhetsbrev"},
};

QStringList sorted(QStringList keys)
{
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

class TestTicketTextFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    qint64 m_engagement = 0;

    /// A new engagement `key` holding one ticket for each key and title; its id (0 on failure).
    qint64 addEngagement(const QString &key, const QVector<QPair<QString, QString>> &keysAndTitles)
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key;
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2025, 1, 1);
        if (!Storage::EngagementRepository(*m_db).insert(&e).isNull())
            return 0;
        QVector<Domain::Ticket> tickets;
        const qint64 created = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (const auto &[ticketKey, title] : keysAndTitles) {
            Domain::Ticket t;
            t.key = ticketKey;
            t.title = title;
            t.severity = 3;
            t.status = QStringLiteral("New");
            t.created = created;
            tickets.append(t);
        }
        Storage::UpsertCounts counts;
        const bool stored =
            Storage::TicketRepository(*m_db).upsert(e.id, QStringLiteral("jira"), tickets, &counts).isNull();
        return stored && counts.added == keysAndTitles.size() ? e.id : 0;
    }

    /// The keys that pass `text`, and the count, the pages and the filter's ids must agree.
    QStringList keysOf(const QString &text)
    {
        TicketBrowseFilter filter;
        filter.text = text;
        TicketBrowseRepository repository(*m_db);
        Storage::TicketBrowseCounts counts;
        QStringList keys;
        [&] {
            QVERIFY(repository.summary(m_engagement, &counts).isNull());
            QVERIFY(repository.filterCounts(m_engagement, filter, &counts).isNull());
            QVector<TicketBrowseRow> page;
            QVERIFY(repository.rows(m_engagement, filter, TicketSortKey::Title, false, 0, 100, counts, &page)
                        .isNull());
            for (const TicketBrowseRow &row : std::as_const(page))
                keys << row.key;
            QCOMPARE(qint64(keys.size()), counts.shown);
            qint64 counted = -1;
            QVERIFY(repository.count(m_engagement, filter, &counted).isNull());
            QCOMPARE(counted, counts.shown);
        }();
        return sorted(keys);
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(m_db->open(location, Storage::Database::Access::ReadWrite,
                           Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        QVector<QPair<QString, QString>> tickets;
        for (const auto &[key, title] : s_tickets)
            tickets.append({QString::fromUtf8(key), QString::fromUtf8(title)});
        m_engagement = addEngagement(QStringLiteral("SVENSKA"), tickets);
        QVERIFY(m_engagement > 0);
    }

    void cleanup() { m_db.reset(); }

    void shouldIgnoreTheCaseOfEveryLetter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *k : list)
                out << QString::fromUtf8(k);
            return sorted(out);
        };
        QTest::newRow("lower finds upper") << QStringLiteral("ändra") << keys({"SE-1", "SE-2"});
        QTest::newRow("upper finds lower") << QStringLiteral("ÄNDRA") << keys({"SE-1", "SE-2"});
        QTest::newRow("mixed") << QStringLiteral("åTeRbEtAlNiNg") << keys({"SE-3", "SE-4"});
        QTest::newRow("å is not a") << QStringLiteral("återbetalning s") << keys({"SE-3"});
        QTest::newRow("a is not ä: ASCII text") << QStringLiteral("andra") << keys({"SE-6"});
        QTest::newRow("twice in a title") << QStringLiteral("öLAND") << keys({"SE-5"});
        QTest::newRow("inside a word") << QStringLiteral("lgskinn") << keys({"SE-9"});
        QTest::newRow("% stays a character") << QStringLiteral("0% rabatt på älg") << keys({"SE-9"});
        QTest::newRow("_ stays a character") << QStringLiteral("ä_dra") << QStringList();
        QTest::newRow("in the key") << QStringLiteral("är-1") << keys({"ÄR-10"});
        QTest::newRow("German") << QStringLiteral("STRASSE") << QStringList(); // simple folding: ß ≠ ss
        QTest::newRow("ß itself") << QStringLiteral("straße") << keys({"SE-7"});
        QTest::newRow("Greek") << QStringLiteral("σφάλμα") << QStringList(); // the accent is a letter
        QTest::newRow("Greek, same letters") << QStringLiteral("σφαλμα στην") << keys({"SE-8"});
        QTest::newRow("nothing") << QStringLiteral("ängel") << QStringList();
    }

    void shouldIgnoreTheCaseOfEveryLetter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(keysOf(text), expected);
    }

    void shouldSortKeysInTheirNaturalOrder()
    {
        // Jira's keys, Zendesk's numbers, ServiceNow's zero-padded numbers, a key without digits.
        const QStringList natural = {
            QStringLiteral("99"),    QStringLiteral("100"),        QStringLiteral("FG-1"),
            QStringLiteral("FG-2"),  QStringLiteral("FG-10"),      QStringLiteral("FG-100"),
            QStringLiteral("FG"),    QStringLiteral("INC0000045"), QStringLiteral("INC0000100"),
            QStringLiteral("SUP-3"), QStringLiteral("fg-7")};
        QVector<QPair<QString, QString>> tickets;
        for (int i = natural.size() - 1; i >= 0; --i) { // stored in another order than sorted
            const QString key = natural.at((i * 7) % natural.size());
            tickets.append({key, key});
        }
        const qint64 engagement = addEngagement(QStringLiteral("KEYS"), tickets);
        QVERIFY(engagement > 0);
        TicketBrowseRepository repository(*m_db);
        Storage::TicketBrowseCounts all;
        QVERIFY(repository.summary(engagement, &all).isNull());
        all.shown = all.tickets;
        for (const bool descending : {false, true}) {
            QStringList keys;
            for (int offset = 0; offset < natural.size(); offset += 4) { // pages of 4
                QVector<TicketBrowseRow> page;
                QVERIFY(repository.rows(engagement, {}, TicketSortKey::Key, descending, offset, 4, all, &page)
                            .isNull());
                for (const TicketBrowseRow &row : std::as_const(page))
                    keys << row.key;
            }
            QStringList expected = natural;
            if (descending)
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(keys, expected);
        }
        // The value computed here is the one the database sorts by.
        QSqlQuery q(m_db->connection());
        for (const QString &key : natural) {
            QVERIFY(q.prepare(
                QStringLiteral("SELECT %1")
                    .arg(Storage::TicketBrowseSql::naturalKeyOrder(QStringLiteral("CAST(:k AS TEXT)")))));
            q.bindValue(QStringLiteral(":k"), key);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), Storage::TicketBrowseSql::naturalKeyOrderOf(key));
        }
        // A key is found by its exact text, and in another case by the fallback.
        for (const QString &key : {QStringLiteral("FG-10"), QStringLiteral("fg-100")}) {
            Domain::Ticket found;
            qint64 id = 0;
            QVERIFY(Storage::TicketRepository(*m_db).find(engagement, key, &found, &id).isNull());
            QCOMPARE(found.key.toLower(), key.toLower());
        }
    }

    /// The migration indexes exactly the expression the table sorts by, and SQLite walks that index
    /// for a page sorted by key and seeks it for one key.
    void shouldWalkTheNaturalKeyIndex()
    {
        QFile migration(QStringLiteral(":/migrations/012_natural_key_order.sql"));
        QVERIFY(migration.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(migration.readAll());
        QVERIFY2(
            sql.contains(QStringLiteral("(engagement_id, %1, id)")
                             .arg(Storage::TicketBrowseSql::naturalKeyOrder(QStringLiteral("source_key")))),
            qPrintable(sql));
        if (m_db->isServer())
            return; // the server's planner takes a sequential scan of ten rows; the index is there
        const auto plan = [this](const QString &query) {
            QSqlQuery q(m_db->connection());
            QStringList steps;
            [&] { QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + query), qPrintable(query)); }();
            while (q.next())
                steps << q.value(3).toString();
            return steps.join(QLatin1Char('\n'));
        };
        const QString page =
            plan(QStringLiteral("SELECT t.id FROM tickets t WHERE t.engagement_id = %1 "
                                "ORDER BY %2, t.id LIMIT 10")
                     .arg(m_engagement)
                     .arg(Storage::TicketBrowseSql::naturalKeyOrder(QStringLiteral("t.source_key"))));
        QVERIFY2(page.contains(QStringLiteral("tickets_by_key")) &&
                     !page.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(page));
        const QString one =
            plan(QStringLiteral("SELECT * FROM tickets WHERE engagement_id = %1 AND %2 = 'SE-012' "
                                "AND source_key = 'SE-1'")
                     .arg(m_engagement)
                     .arg(Storage::TicketBrowseSql::naturalKeyOrder(QStringLiteral("source_key"))));
        QVERIFY2(one.contains(QStringLiteral("SEARCH")) && one.contains(QStringLiteral("tickets_by_key")),
                 qPrintable(one));
    }

    /// A page read on a worker has its own connection: it knows the function too.
    void shouldFindTheSameOnAnotherThreadsConnection()
    {
        QStringList onWorker;
        QThread *worker = QThread::create([&] { onWorker = keysOf(QStringLiteral("återbetalning")); });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(onWorker, (QStringList{QStringLiteral("SE-3"), QStringLiteral("SE-4")}));
    }
};

QTEST_GUILESS_MAIN(TestTicketTextFilter)
#include "tst_tickettextfilter.moc"

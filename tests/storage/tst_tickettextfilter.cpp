// The tickets table's text filter ignores the case of every letter, not only of A–Z: a Swedish
// title "Ändra leveransadress" is found by "ändra" (SQLite's LIKE alone would not find it). On both
// dialects, through the count, the pages and the filter's ids, and on a connection of another
// thread (the window reads its pages on a worker).
#include "testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketbrowserepository.h"
#include "models/storage/ticketrepository.h"

#include <QDateTime>
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
        Domain::Engagement e;
        e.key = QStringLiteral("SVENSKA");
        e.client = e.key;
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2025, 1, 1);
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&e).isNull());
        m_engagement = e.id;
        QVector<Domain::Ticket> tickets;
        const qint64 created = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (const auto &[key, title] : s_tickets) {
            Domain::Ticket t;
            t.key = QString::fromUtf8(key);
            t.title = QString::fromUtf8(title);
            t.severity = 3;
            t.status = QStringLiteral("New");
            t.created = created;
            tickets.append(t);
        }
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(*m_db)
                    .upsert(m_engagement, QStringLiteral("jira"), tickets, &counts)
                    .isNull());
        QCOMPARE(counts.added, qint64(s_tickets.size()));
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

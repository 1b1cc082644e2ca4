// What an SLA recompute reads on a PostgreSQL server inside a transaction goes through COPY
// (Storage::ServerSlaReads): SlaResultWriter::ticketsAfter must hand back exactly what the QSqlQuery
// path does — ids, keys COPY must unescape, severities, instants, NULLs, the status history in order,
// and nothing of another engagement's tickets that lie in the same id range. On SQLite the switch
// changes nothing and the same tickets are expected.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/slaresultwriter.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {

/// Keys and statuses that COPY's text format escapes or that look like its markers.
const QStringList s_texts = {
    QStringLiteral("tab\there"),          QStringLiteral("line\nbreak\r"),
    QStringLiteral("back\\slash \\N"),    QStringLiteral("\\N"),
    QString::fromUtf8("åäö 漢字 🎉"),      QStringLiteral("plain"),
    QStringLiteral("  spaces at ends  "),
};

Domain::Ticket ticket(int n, int engagement)
{
    Domain::Ticket t;
    t.key = QStringLiteral("E%1-%2-%3").arg(engagement).arg(n).arg(s_texts.at(n % s_texts.size()));
    t.title = QStringLiteral("Checkout fails");
    t.severity = 1 + n % 4;
    t.created = 1772355600 + n * 3600;
    if (n % 4 != 0)
        t.firstResponse = t.created + 600;
    if (n % 3 != 0)
        t.resolved = t.created + 7200;
    t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    for (int i = 0; i < n % 4; ++i)
        t.history.append({t.created + 600 * (i + 1), s_texts.at((n + i) % s_texts.size()), i % 2 ? 2 : 0});
    return t;
}

QString describe(const Storage::TicketsWithIds &read)
{
    QStringList lines;
    for (qsizetype i = 0; i < read.ids.size(); ++i) {
        const Domain::Ticket &t = read.tickets.at(i);
        QStringList history;
        for (const Domain::StatusChange &c : t.history)
            history << QStringLiteral("%1 %2 %3").arg(c.at).arg(c.status).arg(c.severity);
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                     .arg(read.ids.at(i))
                     .arg(t.key)
                     .arg(t.severity)
                     .arg(t.created)
                     .arg(t.firstResponse ? QString::number(*t.firstResponse) : QStringLiteral("-"))
                     .arg(t.resolved ? QString::number(*t.resolved) : QStringLiteral("-"))
                     .arg(history.join(QLatin1Char(';')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestServerSlaReads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void cleanup() { Storage::setServerBulkUpsertEnabled(true); }

    void shouldReadTheTicketsTheStatementsRead()
    {
        Storage::Database db;
        DD_OPEN_FRESH_DATABASE(db, m_dir.path());
        // GIVEN two engagements whose tickets were imported in turns (their ids interleave)
        QVector<Domain::Engagement> engagements = {StorageTest::engagement(QStringLiteral("ONE")),
                                                   StorageTest::engagement(QStringLiteral("TWO"))};
        for (Domain::Engagement &e : engagements)
            QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        for (int n = 1; n <= 40; n += 4) {
            for (int e = 0; e < 2; ++e) {
                QVector<Domain::Ticket> chunk;
                for (int i = n; i < n + 4; ++i)
                    chunk << ticket(i, e);
                const Storage::StorageError error = Storage::TicketRepository(db).upsert(
                    engagements.at(e).id, QStringLiteral("servicenow"), chunk, nullptr);
                QVERIFY2(error.isNull(), qPrintable(error.toString()));
            }
        }
        // WHEN the first engagement's tickets are read in chunks of 7 inside a transaction, by COPY
        // and by statements
        QStringList reads;
        for (const bool copy : {true, false}) {
            Storage::setServerBulkUpsertEnabled(copy);
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            const Storage::SlaResultWriter writer(db, engagements.at(0).id);
            QStringList chunks;
            qint64 after = 0;
            for (;;) {
                Storage::TicketsWithIds read;
                const Storage::StorageError error = writer.ticketsAfter(after, 7, &read);
                QVERIFY2(error.isNull(), qPrintable(error.toString()));
                if (read.ids.isEmpty())
                    break;
                chunks << describe(read);
                after = read.ids.constLast();
            }
            reads << chunks.join(QStringLiteral("\n--\n"));
        }
        // THEN both read the same 40 tickets, histories and all
        QCOMPARE(reads.at(0).count(QStringLiteral("\n--\n")), 5);
        QCOMPARE(reads.at(0), reads.at(1));
        QVERIFY(reads.at(0).contains(QString::fromUtf8("漢字 🎉")));
        QVERIFY(reads.at(0).contains(QStringLiteral("tab\there")));
        QVERIFY(!reads.at(0).contains(QStringLiteral("|E1-")));
    }
};

QTEST_GUILESS_MAIN(TestServerSlaReads)
#include "tst_serverslareads.moc"

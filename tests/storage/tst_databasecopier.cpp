// Storage::DatabaseCopier: whole portfolios between SQLite and PostgreSQL, all or nothing.
#include "models/domain/demoportfolio.h"
#include "models/storage/database.h"
#include "models/storage/databasecopier.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/migrator.h"
#include "models/storage/serverticketupsert.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using Storage::Database;
using Storage::DatabaseCopier;
using Storage::StorageError;

namespace {

QStringList dataTables()
{
    QStringList tables = Storage::Migrator::expectedTables(Storage::Migrator::latestVersion());
    tables.removeAll(QStringLiteral("schema_migrations"));
    return tables;
}

/// Every row of every table as text, rows sorted: equal dumps mean equal portfolios.
QStringList dump(const Database &db)
{
    QStringList all;
    for (const QString &table : dataTables()) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return {q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            QStringList values;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                values << record.fieldName(i).toLower() + QLatin1Char('=') +
                              (v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            values.sort(); // column order may differ between dialects
            rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
        rows.sort();
        all << rows;
    }
    return all;
}

/// A SQLite file's rows with their storage classes (quote(): 7, 7.0 and '7' differ), rows sorted.
QStringList typedDump(const Database &db)
{
    QStringList all;
    for (const QString &table : dataTables()) {
        const QSqlRecord record = db.connection().record(table);
        QStringList quoted;
        for (int i = 0; i < record.count(); ++i)
            quoted << QStringLiteral("quote(%1)").arg(record.fieldName(i));
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(" || '|' || ")), table)))
            return {q.lastError().text()};
        QStringList rows;
        while (q.next())
            rows << table + QLatin1Char(':') + q.value(0).toString();
        rows.sort();
        all << rows;
    }
    return all;
}

qint64 rowsIn(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

} // namespace

class TestDatabaseCopier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    qint64 m_firstWorklog = 0;    ///< the worklog the 40th is made to collide with
    qint64 m_fortiethWorklog = 0; ///< the 40th worklog in key order

    /// The demo portfolio plus rows with what a copy could lose: NULLs, non-ASCII text, quotes,
    /// COPY's escapes, large instants, a fraction, a deleted engagement, review notes.
    void makeSource()
    {
        if (!m_source.isEmpty())
            return;
        const QString path = m_dir.filePath(QStringLiteral("source.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        const StorageError error =
            Storage::DemoDataWriter(db).write(Domain::DemoPortfolio::generate(QDate(2026, 11, 30)));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Domain::Engagement e;
        e.key = QStringLiteral("ÅÄÖ-'Ω'");
        e.client = QStringLiteral("Kund \"med\" citat; och semikolon");
        e.start = QDate(2026, 2, 1);
        e.timeZone = "Asia/Kolkata";
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        QVERIFY(Storage::EngagementRepository(db).remove(e.id).isNull()); // deleted_at set, kept until purged
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO review_notes (engagement_id, period_start, period_end, risks, "
                     "actions, updated_at) SELECT id, '2026-10-01', '2026-10-31', 'Risk ✓\nline 2', "
                     "'tab\there, back\\slash, \\N, cr\r, bell\x07', 4102444800 FROM engagements WHERE "
                     "deleted_at IS NULL ORDER BY id LIMIT 1")),
                 qPrintable(q.lastError().text()));
        // a percentage with a fraction: a REAL in an INTEGER column on SQLite
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO sla_monthly_compliance (engagement_id, month, severity, tickets, "
                     "response_met, resolution_met, breaches, median_response_seconds, "
                     "target_percent) SELECT MIN(id), '2026-10', 1, 7, 6, 5, 2, 3600, 97.5 "
                     "FROM engagements")),
                 qPrintable(q.lastError().text()));
        m_source = path;
    }

    /// The 40th worklog in the order of the key is made to collide with the first in `target` (by
    /// an expression both dialects index): a copy's error must name row 40, which on a server lies
    /// in a later COPY than the first when the COPYs are small.
    void makeTheFortiethWorklogCollide(const QString &target)
    {
        const qint64 refused = 40;
        QVector<qint64> ids;
        {
            Database source;
            QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
            QSqlQuery q(source.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM worklogs ORDER BY id LIMIT %1").arg(refused)));
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        QCOMPARE(ids.size(), int(refused));
        m_firstWorklog = ids.constFirst();
        m_fortiethWorklog = ids.constLast();
        {
            Database db;
            QVERIFY(
                db.open(target, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
            QSqlQuery q(db.connection());
            // worklogs come late in the order: engagements, people, tickets ... were written before
            QVERIFY2(q.exec(QStringLiteral("CREATE UNIQUE INDEX refuse_one ON worklogs "
                                           "((CASE WHEN id = %1 THEN %2 ELSE id END))")
                                .arg(ids.constLast())
                                .arg(ids.constFirst())),
                     qPrintable(q.lastError().text()));
        }
    }

private slots:
    void initTestCase() { makeSource(); }

    void shouldRoundTripThroughPostgresqlUnchanged()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        QVector<DatabaseCopier::TableCount> there;
        StorageError error = DatabaseCopier::copy(m_source, server, &there);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        QVector<DatabaseCopier::TableCount> home;
        error = DatabaseCopier::copy(server, back, &home);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        Database source;
        Database onServer;
        Database copy;
        QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
        QVERIFY(onServer.open(server, Database::Access::ReadOnly).isNull());
        QVERIFY(copy.open(back, Database::Access::ReadOnly).isNull());
        const QStringList original = dump(source);
        QVERIFY(original.size() > 1000);
        QCOMPARE(dump(onServer), original);
        QCOMPARE(dump(copy), original);
        // the counts reported are the tables' own, every table once, in both directions
        QCOMPARE(there.size(), dataTables().size());
        for (int i = 0; i < there.size(); ++i) {
            QCOMPARE(there.at(i).rows, rowsIn(source, there.at(i).table));
            QCOMPARE(home.at(i).table, there.at(i).table);
            QCOMPARE(home.at(i).rows, there.at(i).rows);
        }
    }

    // Out of a server into a file the rows come by the server's COPY: every value must be stored
    // as the row-by-row path stores it, with the same storage class (a number stays a number,
    // a percentage of 97.5 a REAL in an INTEGER column), and text needing COPY's escapes intact.
    void shouldStoreTheSameValuesOutOfAServerAsRowByRow()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        QVector<DatabaseCopier::TableCount> counts;
        StorageError error = DatabaseCopier::copy(m_source, server, &counts);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const QString copied = m_dir.filePath(QStringLiteral("copied-out.sqlite"));
        error = DatabaseCopier::copy(server, copied, &counts);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const QString rowByRow = m_dir.filePath(QStringLiteral("row-by-row.sqlite"));
        Storage::setServerBulkUpsertEnabled(false);
        error = DatabaseCopier::copy(server, rowByRow, &counts);
        Storage::setServerBulkUpsertEnabled(true);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        Database source;
        Database fast;
        Database slow;
        QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
        QVERIFY(fast.open(copied, Database::Access::ReadOnly).isNull());
        QVERIFY(slow.open(rowByRow, Database::Access::ReadOnly).isNull());
        const QStringList original = typedDump(source);
        QVERIFY(original.size() > 1000);
        QVERIFY(original.filter(QStringLiteral("'tab\there, back\\slash, \\N, cr\r, bell\x07'")).size() == 1);
        QVERIFY(!original.filter(QStringLiteral("|97.5|")).isEmpty()); // a fractional percentage
        QCOMPARE(typedDump(fast), original);
        QCOMPARE(typedDump(slow), original);
    }

    // From one server into another the source's COPY lines go into the target's COPY as they are:
    // the same values arrive, and a row refused is still named, all or nothing (into a file too).
    void shouldCopyBetweenServersByCopy()
    {
        QString first;
        QString second;
        QString refusing;
        DD_FRESH_DATABASE_OF(first, QStringLiteral("postgresql"), m_dir.path());
        DD_FRESH_DATABASE_OF(second, QStringLiteral("postgresql"), m_dir.path());
        DD_FRESH_DATABASE_OF(refusing, QStringLiteral("postgresql"), m_dir.path());
        QVector<DatabaseCopier::TableCount> counts;
        StorageError error = DatabaseCopier::copy(m_source, first, &counts);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        error = DatabaseCopier::copy(first, second, &counts);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        const QString back = m_dir.filePath(QStringLiteral("via-two-servers.sqlite"));
        error = DatabaseCopier::copy(second, back, &counts);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Database source;
        Database copy;
        QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
        QVERIFY(copy.open(back, Database::Access::ReadOnly).isNull());
        QCOMPARE(typedDump(copy), typedDump(source));

        makeTheFortiethWorklogCollide(refusing);
        if (QTest::currentTestFailed())
            return;
        DatabaseCopier::setServerBatchBytes(200);
        error = DatabaseCopier::copy(first, refusing, &counts);
        DatabaseCopier::setServerBatchBytes(4 << 20);
        QCOMPARE(error.record, QStringLiteral("worklogs, row 40"));
        Database db;
        QVERIFY(db.open(refusing, Database::Access::ReadOnly).isNull());
        for (const QString &table : dataTables())
            QCOMPARE(rowsIn(db, table), qint64(0));

        // AND out of a server into a file, a row SQLite refuses is named the same way
        const QString file = m_dir.filePath(QStringLiteral("refusing-out.sqlite"));
        makeTheFortiethWorklogCollide(file);
        if (QTest::currentTestFailed())
            return;
        error = DatabaseCopier::copy(first, file, &counts);
        QCOMPARE(error.record, QStringLiteral("worklogs, row 40"));
        QVERIFY2(error.detail.contains(QLatin1String("UNIQUE")), qPrintable(error.detail));
        Database out;
        QVERIFY(out.open(file, Database::Access::ReadOnly).isNull());
        for (const QString &table : dataTables())
            QCOMPARE(rowsIn(out, table), qint64(0));
    }

    // Ids are copied as they are: PostgreSQL's identity counters must be moved past them.
    void shouldGiveNewRowsOnTheServerFreshIds()
    {
        QString server;
        DD_FRESH_DATABASE_OF(server, QStringLiteral("postgresql"), m_dir.path());
        QVector<DatabaseCopier::TableCount> counts;
        QVERIFY(DatabaseCopier::copy(m_source, server, &counts).isNull());
        Database db;
        QVERIFY(db.open(server).isNull());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM engagements")) && q.next());
        const qint64 largest = q.value(0).toLongLong();
        Domain::Engagement e;
        e.key = QStringLiteral("NEW");
        e.client = QStringLiteral("New client");
        e.start = QDate(2027, 1, 1);
        e.timeZone = "UTC";
        const StorageError error = Storage::EngagementRepository(db).insert(&e);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVERIFY(e.id > largest);
    }

    void shouldRefuseATargetThatHoldsData_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void shouldRefuseATargetThatHoldsData()
    {
        QFETCH(QString, dialect);
        QString target;
        DD_FRESH_DATABASE_OF(target, dialect, m_dir.path());
        QVector<DatabaseCopier::TableCount> counts;
        QVERIFY(DatabaseCopier::copy(m_source, target, &counts).isNull());
        const StorageError error = DatabaseCopier::copy(m_source, target, &counts);
        QCOMPARE(error.kind, StorageError::Kind::Duplicate);
        QVERIFY2(error.detail.contains(QLatin1String("already holds data")), qPrintable(error.detail));
        QVERIFY(counts.isEmpty());
        Database db;
        QVERIFY(db.open(target, Database::Access::ReadOnly).isNull());
        Database source;
        QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
        QCOMPARE(dump(db), dump(source)); // not doubled
    }

    // A row the target refuses half-way: nothing at all stays in the target.
    void shouldLeaveTheTargetEmptyWhenARowIsRefused_data() { shouldRefuseATargetThatHoldsData_data(); }
    void shouldLeaveTheTargetEmptyWhenARowIsRefused()
    {
        QFETCH(QString, dialect);
        QString target;
        DD_FRESH_DATABASE_OF(target, dialect, m_dir.path());
        makeTheFortiethWorklogCollide(target);
        if (QTest::currentTestFailed())
            return;
        const qint64 refused = 40;
        DatabaseCopier::setServerBatchBytes(200);
        QVector<DatabaseCopier::TableCount> counts;
        const StorageError error = DatabaseCopier::copy(m_source, target, &counts);
        DatabaseCopier::setServerBatchBytes(4 << 20);
        QVERIFY(!error.isNull());
        QCOMPARE(error.record, QStringLiteral("worklogs, row %1").arg(refused));
        QVERIFY(counts.isEmpty());
        Database db;
        QVERIFY(db.open(target, Database::Access::ReadOnly).isNull());
        for (const QString &table : dataTables())
            QCOMPARE(rowsIn(db, table), qint64(0));
        if (dialect == QLatin1String("sqlite")) {
            // The indexes set aside while the rows went in came back with the rollback.
            const QStringList indexes = StorageTest::sqliteIndexes(db);
            QVERIFY(indexes.size() > 20);
            QVERIFY(indexes.contains(QStringLiteral("worklogs|refuse_one|CREATE UNIQUE INDEX refuse_one ON "
                                                    "worklogs ((CASE WHEN id = %1 THEN %2 "
                                                    "ELSE id END))")
                                         .arg(m_fortiethWorklog)
                                         .arg(m_firstWorklog)));
            Database fresh;
            QVERIFY(fresh
                        .open(m_dir.filePath(QStringLiteral("indexes-%1.sqlite")
                                                 .arg(QLatin1String(QTest::currentDataTag()))),
                              Database::Access::ReadWrite, Database::Creation::CreateIfMissing)
                        .isNull());
            QStringList expected = StorageTest::sqliteIndexes(fresh);
            expected << indexes.filter(QStringLiteral("|refuse_one|"));
            expected.sort();
            QCOMPARE(indexes, expected);
        }
    }

    // A copy is written in primary-key order, whatever order the source keeps its rows in (a
    // server's heap after updates): the file's fast in-order reads depend on it.
    void shouldWriteRowsInKeyOrder_data() { shouldRefuseATargetThatHoldsData_data(); }
    void shouldWriteRowsInKeyOrder()
    {
        QFETCH(QString, dialect);
        QString middle;
        DD_FRESH_DATABASE_OF(middle, dialect, m_dir.path());
        QVector<DatabaseCopier::TableCount> counts;
        QVERIFY(DatabaseCopier::copy(m_source, middle, &counts).isNull());
        {
            Database db;
            QVERIFY(db.open(middle).isNull());
            QSqlQuery q(db.connection());
            for (const char *sql :
                 {"BEGIN", "CREATE TEMP TABLE h AS SELECT * FROM ticket_status_history",
                  "DELETE FROM ticket_status_history",
                  "INSERT INTO ticket_status_history SELECT * FROM h ORDER BY ticket_id DESC, seq DESC",
                  "COMMIT"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
            // the source now hands its rows out backwards when not asked for an order
            QVERIFY(q.exec(
                QStringLiteral("SELECT ticket_id, status FROM ticket_status_history"))); // no index covers it
            QVERIFY(q.next());
            const qint64 first = q.value(0).toLongLong();
            qint64 last = first;
            while (q.next())
                last = q.value(0).toLongLong();
            QVERIFY(first > last);
        }
        const QString back = m_dir.filePath(QStringLiteral("ordered-%1.sqlite").arg(dialect));
        QVERIFY(DatabaseCopier::copy(middle, back, &counts).isNull());
        Database copy;
        QVERIFY(copy.open(back, Database::Access::ReadOnly).isNull());
        Database source;
        QVERIFY(source.open(m_source, Database::Access::ReadOnly).isNull());
        QCOMPARE(dump(copy), dump(source));
        QCOMPARE(typedDump(copy), typedDump(source)); // file to file: INSERT … SELECT in SQLite
        QCOMPARE(StorageTest::sqliteIndexes(copy),
                 StorageTest::sqliteIndexes(source)); // built again after the rows
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ticket_id, seq FROM ticket_status_history ORDER BY rowid")));
        QPair<qint64, qint64> previous(-1, -1);
        int rows = 0;
        while (q.next()) {
            const QPair<qint64, qint64> key(q.value(0).toLongLong(), q.value(1).toLongLong());
            QVERIFY2(previous < key, qPrintable(QStringLiteral("row %1").arg(rows)));
            previous = key;
            ++rows;
        }
        QVERIFY(rows > 100);
    }

    void shouldRemoveANewFileWhenTheCopyFails()
    {
        const QString target = m_dir.filePath(QStringLiteral("never.sqlite"));
        QVector<DatabaseCopier::TableCount> counts;
        const StorageError error =
            DatabaseCopier::copy(m_dir.filePath(QStringLiteral("missing.sqlite")), target, &counts);
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(DatabaseCopier::copy(m_source, m_source, &counts).kind, StorageError::Kind::Duplicate);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopier)
#include "tst_databasecopier.moc"

// Worklogs in seconds (schema 4, issue 17): old databases migrate without losing a minute, the
// stored values are read back exactly, and sums are rounded once. On both dialects: migration 004
// carries data, and runs from the same file on SQLite and PostgreSQL.
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "testdatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestWorklogRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldMigrateMinutesOfAnOlderSchemaToSeconds_data();
    void shouldMigrateMinutesOfAnOlderSchemaToSeconds();
    void shouldKeepSecondsAndRoundSumsOnce_data();
    void shouldKeepSecondsAndRoundSumsOnce();

private:
    QTemporaryDir m_dir;
};

void TestWorklogRepository::shouldMigrateMinutesOfAnOlderSchemaToSeconds_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestWorklogRepository::shouldMigrateMinutesOfAnOlderSchemaToSeconds()
{
    QFETCH(QString, dialect);
    QString path;
    DD_FRESH_DATABASE_OF(path, dialect, m_dir.path());
    {
        // A database as the previous release left it: every migration before 4, and data.
        QSqlDatabase db = StorageTest::plainConnection(path, QStringLiteral("old-schema"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVector<Storage::Migrator::Migration> before;
        for (const Storage::Migrator::Migration &m : Storage::Migrator::bundledMigrations()) {
            if (m.version < 4)
                before.append(m);
        }
        Storage::Migrator migrator(db, path, before);
        QVERIFY(migrator.migrate().isNull());
        QVERIFY(migrator.currentVersion() < 4);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO engagements (engagement_key, client, support_model, start_date, time_zone, "
            "committed_minutes) "
            "VALUES ('OLD', 'Old AB', 'fixed-capacity', '2026-01-01', 'Europe/Stockholm', 6000)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO worklogs (engagement_id, source, source_key, work_date, "
                                      "person, minutes, service_level) "
                                      "VALUES (1, 'tempo', 'k1', '2026-03-02', 'Anna', 90, 'L3'), (1, "
                                      "'tempo', 'k2', '2026-03-03', 'Anna', 20, 'L3')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tickets (engagement_id, source, source_key, kind, "
                                      "severity, service_level, created_at) "
                                      "VALUES (1, 'jira', 'SUP-1', 'incident', 2, 'L1', 1767225600)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-schema"));

    Storage::Database database;
    QVERIFY(database.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::MustExist)
                .isNull());
    QVector<Domain::Worklog> worklogs;
    QVERIFY(Storage::WorklogRepository(database).list(1, QDate(), QDate(), &worklogs).isNull());
    QCOMPARE(worklogs.size(), 2);
    QCOMPARE(worklogs.at(0).seconds, qint64(90 * 60));
    QCOMPARE(worklogs.at(1).seconds, qint64(20 * 60));
    QVector<Domain::Ticket> tickets;
    QVERIFY(Storage::TicketRepository(database).list(1, &tickets).isNull());
    QCOMPARE(tickets.size(), 1);
    QVERIFY(tickets.at(0).vendorSla.isEmpty());
}

void TestWorklogRepository::shouldKeepSecondsAndRoundSumsOnce_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestWorklogRepository::shouldKeepSecondsAndRoundSumsOnce()
{
    QFETCH(QString, dialect);
    Storage::Database database;
    DD_OPEN_FRESH_DATABASE_OF(database, dialect, m_dir.path());
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO engagements (engagement_key, client, support_model, start_date, time_zone, "
        "committed_minutes) "
        "VALUES ('NEW', 'New AB', 'fixed-capacity', '2026-01-01', 'Europe/Stockholm', 6000)")));
    // Three entries of 0.33 h: 59.4 minutes together, 60 when each is rounded first.
    QVector<Domain::Worklog> worklogs;
    for (int i = 0; i < 3; ++i) {
        Domain::Worklog w;
        w.sourceKey = QStringLiteral("h%1").arg(i);
        w.date = QDate(2026, 3, 2 + i);
        w.person = QStringLiteral("Anna");
        w.seconds = 1188;
        worklogs.append(w);
    }
    Storage::UpsertCounts counts;
    QVERIFY(Storage::WorklogRepository(database)
                .upsert(1, QStringLiteral("harvest"), worklogs, &counts)
                .isNull());
    QVector<Domain::Worklog> read;
    QVERIFY(Storage::WorklogRepository(database).list(1, QDate(), QDate(), &read).isNull());
    QCOMPARE(read, worklogs);
    qint64 stored = 0;
    QVERIFY(Storage::WorklogRepository(database)
                .storedSeconds(1, QStringLiteral("harvest"), {QStringLiteral("h0"), QStringLiteral("h2")},
                               &stored)
                .isNull());
    QCOMPARE(stored, qint64(2 * 1188));
    QVector<QPair<QString, qint64>> months;
    QVERIFY(Storage::WorklogRepository(database).minutesByMonth(1, &months).isNull());
    QCOMPARE(months.size(), 1);
    QCOMPARE(months.at(0).second, qint64(59)); // 3564 s, rounded once
    // The rounded minutes column stays filled for older readers.
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(minutes) FROM worklogs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(60));
}

QTEST_GUILESS_MAIN(TestWorklogRepository)
#include "tst_worklogrepository.moc"

// What any writer commits is seen by a ChangeWatch, also a writer that is not Delivery Desk: a plain
// second connection running UPDATE, DELETE or TRUNCATE itself (on PostgreSQL through the tables'
// statement triggers of the change_notify migration; on SQLite through PRAGMA data_version). A read
// or a rolled back write is no change.
#include "models/storage/changewatch.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/migrator.h"
#include "testdatabases.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Storage::ChangeWatch;
using Storage::Database;

namespace {
/// Looks until the watch reports a change or `ms` passed; false on a failed look.
bool lookFor(ChangeWatch &watch, const QSignalSpy &spy, int ms)
{
    QDeadlineTimer deadline(ms);
    while (spy.isEmpty() && !deadline.hasExpired()) {
        if (watch.look())
            return false;
        QTest::qWait(50);
    }
    return true;
}

/// A connection of QtSql's own to `location`, with no Delivery Desk code on it (as psql or a
/// script would write); removed with the object.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &location)
    {
        m_db = StorageTest::plainConnection(location, m_name);
        m_db.open();
    }
    ~PlainConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isServer() const { return m_db.driverName() == QLatin1String("QPSQL"); }
    QString lastError() const { return m_db.lastError().text(); }
    bool isOpen() const { return m_db.isOpen(); }
    /// Runs each statement; false (with the error in lastError()) at the first that fails.
    bool run(const QStringList &statements)
    {
        QSqlQuery query(m_db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                m_error = statement + QStringLiteral(": ") + query.lastError().text();
                return false;
            }
            while (query.next()) {
            }
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    QString m_name = QStringLiteral("plain-connection");
    QSqlDatabase m_db;
    QString m_error;
};
} // namespace

class TestChangeNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_location;
    Database m_mine;
    qint64 m_engagementId = 0;

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        DD_FRESH_DATABASE(m_location, m_dir.path());
        QVERIFY(m_mine.open(m_location, Database::Access::ReadWrite, Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("WATCHED"));
        QVERIFY(Storage::EngagementRepository(m_mine).insert(&e).isNull());
        m_engagementId = e.id;
    }

    void cleanup() { m_mine.close(); }

    void shouldSeeUpdateDeleteAndTruncateOfAPlainConnection()
    {
        PlainConnection plain(m_location);
        QVERIFY2(plain.isOpen(), qPrintable(plain.lastError()));
        ChangeWatch watch(m_mine);
        QSignalSpy spy(&watch, &ChangeWatch::changed);
        QVERIFY(watch.look().isNull());

        QVERIFY2(plain.run({QStringLiteral("UPDATE engagements SET notes = 'by psql' WHERE id = %1")
                                .arg(m_engagementId)}),
                 qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);

        spy.clear();
        QVERIFY2(
            plain.run({QStringLiteral("INSERT INTO review_notes (engagement_id, period_start, period_end, "
                                      "updated_at) VALUES (%1, '2026-01-01', '2026-01-31', 0)")
                           .arg(m_engagementId)}),
            qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);

        spy.clear();
        QVERIFY2(
            plain.run(
                {QStringLiteral("DELETE FROM review_notes WHERE engagement_id = %1").arg(m_engagementId)}),
            qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);

        // SQLite has no TRUNCATE: its form is a DELETE without WHERE.
        QVERIFY2(plain.run({QStringLiteral("INSERT INTO engagement_services (engagement_id, activity) "
                                           "VALUES (%1, 'truncated')")
                                .arg(m_engagementId)}),
                 qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        spy.clear();
        QVERIFY2(plain.run({plain.isServer() ? QStringLiteral("TRUNCATE engagement_services")
                                             : QStringLiteral("DELETE FROM engagement_services")}),
                 qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);
    }

    void shouldSeeNothingOfAReadOrARolledBackWrite()
    {
        PlainConnection plain(m_location);
        QVERIFY2(plain.isOpen(), qPrintable(plain.lastError()));
        ChangeWatch watch(m_mine);
        QSignalSpy spy(&watch, &ChangeWatch::changed);
        QVERIFY(watch.look().isNull());

        QVERIFY2(plain.run({QStringLiteral("SELECT * FROM engagements"), QStringLiteral("BEGIN"),
                            QStringLiteral("SELECT COUNT(*) FROM tickets"), QStringLiteral("COMMIT")}),
                 qPrintable(plain.error()));
        QVERIFY2(
            plain.run(
                {QStringLiteral("BEGIN"),
                 QStringLiteral("UPDATE engagements SET notes = 'never' WHERE id = %1").arg(m_engagementId),
                 QStringLiteral("DELETE FROM engagement_services"), QStringLiteral("ROLLBACK")}),
            qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 1500));
        QCOMPARE(spy.count(), 0);

        // The same connection's next write is seen: the watch was listening all along.
        QVERIFY2(
            plain.run(
                {QStringLiteral("UPDATE engagements SET notes = 'now' WHERE id = %1").arg(m_engagementId)}),
            qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);
    }

    void shouldGiveEveryTableOfTheSchemaItsChangeTrigger()
    {
        DD_ONLY_ON("postgresql", "SQLite sees every writer through PRAGMA data_version, without triggers");
        QSqlQuery query(m_mine.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT c.relname, (SELECT COUNT(*) FROM pg_trigger t WHERE t.tgrelid = c.oid "
            "AND t.tgname = 'deliverydesk_notify_change' AND NOT t.tgisinternal) FROM pg_class c "
            "WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace")));
        int tables = 0;
        while (query.next()) {
            ++tables;
            QVERIFY2(query.value(1).toInt() == 1, qPrintable(query.value(0).toString()));
        }
        QVERIFY(tables >= Storage::Migrator::expectedTables(Storage::Migrator::latestVersion()).size());
        // A statement trigger, on every kind of write, and never per row.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT DISTINCT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'deliverydesk_notify_change' AND c.relname = 'tickets'")));
        QVERIFY(query.next());
        const QString definition = query.value(0).toString();
        QVERIFY2(definition.contains(QLatin1String("AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE")) &&
                     definition.contains(QLatin1String("FOR EACH STATEMENT")),
                 qPrintable(definition));
    }

    void shouldGiveATableOfALaterMigrationItsTrigger()
    {
        DD_ONLY_ON("postgresql", "SQLite sees every writer through PRAGMA data_version, without triggers");
        QVector<Storage::Migrator::Migration> migrations = Storage::Migrator::bundledMigrations();
        migrations.append({Storage::Migrator::latestVersion() + 1, QStringLiteral("later_table"),
                           QStringLiteral("CREATE TABLE later_things (id {{ID}}, name TEXT NOT NULL);")});
        Storage::Migrator migrator(m_mine.connection(), m_location, migrations);
        QVERIFY(migrator.migrate().isNull());
        QCOMPARE(migrator.currentVersion(), Storage::Migrator::latestVersion() + 1);

        PlainConnection plain(m_location);
        QVERIFY2(plain.isOpen(), qPrintable(plain.lastError()));
        ChangeWatch watch(m_mine);
        QSignalSpy spy(&watch, &ChangeWatch::changed);
        QVERIFY(watch.look().isNull());
        QVERIFY2(plain.run({QStringLiteral("INSERT INTO later_things (name) VALUES ('x')")}),
                 qPrintable(plain.error()));
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotify)
#include "tst_changenotify.moc"

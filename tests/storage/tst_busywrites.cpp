// Every save of the window while another program keeps SQLite's write lock: it waits once, for its
// thread's limit, then fails as Busy with nothing written. Before, most saves went on without
// their transaction when BEGIN could not take the lock: each statement then waited the limit
// again on its own (an allocation edit held the window for two minutes), and a statement that
// got the lock once the other finished was committed alone, outside any transaction.
#include "models/domain/demoportfolio.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/exchange/sources/importmappings.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/portfoliosettingsrepository.h"
#include "models/storage/reviewnoterepository.h"
#include "models/storage/slapolicyrepository.h"
#include "testdatabases.h"
#include "writelock.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using Storage::Database;
using Storage::StorageError;

namespace {

using Save = std::function<StorageError(const Database &)>;

constexpr int CapMilliseconds = 1000;
constexpr int HeldMilliseconds = 1600; ///< the other program's write: longer than the cap

const QString nord = QStringLiteral("NORDSHOP");

qint64 engagementId(const Database &db, const QString &key)
{
    std::optional<Domain::Engagement> found;
    const StorageError error = Storage::EngagementRepository(db).findByKey(key, &found);
    return !error && found ? found->id : 0;
}

/// Every row of every table, hashed: what a save must leave as it was.
QByteArray contents(const Database &db)
{
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(tables.value(0).toString()));
        hash.addData(tables.value(0).toString().toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result();
}

} // namespace

class TestBusyWrites : public QObject
{
    Q_OBJECT

private slots:
    void shouldWaitOnceAndWriteNothingWhileAnotherProgramWrites_data()
    {
        QTest::addColumn<Save>("save");
        QTest::newRow("allocations") << Save([](const Database &db) {
            return Storage::AllocationRepository(db).setMany(
                {{QStringLiteral("Ali Hassan"), nord, QDate(2027, 6, 1), 8 * 60, {}},
                 {QStringLiteral("Ali Hassan"), nord, QDate(2027, 7, 1), 8 * 60, {}}});
        });
        QTest::newRow("new engagement") << Save([](const Database &db) {
            Domain::Engagement added = StorageTest::engagement(QStringLiteral("NEWCO"));
            return Storage::EngagementRepository(db).insert(&added);
        });
        QTest::newRow("engagement") << Save([](const Database &db) {
            std::optional<Domain::Engagement> found;
            if (StorageError error = Storage::EngagementRepository(db).findByKey(nord, &found))
                return error;
            found->notes = QStringLiteral("changed");
            return Storage::EngagementRepository(db).update(*found);
        });
        QTest::newRow("budget") << Save([](const Database &db) {
            std::optional<Domain::Engagement> found;
            if (StorageError error = Storage::EngagementRepository(db).findByKey(nord, &found))
                return error;
            const Storage::BudgetRepository budgets(db);
            Domain::BudgetPolicy policy;
            Domain::ChangeStamp stamp;
            if (StorageError error = budgets.policyFor(*found, &policy, &stamp))
                return error;
            return budgets.savePolicy(found->id, policy, &stamp);
        });
        QTest::newRow("calendar") << Save([](const Database &db) {
            const Storage::CalendarRepository calendars(db);
            Domain::BusinessCalendar calendar;
            if (StorageError error = calendars.calendarFor(engagementId(db, nord), &calendar))
                return error;
            return calendars.saveCalendarFor(engagementId(db, nord), calendar);
        });
        QTest::newRow("SLA policy") << Save([](const Database &db) {
            const Storage::SlaPolicyRepository policies(db);
            Domain::SlaPolicyHistory history;
            if (StorageError error = policies.history(engagementId(db, nord), &history))
                return error;
            return policies.save(engagementId(db, nord), history);
        });
        QTest::newRow("person") << Save([](const Database &db) {
            QVector<Domain::Person> people;
            if (StorageError error = Storage::PeopleRepository(db).all(&people))
                return error;
            return Storage::PeopleRepository(db).save(people.constFirst());
        });
        QTest::newRow("review notes") << Save([](const Database &db) {
            Domain::ChangeStamp stamp;
            return Storage::ReviewNoteRepository(db).setPeriodNotes(
                nord, QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("risks"),
                QStringLiteral("actions"), 1, &stamp);
        });
        QTest::newRow("root cause") << Save([](const Database &db) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT t.id FROM tickets t JOIN engagements e ON e.id = t.engagement_id "
                                  "WHERE e.engagement_key = 'NORDSHOP' ORDER BY t.id LIMIT 1"));
            const qint64 ticket = q.next() ? q.value(0).toLongLong() : 0;
            Domain::ChangeStamp stamp;
            return Storage::ReviewNoteRepository(db).setRootCause(nord, ticket, QStringLiteral("cause"), 1,
                                                                  &stamp);
        });
        QTest::newRow("team time zone") << Save([](const Database &db) {
            Domain::ChangeStamp stamp;
            const Storage::PortfolioSettingsRepository settings(db);
            QByteArray zone;
            if (StorageError error = settings.teamTimeZone(&zone, &stamp))
                return error;
            return settings.setTeamTimeZone(QByteArrayLiteral("Europe/Helsinki"), &stamp);
        });
        QTest::newRow("import mappings") << Save([](const Database &db) {
            Exchange::ImportMappings mappings;
            return Storage::MappingRepository(db).save(mappings);
        });
    }

    void shouldWaitOnceAndWriteNothingWhileAnotherProgramWrites()
    {
        QFETCH(Save, save);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        QVERIFY(
            Storage::DemoDataWriter(db).write(Domain::DemoPortfolio::generate(QDate(2026, 11, 25))).isNull());
        const QByteArray before = contents(db);

        // The window's cap on this thread (MainWindow), so that the test takes seconds.
        const int previous = Database::setThreadWaitCap(CapMilliseconds);
        auto restore = qScopeGuard([previous] { Database::setThreadWaitCap(previous); });
        StorageTest::WriteLock lock(path, HeldMilliseconds);
        QVERIFY(lock.isHeld());

        QElapsedTimer waited;
        waited.start();
        const StorageError error = save(db);
        const qint64 elapsed = waited.elapsed();
        QCOMPARE(error.kind, StorageError::Kind::Busy);
        QCOMPARE(error.waitedSeconds, CapMilliseconds / 1000);
        QVERIFY2(elapsed >= CapMilliseconds - 300 && elapsed < HeldMilliseconds - 200,
                 qPrintable(QStringLiteral("waited %1 ms").arg(elapsed)));
        lock.release();
        QCOMPARE(contents(db), before);
        // Once the other is done, the same save goes through.
        const StorageError saved = save(db);
        QVERIFY2(saved.isNull(), qPrintable(saved.toString()));
    }
};

QTEST_GUILESS_MAIN(TestBusyWrites)
#include "tst_busywrites.moc"

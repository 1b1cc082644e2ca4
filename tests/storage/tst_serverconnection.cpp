// A team database's connection: the password asked only when the server wants one, a connection
// the server ended opened again on the next use, and changes others commit noticed (ChangeWatch).
#include "models/storage/changewatch.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/transactionguard.h"
#include "testdatabases.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using Storage::ChangeWatch;
using Storage::Database;
using Storage::StorageError;

namespace {
/// Ends every other connection to the test server's database `address` names, as an
/// administrator's pg_terminate_backend or a server restart does.
bool terminateConnections(const QString &address, QString *error)
{
    return StorageTest::serverExec(
        QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
            .arg(QUrl(address).path().mid(1)),
        error);
}

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
} // namespace

class TestServerConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void shouldAskForThePasswordOnlyWhenTheServerWantsOne()
    {
        DD_ONLY_ON("postgresql", "a SQLite file has no password");
        QString address;
        DD_FRESH_DATABASE(address, m_dir.path());
        QString error;
        QVERIFY2(StorageTest::addPasswordRole(QStringLiteral("dd_anna"), QStringLiteral("s3cret-42"), &error),
                 qPrintable(error));
        QUrl url(address);
        url.setUserName(QStringLiteral("dd_anna"));
        const QString anna = url.toString();

        Database db;
        StorageError opened = db.open(anna);
        QCOMPARE(opened.kind, StorageError::Kind::PasswordNeeded);
        QVERIFY(!db.isOpen());
        db.setPassword(QStringLiteral("wrong"));
        opened = db.open(anna);
        QCOMPARE(opened.kind, StorageError::Kind::PasswordRefused);
        QVERIFY2(!opened.detail.contains(QLatin1String("wrong")), qPrintable(opened.detail));
        db.setPassword(QStringLiteral("s3cret-42"));
        opened = db.open(anna);
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        QVERIFY(!db.path().contains(QLatin1String("s3cret")));

        // The superuser is trusted: no password is asked, none is needed.
        Database trusted;
        QVERIFY(trusted.open(address).isNull());
        // A server that is not there is not a password question.
        url.setPort(1);
        QCOMPARE(Database().open(url.toString()).kind, StorageError::Kind::CannotOpen);
    }

    void shouldReconnectOnTheNextUseAfterTheServerEndedTheConnection()
    {
        DD_ONLY_ON("postgresql", "a SQLite file has no connection to lose");
        QString address;
        DD_FRESH_DATABASE(address, m_dir.path());
        Database db;
        QVERIFY(db.open(address).isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
        Storage::EngagementRepository repository(db);
        QVERIFY(repository.insert(&e).isNull());
        QString error;
        QVERIFY2(terminateConnections(address, &error), qPrintable(error));

        QVector<Domain::Engagement> all;
        const StorageError lost = repository.all(&all);
        QCOMPARE(lost.kind, StorageError::Kind::ConnectionLost);
        QVERIFY(all.isEmpty());
        // The next use has a new connection, with the read-write settings of the first.
        const StorageError again = repository.all(&all);
        QVERIFY2(again.isNull(), qPrintable(again.toString()));
        QCOMPARE(all.size(), 1);
        e.notes = QStringLiteral("after the reconnection");
        QVERIFY(repository.update(e).isNull());
        QSqlQuery lockTimeout(db.connection());
        QVERIFY(lockTimeout.exec(QStringLiteral("SHOW lock_timeout")) && lockTimeout.next());
        QVERIFY(lockTimeout.value(0).toString() != QLatin1String("0"));
    }

    void shouldNotReconnectUnderAnOpenTransaction()
    {
        DD_ONLY_ON("postgresql", "a SQLite file has no connection to lose");
        QString address;
        DD_FRESH_DATABASE(address, m_dir.path());
        Database db;
        QVERIFY(db.open(address).isNull());
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("NORD"));
        QVERIFY(Storage::EngagementRepository(db).insert(&e).isNull());
        {
            Storage::TransactionGuard guard(db.connection());
            QVERIFY(guard.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE engagements SET notes = 'half' WHERE id = %1").arg(e.id)));
            QString error;
            QVERIFY2(terminateConnections(address, &error), qPrintable(error));
            QVERIFY(!q.exec(QStringLiteral("UPDATE engagements SET notes = 'more' WHERE id = %1").arg(e.id)));
            // A new connection here would run the rest outside the transaction and commit it.
            QSqlQuery rest(db.connection());
            QVERIFY(
                !rest.exec(QStringLiteral("UPDATE engagements SET notes = 'rest' WHERE id = %1").arg(e.id)));
            QVERIFY(!guard.commit());
        }
        QVector<Domain::Engagement> all;
        QVERIFY(Storage::EngagementRepository(db).all(&all).isNull());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().notes, e.notes);
    }

    void shouldTellOfChangesOthersCommitted()
    {
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        Database mine;
        QVERIFY(
            mine.open(location, Database::Access::ReadWrite, Database::Creation::CreateIfMissing).isNull());
        Database theirs;
        QVERIFY(theirs.open(location).isNull());
        ChangeWatch watch(mine);
        QSignalSpy spy(&watch, &ChangeWatch::changed);
        QVERIFY(watch.look().isNull());

        // My own commits are no news to me.
        Domain::Engagement e = StorageTest::engagement(QStringLiteral("MINE"));
        QVERIFY(Storage::EngagementRepository(mine).insert(&e).isNull());
        QVERIFY(lookFor(watch, spy, 500));
        QCOMPARE(spy.count(), 0);

        Domain::Engagement other = StorageTest::engagement(QStringLiteral("THEIRS"));
        QVERIFY(Storage::EngagementRepository(theirs).insert(&other).isNull());
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);
        // A rolled-back write is not a change.
        spy.clear();
        {
            Storage::TransactionGuard guard(theirs.connection());
            QSqlQuery q(theirs.connection());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE engagements SET notes = 'never' WHERE id = %1").arg(other.id)));
        }
        QVERIFY(lookFor(watch, spy, 500));
        QCOMPARE(spy.count(), 0);
    }

    void shouldTellOfAChangeAfterTheConnectionWasLost()
    {
        DD_ONLY_ON("postgresql", "a SQLite file has no connection to lose");
        QString address;
        DD_FRESH_DATABASE(address, m_dir.path());
        Database mine;
        QVERIFY(mine.open(address).isNull());
        ChangeWatch watch(mine);
        QSignalSpy spy(&watch, &ChangeWatch::changed);
        QVERIFY(watch.look().isNull());
        QString error;
        QVERIFY2(terminateConnections(address, &error), qPrintable(error));
        // Notifications sent while the connection was gone are lost: the watch says "changed".
        QVERIFY(lookFor(watch, spy, 5000));
        QCOMPARE(spy.count(), 1);
        spy.clear();
        Database theirs;
        QVERIFY(theirs.open(address).isNull());
        Domain::Engagement other = StorageTest::engagement(QStringLiteral("THEIRS"));
        QVERIFY(Storage::EngagementRepository(theirs).insert(&other).isNull());
        QVERIFY(lookFor(watch, spy, 5000));
        QVERIFY(spy.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"

#include "models/storage/database.h"
#include "models/storage/serveraddress.h"

#include <QtTest>

using Storage::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellAddressesFromPaths_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("server");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://anna@db.example.se:5433/team") << true;
        QTest::newRow("postgres") << QStringLiteral("postgres://db/team") << true;
        QTest::newRow("upper case") << QStringLiteral("PostgreSQL://db/team") << true;
        QTest::newRow("file") << QStringLiteral("/home/anna/deliverydesk.sqlite") << false;
        QTest::newRow("relative file named like one") << QStringLiteral("postgresql_backup.sqlite") << false;
        QTest::newRow("file url") << QStringLiteral("file:///tmp/x.sqlite") << false;
    }
    void shouldTellAddressesFromPaths()
    {
        QFETCH(QString, location);
        QFETCH(bool, server);
        QCOMPARE(ServerAddress::isServerAddress(location), server);
        QCOMPARE(Storage::Database::isServerAddress(location), server);
    }

    void shouldParseEveryPart()
    {
        QString error;
        const ServerAddress a = ServerAddress::parse(
            QStringLiteral(
                "postgresql://anna@db.example.se:5433/team_portfolio?sslmode=verify-full&connect_timeout=5"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(a.host, QStringLiteral("db.example.se"));
        QCOMPARE(a.port, 5433);
        QCOMPARE(a.user, QStringLiteral("anna"));
        QCOMPARE(a.database, QStringLiteral("team_portfolio"));
        QCOMPARE(a.options,
                 QStringList({QStringLiteral("connect_timeout=5"), QStringLiteral("sslmode=verify-full")}));
        QCOMPARE(a.connectOptions(),
                 QStringLiteral("connect_timeout=5;sslmode=verify-full;application_name=deliverydesk"));
        QCOMPARE(
            a.display(),
            QStringLiteral(
                "postgresql://anna@db.example.se:5433/team_portfolio?connect_timeout=5&sslmode=verify-full"));
    }

    void shouldLeaveDefaultsToLibpq()
    {
        QString error;
        const ServerAddress a = ServerAddress::parse(QStringLiteral("postgres://db/team"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(a.port, -1);
        QVERIFY(a.user.isEmpty());
        QCOMPARE(a.connectOptions(), QStringLiteral("connect_timeout=15;application_name=deliverydesk"));
    }

    void shouldRefuseBadAddresses_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << QStringLiteral("postgresql://anna:secret@db/team")
                                  << QStringLiteral("PGPASSWORD");
        QTest::newRow("no database") << QStringLiteral("postgresql://anna@db:5432/")
                                     << QStringLiteral("names no database");
        QTest::newRow("no path") << QStringLiteral("postgresql://anna@db")
                                 << QStringLiteral("names no database");
        QTest::newRow("schema path") << QStringLiteral("postgresql://db/team/x")
                                     << QStringLiteral("names no database");
        QTest::newRow("unknown key") << QStringLiteral("postgresql://db/team?password=x")
                                     << QStringLiteral("'password'");
        QTest::newRow("space in value")
            << QStringLiteral("postgresql://db/team?sslmode=a%20b") << QStringLiteral("space");
        QTest::newRow("empty value") << QStringLiteral("postgresql://db/team?sslmode=")
                                     << QStringLiteral("empty");
        QTest::newRow("bad port") << QStringLiteral("postgresql://db:99999/team")
                                  << QStringLiteral("not a PostgreSQL address");
    }
    void shouldRefuseBadAddresses()
    {
        QFETCH(QString, location);
        QFETCH(QString, reason);
        QString error;
        ServerAddress::parse(location, &error);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
    }

    // Database::open says what is wrong before it connects anywhere, and never repeats a password.
    void shouldRefuseAPasswordWhenOpening()
    {
        Storage::Database db;
        const Storage::StorageError error =
            db.open(QStringLiteral("postgresql://anna:secret@127.0.0.1:1/team"));
        QCOMPARE(error.kind, Storage::StorageError::Kind::CannotOpen);
        QVERIFY(!error.toString().contains(QLatin1String("secret")));
        QVERIFY2(error.detail.contains(QLatin1String("PGPASSWORD")), qPrintable(error.detail));
        QVERIFY(!db.isOpen());
    }

    void shouldSayWhenNoServerAnswers()
    {
        Storage::Database db;
        // Port 1 on the loopback: refused at once, nothing listens there.
        const Storage::StorageError error = db.open(QStringLiteral("postgresql://anna@127.0.0.1:1/team"));
        QCOMPARE(error.kind, Storage::StorageError::Kind::CannotOpen);
        QCOMPARE(error.record, QStringLiteral("postgresql://anna@127.0.0.1:1/team"));
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(!db.isOpen());
        QVERIFY(!db.isServer());
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"

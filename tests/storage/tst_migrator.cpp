// The migrator's script handling without a database: PostgreSQL's dollar-quoted function bodies
// stay one statement, and "-- @begin/@end postgresql-only" blocks run on PostgreSQL only.
#include "models/storage/migrator.h"

#include <QtTest>

using Storage::Migrator;

namespace {
const QString s_function = QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                          "BEGIN\n    PERFORM pg_notify('c', ''); -- a; comment\n"
                                          "    RETURN NULL;\nEND\n$$");

Migrator::Migration bundled(const QString &name)
{
    for (const Migrator::Migration &migration : Migrator::bundledMigrations()) {
        if (migration.name == name)
            return migration;
    }
    return {};
}
} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheTablesEveryBundledVersionLeaves()
    {
        // GIVEN every bundled schema version WHEN its tables are read from the scripts THEN they
        // are the tables applying the scripts leaves, in the same order (what the open checks)
        const QVector<Migrator::Migration> migrations = Migrator::bundledMigrations();
        QVERIFY(!migrations.isEmpty());
        for (const Migrator::Migration &migration : migrations) {
            bool understood = false;
            const QStringList read = Migrator::tablesCreatedBy(migrations, migration.version, &understood);
            QVERIFY2(understood, qPrintable(migration.name));
            QCOMPARE(read, Migrator::expectedTablesApplied(migrations, migration.version));
            QCOMPARE(Migrator::expectedTables(migration.version), read);
        }
    }

    void shouldFollowDroppedAndRenamedTables()
    {
        // GIVEN scripts that drop, rename, add columns and create tables in every spelling
        const QVector<Migrator::Migration> migrations = {
            {1, QStringLiteral("one"),
             QStringLiteral("CREATE TABLE a (x INTEGER);\n-- CREATE TABLE commented (x);\n"
                            "create table IF NOT EXISTS \"b\"(y TEXT);\nCREATE TABLE c (z);\n"
                            "CREATE INDEX a_x ON a (x);")},
            {2, QStringLiteral("two"),
             QStringLiteral(
                 "ALTER TABLE a ADD COLUMN w INTEGER NOT NULL DEFAULT 0;\nDROP TABLE IF EXISTS b;\n"
                 "ALTER TABLE c RENAME TO d;\nALTER TABLE d RENAME COLUMN z TO v;\n"
                 "ALTER TABLE a DROP COLUMN w;\nCREATE TABLE b (y);")},
            {3, QStringLiteral("three"), QStringLiteral("CREATE TABLE e AS SELECT * FROM a;")},
        };
        // WHEN read THEN the tables are those SQLite keeps, in its order
        for (int version : {1, 2}) {
            bool understood = false;
            const QStringList read = Migrator::tablesCreatedBy(migrations, version, &understood);
            QVERIFY(understood);
            QCOMPARE(read, Migrator::expectedTablesApplied(migrations, version));
        }
        QCOMPARE(Migrator::expectedTablesApplied(migrations, 2),
                 QStringList({QStringLiteral("schema_migrations"), QStringLiteral("a"), QStringLiteral("d"),
                              QStringLiteral("b")}));
        // AND a table made from a query is not guessed at
        bool understood = true;
        QVERIFY(Migrator::tablesCreatedBy(migrations, 3, &understood).isEmpty());
        QVERIFY(!understood);
    }

    void shouldKeepADollarQuotedBodyInOneStatement()
    {
        const QStringList statements =
            Migrator::splitStatements(s_function + QStringLiteral(";\nSELECT f();\n"));
        QCOMPARE(statements, QStringList({s_function, QStringLiteral("SELECT f()")}));
    }

    void shouldMatchATaggedDollarQuoteOnlyWithTheSameTag()
    {
        const QString body = QStringLiteral("DO $body$ BEGIN EXECUTE $q$SELECT 1; $$ ; $q$; END $body$");
        QCOMPARE(Migrator::splitStatements(body + QStringLiteral("; SELECT 2;")),
                 QStringList({body, QStringLiteral("SELECT 2")}));
    }

    void shouldNotTakeAParameterOrAWordForADollarQuote()
    {
        QCOMPARE(Migrator::splitStatements(QStringLiteral("SELECT $1, a$b$ FROM t; SELECT 2")),
                 QStringList({QStringLiteral("SELECT $1, a$b$ FROM t"), QStringLiteral("SELECT 2")}));
    }

    void shouldReadAnUnclosedDollarQuoteToTheEnd()
    {
        QCOMPARE(Migrator::splitStatements(QStringLiteral("SELECT $$a; b")),
                 QStringList({QStringLiteral("SELECT $$a; b")}));
    }

    void shouldRunPostgresqlOnlyBlocksOnPostgresqlOnly()
    {
        const QString script = QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                                              "-- @begin postgresql-only\n"
                                              "%1;\nSELECT f();\n"
                                              "  -- @end postgresql-only (f notifies)\n"
                                              "CREATE TABLE b (y TEXT);\n")
                                   .arg(s_function);
        QCOMPARE(Migrator::splitStatements(Migrator::forDialect(script, QStringLiteral("QSQLITE"))),
                 QStringList({QStringLiteral("CREATE TABLE a (x INTEGER)"),
                              QStringLiteral("CREATE TABLE b (y TEXT)")}));
        QCOMPARE(Migrator::splitStatements(Migrator::forDialect(script, QStringLiteral("QPSQL"))),
                 QStringList({QStringLiteral("CREATE TABLE a (x BIGINT)"), s_function,
                              QStringLiteral("SELECT f()"), QStringLiteral("CREATE TABLE b (y TEXT)")}));
    }

    void shouldDropAnUnclosedPostgresqlOnlyBlockToTheEnd()
    {
        const QString script =
            QStringLiteral("CREATE TABLE a (x TEXT);\n-- @begin postgresql-only\nSELECT f();\nSELECT g();\n");
        QCOMPARE(Migrator::splitStatements(Migrator::forDialect(script, QStringLiteral("QSQLITE"))),
                 QStringList({QStringLiteral("CREATE TABLE a (x TEXT)")}));
    }

    void shouldCloseEveryPostgresqlOnlyBlockOfTheBundledMigrations()
    {
        static const QRegularExpression s_begin(QStringLiteral("^\\s*--\\s*@begin postgresql-only\\b"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression s_end(QStringLiteral("^\\s*--\\s*@end postgresql-only\\b"),
                                              QRegularExpression::MultilineOption);
        for (const Migrator::Migration &migration : Migrator::bundledMigrations()) {
            int opened = 0;
            QRegularExpressionMatchIterator b = s_begin.globalMatch(migration.sql);
            QRegularExpressionMatchIterator e = s_end.globalMatch(migration.sql);
            while (b.hasNext()) {
                b.next();
                ++opened;
            }
            int closed = 0;
            while (e.hasNext()) {
                e.next();
                ++closed;
            }
            QVERIFY2(opened == closed, qPrintable(migration.name));
        }
    }

    void shouldInstallTheChangeTriggersOnPostgresqlOnly()
    {
        const Migrator::Migration migration = bundled(QStringLiteral("change_notify"));
        QVERIFY(migration.version > 0);
        QVERIFY(Migrator::splitStatements(Migrator::forDialect(migration.sql, QStringLiteral("QSQLITE")))
                    .isEmpty());
        const QStringList server =
            Migrator::splitStatements(Migrator::forDialect(migration.sql, QStringLiteral("QPSQL")));
        QCOMPARE(server.size(), 3);
        QVERIFY(server.at(0).startsWith(
            QLatin1String("CREATE OR REPLACE FUNCTION deliverydesk_notify_change()")));
        QVERIFY(server.at(0).contains(QLatin1String("pg_notify('deliverydesk_changes', '')")));
        QVERIFY(server.at(1).contains(QLatin1String("FOR EACH STATEMENT")));
        QVERIFY(!server.at(1).contains(QLatin1String("FOR EACH ROW")));
        QCOMPARE(server.at(2), QStringLiteral("SELECT deliverydesk_install_change_triggers()"));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

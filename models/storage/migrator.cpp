#include "models/storage/migrator.h"

#include "models/storage/sqlitebackup.h"
#include "models/storage/transactionguard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace Storage {

namespace {
// pg_advisory_lock key of schema migrations on PostgreSQL ("DDMIGRAT" read as bytes would not fit).
constexpr qint64 s_migrationLockKey = 0x44444D4947;

StorageError migrationError(StorageError::Kind kind, const QString &record, const QString &detail)
{
    return {kind, QStringLiteral("migrate database"), record, detail};
}
} // namespace

Migrator::Migrator(QSqlDatabase db, QString filePath, QVector<Migration> migrations)
    : m_db(std::move(db)), m_filePath(std::move(filePath)), m_migrations(std::move(migrations))
{
}

QVector<Migrator::Migration> Migrator::bundledMigrations()
{
    static const QRegularExpression s_name(QStringLiteral("^(\\d+)_(\\w+)\\.sql$"));
    QVector<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = s_name.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QVector<Migration> all = bundledMigrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrator::expectedTables(int version)
{
    static QMutex s_mutex;
    static QHash<int, QStringList> s_cache;
    QMutexLocker lock(&s_mutex);
    if (const auto it = s_cache.constFind(version); it != s_cache.constEnd())
        return *it;
    // Read from the scripts' statements rather than by applying them to an in-memory database:
    // that was 40 % of the fixed cost of every command that opens a file (about 17 ms, most of it
    // SQLite parsing the growing schema again after each statement). tst_migrator compares both
    // for every bundled version, and a statement this does not understand falls back to applying.
    bool understood = false;
    QStringList tables = tablesCreatedBy(bundledMigrations(), version, &understood);
    if (!understood)
        tables = expectedTablesApplied(bundledMigrations(), version);
    s_cache.insert(version, tables);
    return tables;
}

QStringList Migrator::tablesCreatedBy(const QVector<Migration> &migrations, int version, bool *understood)
{
    *understood = false;
    static const QRegularExpression s_create(
        QStringLiteral("^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?(\\w+)\"?\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_drop(
        QStringLiteral("^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?\"?(\\w+)\"?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_rename(
        QStringLiteral("^ALTER\\s+TABLE\\s+\"?(\\w+)\"?\\s+RENAME\\s+TO\\s+\"?(\\w+)\"?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_columns( // the table set stays
        QStringLiteral("^ALTER\\s+TABLE\\s+\"?\\w+\"?\\s+(?:ADD|DROP|RENAME)\\s+(?!TO\\s)(?:COLUMN\\s+)?\"?"
                       "\\w+\"?(?:\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression s_other(
        QStringLiteral("^(?:CREATE\\s+(?:TEMP|TEMPORARY|VIRTUAL)\\s+TABLE|ALTER\\s+TABLE|DROP\\s+TABLE|"
                       "CREATE\\s+TABLE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables = {QStringLiteral("schema_migrations")};
    for (const Migration &migration : migrations) {
        if (migration.version > version)
            break;
        for (const QString &statement :
             splitStatements(forDialect(migration.sql, QStringLiteral("QSQLITE")))) {
            const QString text = statement.trimmed();
            if (const QRegularExpressionMatch m = s_create.match(text); m.hasMatch()) {
                if (!tables.contains(m.captured(1)))
                    tables << m.captured(1);
            } else if (const QRegularExpressionMatch d = s_drop.match(text); d.hasMatch()) {
                tables.removeAll(d.captured(1));
            } else if (const QRegularExpressionMatch r = s_rename.match(text); r.hasMatch()) {
                const qsizetype at = tables.indexOf(r.captured(1));
                if (at >= 0)
                    tables[at] = r.captured(2); // sqlite_master keeps the row: the same place
            } else if (s_columns.match(text).hasMatch()) {
                continue;
            } else if (s_other.match(text).hasMatch()) {
                return {}; // a temporary or virtual table, a table made from a query: not read here
            }
        }
    }
    *understood = true;
    return tables;
}

QStringList Migrator::expectedTablesApplied(const QVector<Migration> &migrations, int version)
{
    static QMutex s_mutex;
    static int s_counter = 0;
    QMutexLocker lock(&s_mutex);
    const QString name = QStringLiteral("deliverydesk-expected-tables-%1").arg(++s_counter);
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)"));
            for (const Migration &migration : migrations) {
                if (migration.version > version)
                    break;
                for (const QString &statement : splitStatements(forDialect(migration.sql, db.driverName())))
                    query.exec(statement);
            }
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"));
            while (query.next())
                tables << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

QStringList Migrator::splitStatements(const QString &script)
{
    // PostgreSQL's dollar quotes ($$ … $$, $body$ … $body$) hold function bodies with their own
    // semicolons and quotes: taken as they are. A '$' inside a word ($1, a$b) opens none.
    static const QRegularExpression s_dollarTag(QStringLiteral("\\$(?:[A-Za-z_][A-Za-z0-9_]*)?\\$"));
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (lineComment) {
            if (c == QLatin1Char('\n'))
                lineComment = false;
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            lineComment = true;
            continue;
        }
        if (c == QLatin1Char('$') &&
            (i == 0 || !(script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == QLatin1Char('_') ||
                         script.at(i - 1) == QLatin1Char('$')))) {
            const QRegularExpressionMatch tag = s_dollarTag.match(
                script, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (tag.hasMatch()) {
                const int bodyStart = i + int(tag.capturedLength());
                const int close = int(script.indexOf(tag.captured(), bodyStart));
                // An unclosed quote runs to the end, as the server reads it.
                const int end = close < 0 ? int(script.size()) : close + int(tag.capturedLength());
                current += script.mid(i, end - i);
                i = end - 1;
                continue;
            }
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString Migrator::forDialect(QString script, const QString &driverName)
{
    const bool postgres = driverName == QLatin1String("QPSQL");
    if (!postgres) {
        // Lines from "-- @begin postgresql-only" to "-- @end postgresql-only" (comments to the
        // server, which runs them) are dropped; a block left open runs to the end of the script.
        static const QRegularExpression s_postgresOnly(
            QStringLiteral("^[ \\t]*--[ \\t]*@begin postgresql-only\\b.*?"
                           "(?:^[ \\t]*--[ \\t]*@end postgresql-only\\b[^\\n]*$|\\z)"),
            QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
        script.remove(s_postgresOnly);
    }
    if (postgres) {
        // SQLite's INTEGER holds 64 bits; PostgreSQL's 32, which ends in January 2038 for epoch
        // seconds: every INTEGER of the schema is a BIGINT there.
        static const QRegularExpression s_integer(QStringLiteral("\\bINTEGER\\b"));
        script.replace(s_integer, QStringLiteral("BIGINT"));
    }
    script.replace(QLatin1String("{{ID}}"),
                   postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                            : QLatin1String("INTEGER PRIMARY KEY"));
    // A fraction in a column that was first declared INTEGER: SQLite keeps 97.5 in it as a REAL
    // (type affinity), PostgreSQL needs the type said.
    script.replace(QLatin1String("{{PERCENT}}"),
                   postgres ? QLatin1String("DOUBLE PRECISION") : QLatin1String("INTEGER"));
    return script;
}

StorageError Migrator::readVersion()
{
    QSqlQuery query(m_db);
    if (!m_db.tables().contains(QLatin1String("schema_migrations"))) {
        m_version = 0;
        // A file that already holds other tables is somebody else's database: never touch it.
        if (!m_db.tables().isEmpty()) {
            return migrationError(
                StorageError::Kind::NotADatabase, QDir::toNativeSeparators(m_filePath),
                isPostgres()
                    ? QStringLiteral("the database holds tables, but is not a Delivery Desk database")
                    : QStringLiteral("the file is a SQLite database, but not a Delivery Desk database"));
        }
        return {};
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return migrationError(StorageError::Kind::Query, QStringLiteral("schema_migrations"),
                              query.lastError().text());
    m_version = query.value(0).toInt();
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (m_version > latest) {
        StorageError error = migrationError(
            StorageError::Kind::NewerSchema, QDir::toNativeSeparators(m_filePath),
            QStringLiteral(
                "the database has schema version %1, but this Delivery Desk knows versions up to %2; "
                "open it with a newer Delivery Desk")
                .arg(m_version)
                .arg(latest));
        error.foundVersion = m_version;
        error.supportedVersion = latest;
        return error;
    }
    return {};
}

StorageError Migrator::checkReadable()
{
    if (StorageError error = readVersion())
        return error;
    if (m_version == 0) {
        return migrationError(StorageError::Kind::NotADatabase, QDir::toNativeSeparators(m_filePath),
                              QStringLiteral("the file holds no Delivery Desk data"));
    }
    return {};
}

bool Migrator::isPostgres() const
{
    return m_db.driverName() == QLatin1String("QPSQL");
}

StorageError Migrator::backup()
{
    // PostgreSQL changes its schema in a transaction like any write: a migration that fails leaves
    // the database as it was. Copies of a server's database are its administrator's (pg_dump).
    if (isPostgres())
        return {};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.backup").arg(m_filePath).arg(m_version).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.backup").arg(m_filePath).arg(m_version).arg(stamp).arg(n);
    if (StorageError error = SqliteBackup::copy(m_db, target, m_watch)) {
        if (error.kind == StorageError::Kind::UpgradeCancelled)
            error.record = QDir::toNativeSeparators(m_filePath); // what was left as it was
        return error;
    }
    m_backupPath = target;
    return {};
}

StorageError Migrator::apply(const Migration &migration)
{
    const QString record =
        QStringLiteral("%1_%2").arg(migration.version, 3, 10, QLatin1Char('0')).arg(migration.name);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        // Another program's write outlasting the wait is Busy (try again), not a failed step.
        StorageError error = transaction.beginError(QStringLiteral("migrate database"), record);
        if (error.kind == StorageError::Kind::Query)
            error.kind = StorageError::Kind::MigrationFailed;
        return error;
    }
    QSqlQuery query(m_db);
    const QStringList statements = splitStatements(forDialect(migration.sql, m_db.driverName()));
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return migrationError(StorageError::Kind::MigrationFailed, record, query.lastError().text());
    }
    if (StorageError error = installChangeTriggers(record))
        return error;
    if (!query.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :at)")))
        return migrationError(StorageError::Kind::MigrationFailed, record, query.lastError().text());
    query.bindValue(QStringLiteral(":v"), migration.version);
    query.bindValue(QStringLiteral(":n"), migration.name);
    query.bindValue(QStringLiteral(":at"), QDateTime::currentSecsSinceEpoch());
    if (!query.exec() || !transaction.commit())
        return migrationError(StorageError::Kind::MigrationFailed, record, query.lastError().text());
    m_version = migration.version;
    return {};
}

StorageError Migrator::installChangeTriggers(const QString &record)
{
    // A table a migration added after the change_notify migration gets its change trigger in the same
    // transaction (resources/migrations/NNN_change_notify.sql); before that migration there is none.
    if (!isPostgres())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT to_regproc('deliverydesk_install_change_triggers') IS NOT NULL")) ||
        !query.next())
        return migrationError(StorageError::Kind::MigrationFailed, record, query.lastError().text());
    if (query.value(0).toBool() &&
        !query.exec(QStringLiteral("SELECT deliverydesk_install_change_triggers()")))
        return migrationError(StorageError::Kind::MigrationFailed, record, query.lastError().text());
    return {};
}

StorageError Migrator::migrate()
{
    if (!isPostgres())
        return migrateLocked();
    // Several people may open a team database with a new version at once: one migrates, the
    // others wait for it and then find the schema up to date. The lock ends with the session or
    // the unlock below.
    QSqlQuery lock(m_db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(s_migrationLockKey)))
        return migrationError(StorageError::Kind::MigrationFailed, QStringLiteral("schema_migrations"),
                              lock.lastError().text());
    const StorageError error = migrateLocked();
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(s_migrationLockKey));
    return error;
}

StorageError Migrator::migrateLocked()
{
    if (StorageError error = readVersion())
        return error;
    if (m_migrations.isEmpty() || m_version >= m_migrations.constLast().version)
        return {};
    if (m_version > 0) {
        if (StorageError error = backup())
            return error;
        // A Cancel during the backup's last step (its copy flushed to disk: half a second at a
        // million tickets) still comes before anything changed.
        if (m_watch.isCancelled()) {
            QFile::remove(std::exchange(m_backupPath, QString()));
            return migrationError(StorageError::Kind::UpgradeCancelled, QDir::toNativeSeparators(m_filePath),
                                  QStringLiteral("cancelled once the backup was complete"));
        }
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                                       "applied_at INTEGER NOT NULL)"))) {
            return migrationError(StorageError::Kind::MigrationFailed, QStringLiteral("schema_migrations"),
                                  query.lastError().text());
        }
    }
    const auto pending =
        std::count_if(m_migrations.cbegin(), m_migrations.cend(),
                      [this](const Migration &migration) { return migration.version > m_version; });
    qint64 applied = 0;
    for (const Migration &migration : qAsConst(m_migrations)) {
        if (migration.version <= m_version)
            continue;
        m_watch.report(UpgradeWatch::Step::Migrating, applied++, pending);
        if (StorageError error = apply(migration))
            return error;
    }
    m_watch.report(UpgradeWatch::Step::Migrating, applied, pending);
    return {};
}

} // namespace Storage

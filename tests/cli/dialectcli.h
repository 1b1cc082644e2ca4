#pragma once

// The command-line tests on both dialects (issue 15): the same test data, made in a SQLite file as
// before, and for the `postgresql` global data row (StorageTest::addDialectRows) moved into a new
// database on the test process's throwaway server, which the real binary then gets as
// `--database postgresql://…`.
//
// A file is moved to the server once per process (`deliverydesk db copy`, a few seconds for the
// demo), into a template database; every later request gets a new database made from that template
// (`CREATE DATABASE … TEMPLATE`, a file copy on the server: milliseconds), so each test function
// that changes its data still starts from its own copy.
#include "tests/cli/clirun.h"
#include "tests/storage/testdatabases.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace DialectCli {

struct ServerCopy
{
    QString location;    ///< the postgresql:// address of the new database, empty when unavailable
    QString unavailable; ///< why there is none
};

/// The database name of a server address.
inline QString databaseName(const QString &address)
{
    return QUrl(address).path().mid(1);
}

/// A new server database holding the rows of the SQLite file `sqliteFile`, as it was when this
/// process first asked for it.
inline ServerCopy serverCopy(const QString &sqliteFile, const QString &folder)
{
    static QHash<QString, QString> s_templates; // canonical file path -> template database name
    static int s_counter = 0;
    const QString key = QFileInfo(sqliteFile).absoluteFilePath();
    QString templateName = s_templates.value(key);
    if (templateName.isEmpty()) {
        const StorageTest::FreshDatabase fresh =
            StorageTest::freshDatabase(QStringLiteral("postgresql"), folder, QStringLiteral("template"));
        if (fresh.location.isEmpty())
            return {{}, fresh.unavailable};
        const CliTest::Run copied =
            CliTest::runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                             sqliteFile, QStringLiteral("--to"), fresh.location});
        if (copied.code != 0)
            return {{}, QStringLiteral("db copy of %1 failed: %2").arg(sqliteFile, copied.err)};
        templateName = databaseName(fresh.location);
        s_templates.insert(key, templateName);
    }
    const QString name = QStringLiteral("%1_c%2").arg(templateName.left(50)).arg(++s_counter);
    QString why;
    if (!StorageTest::serverExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName),
                                 &why))
        return {{}, QStringLiteral("CREATE DATABASE … TEMPLATE failed: %1").arg(why)};
    return {StorageTest::serverAddress(name), {}};
}

/// A copy of the SQLite file `sqliteFile` in `folder`, named after the running test function.
inline QString sqliteCopy(const QString &sqliteFile, const QString &folder)
{
    static int s_counter = 0;
    const QString path = QStringLiteral("%1/%2-copy%3.sqlite")
                             .arg(folder, QLatin1String(QTest::currentTestFunction()))
                             .arg(++s_counter);
    QFile::remove(path);
    return QFile::copy(sqliteFile, path) ? path : QString();
}

/// One value read from a database of either dialect behind the binary's back (an invalid QVariant
/// when the database or the statement failed).
inline QVariant scalar(const QString &location, const QString &sql)
{
    Storage::Database db;
    if (!db.open(location, Storage::Database::Access::ReadWrite).isNull())
        return {};
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

/// Runs `sql` on a database of either dialect; false when it failed.
inline bool exec(const QString &location, const QString &sql)
{
    Storage::Database db;
    if (!db.open(location, Storage::Database::Access::ReadWrite).isNull())
        return false;
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

/// Runs `sql` on a database of either dialect; the rows it changed, -1 when it failed.
inline int affected(const QString &location, const QString &sql)
{
    Storage::Database db;
    if (!db.open(location, Storage::Database::Access::ReadWrite).isNull())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) ? q.numRowsAffected() : -1;
}

/// Whether the current global data row is the server's.
inline bool onServer()
{
    QFETCH_GLOBAL(QString, dialect);
    return dialect == QLatin1String("postgresql");
}

} // namespace DialectCli

/// The same, but on the `sqlite` row a copy of the file of the test function's own, which it may change.
#define DD_CLI_COPY(out_, sqliteFile_, folder_)                                                              \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        if (dialect != QLatin1String("postgresql")) {                                                        \
            out_ = DialectCli::sqliteCopy(sqliteFile_, folder_);                                             \
            QVERIFY(!out_.isEmpty());                                                                        \
            break;                                                                                           \
        }                                                                                                    \
        DD_CLI_DATABASE(out_, sqliteFile_, folder_);                                                         \
    } while (false)

/// `out_` becomes the database of the current global data row holding what the SQLite file
/// `sqliteFile_` holds: the file itself on the `sqlite` row, a new server database on the
/// `postgresql` row — or the test function is skipped saying why (failed under DD_REQUIRE_POSTGRES=1).
#define DD_CLI_DATABASE(out_, sqliteFile_, folder_)                                                          \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        if (dialect != QLatin1String("postgresql")) {                                                        \
            out_ = (sqliteFile_);                                                                            \
            break;                                                                                           \
        }                                                                                                    \
        const DialectCli::ServerCopy copy_ = DialectCli::serverCopy(sqliteFile_, folder_);                   \
        if (copy_.location.isEmpty()) {                                                                      \
            DD_NO_SERVER(copy_.unavailable);                                                                 \
        }                                                                                                    \
        out_ = copy_.location;                                                                               \
    } while (false)

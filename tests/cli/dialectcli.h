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

#include <QFileInfo>
#include <QHash>
#include <QUrl>

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

/// Whether the current global data row is the server's.
inline bool onServer()
{
    QFETCH_GLOBAL(QString, dialect);
    return dialect == QLatin1String("postgresql");
}

} // namespace DialectCli

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
            if (StorageTest::postgresRequired())                                                             \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required (DD_REQUIRE_POSTGRES=1): ") +        \
                                 copy_.unavailable));                                                        \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + copy_.unavailable));              \
        }                                                                                                    \
        out_ = copy_.location;                                                                               \
    } while (false)

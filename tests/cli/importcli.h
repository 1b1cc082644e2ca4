#pragma once

// What the import and listing tests of the command line share: a new database holding one
// engagement, `deliverydesk import` into it, and `tickets|worklogs list` read back as JSON.
#include "tests/cli/clirun.h"
#include "tests/storage/importtestdatabase.h"
#include "tests/storage/testdatabases.h"

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace ImportCli {

using CliTest::Run;

inline const QString s_sample =
    QStringLiteral(DD_TEST_DATA_DIR "/import/servicenow-events/incident_event_log_sample.csv");
inline const QString s_key = QStringLiteral("NORDSHOP");

inline QString testData(const QString &name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/import/") + name;
}

inline Run run(const QStringList &arguments)
{
    return CliTest::runCli(arguments);
}

/// A new database in `dir` without demo data, holding the engagement s_key; named after the running
/// test function and `suffix`. Empty when it could not be made.
inline QString newDatabase(const QString &dir, const QString &suffix = {})
{
    const QString path =
        dir + QStringLiteral("/%1%2.sqlite").arg(QLatin1String(QTest::currentTestFunction()), suffix);
    QFile::remove(path);
    Storage::Database db;
    if (!db.open(path, Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
             .isNull())
        return {};
    Domain::Engagement e = ImportTest::engagement(s_key);
    return Storage::EngagementRepository(db).insert(&e).isNull() ? path : QString();
}

/// The same on `dialect` ("sqlite", "postgresql": a new database on the test server), for the tests
/// that run on both (global data rows of StorageTest::addDialectRows). `unavailable` says why not.
inline StorageTest::FreshDatabase newDatabaseOf(const QString &dialect, const QString &dir,
                                                const QString &suffix = {})
{
    StorageTest::FreshDatabase fresh =
        StorageTest::freshDatabase(dialect, dir, QLatin1String(QTest::currentTestFunction()) + suffix);
    if (fresh.location.isEmpty())
        return fresh;
    Storage::Database db;
    Storage::StorageError error = db.open(fresh.location, Storage::Database::Access::ReadWrite,
                                          Storage::Database::Creation::CreateIfMissing);
    Domain::Engagement e = ImportTest::engagement(s_key);
    if (error.isNull())
        error = Storage::EngagementRepository(db).insert(&e);
    if (!error.isNull())
        return {{}, QStringLiteral("cannot make %1: %2").arg(fresh.location, error.detail)};
    return fresh;
}

inline Run import(const QString &database, const QString &source, const QString &file,
                  const QStringList &extra = {})
{
    return run(QStringList{QStringLiteral("import"), QStringLiteral("--database"), database,
                           QStringLiteral("--engagement"), s_key, QStringLiteral("--source"), source} +
               extra + QStringList{file});
}

/// `WHAT list --format json` of s_key, parsed.
inline QJsonArray listed(const QString &database, const QString &what)
{
    const Run r =
        run({what, QStringLiteral("list"), QStringLiteral("--database"), database,
             QStringLiteral("--engagement"), s_key, QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace ImportCli

/// `out_` becomes a new database of the current global row's dialect holding s_key, or the test
/// function is skipped when the server cannot start (failed under DD_REQUIRE_POSTGRES=1).
#define DD_IMPORT_DATABASE(out_, dir_, suffix_)                                                              \
    do {                                                                                                     \
        QFETCH_GLOBAL(QString, dialect);                                                                     \
        const StorageTest::FreshDatabase made_ = ImportCli::newDatabaseOf(dialect, dir_, suffix_);           \
        if (made_.location.isEmpty()) {                                                                      \
            if (dialect == QLatin1String("postgresql") && !StorageTest::postgresRequired() &&                \
                !made_.unavailable.startsWith(QLatin1String("cannot make")))                                 \
                QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + made_.unavailable));          \
            QFAIL(qPrintable(made_.unavailable));                                                            \
        }                                                                                                    \
        out_ = made_.location;                                                                               \
    } while (false)

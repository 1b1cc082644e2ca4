#pragma once

// What the import and listing tests of the command line share: a new database holding one
// engagement, `deliverydesk import` into it, and `tickets|worklogs list` read back as JSON.
#include "tests/cli/clirun.h"
#include "tests/storage/importtestdatabase.h"

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

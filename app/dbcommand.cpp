#include "app/dbcommand.h"

#include "app/clicontext.h"
#include "app/engagementcommand.h"
#include "models/databasecopy.h"
#include "models/storagetext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

namespace App {

namespace {

int check(CliContext &context, const Storage::Database &database)
{
    QStringList problems;
    const Storage::StorageError error = database.fullCheck(&problems);
    if (!error) {
        context.out() << DbCommand::tr("%1: no damage found (integrity and foreign keys checked).")
                             .arg(QDir::toNativeSeparators(database.path()))
                      << '\n';
        return Success;
    }
    for (const QString &problem : std::as_const(problems))
        context.out() << problem << '\n';
    if (error.kind != Storage::StorageError::Kind::Damaged)
        return context.fail(Models::StorageText::message(error));
    const QString found = DbCommand::tr("%1 is damaged: %n problem(s) found (listed on stdout)", nullptr,
                                        int(problems.size()))
                              .arg(QDir::toNativeSeparators(database.path()));
    return context.fail(error.backup.isEmpty()
                            ? DbCommand::tr("%1; no backup was found next to it").arg(found)
                            : DbCommand::tr("%1; the last backup is %2").arg(found, error.backup));
}

int backup(CliContext &context, const Storage::Database &database, QString target)
{
    if (target.isEmpty()) {
        target = QStringLiteral("%1.%2.backup")
                     .arg(database.path(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    if (const Storage::StorageError error = database.backupTo(target))
        return context.fail(Models::StorageText::message(error));
    context.out() << DbCommand::tr("Backed up %1 to %2 (checked).")
                         .arg(QDir::toNativeSeparators(database.path()), QDir::toNativeSeparators(target))
                  << '\n';
    return Success;
}

/// `db copy --from A --to B`: the whole portfolio, all or nothing, rows counted per table.
int copy(CliContext &context, const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty())
        return context.fail(DbCommand::tr("db copy needs --from and --to (a file or a postgresql:// address)"),
                            UsageError);
    const Models::DatabaseCopy::Result result = Models::DatabaseCopy::run(from, to);
    if (!result.ok)
        return context.fail(result.message);
    for (const Models::DatabaseCopy::Table &table : result.tables)
        context.out() << table.name << '\t' << table.rows << '\n';
    context.err() << "deliverydesk: " << result.message << Qt::endl;
    return Success;
}

} // namespace

int DbCommand::run(const QStringList &arguments)
{
    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a database for damage, back it up while others may keep working in it, or copy a whole "
           "portfolio into a new file or an empty PostgreSQL database."));
    EngagementCommand::addCommonOptions(parser);
    parser.addOption({QStringLiteral("out"),
                      tr("Where the backup goes (a new file; default: <database>.<time>.backup next to it)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("from"), tr("db copy: the database to copy (a file or a postgresql:// address)."),
                      tr("DATABASE")});
    parser.addOption({QStringLiteral("to"),
                      tr("db copy: where the copy goes (a new file, or an empty postgresql:// database)."),
                      tr("DATABASE")});
    parser.addPositionalArgument(QStringLiteral("db"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("check, backup or copy."), tr("check|backup|copy"));
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (positional.size() != 2
        || (action != QLatin1String("check") && action != QLatin1String("backup") && action != QLatin1String("copy")))
        return context.fail(tr("db needs check, backup or copy"), UsageError);
    if (action == QLatin1String("copy")) {
        if (parser.isSet(QStringLiteral("database")) || parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("out")))
            return context.fail(tr("db copy takes --from and --to only"), UsageError);
        return copy(context, parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
    }
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
        return context.fail(tr("--from and --to belong to db copy"), UsageError);
    if (action == QLatin1String("check") && parser.isSet(QStringLiteral("out")))
        return context.fail(tr("--out belongs to db backup"), UsageError);

    // Read-only: neither a check nor a backup ever changes the database.
    Models::Portfolio portfolio;
    if (!context.openDatabase(parser.value(QStringLiteral("database")), parser.isSet(QStringLiteral("demo")), &portfolio,
                              Storage::Database::Access::ReadOnly))
        return Failure;
    if (action == QLatin1String("check"))
        return check(context, *portfolio.database());
    return backup(context, *portfolio.database(), parser.value(QStringLiteral("out")));
}

} // namespace App

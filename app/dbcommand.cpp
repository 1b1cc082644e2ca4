#include "app/dbcommand.h"

#include "app/command.h"
#include "models/databasecopy.h"
#include "models/storagetext.h"

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
    const QString found =
        DbCommand::tr("%1 is damaged: %n problem(s) found (listed on stdout)", nullptr, int(problems.size()))
            .arg(QDir::toNativeSeparators(database.path()));
    return context.fail(error.backup.isEmpty()
                            ? DbCommand::tr("%1; no backup was found next to it").arg(found)
                            : DbCommand::tr("%1; the last backup is %2").arg(found, error.backup));
}

int backup(CliContext &context, const Storage::Database &database, QString target)
{
    if (target.isEmpty()) {
        target = QStringLiteral("%1.%2.backup")
                     .arg(database.path(),
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
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
        return context.fail(
            DbCommand::tr("db copy needs --from and --to (a file or a postgresql:// address)"), UsageError);
    const Models::DatabaseCopy::Result result = Models::DatabaseCopy::run(from, to);
    if (!result.ok)
        return context.fail(result.message);
    for (const Models::DatabaseCopy::Table &table : result.tables)
        context.out() << table.name << '\t' << table.rows << '\n';
    context.err() << "deliverydesk: " << result.message << Qt::endl;
    return Success;
}

} // namespace

const CommandSpec &DbCommand::spec(const QStringList &)
{
    static const CommandSpec s_spec{
        "db",
        "DbCommand",
        QT_TRANSLATE_NOOP(
            "DbCommand",
            "Check a database for damage, back it up while others may keep working in it, or copy a whole "
            "portfolio into a new file or an empty PostgreSQL database."),
        {{"out",
          QT_TRANSLATE_NOOP(
              "DbCommand",
              "Where the backup goes (a new file; default: <database>.<time>.backup next to it)."),
          QT_TRANSLATE_NOOP("Command", "FILE")},
         {"from",
          QT_TRANSLATE_NOOP("DbCommand",
                            "db copy: the database to copy (a file or a postgresql:// address)."),
          QT_TRANSLATE_NOOP("Command", "DATABASE")},
         {"to",
          QT_TRANSLATE_NOOP("DbCommand",
                            "db copy: where the copy goes (a new file, or an empty postgresql:// database)."),
          QT_TRANSLATE_NOOP("Command", "DATABASE")}},
        {{"action", QT_TRANSLATE_NOOP("DbCommand", "check, backup or copy."),
          QT_TRANSLATE_NOOP("DbCommand", "check|backup|copy")}},
        &DbCommand::run};
    return s_spec;
}

int DbCommand::run(CommandCall &call)
{
    const QStringList positional = call.arguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QLatin1String("check") && action != QLatin1String("backup") &&
                                   action != QLatin1String("copy")))
        return call.usageError(tr("db needs check, backup or copy"));
    if (action == QLatin1String("copy")) {
        if (call.isSet(QStringLiteral("database")) || call.isSet(QStringLiteral("demo")) ||
            call.isSet(QStringLiteral("out")))
            return call.usageError(tr("db copy takes --from and --to only"));
        return copy(call.context(), call.value(QStringLiteral("from")), call.value(QStringLiteral("to")));
    }
    if (call.isSet(QStringLiteral("from")) || call.isSet(QStringLiteral("to")))
        return call.usageError(tr("--from and --to belong to db copy"));
    if (action == QLatin1String("check") && call.isSet(QStringLiteral("out")))
        return call.usageError(tr("--out belongs to db backup"));

    // Read-only: neither a check nor a backup ever changes the database.
    Models::Portfolio portfolio;
    if (!call.openPortfolio(&portfolio, Storage::Database::Access::ReadOnly))
        return Failure;
    if (action == QLatin1String("check"))
        return check(call.context(), *portfolio.database());
    return backup(call.context(), *portfolio.database(), call.value(QStringLiteral("out")));
}

} // namespace App

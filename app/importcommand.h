#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk import --engagement KEY --source ID [--timezone TZ] [--dry-run] [--skip-bad-rows] FILE`:
/// one all-or-nothing import with its report on stdout. Exit 1 when nothing was written because
/// of rejected rows (strict mode), an unreadable file or a database error.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

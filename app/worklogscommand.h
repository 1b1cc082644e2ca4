#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk worklogs list --engagement KEY [--from DATE] [--to DATE] [--format table|csv|json]`:
/// the stored worklogs, so a script can check an import.
class WorklogsCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorklogsCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

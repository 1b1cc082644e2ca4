#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk export --database DB [--engagement KEY] --format csv|xlsx|bundle --out PATH
/// [--force] [--now ISO]`: tickets, worklogs and SLA results as CSV files in a folder or as one
/// XLSX workbook, or an offline bundle of one engagement (or, without --engagement, the whole
/// portfolio). Existing files are never replaced without --force.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
    static int exportTables(CommandCall &call, const QString &format, qint64 now);
    static int exportBundle(CommandCall &call);
};

} // namespace App

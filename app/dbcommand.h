#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk db check` (integrity and foreign keys) and `deliverydesk db backup [--out FILE]`
/// (a consistent copy taken while others may keep working, then checked).
class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

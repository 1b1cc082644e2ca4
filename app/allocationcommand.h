#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk allocation --month YYYY-MM [--format table|csv|json]`: per person capacity,
/// allocated hours and where, and the month's warnings in words. `allocation set PERSON
/// ENGAGEMENT HOURS --month YYYY-MM` sets one cell (refused when someone changes it meanwhile).
class AllocationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AllocationCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
    /// `allocation set PERSON ENGAGEMENT HOURS --month YYYY-MM`.
    static int set(CommandCall &call);
};

} // namespace App

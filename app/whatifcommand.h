#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk whatif --engagement KEY [--months N] [--format table|csv|json] [--now ISO]`: the
/// engagement's last complete months replayed under each of the four support models.
class WhatIfCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk settings team-zone [ZONE|default]`: shows or sets a setting of the portfolio, the
/// team's time zone (the calendar people's capacity counts on, Models::TeamTimeZone).
class SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

#pragma once

#include "models/domain/ticket.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk tickets list --engagement KEY [--format table|csv|json]`: what is stored, with the
/// number of status changes and the time spent in pause statuses, so a script can check an import.
class TicketsCommand
{
    Q_DECLARE_TR_FUNCTIONS(TicketsCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);

    /// Wall-clock seconds the history spent in statuses for which `isPause` is true: each change
    /// lasts until the next one; a pause that is the last change lasts until the resolution when
    /// that is later, and is not counted for an unresolved ticket (it has no end yet).
    static qint64 pausedSeconds(const Domain::Ticket &ticket, const std::function<bool(const QString &)> &isPause);

private:
    static int run(CommandCall &call);
};

} // namespace App

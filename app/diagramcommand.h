#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

struct CommandSpec;
class CommandCall;

/// `deliverydesk diagram --engagement KEY --out FILE.svg|FILE.png [--month YYYY-MM]`: the support
/// model diagram of the Support model page, written as the page's Export writes it.
class DiagramCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagramCommand)

public:
    /// Its options, help and handler for the table of commands (app/commands.cpp).
    static const CommandSpec &spec(const QStringList &arguments);
    /// Drawing text needs a (offscreen) QApplication.
    static bool needsWidgets(const QStringList &arguments);

private:
    static int run(CommandCall &call);
};

} // namespace App

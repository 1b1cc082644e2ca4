#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace App {

/// Runs the window: parses the window's options, opens the database and shows the main window
/// (or renders it to a PNG for --screenshot).
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int run(const QStringList &arguments);
};

} // namespace App

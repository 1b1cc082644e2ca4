#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Gui {

/// Opening a database file written by an older Delivery Desk from the window (at start, File ›
/// Open…, a recent file): its upgrade runs off the GUI thread (Models::DatabaseUpgrade) behind a
/// progress dialog before the portfolio opens the file, instead of a window that stops answering
/// for the backup every upgrade takes (seconds to minutes for a large file). The check and the
/// backup can be cancelled, and the file is then left as it was.
class DatabaseUpgradeRunner
{
    Q_DECLARE_TR_FUNCTIONS(Gui::DatabaseUpgradeRunner)

public:
    enum class Outcome {
        NotNeeded, ///< nothing to upgrade (or not a file this can tell about): open it as usual
        Upgraded,  ///< now of this version: open it; `message` says where the backup is
        Cancelled, ///< the user cancelled: the file is as it was and must not be opened
        Failed,    ///< the upgrade failed (the file as it was): `message` says why
    };

    /// Upgrades `path` when it needs it, waiting (a local event loop) behind a modal progress
    /// dialog over `parent` (none before the window is shown), which appears after 400 ms.
    static Outcome run(QWidget *parent, const QString &path, QString *message);
};

} // namespace Gui

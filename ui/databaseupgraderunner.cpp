#include "ui/databaseupgraderunner.h"

#include "models/databaseupgrade.h"
#include "models/storagetext.h"
#include "ui/jobprogress.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>

namespace Gui {

namespace {

QString stepText(Models::DatabaseUpgrade::Step step, const QString &file, qint64 done, qint64 total)
{
    using Step = Models::DatabaseUpgrade::Step;
    switch (step) {
    case Step::Checking:
        return DatabaseUpgradeRunner::tr("Checking %1 before updating it for this version of Delivery Desk…")
            .arg(file);
    case Step::BackingUp:
        return DatabaseUpgradeRunner::tr("Making a backup of %1 before the update…").arg(file);
    case Step::Migrating:
        return DatabaseUpgradeRunner::tr("Updating %1: step %2 of %3 (this part cannot be cancelled)…")
            .arg(file)
            .arg(qMin(done + 1, total))
            .arg(total);
    }
    return {};
}

} // namespace

DatabaseUpgradeRunner::Outcome DatabaseUpgradeRunner::run(QWidget *parent, const QString &path,
                                                          QString *message)
{
    if (!Models::DatabaseUpgrade::isNeeded(path))
        return Outcome::NotNeeded;
    const QString file = QFileInfo(path).fileName();
    QProgressDialog progress(stepText(Models::DatabaseUpgrade::Step::Checking, file, 0, 0), tr("Cancel"), 0,
                             0, parent);
    progress.setWindowTitle(tr("Update the database"));
    progress.setObjectName(QStringLiteral("databaseUpgradeProgress"));
    JobProgress::setUp(&progress);
    // Shown at once, not after JobProgress's 400 ms: until a modal dialog shows, the window behind
    // the local loop below still takes input (a second File › Open would nest a second update).
    // An update comes once a version: a short one may flash once.
    progress.show();

    Models::DatabaseUpgrade upgrade;
    QEventLoop loop;
    Outcome outcome = Outcome::Failed;
    bool migrating = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &upgrade, [&] {
        if (!migrating)
            upgrade.cancel();
    });
    QObject::connect(&upgrade, &Models::DatabaseUpgrade::progressed, &progress,
                     [&](Models::DatabaseUpgrade::Step step, qint64 done, qint64 total) {
                         if (step == Models::DatabaseUpgrade::Step::Migrating && !migrating) {
                             migrating = true;
                             progress.setCancelButton(nullptr);
                         }
                         progress.setLabelText(stepText(step, file, done, total));
                         // Pages can pass an int's range: the bar counts thousandths.
                         progress.setRange(0, total > 0 ? 1000 : 0);
                         progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
                     });
    QObject::connect(
        &upgrade, &Models::DatabaseUpgrade::finished, &loop,
        [&](const Storage::StorageError &error, const QString &backupPath) {
            if (!error) {
                outcome = Outcome::Upgraded;
                *message =
                    tr("%1 was updated for this version of Delivery Desk; the backup taken first is %2.")
                        .arg(file, QDir::toNativeSeparators(backupPath));
            } else {
                outcome = error.kind == Storage::StorageError::Kind::UpgradeCancelled ? Outcome::Cancelled
                                                                                      : Outcome::Failed;
                *message = Models::StorageText::message(error);
            }
            loop.quit();
        });
    upgrade.start(path);
    loop.exec();
    progress.hide();
    return outcome;
}

} // namespace Gui

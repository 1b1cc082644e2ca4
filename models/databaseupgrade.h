#pragma once

#include "models/storage/storageerror.h"
#include "models/storage/upgradewatch.h"

#include <QObject>
#include <memory>

class QThread;

namespace Models {

/// Brings a database file written by an older Delivery Desk up to this version's schema off the
/// GUI thread, before the window opens it: the check, the backup every upgrade takes first (the
/// long part: a 570 MB file at a million tickets) and the migrations, reported as they go. A
/// Cancel during the check or the backup leaves the file as it was (the partial backup removed);
/// once the migrations begin they run to their end. The window opens the file afterwards, which
/// then finds nothing to upgrade.
class DatabaseUpgrade : public QObject
{
    Q_OBJECT

public:
    using Step = Storage::UpgradeWatch::Step;

    /// Whether opening `path` for writing would upgrade it: a SQLite file of an older schema that
    /// is not an offline bundle (bundles open read-only, as they are). Anything else (a team
    /// database, a missing, foreign or damaged file, a newer schema) is the open's to tell: false.
    static bool isNeeded(const QString &path);

    explicit DatabaseUpgrade(QObject *parent = nullptr);
    /// Cancels a running upgrade and waits for its worker.
    ~DatabaseUpgrade() override;

    /// Starts upgrading `path` on a worker thread; false (nothing started) while one runs.
    bool start(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    /// Stops the check or the backup under way; finished() then reports UpgradeCancelled. Too late
    /// once the migrations have begun: finished() reports how they went.
    void cancel();

signals:
    /// On the job's thread, as the worker reports: `total` 0 for a step of unknown length.
    void progressed(Models::DatabaseUpgrade::Step step, qint64 done, qint64 total);
    /// On the job's thread once the worker is done: no error when the file is now of this
    /// version's schema, `backupPath` the copy taken before.
    void finished(const Storage::StorageError &error, const QString &backupPath);

private:
    void deliver();

    QThread *m_thread = nullptr;
    std::shared_ptr<Storage::UpgradeCancel> m_cancel; ///< the running upgrade's, a new one each start()
    Storage::StorageError m_error;                    ///< written by the worker, read after it ended
    QString m_backupPath;                             ///< likewise
};

} // namespace Models

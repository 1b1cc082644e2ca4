#pragma once

#include <QMutex>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace Storage {

/// A user's Cancel of an upgrade, from any thread: a flag the opening thread looks at between the
/// steps of the backup, and a stop (sqlite3_interrupt) of the statement running on the connection
/// the opening thread attached, at once: the check before an upgrade is a few long steps of SQLite
/// that a progress handler never sees (400 ms of a Cancel's wait at a million tickets).
class UpgradeCancel
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    /// On the opening thread, around a long statement on `db`: a Cancel stops it while attached.
    void attach(sqlite3 *db);
    void detach();

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex; ///< guards m_db
    sqlite3 *m_db = nullptr;
};

/// What opening an older database file for writing reports while it brings the schema up to date
/// (Database::setUpgradeWatch), and how a user stops it. Nothing is reported when no upgrade is
/// needed.
struct UpgradeWatch
{
    enum class Step {
        Checking,  ///< PRAGMA quick_check before a migration writes into the file (total 0: unknown)
        BackingUp, ///< the copy every upgrade takes first: pages copied of the file's pages
        Migrating, ///< migrations applied of those to apply
    };

    /// Called on the opening thread before each part of a step and once a step's parts are done.
    std::function<void(Step step, qint64 done, qint64 total)> progress;
    /// Cancelled from any thread: the check and the backup stop, the partial backup is removed and
    /// the file is left as it was (StorageError::Kind::UpgradeCancelled). Once the first migration
    /// begins, the upgrade runs to its end: each migration is short and whole.
    std::shared_ptr<UpgradeCancel> cancel;

    bool isCancelled() const { return cancel && cancel->isCancelled(); }
    void report(Step step, qint64 done, qint64 total) const
    {
        if (progress)
            progress(step, done, total);
    }
};

} // namespace Storage

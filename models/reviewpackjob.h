#pragma once

#include "models/reviewpackloader.h"

#include <QDateTime>
#include <QObject>
#include <atomic>

class QThread;

namespace Storage {
class Database;
}

namespace Models {

/// Loads a governance review pack off the GUI thread, for the Review page's preview and export:
/// start() reads through ReviewPackLoader on a worker thread with its own connection; finished()
/// brings the pack, or the error's sentence, on the thread that owns the job. cancel() makes the
/// finished() of the running load report `cancelled` (the loader itself runs to its end: it
/// writes nothing). Destroying the job waits for the worker.
class ReviewPackJob : public QObject
{
    Q_OBJECT

public:
    explicit ReviewPackJob(const Storage::Database &database, QObject *parent = nullptr);
    ~ReviewPackJob() override;

    /// Starts loading; false (nothing started) while a load runs.
    bool start(const QString &engagementKey, const ReviewPeriod &period, const QDateTime &now, const QString &preparedBy);
    bool isRunning() const;
    /// The pack of the last successful load.
    const ReviewPack &pack() const { return m_pack; }

public slots:
    void cancel() { m_cancel = true; }

signals:
    /// `error` is the translated sentence, empty on success; `cancelled` when cancel() came first.
    void finished(const QString &error, bool cancelled);

private:
    const Storage::Database &m_database;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    ReviewPack m_pack;
};

} // namespace Models

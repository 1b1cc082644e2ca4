#pragma once

#include "models/reviewpackloader.h"
#include "models/workerjob.h"

#include <QDateTime>

namespace Models {

/// Loads a governance review pack off the GUI thread, for the Review page's preview and export:
/// start() reads through ReviewPackLoader on a worker thread with its own connection; finished()
/// brings the pack, or the error's sentence, on the thread that owns the job. cancel() makes the
/// finished() of the running load report `cancelled`. Destroying the job waits for the worker.
class ReviewPackJob : public WorkerJob
{
    Q_OBJECT

public:
    using WorkerJob::WorkerJob;

    /// Starts loading; false (nothing started) while a load runs.
    bool start(const QString &engagementKey, const ReviewPeriod &period, const QDateTime &now,
               const QString &preparedBy);
    /// The pack of the last successful load.
    const ReviewPack &pack() const { return m_pack; }

signals:
    /// `error` is the translated sentence, empty on success; `cancelled` when cancel() came first.
    void finished(const QString &error, bool cancelled);

private:
    ReviewPack m_pack;
};

} // namespace Models

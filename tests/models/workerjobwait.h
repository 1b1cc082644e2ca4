#pragma once

// Tests of the pages' background reads: wait until a job's worker has ended without processing
// any event, so that its result stays queued (the moment a newer choice makes it stale).
#include "models/workerjob.h"

#include <QElapsedTimer>
#include <QThread>

/// True once the job's worker has ended; false after `limitMs` with it still working.
inline bool waitForWorkEnd(const Models::WorkerJob &job, int limitMs = 20000)
{
    QElapsedTimer waited;
    waited.start();
    while (job.isRunning() && waited.elapsed() < limitMs)
        QThread::msleep(1);
    return !job.isRunning();
}

#include "models/workerjob.h"

#include "models/storage/database.h"

#include <QThread>

namespace Models {

WorkerJob::WorkerJob(const Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

WorkerJob::~WorkerJob()
{
    stop();
}

void WorkerJob::cancel()
{
    if (m_run)
        m_run->relay.cancel();
}

void WorkerJob::stop()
{
    cancel();
    join();
}

bool WorkerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerJob::join()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool WorkerJob::run(std::function<Delivery()> work)
{
    if (isRunning())
        return false;
    join();
    auto run = std::make_shared<Run>();
    run->number = m_run ? m_run->number + 1 : 1;
    m_run = run;
    m_thread = QThread::create([this, run, work = std::move(work)] {
        // A cancel before this, or between two statements of the work, fails its next statement;
        // one during a statement stops it.
        run->relay.attach(m_database);
        Delivery delivery = work();
        run->relay.detach();
        // Every query of the work is gone: the thread's connection goes with it.
        m_database.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, run, delivery = std::move(delivery)] {
                // The worker has only its return left: a new run() may start from the delivery.
                // A newer run has joined this one's thread already and has a worker of its own,
                // which a stale delivery must not wait for.
                if (run == m_run)
                    join();
                m_delivered = run->number;
                delivery(run->relay.isCancelled());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace Models

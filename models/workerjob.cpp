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
    m_cancel = true;
    join();
}

void WorkerJob::stop()
{
    m_cancel = true;
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
    m_cancel = false;
    m_thread = QThread::create([this, work = std::move(work)] {
        Delivery delivery = work();
        // Every query of the work is gone: the thread's connection goes with it.
        m_database.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, delivery = std::move(delivery)] {
                join(); // the worker has only its return left: a new run() may start from the delivery
                delivery(m_cancel);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace Models

#include "models/reviewpackjob.h"

#include "models/storage/database.h"

#include <QThread>

namespace Models {

ReviewPackJob::ReviewPackJob(const Storage::Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

ReviewPackJob::~ReviewPackJob()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ReviewPackJob::isRunning() const { return m_thread && m_thread->isRunning(); }

bool ReviewPackJob::start(const QString &engagementKey, const ReviewPeriod &period, const QDateTime &now,
                          const QString &preparedBy)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, engagementKey, period, now, preparedBy] {
        // Runs on the worker, on that thread's own connection; the result goes back queued.
        auto pack = std::make_shared<ReviewPack>();
        QString message;
        {
            const ReviewPackLoader::Error error = ReviewPackLoader(m_database).load(engagementKey, period, now, pack.get());
            if (error)
                message = error.message(engagementKey, period.id(), pack->engagement);
        }
        m_database.releaseThreadConnection();
        pack->preparedBy = preparedBy;
        QMetaObject::invokeMethod(
            this,
            [this, pack, message] {
                const bool cancelled = m_cancel;
                if (message.isEmpty() && !cancelled)
                    m_pack = std::move(*pack);
                emit finished(message, cancelled);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace Models

#include "models/cancelrelay.h"

#include "models/storage/threadinterruption.h"

namespace Models {

CancelRelay::CancelRelay() = default;

CancelRelay::~CancelRelay() = default;

void CancelRelay::cancel()
{
    m_cancelled = true;
    const QMutexLocker lock(&m_mutex);
    if (m_interruption)
        m_interruption->interrupt();
}

void CancelRelay::attach(const Storage::Database &database)
{
    auto interruption = std::make_unique<Storage::ThreadInterruption>(database, &m_cancelled);
    const QMutexLocker lock(&m_mutex);
    m_interruption = std::move(interruption);
    if (m_cancelled) // cancelled before the interruption was there
        m_interruption->interrupt();
}

void CancelRelay::detach()
{
    std::unique_ptr<Storage::ThreadInterruption> interruption;
    {
        const QMutexLocker lock(&m_mutex);
        interruption = std::move(m_interruption);
    }
    interruption.reset(); // on PostgreSQL waits for the cancel requests to end, outside the lock
}

} // namespace Models

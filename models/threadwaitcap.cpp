#include "models/threadwaitcap.h"

#include "models/storage/database.h"

namespace Models {

ThreadWaitCap::ThreadWaitCap(int milliseconds) : m_previous(Storage::Database::setThreadWaitCap(milliseconds))
{
}

ThreadWaitCap::~ThreadWaitCap()
{
    Storage::Database::setThreadWaitCap(m_previous);
}

} // namespace Models

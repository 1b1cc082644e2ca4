#include "models/worklogloader.h"

#include "models/burndownloader.h"
#include "models/storage/worklogrepository.h"

namespace Models {

Storage::StorageError WorklogLoader::load(const Domain::Engagement &engagement, const QDate &from,
                                          const QDate &to, WorklogList *out) const
{
    if (const Storage::StorageError error =
            Storage::WorklogRepository(m_database).list(engagement.id, from, to, &out->worklogs))
        return error;
    return BurnDownLoader(m_database).policyFor(engagement, &out->policy);
}

} // namespace Models

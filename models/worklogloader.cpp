#include "models/worklogloader.h"

#include "models/burndownloader.h"
#include "models/storage/worklogrepository.h"

namespace Models {

Storage::StorageError WorklogLoader::load(const Domain::Engagement &engagement, const QDate &from,
                                          const QDate &to, WorklogList *out) const
{
    out->worklogs.clear();
    return forEach(engagement, from, to, &out->policy, [out](const Domain::Worklog &worklog) {
        out->worklogs.append(worklog);
        return true;
    });
}

Storage::StorageError WorklogLoader::forEach(const Domain::Engagement &engagement, const QDate &from,
                                             const QDate &to, Domain::BudgetPolicy *policy,
                                             const Visit &visit) const
{
    if (const Storage::StorageError error = BurnDownLoader(m_database).policyFor(engagement, policy))
        return error;
    return Storage::WorklogRepository(m_database).forEach(engagement.id, from, to, visit);
}

} // namespace Models

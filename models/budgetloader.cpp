#include "models/budgetloader.h"

#include "models/capacitytext.h"
#include "models/storage/budgetrepository.h"

namespace Models {

Storage::StorageError BudgetLoader::load(const Domain::Engagement &engagement, Domain::BudgetPolicy *out,
                                         Domain::ChangeStamp *stamp) const
{
    Domain::BudgetPolicy policy;
    if (Storage::StorageError error =
            Storage::BudgetRepository(m_database).policyFor(engagement, &policy, stamp))
        return error;
    policy.setContract(engagement);
    *out = policy;
    return {};
}

Storage::StorageError BudgetLoader::monthStamps(const Domain::Engagement &engagement,
                                                QMap<QDate, Domain::ChangeStamp> *out) const
{
    return Storage::BudgetRepository(m_database).monthStamps(engagement.id, out);
}

Storage::StorageError BudgetLoader::save(const Domain::Engagement &engagement,
                                         const Domain::BudgetPolicy &policy, Domain::ChangeStamp *stamp) const
{
    return Storage::BudgetRepository(m_database).savePolicy(engagement.id, policy, stamp);
}

QStringList BudgetLoader::problems(const Domain::BudgetPolicy &policy)
{
    QStringList lines;
    for (const Domain::BudgetIssue &issue : policy.validate())
        lines.append(CapacityText::budgetIssue(issue));
    lines.removeDuplicates();
    return lines;
}

} // namespace Models

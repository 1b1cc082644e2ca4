#include "models/slapolicyloader.h"

#include "models/storage/slapolicyrepository.h"

namespace Models {

Storage::StorageError SlaPolicyLoader::load(qint64 engagementId, Domain::SlaPolicyHistory *out,
                                            bool *stored) const
{
    return Storage::SlaPolicyRepository(m_database).historyFor(engagementId, out, stored);
}

Storage::StorageError SlaPolicyLoader::save(qint64 engagementId, const Domain::SlaPolicyHistory &history,
                                            SaveCounts *counts) const
{
    Storage::PolicyVersionCounts stored;
    const Storage::StorageError error =
        Storage::SlaPolicyRepository(m_database).save(engagementId, history, &stored);
    *counts = {stored.added, stored.unchanged};
    return error;
}

} // namespace Models

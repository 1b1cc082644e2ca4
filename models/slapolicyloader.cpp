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

Storage::StorageError SlaPolicyLoader::view(qint64 engagementId, SlaPolicyView *out) const
{
    const Storage::SlaPolicyRepository policies(m_database);
    *out = {};
    if (Storage::StorageError error = policies.historyFor(engagementId, &out->history, &out->stored))
        return error;
    return out->stored ? policies.versionStamps(engagementId, &out->stamps) : Storage::StorageError();
}

Storage::StorageError SlaPolicyLoader::addVersion(qint64 engagementId, const SlaPolicyView &read,
                                                  const Domain::SlaPolicy &version) const
{
    const Storage::StorageError stored{
        Storage::StorageError::Kind::Duplicate, QStringLiteral("add SLA policy version"),
        QStringLiteral("%1/%2").arg(engagementId).arg(version.effectiveFrom.toString(Qt::ISODate)),
        QStringLiteral("a version of this date is stored already")};
    Domain::SlaPolicyHistory history = read.history;
    if (!history.addVersion(version))
        return stored;
    SaveCounts counts;
    if (Storage::StorageError error = save(engagementId, history, &counts))
        return error;
    // Nothing added: another user stored this very version in the meantime.
    return counts.added == 0 ? stored : Storage::StorageError();
}

} // namespace Models

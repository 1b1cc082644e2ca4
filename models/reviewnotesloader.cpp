#include "models/reviewnotesloader.h"

#include "models/storage/database.h"
#include "models/storage/reviewnoterepository.h"

namespace Models {

namespace {
bool report(const Storage::StorageError &result, Storage::StorageError *error)
{
    if (error)
        *error = result;
    return result.isNull();
}
} // namespace

ReviewNotesLoader::ReviewNotesLoader(const Storage::Database &database) : m_database(database)
{
}

ReviewNotes ReviewNotesLoader::load(const QString &engagementKey, QDate periodStart, QDate periodEnd,
                                    Storage::StorageError *error) const
{
    const Storage::ReviewNoteRepository repository(m_database);
    Storage::ReviewNoteRepository::PeriodNotes period;
    if (!report(repository.periodNotes(engagementKey, periodStart, periodEnd, &period), error))
        return {};
    QHash<qint64, Storage::ReviewNoteRepository::RootCause> stored;
    if (!report(repository.rootCauses(engagementKey, &stored), error))
        return {};
    ReviewNotes notes;
    notes.risks = period.risks;
    notes.actions = period.actions;
    notes.stamp = period.stamp;
    notes.rootCauses.reserve(stored.size());
    notes.rootCauseStamps.reserve(stored.size());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        notes.rootCauses.insert(it.key(), it.value().note);
        notes.rootCauseStamps.insert(it.key(), it.value().stamp);
    }
    return notes;
}

bool ReviewNotesLoader::saveRisksAndActions(const QString &engagementKey, QDate periodStart, QDate periodEnd,
                                            const QString &risks, const QString &actions, qint64 savedAt,
                                            Domain::ChangeStamp *stamp, Storage::StorageError *error) const
{
    const Storage::ReviewNoteRepository repository(m_database);
    return report(
        repository.setPeriodNotes(engagementKey, periodStart, periodEnd, risks, actions, savedAt, stamp),
        error);
}

bool ReviewNotesLoader::saveRootCause(const QString &engagementKey, qint64 ticketId, const QString &note,
                                      qint64 savedAt, Domain::ChangeStamp *stamp,
                                      Storage::StorageError *error) const
{
    const Storage::ReviewNoteRepository repository(m_database);
    return report(repository.setRootCause(engagementKey, ticketId, note, savedAt, stamp), error);
}

bool ReviewNotesLoader::loadRootCause(const QString &engagementKey, qint64 ticketId, QString *note,
                                      Domain::ChangeStamp *stamp, Storage::StorageError *error) const
{
    Storage::ReviewNoteRepository::RootCause stored;
    const bool ok =
        report(Storage::ReviewNoteRepository(m_database).rootCause(engagementKey, ticketId, &stored), error);
    *note = stored.note;
    *stamp = stored.stamp;
    return ok;
}

bool ReviewNotesLoader::isReadOnly() const
{
    return m_database.isReadOnly();
}

} // namespace Models

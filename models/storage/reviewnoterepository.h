#pragma once

#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace Storage {

class Database;

/// The notes of a governance review (migration 005): risks and actions per engagement and period
/// (table `review_notes`) and a root-cause note per breached ticket (table `root_cause_notes`).
/// Engagements are named by their key; deleted engagements are unknown (NotFound).
class ReviewNoteRepository
{
public:
    struct PeriodNotes
    {
        QString risks;
        QString actions;
        Domain::ChangeStamp stamp; ///< version 0 when the period has no notes
    };
    struct RootCause
    {
        QString note;
        qint64 updatedAt = 0;
    };

    explicit ReviewNoteRepository(const Database &database);

    /// The risks and actions of the period `start`..`end` (both inclusive); empty texts when none
    /// were written. An invalid date or a start after the end is refused (Query).
    StorageError periodNotes(const QString &engagementKey, const QDate &start, const QDate &end,
                             PeriodNotes *out) const;
    /// Writes the period's risks and actions (replacing what was there); both empty removes them.
    /// `stamp` is the stamp they were read with (version 0: there were none) and becomes the
    /// stored one. Refused as Conflict, nothing written, when someone else saved or removed them
    /// since (who and when in the error).
    StorageError setPeriodNotes(const QString &engagementKey, const QDate &start, const QDate &end,
                                const QString &risks, const QString &actions, qint64 updatedAt,
                                Domain::ChangeStamp *stamp) const;

    /// Every root-cause note of the engagement's tickets, by ticket id.
    StorageError rootCauses(const QString &engagementKey, QHash<qint64, RootCause> *out) const;
    /// Writes the root-cause note of one of the engagement's tickets; an empty note removes it.
    /// A ticket of another engagement, or none, is refused (NotFound).
    StorageError setRootCause(const QString &engagementKey, qint64 ticketId, const QString &note,
                              qint64 updatedAt) const;

private:
    StorageError engagementId(const QString &operation, const QString &engagementKey, qint64 *out) const;

    const Database &m_database;
};

} // namespace Storage

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
        Domain::ChangeStamp stamp; ///< who wrote the note last, and the version a save names
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
    /// The root-cause note of one ticket of the engagement (an empty note and version 0 when it
    /// has none). A ticket of another engagement, or none, is refused (NotFound).
    StorageError rootCause(const QString &engagementKey, qint64 ticketId, RootCause *out) const;
    /// Writes the root-cause note of one of the engagement's tickets; an empty note removes it.
    /// `stamp` is the stamp the note was read with (version 0: there was none) and becomes the
    /// stored one. Refused as Conflict (row RootCause, the ticket's key as rowName), nothing
    /// written, when someone else saved, added or removed the note since. A ticket of another
    /// engagement, or none, is refused (NotFound).
    StorageError setRootCause(const QString &engagementKey, qint64 ticketId, const QString &note,
                              qint64 updatedAt, Domain::ChangeStamp *stamp) const;

private:
    /// The key of the engagement's ticket `ticketId` (NotFound when it is not the engagement's).
    StorageError ticketKey(const QString &operation, qint64 engagementId, qint64 ticketId,
                           const QString &record, QString *out) const;
    StorageError engagementId(const QString &operation, const QString &engagementKey, qint64 *out) const;

    const Database &m_database;
};

} // namespace Storage

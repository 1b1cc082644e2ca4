#pragma once

#include "models/domain/changestamp.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace Storage {
class Database;
}

namespace Models {

/// What the team wrote for a governance review: the risks and actions of one engagement and
/// period, and the root-cause notes of the engagement's breached tickets.
struct ReviewNotes
{
    QString risks;
    QString actions;
    /// Every root-cause note of the engagement, by ticket id (tickets.id, as in
    /// Domain::SlaResult / SlaAtRiskTicket::ticketId). A note belongs to its ticket, not to a
    /// period: look up the period's breached tickets here; a ticket without a note is absent.
    QHash<qint64 /*ticket id*/, QString> rootCauses;
    /// Who wrote each root-cause note last, and the version a save of it must name (not compared).
    QHash<qint64 /*ticket id*/, Domain::ChangeStamp> rootCauseStamps;
    /// Who wrote the risks and actions last, and the version a save must name (not compared).
    Domain::ChangeStamp stamp;

    bool operator==(const ReviewNotes &o) const
    {
        return risks == o.risks && actions == o.actions && rootCauses == o.rootCauses;
    }
};

/// Reads and writes the review notes (migration 005) for the Review page and the review pack
/// (`deliverydesk report`): one loader shared by both. Reads nothing from the wall clock: the
/// caller passes the instant a change is saved at.
class ReviewNotesLoader
{
public:
    explicit ReviewNotesLoader(const Storage::Database &database);

    /// The notes of the engagement `engagementKey` for the period `periodStart`..`periodEnd` (both
    /// inclusive, exactly as saved: a quarter's notes are not a sum of its months'). Empty notes
    /// when nothing was written. `error` (may be null) is cleared, or set when reading failed (an
    /// unknown engagement is NotFound; an invalid or reversed period is Query) and empty notes
    /// are returned.
    ReviewNotes load(const QString &engagementKey, QDate periodStart, QDate periodEnd,
                     Storage::StorageError *error) const;

    /// Replaces the period's risks and actions (both empty: removes them) if they are still as
    /// read: `stamp` is ReviewNotes::stamp of the load (or of the last save), and becomes the new
    /// one. False with `error` (may be null) set when refused: someone else saved or removed them
    /// since (Conflict: reload to see theirs), a read-only database (a bundle), an unknown
    /// engagement, an invalid period, a failed write; nothing is changed then.
    bool saveRisksAndActions(const QString &engagementKey, QDate periodStart, QDate periodEnd,
                             const QString &risks, const QString &actions, qint64 savedAt,
                             Domain::ChangeStamp *stamp, Storage::StorageError *error) const;
    /// Replaces the root-cause note of one of the engagement's tickets (empty: removes it) if it
    /// is still as read: `stamp` is the note's stamp of the load (ReviewNotes::rootCauseStamps,
    /// version 0 for a ticket without a note) or of the last save, and becomes the new one. False
    /// with `error` set when refused, nothing changed: someone else saved, added or removed the
    /// note since (Conflict, naming who and the ticket), read-only, an unknown ticket.
    bool saveRootCause(const QString &engagementKey, qint64 ticketId, const QString &note, qint64 savedAt,
                       Domain::ChangeStamp *stamp, Storage::StorageError *error) const;
    /// The stored root-cause note of one ticket (empty when none) and its stamp.
    bool loadRootCause(const QString &engagementKey, qint64 ticketId, QString *note,
                       Domain::ChangeStamp *stamp, Storage::StorageError *error) const;

    /// Whether the database refuses writes (an offline bundle): the page shows the notes read-only.
    bool isReadOnly() const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

#pragma once

#include "models/reviewpack.h"
#include "models/reviewpackloader.h"

#include <QHash>
#include <QVector>

namespace Storage {
class Database;
}

namespace Models {

/// A line of the pack for the ticket with row id `id`.
ReviewTicket reviewLineOf(qint64 id, const Domain::Ticket &ticket);

/// The breaches of a review pack's period, made while the pack's tickets are read in chunks:
/// begin() reads the stored breaches (and takes the open tickets breached since from the SLA
/// overview) as lines waiting for their ticket, take() fills in each from the chunk that holds
/// it, and finish() reads the few that were not among the pack's tickets by id, explains the open
/// ones at `now` and puts the lines in the pack. Only the breaches are held, never the tickets.
class ReviewPackBreaches
{
public:
    ReviewPackBreaches(const Storage::Database &database, const ReviewPack &pack);

    [[nodiscard]] ReviewPackLoader::Error begin();
    /// Fills in the line of ticket `id` when it breached in the period.
    void take(qint64 id, const Domain::Ticket &ticket);
    /// Puts the breaches in `pack`, by breach instant, with their root-cause notes (and only
    /// theirs: the other notes are not part of this review).
    [[nodiscard]] ReviewPackLoader::Error finish(ReviewPack *pack);

private:
    const Storage::Database &m_database;
    const ReviewPack &m_pack;
    QVector<ReviewTicket> m_lines;
    QVector<bool> m_found;            ///< m_lines[i] has its ticket
    QVector<bool> m_explain;          ///< m_lines[i] is an open ticket explained at `now`
    QHash<qint64, qsizetype> m_index; ///< ticket id → its line
};

} // namespace Models

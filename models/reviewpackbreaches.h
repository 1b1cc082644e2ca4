#pragma once

#include "models/reviewpack.h"
#include "models/reviewpacklines.h"
#include "models/reviewpackloader.h"

#include <QHash>
#include <QVector>
#include <memory>
#include <vector>

namespace Storage {
class Database;
}

namespace Models {

/// A line of the pack for the ticket with row id `id`.
ReviewTicket reviewLineOf(qint64 id, const Domain::Ticket &ticket);

/// The breaches the PDF lists, chosen as they come: all of them when they are at most `max`;
/// otherwise those with a root-cause note first (the team wrote them for this review), then the
/// most severe, then the earliest breached. Holds `max` lines, never every breach.
class ReviewBreachChoice
{
public:
    explicit ReviewBreachChoice(int max = ReviewPackLoader::MaxListedBreaches) : m_max(max) {}
    /// Whether `a` is listed rather than `b` when not both can be.
    static bool listedFirst(const ReviewTicket &a, const ReviewTicket &b);
    void offer(ReviewTicket line);
    /// The chosen lines in the pack's order (reviewBreachBefore), and empties the choice.
    QVector<ReviewTicket> take();

private:
    int m_max;
    std::vector<ReviewTicket> m_heap; ///< the last to be listed on top
};

/// The breaches of a review pack's period, made while the pack's tickets are read in chunks:
/// begin() reads the stored breaches as the Review page selects them (ReviewBreachesLoader, without
/// the titles it reads by id: the pack's chunks bring them), and takes the open tickets breached
/// since from the SLA overview, as lines waiting for their ticket, take() completes each from the chunk that
/// holds it and hands it to `lines`, and finish() reads the few that were not among the pack's tickets by id,
/// explains the open ones at `now` and puts in the pack the count and the lines the PDF lists (chosen as they
/// come). Only the waiting breaches are held, never the tickets nor the completed lines.
class ReviewPackBreaches
{
public:
    /// `budget`: bytes of the stored breaches' explanations held before they go to a temporary
    /// file (0: ReviewPackLines::DefaultBudget).
    ReviewPackBreaches(const Storage::Database &database, const ReviewPack &pack, ReviewPackLines *lines,
                       qsizetype budget = 0);
    ~ReviewPackBreaches();

    [[nodiscard]] ReviewPackLoader::Error begin();
    /// Completes the line of ticket `id` when it breached in the period.
    void take(qint64 id, const Domain::Ticket &ticket);
    /// Puts the count of breaches and those the PDF lists in `pack`, with the root-cause notes of
    /// the breached tickets (and only theirs: the other notes are not part of this review).
    [[nodiscard]] ReviewPackLoader::Error finish(ReviewPack *pack);

private:
    class Explanations;
    /// A stored breach waiting for its ticket: 24 bytes (33,797 in a month of the 1M bench), its
    /// explanation in `m_explanations`.
    struct Waiting
    {
        qint64 breachedAt = 0;
        int severity = 0;
        int explanation = -1; ///< in m_explanations; -1: an open ticket explained at `now` in finish()
    };
    /// Hands a complete line to `lines` and to the choice of those listed.
    void complete(ReviewTicket line);

    const Storage::Database &m_database;
    const ReviewPack &m_pack;
    ReviewPackLines *m_lines;
    QHash<qint64, Waiting> m_waiting; ///< ticket id → its breach
    std::unique_ptr<Explanations> m_explanations;
    QVector<ReviewTicket> m_toExplain; ///< found, explained in finish()
    ReviewBreachChoice m_listed;
    QHash<qint64, QString> m_notes; ///< of the breached tickets
    qsizetype m_count = 0;
    bool m_failed = false; ///< an explanation was not read back
};

} // namespace Models

#pragma once

#include "models/reviewpack.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Storage {
class Database;
} // namespace Storage

namespace Models {

class ReviewFingerprintRows;

/// Reads everything a governance review shows for an engagement and a period, by calling the
/// loaders the pages and commands use (budget ledger and burn-downs, SLA overview, ticket
/// explanations, allocation plan, support-model diagram) — no figure is derived twice — and
/// computes the fingerprint of the rows behind the numbers. Reads nothing from the wall clock.
class ReviewPackLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackLoader)

public:
    enum class Problem {
        None,
        UnknownEngagement, ///< no engagement with the key
        MalformedPeriod,   ///< not 2026-10, 2026-Q3 or 2026-10-01..2026-12-31
        BeforeStart,       ///< the period ends before the engagement started
        InFuture,          ///< the period starts after today
        Storage,           ///< reading failed: see `storage`
        Loader,            ///< a page's loader refused: see `detail`
    };
    struct Error
    {
        Problem problem = Problem::None;
        Storage::StorageError storage;
        QString detail; ///< the loader's own sentence (Problem::Loader)
        explicit operator bool() const { return problem != Problem::None; }
        /// One translated sentence for the message bar or stderr.
        QString message(const QString &engagementKey, const QString &periodText,
                        const Domain::Engagement &engagement = {}) const;
    };

    /// The most notable incidents and delivered changes listed by name (the data appendix and the
    /// counts hold all of them).
    static constexpr int MaxListedTickets = 60;
    /// The most breaches the PDF lists by name (see ReviewPackBreaches::listedFirst). The count,
    /// the data appendix and the fingerprint hold all of them: a month of a large engagement breaches
    /// thousands of times, and a pack of two thousand pages is no review.
    static constexpr int MaxListedBreaches = 100;

    explicit ReviewPackLoader(const Storage::Database &database);

    /// Loads the pack of `engagementKey` for `periodText` as of `now`.
    [[nodiscard]] Error load(const QString &engagementKey, const QString &periodText, const QDateTime &now,
                             ReviewPack *out) const;
    [[nodiscard]] Error load(const QString &engagementKey, const ReviewPeriod &period, const QDateTime &now,
                             ReviewPack *out) const;

    /// Tickets read at a time (0: Storage::TicketSubsets' default); tests set a few to cross
    /// chunk boundaries.
    void setChunkSize(int tickets) { m_chunkSize = tickets; }
    /// Bytes of ticket lines (and of the breaches' explanations while they wait for their ticket)
    /// held before they go to a temporary file (0: ReviewPackLines' default); tests set a few to
    /// write every line out.
    void setLineBudget(qsizetype bytes) { m_lineBudget = bytes; }

private:
    [[nodiscard]] Error loadNotes(ReviewPack *pack) const;
    [[nodiscard]] Error loadBudget(ReviewPack *pack, ReviewFingerprintRows *rows) const;
    [[nodiscard]] Error loadSla(ReviewPack *pack) const;
    /// The ticket figures, notable and delivered tickets and (with an SLA) the breaches.
    [[nodiscard]] Error loadTickets(ReviewPack *pack, ReviewFingerprintRows *rows) const;
    [[nodiscard]] Error loadAllocation(ReviewPack *pack, ReviewFingerprintRows *rows) const;
    [[nodiscard]] Error loadAppendix(ReviewPack *pack, ReviewFingerprintRows *rows) const;

    const Storage::Database &m_database;
    int m_chunkSize = 0;
    qsizetype m_lineBudget = 0;
};

} // namespace Models

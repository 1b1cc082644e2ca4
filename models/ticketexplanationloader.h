#pragma once

#include "models/domain/engagement.h"
#include "models/domain/sla/slaexplanation.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// The timeline of one ticket's SLA (the `sla explain` events), for the ticket timeline dialog
/// and `deliverydesk sla explain`: reads the one ticket (by key, through an index), the
/// engagement's calendar and policy history, and explains the ticket under the version in force
/// on its creation date. Reads nothing from the wall clock: the caller passes "now", or asks for
/// the instant of the stored evaluation so that the timeline matches the stored SLA state.
class TicketExplanationLoader
{
    Q_DECLARE_TR_FUNCTIONS(TicketExplanationLoader)

public:
    enum class Problem {
        None,
        NoSuchTicket, ///< the engagement has no ticket with that key
        Storage,      ///< reading failed: see `storage`
    };
    struct Error
    {
        Problem problem = Problem::None;
        Storage::StorageError storage;
        explicit operator bool() const { return problem != Problem::None; }
        /// One translated sentence for the message bar or stderr.
        QString message(const Domain::Engagement &engagement, const QString &ticketKey) const;
    };
    /// What load() gives.
    struct Result
    {
        Domain::SlaExplanation explanation;
        QTimeZone zone;                  ///< the engagement's zone, for showing the instants
        qint64 explainedAt = 0;          ///< the `now` of the explanation
        bool atStoredEvaluation = false; ///< explainedAt is the instant of the stored result
    };

    explicit TicketExplanationLoader(const Storage::Database &database);

    /// Explains the ticket `ticketKey` (an exact key, else one differing in letter case) at `now`.
    [[nodiscard]] Error load(const Domain::Engagement &engagement, const QString &ticketKey, qint64 now,
                             Result *out) const;
    /// Explains the ticket at the instant its stored SLA result was evaluated, so the timeline
    /// shows what the tables show; at `fallbackNow` when it has no stored result yet.
    [[nodiscard]] Error loadAsStored(const Domain::Engagement &engagement, const QString &ticketKey,
                                     qint64 fallbackNow, Result *out) const;

private:
    [[nodiscard]] Error explain(const Domain::Engagement &engagement, const QString &ticketKey,
                                std::optional<qint64> now, qint64 fallbackNow, Result *out) const;

    const Storage::Database &m_database;
};

} // namespace Models

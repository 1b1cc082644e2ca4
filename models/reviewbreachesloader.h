#pragma once

#include "models/domain/engagement.h"
#include "models/domain/sla/slaresult.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// A ticket that breached its SLA in a review period, as the Review page lists it.
struct ReviewBreach
{
    qint64 ticketId = 0; ///< tickets.id: the key of its root-cause note
    QString key;
    QString title;
    int severity = 0;
    qint64 breachedAt = 0; ///< the earlier breach instant of the two clocks, UTC epoch seconds
    bool resolved = false;
    Domain::SlaResult result; ///< the stored result
    QString explanation;      ///< the engine's summary line of the stored result (SlaExplainText::summary)

    bool operator==(const ReviewBreach &o) const
    {
        return ticketId == o.ticketId && key == o.key && title == o.title && severity == o.severity &&
               breachedAt == o.breachedAt && resolved == o.resolved && result == o.result &&
               explanation == o.explanation;
    }
};

/// The breached tickets of an engagement in a review period, read from the stored SLA results
/// (never evaluated again): resolved breaches counted in a month of the period (their resolution
/// month, as the SLA page and `sla breaches` count them) and open tickets whose breach instant
/// lies in the period. A period that covers part of a month keeps that month's resolved breaches
/// resolved inside the period. Ordered by breach instant.
class ReviewBreachesLoader
{
public:
    explicit ReviewBreachesLoader(const Storage::Database &database);

    /// The breaches of `periodStart`..`periodEnd` (the engagement's local dates, inclusive).
    /// `evaluatedAt` (may be null) receives when the stored results were computed (empty: never).
    Storage::StorageError load(const Domain::Engagement &engagement, QDate periodStart, QDate periodEnd,
                               QVector<ReviewBreach> *out,
                               std::optional<qint64> *evaluatedAt = nullptr) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

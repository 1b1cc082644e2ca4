#pragma once

#include "models/domain/engagement.h"
#include "models/domain/sla/slaresult.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace Storage {
class Database;
struct StoredSlaResult;
} // namespace Storage

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

/// A breach as the Review page keeps it for each of its rows: what orders, identifies and shows
/// it without its texts (about 60 bytes with its key), which are read for the rows shown.
struct ReviewBreachRow
{
    qint64 ticketId = 0;
    qint64 breachedAt = 0; ///< as ReviewBreach::breachedAt
    QString key;
    qint8 severity = 0;
    bool resolved = false;

    bool operator==(const ReviewBreachRow &o) const
    {
        return ticketId == o.ticketId && breachedAt == o.breachedAt && key == o.key &&
               severity == o.severity && resolved == o.resolved;
    }
};

/// The texts of a breach's row: its ticket's title and the engine's summary of its stored result.
struct ReviewBreachTexts
{
    QString title;
    QString explanation;

    bool operator==(const ReviewBreachTexts &o) const
    {
        return title == o.title && explanation == o.explanation;
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
    /// The same breaches in the same order as load(), without their texts (see loadTexts()): the
    /// Review page's read of a month of a million tickets (33,000 breaches). `cancelled`, when
    /// given, is asked between the months: true ends the read early (no error, `out` empty).
    Storage::StorageError loadRows(const Domain::Engagement &engagement, QDate periodStart, QDate periodEnd,
                                   QVector<ReviewBreachRow> *out,
                                   std::optional<qint64> *evaluatedAt = nullptr,
                                   const std::function<bool()> &cancelled = {}) const;
    /// The texts of the breaches of `ticketIds` (some rows of loadRows()), as load() makes them;
    /// a ticket without a stored result is left out.
    Storage::StorageError loadTexts(const Domain::Engagement &engagement, const QVector<qint64> &ticketIds,
                                    QHash<qint64, ReviewBreachTexts> *out) const;

    /// The period's breached results as load() lists them, each once, month by month, handed to
    /// `keep` (the caller sorts them by breach instant): the rule of load(), loadRows() and the
    /// review pack's breaches (ReviewPackBreaches). `cancelled`, when given, is asked between the
    /// months; `evaluatedAt` as in load().
    Storage::StorageError
    forEachBreach(const Domain::Engagement &engagement, QDate periodStart, QDate periodEnd,
                  std::optional<qint64> *evaluatedAt, const std::function<bool()> &cancelled,
                  const std::function<void(const Storage::StoredSlaResult &)> &keep) const;

    /// The engine's summary line of a stored result, as the breach lists show it.
    static QString explanationOf(const Storage::StoredSlaResult &stored);

private:
    const Storage::Database &m_database;
};

} // namespace Models

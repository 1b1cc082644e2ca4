#pragma once

#include "models/domain/engagement.h"
#include "models/domain/sla/monthlycompliance.h"
#include "models/domain/sla/slaexplanation.h"
#include "models/slastaleness.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QPair>
#include <QStringList>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// One stored SLA breach of a month, explained at the instant its result was evaluated so that
/// the reason matches the stored figures.
struct SlaBreach
{
    QString key; ///< the ticket's key
    int severity = 0;
    qint64 breachedAt = 0;            ///< the earlier breach of the two clocks, UTC epoch seconds
    std::optional<qint64> resolvedAt; ///< when the resolution clock stopped; empty while open
    Domain::SlaExplanation explanation;
};

/// The breaches of one month and the calendar's zone they are shown in.
struct SlaBreaches
{
    QTimeZone zone;              ///< of the engagement's calendar
    QVector<SlaBreach> breaches; ///< by breach instant
};

/// The stored SLA results behind `sla compliance` and `sla breaches`: compliance per month and
/// severity, a month's breaches with their explanation, and bringing the stored results up to
/// date (when asked, when none are stored yet, or after a calendar or policy changed).
class SlaComplianceLoader
{
public:
    explicit SlaComplianceLoader(const Storage::Database &database) : m_database(database) {}

    /// Recomputes the engagement's results at `now` when `force` is set or none are stored yet;
    /// `evaluatedAt` gets the instant of the stored results.
    Storage::StorageError ensureResults(const Domain::Engagement &engagement, bool force, qint64 now,
                                        qint64 *evaluatedAt) const;
    /// The newest change of the engagement's calendar or policy after its stored results were
    /// computed (SlaStaleness); nothing in `out` when they are up to date.
    Storage::StorageError staleBy(const Domain::Engagement &engagement,
                                  std::optional<SlaRulesChange> *out) const;
    /// Stored compliance rows of the months `from` to `to` (an invalid date leaves that end open),
    /// by month then severity.
    Storage::StorageError compliance(const Domain::Engagement &engagement, const QDate &from, const QDate &to,
                                     QVector<Domain::MonthlyCompliance> *out) const;
    /// The stored breaches of `month` (first day): tickets resolved in it and open tickets whose
    /// breach lies in it (in the zone of the engagement's calendar).
    Storage::StorageError breaches(const Domain::Engagement &engagement, const QDate &month,
                                   SlaBreaches *out) const;

    /// Recomputes the stored results of the engagements `keys` at `now` (their calendar or
    /// policy changed); returns the keys that could not be brought up to date, with why.
    QVector<QPair<QString, Storage::StorageError>> refresh(const QStringList &keys, qint64 now) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models

#pragma once

#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// A change of the rules an engagement's stored SLA results count on, made after they were
/// computed: the figures shown are those of the old rules until the results are recomputed.
struct SlaRulesChange
{
    enum class What {
        Calendar, ///< the engagement's business calendar was saved
        Policy,   ///< a version of its SLA policy was added or saved
    };
    What what = What::Calendar;
    QString by;    ///< who changed it ('' when unknown)
    qint64 at = 0; ///< UTC epoch seconds
    bool operator==(const SlaRulesChange &o) const { return what == o.what && by == o.by && at == o.at; }
};

/// Whether stored SLA results are older than the rules they count on: the SLA page, `sla
/// compliance` and `sla breaches` say so, so that nobody reads figures of an old calendar or
/// policy as today's. That happens when a recompute after a change was cancelled or failed, or
/// the change was made by someone whose recompute has not finished yet.
///
/// Compared by time: the calendar's and the policy versions' change stamps against when the
/// results were stored (sla_evaluations.computed_at, not the instant they were evaluated at, which
/// may lie in the past), both written with the writer's clock. On a team database, clocks
/// of two machines more than a second apart can show a change recomputed by the other machine
/// within that second as newer; the next recompute ends it.
class SlaStaleness
{
    Q_DECLARE_TR_FUNCTIONS(SlaStaleness)

public:
    /// The newest change of the engagement's stored calendar or policy versions after its stored
    /// results were computed; nothing in `out` when there is none, when nothing was computed yet,
    /// or when it counts on defaults (a zone's calendar, a model's policy have no stamp).
    [[nodiscard]] static Storage::StorageError find(const Storage::Database &database, qint64 engagementId,
                                                    std::optional<SlaRulesChange> *out);
    /// "The SLA results were computed before anna changed the business calendar on 2026-12-07
    /// 17:50: …", the instant in `zone`.
    static QString text(const SlaRulesChange &change, const QTimeZone &zone);
};

} // namespace Models

#include "models/slastaleness.h"

#include "models/domaintext.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"

#include <QDateTime>

namespace Models {

namespace {

/// The stamp's last change: its save, or its creation when it was never saved over.
qint64 changedAt(const Domain::ChangeStamp &stamp)
{
    return stamp.updatedAt > 0 ? stamp.updatedAt : stamp.createdAt;
}

QString changedBy(const Domain::ChangeStamp &stamp)
{
    return stamp.updatedAt > 0 ? stamp.updatedBy : stamp.createdBy;
}

/// Keeps the newer of `*out` and a change of `what` stamped `stamp`, if after `computedAt`.
void keepNewer(SlaRulesChange::What what, const Domain::ChangeStamp &stamp, qint64 computedAt,
               std::optional<SlaRulesChange> *out)
{
    const qint64 at = changedAt(stamp);
    if (at > computedAt && (!*out || at > (*out)->at))
        *out = SlaRulesChange{what, changedBy(stamp), at};
}

} // namespace

Storage::StorageError SlaStaleness::find(const Storage::Database &database, qint64 engagementId,
                                         std::optional<SlaRulesChange> *out)
{
    out->reset();
    std::optional<qint64> computedAt;
    if (Storage::StorageError error =
            Storage::SlaResultRepository(database).lastComputation(engagementId, &computedAt))
        return error;
    if (!computedAt)
        return {};
    std::optional<Domain::ChangeStamp> calendar; // none: the zone's default, never changed
    if (Storage::StorageError error = Storage::CalendarRepository(database).stampFor(engagementId, &calendar))
        return error;
    if (calendar)
        keepNewer(SlaRulesChange::What::Calendar, *calendar, *computedAt, out);
    QMap<QDate, Domain::ChangeStamp> versions;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(database).versionStamps(engagementId, &versions))
        return error;
    for (const Domain::ChangeStamp &stamp : std::as_const(versions))
        keepNewer(SlaRulesChange::What::Policy, stamp, *computedAt, out);
    return {};
}

QString SlaStaleness::text(const SlaRulesChange &change, const QTimeZone &zone)
{
    const QString at = DomainText::dateTime(QDateTime::fromSecsSinceEpoch(change.at, zone));
    if (change.what == SlaRulesChange::What::Calendar) {
        return change.by.isEmpty() ? tr("The SLA results were computed before the business calendar was "
                                        "changed on %1: they count on the old hours until recomputed.")
                                         .arg(at)
                                   : tr("The SLA results were computed before %1 changed the business "
                                        "calendar on %2: they count on the old hours until recomputed.")
                                         .arg(change.by, at);
    }
    return change.by.isEmpty() ? tr("The SLA results were computed before the SLA policy was changed on "
                                    "%1: they count on the old targets until recomputed.")
                                     .arg(at)
                               : tr("The SLA results were computed before %1 changed the SLA policy on "
                                    "%2: they count on the old targets until recomputed.")
                                     .arg(change.by, at);
}

} // namespace Models

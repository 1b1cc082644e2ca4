#include "models/slacomplianceloader.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/slarecomputer.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketsubsets.h"

#include <QDateTime>
#include <QHash>

namespace Models {

Storage::StorageError SlaComplianceLoader::ensureResults(const Domain::Engagement &engagement, bool force,
                                                         qint64 now, qint64 *evaluatedAt) const
{
    std::optional<qint64> stored;
    Storage::StorageError error =
        Storage::SlaResultRepository(m_database).lastEvaluation(engagement.id, &stored);
    if (!error && (force || !stored)) {
        error = SlaRecomputer::recompute(m_database, engagement.id, now);
        stored = now;
    }
    if (!error)
        *evaluatedAt = *stored;
    return error;
}

Storage::StorageError SlaComplianceLoader::staleBy(const Domain::Engagement &engagement,
                                                   std::optional<SlaRulesChange> *out) const
{
    return SlaStaleness::find(m_database, engagement.id, out);
}

Storage::StorageError SlaComplianceLoader::compliance(const Domain::Engagement &engagement, const QDate &from,
                                                      const QDate &to,
                                                      QVector<Domain::MonthlyCompliance> *out) const
{
    return Storage::SlaResultRepository(m_database).compliance(engagement.id, from, to, out);
}

Storage::StorageError SlaComplianceLoader::breaches(const Domain::Engagement &engagement, const QDate &month,
                                                    SlaBreaches *out) const
{
    const Storage::SlaResultRepository results(m_database);
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory history;
    Storage::TicketsWithIds tickets;
    QVector<Storage::StoredSlaResult> breached;
    Storage::StorageError error =
        Storage::CalendarRepository(m_database).calendarFor(engagement.id, &calendar);
    out->zone = QTimeZone(calendar.timeZoneId());
    const qint64 start = QDateTime(month, QTime(0, 0), out->zone).toSecsSinceEpoch();
    const qint64 end = QDateTime(month.addMonths(1), QTime(0, 0), out->zone).toSecsSinceEpoch();
    if (!error)
        error = Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &history);
    if (!error)
        error = results.breaches(engagement.id, month, start, end, &breached);
    if (!error && !breached.isEmpty()) {
        // The breached tickets only: the engagement may hold a million.
        QVector<qint64> ids;
        ids.reserve(breached.size());
        for (const Storage::StoredSlaResult &stored : std::as_const(breached))
            ids.append(stored.ticketId);
        error = Storage::TicketSubsets(m_database).byIds(engagement.id, ids, &tickets);
    }
    if (error)
        return error;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < tickets.ids.size(); ++i)
        indexById.insert(tickets.ids.at(i), i);
    const Domain::SlaPolicyEvaluator evaluator(history, calendar);
    out->breaches.clear();
    for (const Storage::StoredSlaResult &stored : std::as_const(breached)) {
        const auto it = indexById.constFind(stored.ticketId);
        if (it == indexById.constEnd())
            continue; // removed since the results were stored
        const Domain::Ticket &ticket = tickets.tickets.at(*it);
        out->breaches.append({ticket.key, stored.result.severity, stored.breachAt().value_or(0),
                              stored.result.resolution.stoppedAt,
                              evaluator.explain(ticket, stored.evaluatedAt)});
    }
    return {};
}

QVector<QPair<QString, Storage::StorageError>> SlaComplianceLoader::refresh(const QStringList &keys,
                                                                            qint64 now) const
{
    QVector<QPair<QString, Storage::StorageError>> failed;
    for (const QString &key : keys) {
        std::optional<Domain::Engagement> engagement;
        Storage::StorageError error = Storage::EngagementRepository(m_database).findByKey(key, &engagement);
        if (!error && engagement)
            error = SlaRecomputer::recompute(m_database, engagement->id, now);
        if (error)
            failed.append({key, error});
    }
    return failed;
}

} // namespace Models

#include "models/ticketlistloader.h"

#include "models/domain/sla/slapolicyhistory.h"
#include "models/exchange/sources/importmappings.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketrepository.h"

#include <QTimeZone>

#include <algorithm>

namespace Models {

Storage::StorageError TicketListLoader::forEach(const Domain::Engagement &engagement,
                                                const Visit &visit) const
{
    Domain::SlaPolicyHistory policies;
    Exchange::ImportMappings mappings;
    Storage::StorageError error =
        Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &policies);
    if (!error)
        error = Storage::MappingRepository(m_database).load(&mappings);
    if (error)
        return error;
    const QTimeZone zone(engagement.timeZone);
    // The version a ticket is evaluated under depends on its creation date in the engagement's
    // zone: a QDateTime in that zone per ticket was a fifth of `tickets list`. A version is in force
    // from the start of its day, so the instants are compared; within two days of such a start
    // (a zone's change of offset at midnight) the date is still asked for.
    QVector<qint64> starts;
    for (const Domain::SlaPolicy &version : policies.versions())
        starts.append(
            version.effectiveFrom.startOfDay(zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch());
    const auto policyFor = [&](qint64 created) -> const Domain::SlaPolicy * {
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), created);
        constexpr qint64 Margin = 2 * 86400;
        if ((next != starts.cend() && *next - created < Margin) ||
            (next != starts.cbegin() && created - *(next - 1) < Margin))
            return policies.versionFor(created, zone);
        return next == starts.cbegin() ? nullptr : &policies.versions().at(next - starts.cbegin() - 1);
    };
    return Storage::TicketRepository(m_database).forEach(engagement.id, [&](const Domain::Ticket &ticket) {
        const Domain::SlaPolicy *policy = policyFor(ticket.created);
        const qint64 paused = pausedSeconds(ticket, [&](const QString &status) {
            return policy ? policy->isPauseStatus(status) : mappings.isPauseStatus(status);
        });
        return visit(ticket, paused);
    });
}

qint64 TicketListLoader::pausedSeconds(const Domain::Ticket &ticket,
                                       const std::function<bool(const QString &)> &isPause)
{
    qint64 total = 0;
    const QVector<Domain::StatusChange> &history = ticket.history;
    for (int i = 0; i < history.size(); ++i) {
        if (!isPause(history.at(i).status))
            continue;
        const qint64 start = history.at(i).at;
        if (i + 1 < history.size())
            total += qMax<qint64>(0, history.at(i + 1).at - start);
        else if (ticket.resolved && *ticket.resolved > start)
            total += *ticket.resolved - start;
    }
    return total;
}

} // namespace Models

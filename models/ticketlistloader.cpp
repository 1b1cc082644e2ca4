#include "models/ticketlistloader.h"

#include "models/domain/sla/slapolicyhistory.h"
#include "models/exchange/sources/importmappings.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketrepository.h"

#include <QTimeZone>

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
    return Storage::TicketRepository(m_database).forEach(engagement.id, [&](const Domain::Ticket &ticket) {
        const Domain::SlaPolicy *policy = policies.versionFor(ticket.created, zone);
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

#include "models/ticketexplanationloader.h"

#include "models/domain/sla/slaevaluator.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketbrowserepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storagetext.h"

namespace Models {

QString TicketExplanationLoader::Error::message(const Domain::Engagement &engagement,
                                                const QString &ticketKey) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoSuchTicket:
        return tr("engagement %1 has no ticket '%2'").arg(engagement.key, ticketKey);
    case Problem::Storage:
        return StorageText::message(storage);
    }
    return {};
}

TicketExplanationLoader::TicketExplanationLoader(const Storage::Database &database) : m_database(database)
{
}

TicketExplanationLoader::Error TicketExplanationLoader::load(const Domain::Engagement &engagement,
                                                             const QString &ticketKey, qint64 now,
                                                             Result *out) const
{
    return explain(engagement, ticketKey, now, now, out);
}

TicketExplanationLoader::Error TicketExplanationLoader::loadAsStored(const Domain::Engagement &engagement,
                                                                     const QString &ticketKey,
                                                                     qint64 fallbackNow, Result *out) const
{
    return explain(engagement, ticketKey, std::nullopt, fallbackNow, out);
}

TicketExplanationLoader::Error TicketExplanationLoader::explain(const Domain::Engagement &engagement,
                                                                const QString &ticketKey,
                                                                std::optional<qint64> now, qint64 fallbackNow,
                                                                Result *out) const
{
    Domain::Ticket ticket;
    qint64 ticketId = 0;
    Storage::StorageError error =
        Storage::TicketRepository(m_database).find(engagement.id, ticketKey, &ticket, &ticketId);
    if (error.kind == Storage::StorageError::Kind::NotFound)
        return {Problem::NoSuchTicket, {}};
    std::optional<qint64> stored;
    if (!error && !now)
        error = Storage::TicketBrowseRepository(m_database).evaluatedAt(ticketId, &stored);
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory policy;
    if (!error)
        error = Storage::CalendarRepository(m_database).calendarFor(engagement.id, &calendar);
    if (!error)
        error = Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &policy);
    if (error)
        return {Problem::Storage, error};
    out->explainedAt = now ? *now : stored.value_or(fallbackNow);
    out->atStoredEvaluation = !now && stored.has_value();
    out->zone = QTimeZone(engagement.timeZone);
    if (!out->zone.isValid())
        out->zone = QTimeZone::utc();
    out->explanation = Domain::SlaEvaluator::explain(ticket, policy, calendar, out->explainedAt);
    return {};
}

} // namespace Models

#include "models/exchange/sources/zendesksource.h"

namespace Exchange {

ZendeskSource::ZendeskSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::Iso8601, columns())
{
}

TicketColumns ZendeskSource::columns()
{
    // key, type, priority, status, created, resolved, closed, title, first response, first reply minutes
    return TicketColumns{QStringList{QStringLiteral("Id"), QStringLiteral("Ticket ID")},
                         QStringList{QStringLiteral("Type"), QStringLiteral("Ticket type")},
                         QStringList{QStringLiteral("Priority")},
                         QStringList{QStringLiteral("Status")},
                         QStringList{QStringLiteral("Created at")},
                         QStringList{QStringLiteral("Solved at")},
                         QStringList(),
                         QStringList{QStringLiteral("Subject")},
                         QStringList(),
                         QStringList{QStringLiteral("First reply time in minutes")}};
}

} // namespace Exchange

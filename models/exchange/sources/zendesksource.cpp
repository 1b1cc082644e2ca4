#include "models/exchange/sources/zendesksource.h"

namespace Exchange {

ZendeskSource::ZendeskSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::Iso8601, columns())
{
}

TicketColumns ZendeskSource::columns()
{
    // The ticket export (Id, Created at ...) and Zendesk Explore's report export, whose columns
    // are Explore's attribute names (Ticket ID, Ticket created - Timestamp ...).
    TicketColumns c;
    c.key = QStringList{QStringLiteral("Id"), QStringLiteral("Ticket ID")};
    c.type = QStringList{QStringLiteral("Type"), QStringLiteral("Ticket type")};
    c.priority = QStringList{QStringLiteral("Priority"), QStringLiteral("Ticket priority")};
    c.status = QStringList{QStringLiteral("Status"), QStringLiteral("Ticket status")};
    c.created = QStringList{QStringLiteral("Created at"), QStringLiteral("Ticket created - Timestamp")};
    c.resolved = QStringList{QStringLiteral("Solved at"), QStringLiteral("Ticket solved - Timestamp")};
    c.title = QStringList{QStringLiteral("Subject"), QStringLiteral("Ticket subject")};
    c.firstReplyMinutes =
        QStringList{QStringLiteral("First reply time in minutes"), QStringLiteral("First reply time (min)")};
    return c;
}

} // namespace Exchange

#include "models/domain/ticket.h"

#include <array>

namespace Domain {
namespace {
const std::array<const char *, TicketKindCount> s_kindIds = {"incident", "problem", "service-request",
                                                             "change", "enhancement"};
}

QString ticketKindId(TicketKind kind)
{
    return QLatin1String(s_kindIds.at(static_cast<int>(kind)));
}

bool ticketKindFromId(const QString &id, TicketKind *kind)
{
    for (std::size_t i = 0; i < s_kindIds.size(); ++i) {
        if (id.compare(QLatin1String(s_kindIds[i]), Qt::CaseInsensitive) == 0) {
            if (kind)
                *kind = static_cast<TicketKind>(i);
            return true;
        }
    }
    return false;
}

bool Ticket::operator==(const Ticket &o) const
{
    return key == o.key && kind == o.kind && severity == o.severity && serviceLevel == o.serviceLevel &&
           activity == o.activity && title == o.title && status == o.status && created == o.created &&
           firstResponse == o.firstResponse && resolved == o.resolved && history == o.history &&
           vendorSla == o.vendorSla;
}

} // namespace Domain

#include "models/exchange/sources/servicenowincidentsource.h"

namespace Exchange {

ServiceNowIncidentSource::ServiceNowIncidentSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::Iso8601, columns())
{
}

TicketColumns ServiceNowIncidentSource::columns()
{
    // key, type, priority, status, created, resolved, closed, title, first response, first reply minutes
    return TicketColumns{
        QStringList{QStringLiteral("number")},
        QStringList(),
        QStringList{QStringLiteral("priority")},
        QStringList{QStringLiteral("state"), QStringLiteral("incident_state")},
        QStringList{QStringLiteral("opened_at"), QStringLiteral("opened"), QStringLiteral("sys_created_on"),
                    QStringLiteral("created")},
        QStringList{QStringLiteral("resolved_at"), QStringLiteral("resolved")},
        QStringList{QStringLiteral("closed_at"), QStringLiteral("closed")},
        QStringList{QStringLiteral("short_description"), QStringLiteral("short description")},
        QStringList(),
        QStringList()};
}

WorkClass ServiceNowIncidentSource::defaultClass(QStringView key) const
{
    using Domain::ServiceLevel;
    using Domain::TicketKind;
    if (key.startsWith(u"PRB", Qt::CaseInsensitive))
        return WorkClass{TicketKind::Problem, ServiceLevel::L2, QStringLiteral("problem-management")};
    if (key.startsWith(u"CHG", Qt::CaseInsensitive))
        return WorkClass{TicketKind::Change, ServiceLevel::L2, QStringLiteral("change-management")};
    if (key.startsWith(u"RITM", Qt::CaseInsensitive) || key.startsWith(u"REQ", Qt::CaseInsensitive) ||
        key.startsWith(u"SCTASK", Qt::CaseInsensitive))
        return WorkClass{TicketKind::ServiceRequest, ServiceLevel::L1, QStringLiteral("service-requests")};
    return incidentClass();
}

} // namespace Exchange

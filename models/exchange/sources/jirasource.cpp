#include "models/exchange/sources/jirasource.h"

namespace Exchange {

JiraSource::JiraSource(const ImportSettings &settings)
    : TicketListSource(settings, DateTimeParser::Format::DayMonthNameYear, columns())
{
}

TicketColumns JiraSource::columns()
{
    // key, type, priority, status, created, resolved, closed, title, first response, first reply minutes
    return TicketColumns{
        QStringList{QStringLiteral("Issue key"), QStringLiteral("Nyckel"), QStringLiteral("Ärendenyckel")},
        QStringList{QStringLiteral("Issue Type"), QStringLiteral("Ärendetyp"), QStringLiteral("Typ")},
        QStringList{QStringLiteral("Priority"), QStringLiteral("Prioritet")},
        QStringList{QStringLiteral("Status")},
        QStringList{QStringLiteral("Created"), QStringLiteral("Skapad"), QStringLiteral("Skapat")},
        QStringList{QStringLiteral("Resolved"), QStringLiteral("Löst"), QStringLiteral("Löstes")},
        QStringList(),
        QStringList{QStringLiteral("Summary"), QStringLiteral("Sammanfattning")},
        QStringList{QStringLiteral("Custom field (Time to first response)"),
                    QStringLiteral("Anpassat fält (Time to first response)"),
                    QStringLiteral("Time to first response")},
        QStringList()};
}

} // namespace Exchange

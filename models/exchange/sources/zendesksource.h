#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// Zendesk ticket export. Tickets without a priority are allowed (with a warning and the default
/// severity); the first response is Created at + "First reply time in minutes".
class ZendeskSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(ZendeskSource)

public:
    explicit ZendeskSource(const ImportSettings &settings);
    /// The header names this source looks for.
    static TicketColumns columns();

    QString id() const override { return QStringLiteral("zendesk"); }
    QString displayName() const override { return tr("Zendesk"); }
};

} // namespace Exchange

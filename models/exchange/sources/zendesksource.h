#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// Zendesk ticket export, or a Zendesk Explore report export (each line one quoted field holding
/// the record; the Importer unwraps it). Tickets without a priority are allowed (with a warning
/// and the default severity); the first response is created + "First reply time in minutes"
/// (Explore: "First reply time (min)").
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

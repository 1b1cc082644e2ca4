#pragma once

#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// "Any other CSV" with one ticket per row, read through a user's ColumnMapping profile.
class MappedTicketSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(MappedTicketSource)

public:
    MappedTicketSource(const ColumnMapping &mapping, const ImportSettings &settings);

    QString id() const override { return QStringLiteral("profile:") + m_mapping.name; }
    QString displayName() const override { return tr("\"%1\" profile").arg(m_mapping.name); }

private:
    static TicketColumns columnsOf(const ColumnMapping &mapping);

    ColumnMapping m_mapping;
};

} // namespace Exchange

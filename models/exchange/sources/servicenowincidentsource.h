#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// ServiceNow list export (incident, problem, change or request table), with field names
/// (`number`, `opened_at` ...) or labels (`Number`, `Opened` ...). Dates as ServiceNow writes
/// them by default (yyyy-MM-dd HH:mm:ss); accounts with another format set it per import. The
/// kind follows the number prefix: INC incident, PRB problem, CHG change, RITM/REQ/SCTASK request.
class ServiceNowIncidentSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowIncidentSource)

public:
    explicit ServiceNowIncidentSource(const ImportSettings &settings);
    /// The header names this source looks for.
    static TicketColumns columns();

    QString id() const override { return QStringLiteral("servicenow"); }
    QString displayName() const override { return tr("ServiceNow incident list"); }

protected:
    WorkClass defaultClass(QStringView key) const override;
};

} // namespace Exchange

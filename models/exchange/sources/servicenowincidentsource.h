#pragma once

#include "models/exchange/sources/ticketlistsource.h"

namespace Exchange {

/// ServiceNow list export (incident, problem, change or request table), with field names
/// (`number`, `opened_at` ...) or labels (`Number`, `Opened` ...). Dates as ServiceNow writes
/// them by default (yyyy-MM-dd HH:mm:ss); a list exported with the user's format
/// (`03-12-2025 15:21:08`) has its day/month order decided from the whole file (a day above 12
/// settles it) unless the import names it; a file that never settles it is refused. The kind
/// follows the number prefix: INC incident, PRB problem, CHG change, RITM/REQ/SCTASK request.
class ServiceNowIncidentSource : public TicketListSource
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowIncidentSource)

public:
    explicit ServiceNowIncidentSource(const ImportSettings &settings);
    /// The header names this source looks for.
    static TicketColumns columns();

    QString id() const override { return QStringLiteral("servicenow"); }
    QString displayName() const override { return tr("ServiceNow incident list"); }
    bool wantsPrescan() const override;
    bool prescanRow(const CsvRow &row) override;
    void endPrescan(ImportBatch *batch) override;

protected:
    WorkClass defaultClass(QStringView key) const override;
    QString missingPriorityHint() const override;

private:
    qint64 m_dayFirstLine = 0;   ///< first line whose first number is above 12
    qint64 m_monthFirstLine = 0; ///< first line whose second number is above 12
    qint64 m_numericLine = 0;    ///< first line with a day-or-month-first date
    int m_evidenceColumn = -1;
};

} // namespace Exchange

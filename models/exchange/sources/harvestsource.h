#pragma once

#include "models/exchange/sources/worklogsource.h"

namespace Exchange {

/// Harvest detailed time report: Date, Client, Project, Task (-> work class), Notes, Hours,
/// First Name + Last Name, Roles (-> role when one of them is known), External Reference URL
/// (a Jira or ServiceNow link gives the ticket key).
class HarvestSource : public WorklogSource
{
    Q_DECLARE_TR_FUNCTIONS(HarvestSource)

public:
    explicit HarvestSource(const ImportSettings &settings);

    QString id() const override { return QStringLiteral("harvest"); }
    QString displayName() const override { return tr("Harvest time report"); }
    void addRow(const CsvRow &row, ImportBatch *batch) override;

    /// "https://acme.atlassian.net/browse/SUP-12" -> "SUP-12"; empty when no key is found.
    static QString ticketKeyFromUrl(QStringView url);

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    int m_date = -1, m_task = -1, m_notes = -1, m_hours = -1, m_first = -1, m_last = -1, m_roles = -1;
    int m_reference = -1;
};

} // namespace Exchange

#pragma once

#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/worklogsource.h"

namespace Exchange {

/// "Any other CSV" with one worklog per row, read through a user's ColumnMapping profile.
class MappedWorklogSource : public WorklogSource
{
    Q_DECLARE_TR_FUNCTIONS(MappedWorklogSource)

public:
    MappedWorklogSource(const ColumnMapping &mapping, const ImportSettings &settings);

    QString id() const override { return QStringLiteral("profile:") + m_mapping.name; }
    QString displayName() const override { return tr("\"%1\" profile").arg(m_mapping.name); }
    void addRow(const CsvRow &row, ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    int find(ColumnMapping::Field field, bool required, ImportBatch *batch);

    ColumnMapping m_mapping;
    int m_id = -1, m_date = -1, m_person = -1, m_duration = -1, m_activity = -1, m_description = -1;
    int m_ticket = -1, m_role = -1;
};

} // namespace Exchange

#pragma once

#include "models/exchange/sources/worklogsource.h"

namespace Exchange {

/// Tempo worklog export: Issue Key, Hours (decimal, comma or point), Work date, Full name or
/// Username, Work Description, Activity Name (else Issue Type) for the work class, and the
/// worklog id when the export has one.
class TempoSource : public WorklogSource
{
    Q_DECLARE_TR_FUNCTIONS(TempoSource)

public:
    explicit TempoSource(const ImportSettings &settings);

    QString id() const override { return QStringLiteral("tempo"); }
    QString displayName() const override { return tr("Tempo worklog"); }
    void addRow(const CsvRow &row, ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    int m_issue = -1, m_hours = -1, m_date = -1, m_fullName = -1, m_userName = -1, m_description = -1;
    int m_activity = -1, m_issueType = -1, m_id = -1;
};

} // namespace Exchange

#pragma once

#include "models/exchange/sources/worklogsource.h"

namespace Exchange {

/// Kimai timesheet export with English or Swedish headers: Date/Datum, Begin/Från, End/Till,
/// Duration/Varaktighet (h:mm, decimal hours or "1h 30m"; End - Begin when empty, past midnight
/// allowed), User/Användare, Customer/Kund, Project/Projekt, Activity/Aktivitet,
/// Description/Beskrivning, ID.
class KimaiSource : public WorklogSource
{
    Q_DECLARE_TR_FUNCTIONS(KimaiSource)

public:
    explicit KimaiSource(const ImportSettings &settings);

    QString id() const override { return QStringLiteral("kimai"); }
    QString displayName() const override { return tr("Kimai timesheet"); }
    void addRow(const CsvRow &row, ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    bool minutesFromBeginEnd(const CsvRow &row, ImportBatch *batch, int *minutes) const;
    static bool clockMinutes(QStringView text, int *minutes);

    int m_date = -1, m_begin = -1, m_end = -1, m_duration = -1, m_user = -1, m_activity = -1;
    int m_description = -1, m_id = -1;
};

} // namespace Exchange

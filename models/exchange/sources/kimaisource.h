#pragma once

#include "models/exchange/sources/worklogsource.h"

namespace Exchange {

/// Kimai timesheet export with English or Swedish headers: Date/Datum, Begin/From/Från,
/// End/To/Till, Duration/Varaktighet, User/Användare, Customer/Kund, Project/Projekt,
/// Activity/Aktivitet, Description/Beskrivning, ID.
///
/// Kimai writes Duration in seconds (the import/export template: `"12:00","12:45","2700"`), as
/// h:mm, [hh]:mm or decimal hours depending on version and template. When From/To are there the
/// duration must agree with them; the unit of plain numbers is decided from the whole file (a
/// first pass) and a file mixing units is refused. Without From/To a plain number is hours.
/// An empty Duration is To - From (past midnight allowed). The totals row of the spreadsheet
/// template (no date, no user) is skipped.
class KimaiSource : public WorklogSource
{
    Q_DECLARE_TR_FUNCTIONS(KimaiSource)

public:
    explicit KimaiSource(const ImportSettings &settings);

    QString id() const override { return QStringLiteral("kimai"); }
    QString displayName() const override { return tr("Kimai timesheet"); }
    bool wantsPrescan() const override;
    bool prescanRow(const CsvRow &row) override;
    void endPrescan(ImportBatch *batch) override;
    void addRow(const CsvRow &row, ImportBatch *batch) override;

protected:
    bool findColumns(ImportBatch *batch) override;

private:
    enum class Unit { Unknown, Seconds, Minutes, Hours };

    /// To - From in seconds; false when either is not a time of day.
    bool interval(const CsvRow &row, qint64 *seconds) const;
    bool intervalOrReject(const CsvRow &row, ImportBatch *batch, qint64 *seconds) const;
    /// The units in which a plain number `amount` equals `interval` (a bit set of Unit values).
    static int agreeingUnits(double amount, qint64 interval);
    static bool clockSeconds(QStringView text, qint64 *seconds);
    bool isTotalsRow(const CsvRow &row) const;
    bool readKimaiDuration(const CsvRow &row, ImportBatch *batch, Duration *duration);
    static QString unitName(Unit unit);

    int m_date = -1, m_begin = -1, m_end = -1, m_duration = -1, m_user = -1, m_activity = -1;
    int m_description = -1, m_id = -1;
    Unit m_unit = Unit::Unknown;
    qint64 m_unitLine = 0; ///< the first line that decided m_unit
    Unit m_conflictUnit = Unit::Unknown;
    qint64 m_conflictLine = 0; ///< a line that disagrees with m_unit
};

} // namespace Exchange

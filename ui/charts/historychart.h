#pragma once

#include "models/domain/capacity/budgetledger.h"

#include <QChartView>

namespace Gui {

/// The last twelve ledger months: committed, used and rolled over (carried in) side by side.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget *parent = nullptr);

    /// Shows the up to twelve months of `ledger` that end with `lastMonth`.
    void setLedger(const Domain::BudgetLedger &ledger, const QDate &lastMonth);
    /// Months shown (for tests).
    int monthCount() const { return m_months.size(); }
    /// The x-axis labels as drawn (zero-width spaces removed), for tests.
    QStringList monthLabels() const;

    /// Labels of `months` in the current locale for `pixelsPerMonth` of width, in the first form that
    /// fits: the short name everywhere with the year at the first month and where it changes
    /// ("nov 2025, dec, jan 2026, feb"), the same with a two-digit year ("jan 26"), or narrow names
    /// with the year on its own line ("J\n2026"). Never an elided label.
    static QStringList monthLabels(const QVector<QDate> &months, double pixelsPerMonth, const QFont &font);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void relabel();
    QVector<Domain::LedgerMonth> m_months;
};

} // namespace Gui

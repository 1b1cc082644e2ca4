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

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QVector<Domain::LedgerMonth> m_months;
};

} // namespace Gui

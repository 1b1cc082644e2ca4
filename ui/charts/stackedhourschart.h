#pragma once

#include "models/domain/capacity/burndown.h"

#include <QChartView>

namespace Gui {

/// Where the month's hours went: one bar stacked by service level, one stacked by role
/// (every worklog of the month, counted against the budget or not).
class StackedHoursChart : public QChartView
{
    Q_OBJECT

public:
    explicit StackedHoursChart(QWidget *parent = nullptr);

    void setBurnDown(const Domain::BurnDown &burnDown);
    /// Bar set name → its hours in the two bars (for tests).
    QMap<QString, double> totals() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    Domain::BurnDown m_burnDown;
};

} // namespace Gui

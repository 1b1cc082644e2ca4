#pragma once

#include "models/slaoverviewloader.h"

#include <QChartView>

namespace Gui {

/// Breaches per month, stacked by severity: resolved tickets in their resolution month and open
/// tickets in the month they breached. Hover names the month and count; a click emits the month.
class SlaBreachesChart : public QChartView
{
    Q_OBJECT

public:
    explicit SlaBreachesChart(QWidget *parent = nullptr);

    void setOverview(const Models::SlaOverview &data);
    /// Severity name → breaches per month (for tests).
    QMap<QString, QVector<int>> counts() const;

signals:
    void monthClicked(const QDate &month);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    Models::SlaOverview m_data;
};

} // namespace Gui

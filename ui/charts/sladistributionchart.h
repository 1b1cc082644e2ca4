#pragma once

#include "models/slaoverviewloader.h"

#include <QWidget>

class QBoxLayout;
class QChartView;

namespace Gui {

/// How long tickets took, per severity, in business hours: a box plot for first response and one
/// for resolution (box = quartiles, line = median, whiskers = 5th and 95th percentiles) with each
/// severity's target as a dashed red bar across its box.
class SlaDistributionChart : public QWidget
{
    Q_OBJECT

public:
    explicit SlaDistributionChart(QWidget *parent = nullptr);

    void setOverview(const Models::SlaOverview &data);
    /// Category labels of the response pane (for tests).
    QStringList categories() const;
    QChartView *responseView() const { return m_response; }
    QChartView *resolutionView() const { return m_resolution; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rebuildPane(QChartView *view, bool response);

    Models::SlaOverview m_data;
    QBoxLayout *m_layout;
    QChartView *m_response;
    QChartView *m_resolution;
};

} // namespace Gui

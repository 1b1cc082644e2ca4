#pragma once

#include "models/slaoverviewloader.h"

#include <QMap>
#include <QWidget>

class QBoxLayout;
class QChartView;

namespace Gui {

/// The SLA compliance trend: met % per severity per month, one pane for first response and one
/// for resolution, each severity's target as a dashed line, months that missed their target
/// marked with a red triangle (a symbol as well as a colour), the month's figures on hover and a
/// click on a month emitting it. Month labels come from QLocale in the current language. The
/// panes sit side by side when there is room and one above the other when not. The same drawing
/// is the SLA page's and `deliverydesk sla chart`'s.
class ComplianceTrendChart : public QWidget
{
    Q_OBJECT

public:
    enum class Pane { Response, Resolution };

    explicit ComplianceTrendChart(QWidget *parent = nullptr);
    ~ComplianceTrendChart() override;

    void setOverview(const Models::SlaOverview &data);

    /// Series name → number of points, of one pane (for tests).
    QMap<QString, int> seriesPointCounts(Pane pane) const;
    /// The x-axis labels shown (zero-width spaces removed).
    QStringList monthLabels() const;
    /// How many month × severity points missed their target in a pane.
    int missedCount(Pane pane) const;
    /// The text the chart shows on hover over month `index` of a pane.
    QString monthText(Pane pane, int index) const;
    /// Acts as a click on month `index` (emits monthClicked).
    void clickMonth(int index);
    QChartView *view(Pane pane) const;

signals:
    void monthClicked(const QDate &month);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class PaneView;
    void rebuild();
    void rebuildPane(Pane pane);
    void updateDirection();

    Models::SlaOverview m_data;
    QBoxLayout *m_layout;
    PaneView *m_response;
    PaneView *m_resolution;
};

} // namespace Gui

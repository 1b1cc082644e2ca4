#pragma once

#include "models/domain/supportmodel.h"

#include <QChartView>

namespace Models {
class SupportModelWhatIfModel;
}

namespace Gui {

/// The what-if's hours under each support model as horizontal stacked bars: within the capacity,
/// over it, carried outside it by the model, billed separately. Hovering a segment says how it
/// was counted (the same sentences as the table's tooltips).
class WhatIfChart : public QChartView
{
    Q_OBJECT

public:
    explicit WhatIfChart(const Models::SupportModelWhatIfModel *model, QWidget *parent = nullptr);

    /// Draws the model's current data again.
    void rebuild();
    /// The hours of segment `set` (0–3) for every model, for tests.
    QVector<double> hours(int set) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// A model's name on the axis, on two lines where one is too wide for the chart.
    QString modelLabel(Domain::SupportModel model, bool current) const;
    const Models::SupportModelWhatIfModel *m_model;
};

} // namespace Gui

#include "ui/charts/compliancetrendchart.h"

#include "models/palette.h"
#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "ui/charts/slachartstyle.h"

#include <QBarCategoryAxis>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <functional>

namespace Gui {

/// One pane: maps the mouse to a month for the tooltip and the click.
class ComplianceTrendChart::PaneView : public QChartView
{
public:
    PaneView(Pane pane, QWidget *parent) : QChartView(new QChart, parent), m_pane(pane)
    {
        setRenderHint(QPainter::Antialiasing);
        setMouseTracking(true);
        setMinimumSize(280, 170);
        chart()->setLocalizeNumbers(true);
        chart()->legend()->setAlignment(Qt::AlignBottom);
        chart()->setMargins(QMargins(4, 4, 4, 4));
    }

    Pane pane() const { return m_pane; }
    int months = 0;
    std::function<QString(int)> textOf;
    std::function<void(int)> clicked;

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        const int index = monthAt(event->position());
        if (index < 0 || !textOf) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(event->globalPosition().toPoint(), textOf(index), this);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        QChartView::mousePressEvent(event);
        const int index = monthAt(event->position());
        if (event->button() == Qt::LeftButton && index >= 0 && clicked)
            clicked(index);
    }

private:
    int monthAt(const QPointF &position) const
    {
        const QPointF scene = mapToScene(position.toPoint());
        const QPointF inChart = chart()->mapFromScene(scene);
        if (months <= 0 || chart()->series().isEmpty() || !chart()->plotArea().contains(inChart))
            return -1;
        const QPointF value = chart()->mapToValue(inChart, chart()->series().first());
        const int index = qRound(value.x());
        return index >= 0 && index < months ? index : -1;
    }

    Pane m_pane;
};

namespace {
std::optional<double> metPercent(const Domain::MonthlyCompliance &m, ComplianceTrendChart::Pane pane)
{
    return pane == ComplianceTrendChart::Pane::Response ? m.responseMetPercent() : m.resolutionMetPercent();
}

QString stripped(QString label)
{
    return label.remove(QChar(0x200B));
}
} // namespace

ComplianceTrendChart::ComplianceTrendChart(QWidget *parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)),
      m_response(new PaneView(Pane::Response, this)), m_resolution(new PaneView(Pane::Resolution, this))
{
    setObjectName(QStringLiteral("complianceTrendChart"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_response, 1);
    m_layout->addWidget(m_resolution, 1);
    for (PaneView *view : {m_response, m_resolution}) {
        view->setObjectName(view == m_response ? QStringLiteral("responseTrend")
                                               : QStringLiteral("resolutionTrend"));
        view->textOf = [this, view](int index) { return monthText(view->pane(), index); };
        view->clicked = [this](int index) { clickMonth(index); };
    }
    rebuild();
}

ComplianceTrendChart::~ComplianceTrendChart() = default;

QChartView *ComplianceTrendChart::view(Pane pane) const
{
    return pane == Pane::Response ? m_response : m_resolution;
}

void ComplianceTrendChart::setOverview(const Models::SlaOverview &data)
{
    m_data = data;
    rebuild();
}

void ComplianceTrendChart::clickMonth(int index)
{
    if (index >= 0 && index < m_data.months.size())
        emit monthClicked(m_data.months.at(index));
}

void ComplianceTrendChart::rebuild()
{
    updateDirection();
    rebuildPane(Pane::Response);
    rebuildPane(Pane::Resolution);
    setAccessibleName(tr("SLA compliance trend"));
    ChartTable::describe(m_response, tr("First response compliance per month"),
                         ChartTable::summary(m_response));
    ChartTable::describe(m_resolution, tr("Resolution compliance per month"),
                         ChartTable::summary(m_resolution));
}

void ComplianceTrendChart::updateDirection()
{
    // Side by side when each pane keeps 300 px, or when stacking would leave a pane too low to
    // read (narrow month labels still fit); one above the other only when narrow and tall.
    const bool wide = width() >= 600 || height() < 2 * 260;
    const QBoxLayout::Direction direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
}

void ComplianceTrendChart::rebuildPane(Pane pane)
{
    PaneView *view = pane == Pane::Response ? m_response : m_resolution;
    QChart *c = view->chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    c->setTitle(pane == Pane::Response ? tr("First response: met %") : tr("Resolution: met %"));
    view->months = int(m_data.months.size());

    QList<QAbstractSeries *> all;
    auto *missed = new QScatterSeries;
    missed->setName(tr("▲ Missed"));
    missed->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    missed->setMarkerSize(13);
    missed->setColor(SlaChartStyle::missedColor());
    missed->setBorderColor(Models::Palette::color(Models::Palette::Role::ChartMarkerBorder));
    for (int severity : qAsConst(m_data.severities)) {
        auto *line = new QLineSeries;
        line->setName(SlaChartStyle::severityName(severity));
        QPen pen(SlaChartStyle::severityColor(severity));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(14);
        line->setLightMarker(SlaChartStyle::severityMarker(severity, 14));
        auto *target = new QLineSeries;
        // Left out of the legend (one "Target" entry stands for all), named for the table twin.
        target->setName(tr("Target, %1").arg(SlaChartStyle::severityName(severity)));
        target->setProperty("target", true);
        QPen targetPen(SlaChartStyle::severityColor(severity));
        targetPen.setStyle(Qt::DashLine);
        targetPen.setWidthF(1.4);
        target->setPen(targetPen);
        for (int i = 0; i < m_data.months.size(); ++i) {
            const Domain::MonthlyCompliance *m = m_data.complianceOf(m_data.months.at(i), severity);
            if (!m)
                continue;
            // The target is a step per month: its value holds from the month's left edge to its right.
            target->append(i - 0.45, m->targetPercent);
            target->append(i + 0.45, m->targetPercent);
            const std::optional<double> p = metPercent(*m, pane);
            if (!p)
                continue;
            line->append(i, *p);
            if (*p + 1e-9 < m->targetPercent)
                missed->append(i, *p);
        }
        all.append(line);
        all.append(target);
    }
    all.append(missed);
    // One legend entry for the targets of every severity: a grey dashed line without points.
    auto *targetLegend = new QLineSeries;
    targetLegend->setName(tr("Target"));
    targetLegend->setPen(QPen(SlaChartStyle::targetColor(), 1.4, Qt::DashLine));
    all.append(targetLegend);

    auto *axisX = new QBarCategoryAxis;
    const int paneWidth = m_layout->direction() == QBoxLayout::LeftToRight ? width() / 2 : width();
    const double perMonth = (paneWidth - 90.0) / qMax(1, int(m_data.months.size()));
    axisX->append(SlaChartStyle::monthLabels(m_data.months, perMonth));
    axisX->setTitleText(SlaChartStyle::rangeText(m_data.months));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("% met"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : qAsConst(all)) {
        c->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // The legend names each severity, one "Target" and the missed marker.
    int legendWidth = 0;
    QFont fullSize = c->legend()->font();
    fullSize.setPointSizeF(QFont().pointSizeF());
    const QFontMetrics legendMetrics(fullSize);
    for (QLegendMarker *marker : c->legend()->markers()) {
        if (marker->series()->property("target").toBool())
            marker->setVisible(false);
        else
            legendWidth += legendMetrics.horizontalAdvance(marker->label()) + 2 * legendMetrics.height() + 6;
    }
    // Where the entries do not fit their line Qt Charts elides them ("▲ Mi…", "Tar…" in the narrow
    // panes of 1024 px): a smaller legend font first (beside the plot, the plot lost its labels).
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(QFont().pointSizeF() * (legendWidth > paneWidth - 16 ? 0.85 : 1.0));
    if (c->legend()->font() != legendFont)
        c->legend()->setFont(legendFont);
}

QMap<QString, int> ComplianceTrendChart::seriesPointCounts(Pane pane) const
{
    QMap<QString, int> counts;
    for (QAbstractSeries *series : view(pane)->chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            counts[xy->property("target").toBool() ? tr("Target") : xy->name()] += int(xy->count());
    }
    return counts;
}

QStringList ComplianceTrendChart::monthLabels() const
{
    QStringList labels;
    for (QAbstractAxis *axis : m_response->chart()->axes(Qt::Horizontal)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &label : categories->categories())
                labels.append(stripped(label));
        }
    }
    return labels;
}

int ComplianceTrendChart::missedCount(Pane pane) const
{
    return seriesPointCounts(pane).value(tr("▲ Missed"));
}

QString ComplianceTrendChart::monthText(Pane pane, int index) const
{
    if (index < 0 || index >= m_data.months.size())
        return {};
    const QDate month = m_data.months.at(index);
    QStringList lines{QStringLiteral("<b>%1</b> — %2")
                          .arg(SlaChartStyle::monthName(month),
                               pane == Pane::Response ? tr("first response") : tr("resolution"))};
    for (int severity : m_data.severities) {
        const Domain::MonthlyCompliance *m = m_data.complianceOf(month, severity);
        const std::optional<double> p = m ? metPercent(*m, pane) : std::nullopt;
        if (!p) {
            lines.append(tr("%1: no tickets measured").arg(SlaChartStyle::severityName(severity)));
            continue;
        }
        const int met = pane == Pane::Response ? m->responseMet : m->resolutionMet;
        const int measured = pane == Pane::Response ? m->responseMeasured : m->resolutionMeasured;
        const bool kept = *p + 1e-9 >= m->targetPercent;
        lines.append(tr("%1: %2 met (%3 of %4), target %5 — %6")
                         .arg(SlaChartStyle::severityName(severity), SlaChartStyle::percent(*p, 1))
                         .arg(met)
                         .arg(measured)
                         .arg(SlaChartStyle::percent(m->targetPercent), kept ? tr("kept") : tr("missed ▲")));
    }
    lines.append(tr("Click to list this month's tickets."));
    return lines.join(QStringLiteral("<br>"));
}

void ComplianceTrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild(); // the direction and how long month labels can be depend on the width
}

void ComplianceTrendChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

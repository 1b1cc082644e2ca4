#include "ui/charts/sladistributionchart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "models/palette.h"

#include "ui/charts/slachartstyle.h"

#include <QBarCategoryAxis>
#include <QBoxLayout>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace Gui {

namespace {
double hours(qint64 seconds)
{
    return double(seconds) / 3600.0;
}

QString hoursText(qint64 seconds)
{
    return SlaDistributionChart::tr("%1 h").arg(
        QLocale().toString(hours(seconds), 'f', seconds < 36000 ? 1 : 0));
}

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 170);
    view->chart()->setLocalizeNumbers(true);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}
} // namespace

SlaDistributionChart::SlaDistributionChart(QWidget *parent)
    : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)),
      m_response(makeView(this, QStringLiteral("responseDistribution"))),
      m_resolution(makeView(this, QStringLiteral("resolutionDistribution")))
{
    setObjectName(QStringLiteral("slaDistributionChart"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_response, 1);
    m_layout->addWidget(m_resolution, 1);
    rebuild();
}

void SlaDistributionChart::setOverview(const Models::SlaOverview &data)
{
    m_data = data;
    rebuild();
}

void SlaDistributionChart::rebuild()
{
    const QBoxLayout::Direction direction =
        width() >= 700 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
    rebuildPane(m_response, true);
    rebuildPane(m_resolution, false);
    setAccessibleName(tr("Time taken per severity"));
    ChartTable::describe(m_response, tr("First response time per severity"), ChartTable::summary(m_response));
    ChartTable::describe(m_resolution, tr("Resolution time per severity"), ChartTable::summary(m_resolution));
}

void SlaDistributionChart::rebuildPane(QChartView *view, bool response)
{
    QChart *c = view->chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    c->setTitle(response ? tr("First response, business hours") : tr("Resolution, business hours"));
    auto *boxes = new QBoxPlotSeries;
    boxes->setName(tr("Quartiles, median, 5th–95th percentile"));
    boxes->setBrush(Models::Palette::color(Models::Palette::Role::ChartBoxFill));
    // The light fill alone is below 3:1 on the plot: the outline carries the shape.
    boxes->setPen(QPen(Models::Palette::series(Models::Palette::Series::Actual), 1.5));
    QStringList categories;
    QList<QLineSeries *> targets;
    double top = 0;
    for (int i = 0; i < m_data.distribution.size(); ++i) {
        const Models::SlaSeverityDistribution &d = m_data.distribution.at(i);
        const Models::SlaBoxStats &s = response ? d.response : d.resolution;
        const qint64 target = response ? d.responseTargetSeconds : d.resolutionTargetSeconds;
        const QString label = tr("%1 (%n)", nullptr, s.count).arg(SlaChartStyle::severityName(d.severity));
        categories.append(label);
        auto *set = new QBoxSet(hours(s.low), hours(s.lowerQuartile), hours(s.median), hours(s.upperQuartile),
                                hours(s.high), label);
        set->setBrush(SlaChartStyle::severityColor(d.severity).lighter(150));
        set->setPen(QPen(SlaChartStyle::severityColor(d.severity), 1.5));
        boxes->append(set);
        top = qMax(top, hours(s.high));
        if (target > 0) {
            auto *line = new QLineSeries;
            line->setName(tr("Target"));
            QPen pen(SlaChartStyle::missedColor(), 2.5, Qt::DashLine);
            line->setPen(pen);
            line->append(i - 0.42, hours(target));
            line->append(i + 0.42, hours(target));
            targets.append(line);
            top = qMax(top, hours(target));
        }
    }
    connect(boxes, &QBoxPlotSeries::hovered, this, [this, response, view](bool status, QBoxSet *set) {
        if (!status || !set) {
            QToolTip::hideText();
            return;
        }
        const int index = int(set->property("index").toInt());
        if (index < 0 || index >= m_data.distribution.size())
            return;
        const Models::SlaSeverityDistribution &d = m_data.distribution.at(index);
        const Models::SlaBoxStats &s = response ? d.response : d.resolution;
        const qint64 target = response ? d.responseTargetSeconds : d.resolutionTargetSeconds;
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %n ticket(s): median %2, quartiles %3–%4, 95th percentile %5, longest %6; "
                              "target %7",
                              nullptr, s.count)
                               .arg(SlaChartStyle::severityName(d.severity), hoursText(s.median),
                                    hoursText(s.lowerQuartile), hoursText(s.upperQuartile), hoursText(s.high),
                                    hoursText(s.maximum), target > 0 ? hoursText(target) : tr("none")),
                           view);
    });
    for (int i = 0; i < boxes->boxSets().size(); ++i)
        boxes->boxSets().at(i)->setProperty("index", i);
    c->addSeries(boxes);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top > 0 ? top * 1.1 : 1.0);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    if (top < 5)
        axisY->setLabelFormat(QStringLiteral("%.1f"));
    axisY->setTitleText(tr("Business hours"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    boxes->attachAxis(axisX);
    boxes->attachAxis(axisY);
    for (QLineSeries *line : qAsConst(targets)) {
        c->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    bool shown = false;
    for (QLegendMarker *marker : c->legend()->markers()) {
        if (marker->label() == tr("Target")) {
            marker->setVisible(!shown);
            shown = true;
        }
    }
}

QStringList SlaDistributionChart::categories() const
{
    for (QAbstractAxis *axis : m_response->chart()->axes(Qt::Horizontal)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

void SlaDistributionChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QBoxLayout::Direction direction =
        width() >= 700 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction)
        rebuild();
}

void SlaDistributionChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

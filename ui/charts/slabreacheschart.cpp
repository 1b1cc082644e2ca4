#include "ui/charts/slabreacheschart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "ui/charts/slachartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QScopeGuard>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace Gui {

SlaBreachesChart::SlaBreachesChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("slaBreachesChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 170);
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    rebuild();
}

void SlaBreachesChart::setOverview(const Models::SlaOverview &data)
{
    m_data = data;
    rebuild();
}

void SlaBreachesChart::rebuild()
{
    // Whichever way the drawing ends, screen readers get its name and its figures in words.
    const auto described = qScopeGuard(
        [this] { ChartTable::describe(this, tr("Breaches per month"), ChartTable::summary(this)); });
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    c->setTitle(tr("Breaches per month"));
    auto *series = new QStackedBarSeries;
    int highest = 0;
    QVector<int> totals(m_data.months.size(), 0);
    for (int severity : qAsConst(m_data.severities)) {
        auto *set = new QBarSet(SlaChartStyle::severityName(severity));
        ChartTheme::styleBarSet(set, SlaChartStyle::severityColor(severity),
                                severity - 1); // and a pattern each
        for (int i = 0; i < m_data.months.size(); ++i) {
            const int n = m_data.breachesIn(m_data.months.at(i), severity);
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    for (int total : qAsConst(totals))
        highest = qMax(highest, total);
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || !set || index < 0 || index >= m_data.months.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %n breach(es)", nullptr, int(set->at(index)))
                               .arg(SlaChartStyle::monthName(m_data.months.at(index)), set->label()),
                           this);
    });
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_data.months.size())
            emit monthClicked(m_data.months.at(index));
    });
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(
        SlaChartStyle::monthLabels(m_data.months, (width() - 90.0) / qMax(1, int(m_data.months.size()))));
    axisX->setTitleText(SlaChartStyle::rangeText(m_data.months));
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Tickets"));
    // Whole tickets only: a tick per ticket up to ten, else a nice step.
    const int top = qMax(4, highest + (highest + 9) / 10);
    axisY->setRange(0, top);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(top <= 10 ? 1 : top <= 50 ? 5 : top <= 100 ? 10 : double(qRound(top / 50.0) * 10));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

QMap<QString, QVector<int>> SlaBreachesChart::counts() const
{
    QMap<QString, QVector<int>> out;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                QVector<int> values;
                for (int i = 0; i < set->count(); ++i)
                    values.append(int(set->at(i)));
                out.insert(set->label(), values);
            }
        }
    }
    return out;
}

void SlaBreachesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    rebuild();
}

void SlaBreachesChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

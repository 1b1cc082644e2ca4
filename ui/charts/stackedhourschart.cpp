#include "ui/charts/stackedhourschart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "models/domaintext.h"
#include "models/palette.h"

#include <QBarCategoryAxis>

#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QScopeGuard>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace Gui {

namespace {
// The palette's categorical colours (each at least 3:1 on the plot, light or dark); levels and roles
// do not share one. Asked for at each drawing: the plot follows the application's palette.
QColor levelColour(int level)
{
    return Models::Palette::category(level);
}
QColor roleColour(int role)
{
    static const int s_categories[] = {4, 5, 6, 7, 0, 1};
    return Models::Palette::category(s_categories[role % 6]);
}
} // namespace

StackedHoursChart::StackedHoursChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("stackedHoursChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    // Ten legend entries beside the bars: a smaller font keeps them all visible in the side panel.
    QFont legendFont = chart()->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart()->legend()->setFont(legendFont);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    setMinimumHeight(230);
    rebuild();
}

void StackedHoursChart::setBurnDown(const Domain::BurnDown &burnDown)
{
    m_burnDown = burnDown;
    rebuild();
}

QMap<QString, double> StackedHoursChart::totals() const
{
    QMap<QString, double> out;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                out.insert(set->label(), set->sum());
        }
    }
    return out;
}

void StackedHoursChart::rebuild()
{
    // Whichever way the drawing ends, screen readers get its name and its figures in words.
    const auto described = qScopeGuard([this] {
        ChartTable::describe(this, tr("Where the month's hours went"), ChartTable::summary(this));
    });
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    c->setTitle(tr("Hours this month"));
    auto *series = new QHorizontalStackedBarSeries;
    // Category 0 is the service-level bar, category 1 the role bar: each set fills one of them.
    for (Domain::ServiceLevel level : Domain::allServiceLevels()) {
        auto *set = new QBarSet(Models::DomainText::serviceLevelShort(level));
        ChartTheme::styleBarSet(set, levelColour(int(level)), int(level)); // and a pattern each
        *set << m_burnDown.minutesByLevel.at(size_t(level)) / 60.0 << 0.0;
        series->append(set);
    }
    for (Domain::Role role : Domain::allRoles()) {
        auto *set = new QBarSet(Models::DomainText::roleShort(role));
        ChartTheme::styleBarSet(set, roleColour(int(role)), int(role));
        *set << 0.0 << m_burnDown.minutesByRole.at(size_t(role)) / 60.0;
        series->append(set);
    }
    if (m_burnDown.minutesWithoutRole > 0) {
        auto *set = new QBarSet(tr("No role"));
        ChartTheme::styleBarSet(set, Models::Palette::series(Models::Palette::Series::Neutral), 3);
        *set << 0.0 << m_burnDown.minutesWithoutRole / 60.0;
        series->append(set);
    }
    series->setBarWidth(0.6);
    // The hours are written on their segments by drawForeground() (issue 12: readable without
    // hovering, also in print), not by Qt Charts, which centres every label on its segment however
    // narrow and so wrote a short segment's hours over its neighbours'.
    series->setLabelsVisible(false);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                if (!status || !set) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2").arg(set->label(), Models::DomainText::hours(qRound64(set->at(index) * 60))),
                    this);
            });
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({tr("Service level"), tr("Role")});
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Hours"));
    c->addAxis(categories, Qt::AlignLeft);
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    const bool empty = totals().isEmpty() || std::all_of(series->barSets().cbegin(), series->barSets().cend(),
                                                         [](const QBarSet *set) { return set->sum() <= 0; });
    if (empty)
        ChartTheme::setNothingToScale(values);
    else
        values->applyNiceNumbers();
}

QHorizontalStackedBarSeries *StackedHoursChart::barSeries() const
{
    const QList<QAbstractSeries *> all = chart()->series();
    return all.isEmpty() ? nullptr : qobject_cast<QHorizontalStackedBarSeries *>(all.constFirst());
}

QVector<StackedHoursChart::SegmentLabel> StackedHoursChart::segmentLabels() const
{
    QVector<SegmentLabel> out;
    QChart *c = chart();
    QHorizontalStackedBarSeries *series = barSeries();
    if (!series)
        return out;
    const qreal half = series->barWidth() / 2;
    const QLocale locale = c->locale();
    for (int category = 0; category < 2; ++category) {
        qreal start = 0;
        for (const QBarSet *set : series->barSets()) {
            const qreal hours = set->at(category);
            if (hours <= 0)
                continue;
            const QPointF from = c->mapToScene(c->mapToPosition(QPointF(start, category - half), series));
            const QPointF to =
                c->mapToScene(c->mapToPosition(QPointF(start + hours, category + half), series));
            start += hours;
            const QRectF segment = QRectF(from, to).normalized();
            const QString text = locale.toString(hours, 'f', 1);
            const QFontMetricsF metrics(set->labelFont());
            const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
            if (size.width() + 6 > segment.width() || size.height() > segment.height())
                continue;
            QRectF place(QPointF(), size);
            place.moveCenter(segment.center());
            out.append({text, segment, place});
        }
    }
    return out;
}

void StackedHoursChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    QHorizontalStackedBarSeries *series = barSeries();
    if (!series || series->barSets().isEmpty())
        return;
    QBarSet *first = series->barSets().constFirst();
    painter->save();
    painter->setFont(first->labelFont());
    painter->setPen(first->labelColor());
    for (const SegmentLabel &label : segmentLabels())
        painter->drawText(label.place, Qt::AlignCenter, label.text);
    painter->restore();
}

void StackedHoursChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

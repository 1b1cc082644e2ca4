#include "ui/charts/whatifchart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "models/domaintext.h"
#include "models/palette.h"
#include "models/supportmodelwhatifmodel.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QScopeGuard>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <climits>
#include <cmath>

namespace Gui {

using Figure = Models::SupportModelWhatIfModel::Figure;

WhatIfChart::WhatIfChart(const Models::SupportModelWhatIfModel *model, QWidget *parent)
    : QChartView(new QChart, parent), m_model(model)
{
    setObjectName(QStringLiteral("whatIfChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    // Four names of up to two lines, the title, the hours axis and the legend: about 14 lines of
    // text and room between the bars, or Qt Charts elides every label (a 150 % font, issue 18).
    setMinimumHeight(qMax(220, fontMetrics().height() * 17));
    rebuild();
}

QVector<double> WhatIfChart::hours(int set) const
{
    QVector<double> out;
    const auto series = chart()->series();
    if (series.isEmpty())
        return out;
    const auto sets = static_cast<QHorizontalStackedBarSeries *>(series.first())->barSets();
    if (set < 0 || set >= sets.size())
        return out;
    for (int i = 0; i < sets.at(set)->count(); ++i)
        out.append(sets.at(set)->at(i));
    return out;
}

void WhatIfChart::rebuild()
{
    // Whichever way the drawing ends, screen readers get its name and its figures in words.
    const auto described = qScopeGuard([this] {
        ChartTable::describe(this, tr("Hours under each support model"), ChartTable::summary(this));
    });
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    c->setTitle(tr("Hours under each model"));
    const Models::SupportModelWhatIfData &data = m_model->whatIf();
    if (data.results.size() != Domain::SupportModelCount)
        return;
    struct Segment
    {
        QString name;
        QColor colour;
        Figure figure;
    };
    const Segment segments[] = {
        {tr("Within the capacity"), Models::Palette::series(Models::Palette::Series::Actual),
         Figure::CountedHours},
        {tr("Over the capacity"), Models::Palette::series(Models::Palette::Series::Overrun),
         Figure::OverCapacityHours},
        {tr("Carried outside the capacity"), Models::Palette::series(Models::Palette::Series::Rolled),
         Figure::CarriedHours},
        {tr("Billed separately"), Models::Palette::series(Models::Palette::Series::Neutral),
         Figure::BilledSeparatelyHours},
    };
    auto *series = new QHorizontalStackedBarSeries;
    double widest = 0;
    QVector<double> totals(Domain::SupportModelCount, 0.0);
    int pattern = 0;
    for (const Segment &segment : segments) {
        auto *set = new QBarSet(segment.name);
        ChartTheme::styleBarSet(set, segment.colour, pattern++); // not colour alone: a pattern each
        for (int m = 0; m < Domain::SupportModelCount; ++m) {
            const Domain::WhatIfModelResult &r = data.results.at(m);
            qint64 minutes = 0;
            switch (segment.figure) {
            case Figure::CountedHours:
                minutes = r.countedMinutes - r.overCapacityMinutes;
                break;
            case Figure::OverCapacityHours:
                minutes = r.overCapacityMinutes;
                break;
            case Figure::CarriedHours:
                minutes = r.carriedMinutes;
                break;
            default:
                minutes = r.billedSeparatelyMinutes;
                break;
            }
            *set << minutes / 60.0;
            totals[m] += minutes / 60.0;
        }
        const Figure figure = segment.figure;
        connect(set, &QBarSet::hovered, this, [this, figure](bool status, int index) {
            if (!status) {
                QToolTip::hideText();
                return;
            }
            const auto model = Domain::SupportModel(index);
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2\n%3")
                                   .arg(Models::DomainText::supportModel(model), m_model->text(figure, model),
                                        m_model->explanation(figure, model)),
                               this);
        });
        series->append(set);
    }
    for (double total : totals)
        widest = qMax(widest, total);
    c->addSeries(series);
    auto *models = new QBarCategoryAxis;
    for (Domain::SupportModel model : Domain::allSupportModels())
        models->append(modelLabel(model, model == data.engagement.model));
    c->addAxis(models, Qt::AlignLeft);
    series->attachAxis(models);
    auto *hoursAxis = new QValueAxis;
    // Whole hours at a round step (1, 2, 5 × 10ⁿ): five ticks over 0–1 h wrote "0 0 1 1 1".
    const double top = widest > 0 ? widest * 1.05 : 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(top / 5, 1.0))));
    const double norm = std::max(top / 5, 1.0) / magnitude;
    const double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
    hoursAxis->setRange(0, std::ceil(top / step) * step);
    hoursAxis->setTickType(QValueAxis::TicksDynamic);
    hoursAxis->setTickAnchor(0);
    hoursAxis->setTickInterval(step);
    hoursAxis->setLabelFormat(QStringLiteral("%.0f"));
    hoursAxis->setTitleText(tr("Hours"));
    c->addAxis(hoursAxis, Qt::AlignBottom);
    series->attachAxis(hoursAxis);
}

QString WhatIfChart::modelLabel(Domain::SupportModel model, bool current) const
{
    // Qt Charts elides a category label wider than about a third of the chart, or taller than a
    // bar's share of the height ("SLA för kritiska incidenter me…" at 1024×700): the full name
    // where it fits on one line, else the model's short name, split on two lines if need be. The
    // legend's tooltips and the table below carry the full names.
    const QString star = current ? QStringLiteral(" ★") : QString();
    const QFontMetrics metrics(chart()->axes().isEmpty() ? font()
                                                         : chart()->axes().constFirst()->labelsFont());
    const QString name = Models::DomainText::supportModel(model) + star;
    if (metrics.horizontalAdvance(name) <= width() / 3)
        return name;
    const QString shortName = Models::DomainText::supportModelShort(model) + star;
    if (metrics.horizontalAdvance(shortName) <= width() / 3)
        return shortName;
    const QStringList words = shortName.split(QLatin1Char(' '));
    int best = 1, bestWidth = INT_MAX;
    for (int i = 1; i < words.size(); ++i) {
        const int w = qMax(metrics.horizontalAdvance(words.mid(0, i).join(QLatin1Char(' '))),
                           metrics.horizontalAdvance(words.mid(i).join(QLatin1Char(' '))));
        if (w < bestWidth) {
            bestWidth = w;
            best = i;
        }
    }
    return words.mid(0, best).join(QLatin1Char(' ')) + QStringLiteral("<br>") +
           words.mid(best).join(QLatin1Char(' '));
}

void WhatIfChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The labels wrap or not with the width: drawn again when the answer changes.
    for (QAbstractAxis *axis : chart()->axes(Qt::Vertical)) {
        auto *models = qobject_cast<QBarCategoryAxis *>(axis);
        if (!models || models->count() != Domain::SupportModelCount)
            continue;
        for (int m = 0; m < Domain::SupportModelCount; ++m) {
            const auto model = Domain::SupportModel(m);
            const QString label = modelLabel(model, models->at(m).contains(QStringLiteral("★")));
            if (models->at(m) != label)
                models->replace(models->at(m), label);
        }
    }
}

void WhatIfChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
    QChartView::changeEvent(event);
}

} // namespace Gui

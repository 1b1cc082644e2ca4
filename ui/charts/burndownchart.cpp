#include "ui/charts/burndownchart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QToolTip>
#include <QValueAxis>

namespace Gui {

namespace {

// From the one palette: every line at least 3:1 on the plot (light or dark), told apart by its dash too.
QColor idealColour()
{
    return Models::Palette::series(Models::Palette::Series::Ideal);
}
QColor actualColour()
{
    return Models::Palette::series(Models::Palette::Series::Actual);
}
QColor forecastColour()
{
    return Models::Palette::series(Models::Palette::Series::Forecast);
}
QColor overrunColour()
{
    return Models::Palette::series(Models::Palette::Series::Overrun);
}
QColor previousColour()
{
    return Models::Palette::series(Models::Palette::Series::Previous);
}

/// Points sit at noon of their day so a click anywhere on the day rounds to it.
qreal xOf(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

BurnDownChart::BurnDownChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("burnDownChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumSize(360, 240);
}

void BurnDownChart::setData(const Models::BurnDownData &data)
{
    m_data = data;
    rebuild();
}

void BurnDownChart::setBurnUp(bool burnUp)
{
    if (m_burnUp == burnUp)
        return;
    m_burnUp = burnUp;
    rebuild();
}

void BurnDownChart::setShowPreviousMonths(bool show)
{
    if (m_showPrevious == show)
        return;
    m_showPrevious = show;
    rebuild();
}

double BurnDownChart::valueOf(double remainingMinutes) const
{
    const double minutes = m_burnUp ? double(m_data.burnDown.budget) - remainingMinutes : remainingMinutes;
    return minutes / 60.0;
}

void BurnDownChart::addDaySeries(QLineSeries *series, const QColor &color, Qt::PenStyle style, qreal width)
{
    QPen pen(color);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    const QString name = series->name();
    connect(series, &QLineSeries::hovered, this,
            [this, name](const QPointF &point, bool state) { showTooltip(point, state, name); });
}

void BurnDownChart::addForecastBand()
{
    auto *low = new QLineSeries(this);
    auto *high = new QLineSeries(this);
    for (const Domain::BurnDownDay &day : m_data.burnDown.days) {
        if (!day.forecastLow || !day.forecastHigh)
            continue;
        low->append(xOf(day.date), valueOf(*day.forecastLow));
        high->append(xOf(day.date), valueOf(*day.forecastHigh));
    }
    if (low->count() == 0) {
        delete low;
        delete high;
        return;
    }
    auto *band = new QAreaSeries(high, low);
    band->setName(tr("Forecast range"));
    QColor fill = forecastColour();
    fill.setAlpha(50);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    chart()->addSeries(band);
    band->attachAxis(m_xAxis);
    band->attachAxis(m_yAxis);
}

void BurnDownChart::addOverrunArea()
{
    // Below zero remaining (above the budget in burn-up) is spent money nobody committed: red.
    auto *edge = new QLineSeries(this);
    auto *limit = new QLineSeries(this);
    bool any = false;
    for (const Domain::BurnDownDay &day : m_data.burnDown.days) {
        std::optional<double> remaining =
            day.actualRemaining ? std::optional<double>(double(*day.actualRemaining)) : day.forecast;
        const double r = remaining ? qMin(0.0, *remaining) : 0.0;
        any = any || r < 0;
        edge->append(xOf(day.date), valueOf(r));
        limit->append(xOf(day.date), valueOf(0));
    }
    if (!any) {
        delete edge;
        delete limit;
        return;
    }
    auto *area = new QAreaSeries(m_burnUp ? edge : limit, m_burnUp ? limit : edge);
    area->setName(tr("Overrun"));
    QColor fill = overrunColour();
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(QPen(overrunColour(), 1.0));
    chart()->addSeries(area);
    area->attachAxis(m_xAxis);
    area->attachAxis(m_yAxis);
}

void BurnDownChart::addPreviousMonths()
{
    const int days = m_data.month.daysInMonth();
    for (int i = 0; i < m_data.previousMonths.size(); ++i) {
        const Domain::BurnDown &previous = m_data.previousMonths.at(i);
        auto *series = new QLineSeries(this);
        // "oktober 2026": with the year, the legend and the table twin name one month, not any October.
        series->setName(Models::CapacityText::month(previous.month));
        for (const Domain::BurnDownDay &day : previous.days) {
            if (!day.actualRemaining || day.date.day() > days)
                continue;
            // Overlaid on the same day of this month; burn-up relative to that month's own budget.
            const double minutes =
                m_burnUp ? double(previous.budget - *day.actualRemaining) : double(*day.actualRemaining);
            series->append(xOf(m_data.month.addDays(day.date.day() - 1)), minutes / 60.0);
        }
        // Earlier months are dotted (the actual is solid), each further back a different dot pattern,
        // not faded: a faded line would drop below 3:1 against the plot.
        addDaySeries(series, previousColour(),
                     i == 0   ? Qt::DotLine
                     : i == 1 ? Qt::DashDotDotLine
                              : Qt::DashLine,
                     1.5);
    }
}

void BurnDownChart::rebuild()
{
    const auto described =
        qScopeGuard([this] { ChartTable::describe(this, tr("Burn-down chart"), description()); });
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    m_xAxis = new QDateTimeAxis(this);
    m_yAxis = new QValueAxis(this);
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setTitleText(m_burnUp ? tr("Hours used") : tr("Hours remaining"));
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    c->setTitle(m_data.engagement.key.isEmpty()
                    ? QString()
                    : tr("%1 · %2").arg(m_data.engagement.key, Models::CapacityText::month(m_data.month)));
    if (m_data.burnDown.days.isEmpty())
        return;

    addForecastBand();
    addOverrunArea();
    if (m_showPrevious)
        addPreviousMonths();
    auto *ideal = new QLineSeries(this);
    ideal->setName(tr("Ideal"));
    auto *actual = new QLineSeries(this);
    actual->setName(tr("Actual"));
    auto *forecast = new QLineSeries(this);
    forecast->setName(tr("Forecast"));
    ideal->append(xOf(m_data.month.addDays(-1)), valueOf(double(m_data.burnDown.budget)));
    for (const Domain::BurnDownDay &day : m_data.burnDown.days) {
        ideal->append(xOf(day.date), valueOf(day.idealRemaining));
        if (day.actualRemaining)
            actual->append(xOf(day.date), valueOf(double(*day.actualRemaining)));
        if (day.forecast)
            forecast->append(xOf(day.date), valueOf(*day.forecast));
    }
    addDaySeries(ideal, idealColour(), Qt::DashLine, 2.0);
    if (forecast->count() > 0)
        addDaySeries(forecast, forecastColour(), Qt::DashDotLine, 2.0);
    else
        delete forecast;
    addDaySeries(actual, actualColour(), Qt::SolidLine, 3.0);

    m_xAxis->setRange(QDateTime(m_data.month.addDays(-1), QTime(12, 0), Qt::UTC),
                      QDateTime(m_data.month.addDays(m_data.month.daysInMonth() - 1), QTime(12, 0), Qt::UTC));
    fitToWidth();
    double low = 0, high = valueOf(double(m_data.burnDown.budget));
    for (QAbstractSeries *s : c->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            for (const QPointF &p : line->points()) {
                low = qMin(low, p.y());
                high = qMax(high, p.y());
            }
        }
    }
    for (QAbstractSeries *s : c->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            for (const QPointF &p : area->upperSeries()->points())
                high = qMax(high, p.y());
            for (const QPointF &p : area->lowerSeries()->points())
                low = qMin(low, p.y());
        }
    }
    if (high <= low) {
        ChartTheme::setNothingToScale(m_yAxis, low);
        return;
    }
    m_yAxis->setRange(low, high);
    m_yAxis->applyNiceNumbers();
}

void BurnDownChart::fitToWidth()
{
    if (!m_xAxis)
        return;
    // Ticks: never more than fit with their widest label ("30 sep."), so no date is elided at 1024 px.
    // The title names the month: where dates with their month do not fit four times, day numbers do.
    const QFontMetrics axisMetrics(m_xAxis->labelsFont());
    const QString dated = QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("MM/"))
                              ? QStringLiteral("MMM d")
                              : QStringLiteral("d MMM");
    const double plot = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 80.0;
    const auto widthOf = [&](const QString &format) {
        return axisMetrics.horizontalAdvance(QLocale().toString(QDate(2026, 9, 30), format)) + 18;
    };
    const QString format = plot / widthOf(dated) >= 4 ? dated : QStringLiteral("d");
    if (m_xAxis->format() != format)
        m_xAxis->setFormat(format);
    // A chart without a month yet (daysInMonth() is -1) still wants the two ticks qBound needs.
    const int wanted = qBound(2, m_data.month.daysInMonth() / 4 + 1, 8);
    m_xAxis->setTickCount(qBound(2, int(plot / widthOf(format)) + 1, wanted));
    // Legend: below the plot when every entry fits on one line, else beside it (never elided).
    QLegend *legend = chart()->legend();
    QFont font = legend->font();
    font.setPointSizeF(QFont().pointSizeF());
    const QFontMetrics legendMetrics(font);
    int needed = 0;
    for (QAbstractSeries *series : chart()->series()) {
        if (!series->name().isEmpty())
            needed += legendMetrics.horizontalAdvance(series->name()) + 2 * legendMetrics.height() + 4;
    }
    const bool beside = needed > width() - 24;
    if (beside) // a smaller font leaves the plot more of a narrow chart
        font.setPointSizeF(font.pointSizeF() * 0.85);
    if (legend->font() != font)
        legend->setFont(font);
    const Qt::Alignment alignment = beside ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != alignment)
        legend->setAlignment(alignment);
}

void BurnDownChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitToWidth();
}

QString BurnDownChart::description() const
{
    if (m_data.engagement.key.isEmpty())
        return tr("No engagement selected.");
    const QString what =
        tr("Burn-down of %1, %2").arg(m_data.engagement.key, Models::CapacityText::month(m_data.month));
    if (m_data.burnDown.days.isEmpty())
        return tr("%1: no working days to show.").arg(what);
    const Domain::BurnDown &b = m_data.burnDown;
    const QString used =
        tr("%1 used of %2").arg(Models::DomainText::hours(b.used), Models::DomainText::hours(b.budget));
    const qint64 forecast = qRound64(b.forecastAtMonthEnd);
    const QString end =
        forecast >= 0
            ? tr("forecast %1 left at month end").arg(Models::DomainText::hours(forecast))
            : tr("forecast %1 over the budget at month end").arg(Models::DomainText::hours(-forecast));
    return tr("%1: %2, %3.").arg(what, used, end) + QLatin1Char(' ') + ChartTable::summary(this);
}

QMap<QString, int> BurnDownChart::seriesPointCounts() const
{
    QMap<QString, int> counts;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            counts.insert(s->name(), int(line->count()));
        else if (auto *area = qobject_cast<QAreaSeries *>(s))
            counts.insert(s->name(), int(area->upperSeries()->count()));
    }
    return counts;
}

QDate BurnDownChart::dayAt(const QPoint &viewportPos) const
{
    if (!m_xAxis || m_data.burnDown.days.isEmpty())
        return {};
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return {};
    const QPointF value = chart()->mapToValue(mapToScene(viewportPos), series.constLast());
    const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(value.x()), Qt::UTC).date();
    const QDate rounded =
        QDateTime::fromMSecsSinceEpoch(qint64(value.x()) + 12 * 3600 * 1000, Qt::UTC).date();
    Q_UNUSED(date)
    if (rounded < m_data.month || rounded > m_data.month.addDays(m_data.month.daysInMonth() - 1))
        return {};
    return rounded;
}

void BurnDownChart::mouseReleaseEvent(QMouseEvent *event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (!chart()->plotArea().contains(mapToScene(event->position().toPoint())))
        return;
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        emit daySelected(day);
}

void BurnDownChart::showTooltip(const QPointF &point, bool state, const QString &seriesName)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date();
    const QString text = tr("%1\n%2: %3")
                             .arg(QLocale().toString(date, QLocale::LongFormat), seriesName,
                                  Models::DomainText::hours(qRound64(point.y() * 60.0)));
    QToolTip::showText(QCursor::pos(), text, this);
}

void BurnDownChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange ||
        ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

#include "ui/charts/historychart.h"

#include "ui/charts/charttable.h"
#include "ui/charts/charttheme.h"

#include "models/domaintext.h"
#include "models/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QScopeGuard>
#include <QToolTip>
#include <QValueAxis>

namespace Gui {

HistoryChart::HistoryChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setLocalizeNumbers(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    // Twelve months' labels of two lines (the year where it changes), the title and the legend:
    // with less height Qt Charts elides the labels ("J…").
    setMinimumHeight(qMax(180, fontMetrics().height() * 12));
    rebuild();
}

void HistoryChart::setLedger(const Domain::BudgetLedger &ledger, const QDate &lastMonth)
{
    m_months.clear();
    for (const Domain::LedgerMonth &m : ledger.months()) {
        if (m.month <= lastMonth && m.month > lastMonth.addMonths(-12))
            m_months.append(m);
    }
    rebuild();
}

void HistoryChart::rebuild()
{
    // Whichever way the drawing ends, screen readers get its name and its figures in words.
    const auto described = qScopeGuard(
        [this] { ChartTable::describe(this, tr("Hours of the last 12 months"), ChartTable::summary(this)); });
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // hands the axis back rather than deleting it: each rebuild leaked two
        delete axis;
    }
    // The unit in the title, not on a vertical axis title: in the burn-down page's 1024x700 the
    // axis title had room for "Ti…" only (issue 12).
    c->setTitle(tr("Hours of the last 12 months"));
    // Told apart by pattern as well as colour (solid, diagonal, back-diagonal): issue 18.
    auto *committed = new QBarSet(tr("Committed"));
    ChartTheme::styleBarSet(committed, Models::Palette::series(Models::Palette::Series::Committed), 0);
    auto *used = new QBarSet(tr("Used"));
    ChartTheme::styleBarSet(used, Models::Palette::series(Models::Palette::Series::Actual), 1);
    auto *rolled = new QBarSet(tr("Rolled over"));
    ChartTheme::styleBarSet(rolled, Models::Palette::series(Models::Palette::Series::Rolled), 2);
    QStringList months;
    double low = 0, high = 0;
    for (const Domain::LedgerMonth &m : qAsConst(m_months)) {
        for (const qint64 minutes : {m.committed, m.used, m.carriedIn}) {
            low = qMin(low, minutes / 60.0);
            high = qMax(high, minutes / 60.0);
        }
        *committed << m.committed / 60.0;
        *used << m.used / 60.0;
        *rolled << m.carriedIn / 60.0;
        months.append(QString(months.size(), QChar(0x200B))); // named by relabel() for the width
    }
    auto *series = new QBarSeries;
    series->append({committed, used, rolled});
    connect(series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || !set || index >= m_months.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1 %2: %3")
                               .arg(QLocale().monthName(m_months.at(index).month.month()))
                               .arg(m_months.at(index).month.year())
                               .arg(set->label() + QStringLiteral(" ") +
                                    Models::DomainText::hours(qRound64(set->at(index) * 60))),
                           this);
    });
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    if (high <= low) // months of no hours at all
        ChartTheme::setNothingToScale(axisY);
    else
        axisY->applyNiceNumbers();
    relabel();
}

QStringList HistoryChart::monthLabels(const QVector<QDate> &months, double pixelsPerMonth, const QFont &font)
{
    const QLocale locale;
    const QFontMetrics metrics(font);
    const auto build = [&](QLocale::FormatType format, bool fullYear) {
        QStringList labels;
        for (int i = 0; i < months.size(); ++i) {
            const QDate &m = months.at(i);
            QString label = locale.standaloneMonthName(m.month(), format);
            if (i == 0 || m.year() != months.at(i - 1).year()) {
                const QString year =
                    fullYear ? QString::number(m.year())
                             : QString::number(m.year() % 100).rightJustified(2, QLatin1Char('0'));
                label += QLatin1Char(' ') + year;
            }
            labels.append(label);
        }
        return labels;
    };
    const auto fits = [&](const QStringList &labels) {
        for (const QString &label : labels) {
            for (const QString &line : label.split(QLatin1Char('\n'))) {
                if (metrics.horizontalAdvance(line) + 16 > pixelsPerMonth) // Qt Charts elides below this
                    return false;
            }
        }
        return true;
    };
    // One line each: a label of two lines is elided by Qt Charts where the chart is low (1024×700).
    for (const QStringList &labels : {build(QLocale::ShortFormat, true), build(QLocale::ShortFormat, false),
                                      build(QLocale::NarrowFormat, false)}) {
        if (fits(labels))
            return labels;
    }
    // Narrower still: the months' letters alone; the axis title names the range.
    QStringList letters;
    for (const QDate &m : months)
        letters.append(locale.standaloneMonthName(m.month(), QLocale::NarrowFormat));
    return letters;
}

QStringList HistoryChart::monthLabels() const
{
    QStringList labels;
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (QString label : categories->categories())
                labels.append(
                    label.remove(QChar(0x200B)).replace(QStringLiteral("<br>"), QStringLiteral("\n")));
        }
    }
    return labels;
}

void HistoryChart::relabel()
{
    QBarCategoryAxis *axisX = nullptr;
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        axisX = axisX ? axisX : qobject_cast<QBarCategoryAxis *>(axis);
    if (!axisX || m_months.isEmpty())
        return;
    QVector<QDate> months;
    for (const Domain::LedgerMonth &m : qAsConst(m_months))
        months.append(m.month);
    const double plot = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 60.0;
    QStringList labels = monthLabels(months, plot / months.size(), axisX->labelsFont());
    // Categories must be unique (a year repeats names): zero-width spaces tell them apart. The axis
    // draws rich text, so a second line is a <br>.
    for (int i = 0; i < labels.size(); ++i)
        labels[i] = QString(labels.at(i)).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QString(i, QChar(0x200B));
    if (axisX->categories() != labels) {
        axisX->clear();
        axisX->append(labels);
    }
    // Labels without a year (a narrow chart): the title names the months. The chart is as low as
    // one line of labels there, so an axis title (or a second line) would elide them all.
    const bool yearShown = labels.first().contains(QString::number(months.first().year() % 100));
    const QLocale locale;
    const QString format = QStringLiteral("MMM yyyy");
    chart()->setTitle(yearShown ? tr("Hours of the last 12 months")
                                : tr("Hours of the last 12 months (%1 – %2)")
                                      .arg(locale.toString(months.first(), format),
                                           locale.toString(months.last(), format)));
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

void HistoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || ChartTheme::isRestyle(event))
        rebuild();
}

} // namespace Gui

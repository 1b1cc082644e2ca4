#include "ui/charts/historychart.h"

#include "models/domaintext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLocale>
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
    setMinimumHeight(180);
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
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(tr("Last 12 months"));
    auto *committed = new QBarSet(tr("Committed"));
    committed->setColor(QColor(0xbd, 0xbd, 0xbd));
    auto *used = new QBarSet(tr("Used"));
    used->setColor(QColor(0x1f, 0x5f, 0xa8));
    auto *rolled = new QBarSet(tr("Rolled over"));
    rolled->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList months;
    const QLocale locale;
    for (const Domain::LedgerMonth &m : qAsConst(m_months)) {
        *committed << m.committed / 60.0;
        *used << m.used / 60.0;
        *rolled << m.carriedIn / 60.0;
        // Narrow names (J F M …) are the only ones twelve bars leave room for; the tooltip names the
        // month. Categories must be unique (J is three months), so zero-width spaces tell them apart.
        months.append(locale.standaloneMonthName(m.month.month(), QLocale::NarrowFormat)
                      + QString(months.size(), QChar(0x200B)));
    }
    auto *series = new QBarSeries;
    series->append({committed, used, rolled});
    connect(series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || !set || index >= m_months.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1 %2: %3").arg(QLocale().monthName(m_months.at(index).month.month()))
                               .arg(m_months.at(index).month.year())
                               .arg(set->label() + QStringLiteral(" ") + Models::DomainText::hours(qRound64(set->at(index) * 60))),
                           this);
    });
    c->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Hours"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    if (m_months.isEmpty())
        axisY->setRange(0, 1);
    else
        axisY->applyNiceNumbers();
}

void HistoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace Gui

#include "ui/monthnavigator.h"

#include "models/capacitytext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Gui {

namespace {
QDate firstOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
} // namespace

MonthNavigator::MonthNavigator(QWidget *parent)
    : QWidget(parent), m_month(firstOf(QDate::currentDate())), m_today([] { return QDate::currentDate(); }),
      m_previous(new QToolButton(this)), m_label(new QLabel(this)), m_next(new QToolButton(this)),
      m_thisMonth(new QPushButton(this))
{
    setObjectName(QStringLiteral("monthNavigator"));
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_thisMonth->setObjectName(QStringLiteral("thisMonth"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_label->setAlignment(Qt::AlignCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addWidget(m_thisMonth);

    connect(m_previous, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(m_thisMonth, &QPushButton::clicked, this, [this] { setMonth(m_today()); });
    setSpan(1);
    retranslate();
}

void MonthNavigator::setMonth(const QDate &month)
{
    if (!month.isValid() || firstOf(month) == m_month)
        return;
    m_month = firstOf(month);
    showMonth();
    emit monthChanged(m_month);
}

void MonthNavigator::setSpan(int months)
{
    m_span = qMax(1, months);
    // One month is the page's heading; a range sits beside the page's own title.
    QFont font = this->font();
    if (m_span == 1) {
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.3);
    }
    m_label->setFont(font);
    m_label->setMinimumWidth(m_span == 1 ? 160 : 0);
    m_label->setObjectName(m_span == 1 ? QStringLiteral("monthLabel") : QStringLiteral("monthRange"));
    showMonth();
}

void MonthNavigator::setToday(std::function<QDate()> today)
{
    m_today = std::move(today);
}

QString MonthNavigator::text() const
{
    return m_label->text();
}

void MonthNavigator::showMonth()
{
    if (m_span == 1)
        m_label->setText(Models::CapacityText::month(m_month));
    else
        m_label->setText(tr("%1 – %2").arg(Models::CapacityText::month(m_month),
                                           Models::CapacityText::month(m_month.addMonths(m_span - 1))));
}

void MonthNavigator::retranslate()
{
    m_previous->setToolTip(tr("Previous month"));
    m_next->setToolTip(tr("Next month"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setAccessibleName(tr("Next month"));
    m_thisMonth->setText(tr("This month"));
    showMonth();
}

void MonthNavigator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Gui

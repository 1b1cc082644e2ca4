#include "ui/reviewperiodchooser.h"

#include "models/domaintext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace Gui {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}
QDate lastOfMonth(const QDate &date)
{
    return firstOfMonth(date).addMonths(1).addDays(-1);
}
QDate firstOfQuarter(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

ReviewPeriodChooser::ReviewPeriodChooser(QWidget *parent)
    : QWidget(parent), m_kindLabel(new QLabel), m_kindBox(new QComboBox), m_periodLabel(new QLabel),
      m_periodBox(new QComboBox), m_fromLabel(new QLabel), m_fromEdit(new QDateEdit), m_toLabel(new QLabel),
      m_toEdit(new QDateEdit)
{
    m_kindBox->setObjectName(QStringLiteral("reviewPeriodKind"));
    m_periodBox->setObjectName(QStringLiteral("reviewPeriod"));
    m_fromEdit->setObjectName(QStringLiteral("reviewFrom"));
    m_toEdit->setObjectName(QStringLiteral("reviewTo"));
    for (int i = 0; i < 3; ++i)
        m_kindBox->addItem(QString(), i);
    m_periodBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_kindLabel->setBuddy(m_kindBox);
    m_periodLabel->setBuddy(m_periodBox);
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kindBox);
    layout->addSpacing(8);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_periodBox);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_toEdit);
    connect(m_kindBox, &QComboBox::activated, this, [this] { kindChosen(); });
    connect(m_periodBox, &QComboBox::activated, this, [this] { periodChosen(); });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] { rangeEdited(); });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] { rangeEdited(); });
    retranslate();
    showKind();
}

QList<QWidget *> ReviewPeriodChooser::tabOrder() const
{
    return {m_kindBox, m_periodBox, m_fromEdit, m_toEdit};
}

void ReviewPeriodChooser::setMonths(const QDate &firstMonth, const QDate &lastMonth)
{
    m_firstMonth = firstOfMonth(firstMonth);
    m_lastMonth = firstOfMonth(qMax(firstMonth, lastMonth));
    {
        const QSignalBlocker from(m_fromEdit);
        const QSignalBlocker to(m_toEdit);
        m_fromEdit->setDateRange(m_firstMonth, lastOfMonth(m_lastMonth));
        m_toEdit->setDateRange(m_firstMonth, lastOfMonth(m_lastMonth));
    }
    const bool fits = m_start.isValid() && m_start >= m_firstMonth && m_end <= lastOfMonth(m_lastMonth);
    if (fits)
        apply(m_kind, m_start, m_end);
    else
        chooseDefault();
}

void ReviewPeriodChooser::chooseDefault()
{
    const QDate month = qMax(m_firstMonth, m_lastMonth.addMonths(-1));
    apply(Kind::Month, month, lastOfMonth(month));
}

void ReviewPeriodChooser::setPeriod(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || start > end)
        return;
    Kind kind = Kind::Range;
    if (start.day() == 1 && end == lastOfMonth(start))
        kind = Kind::Month;
    else if (start == firstOfQuarter(start) && end == start.addMonths(3).addDays(-1))
        kind = Kind::Quarter;
    apply(kind, start, end);
}

QString ReviewPeriodChooser::periodText() const
{
    if (!m_start.isValid())
        return {};
    switch (m_kind) {
    case Kind::Month:
        return Models::DomainText::monthInSentence(m_start);
    case Kind::Quarter:
        return tr("Q%1 %2", "a quarter: number, year").arg((m_start.month() - 1) / 3 + 1).arg(m_start.year());
    case Kind::Range:
        break;
    }
    // ISO dates in both languages, as the date fields above show them.
    return tr("%1 – %2", "a range of days").arg(m_start.toString(Qt::ISODate), m_end.toString(Qt::ISODate));
}

void ReviewPeriodChooser::apply(Kind kind, const QDate &start, const QDate &end)
{
    const bool changed = kind != m_kind || start != m_start || end != m_end;
    m_kind = kind;
    m_start = start;
    m_end = end;
    fillPeriods();
    showKind();
    if (changed)
        emit periodChanged(m_start, m_end);
}

void ReviewPeriodChooser::fillPeriods()
{
    m_filling = true;
    const QSignalBlocker blocker(m_periodBox);
    m_periodBox->clear();
    const QLocale locale;
    if (m_kind == Kind::Quarter) {
        for (QDate q = firstOfQuarter(m_lastMonth); q.isValid() && q >= firstOfQuarter(m_firstMonth);
             q = q.addMonths(-3)) {
            m_periodBox->addItem(
                tr("Q%1 %2", "a quarter: number, year").arg((q.month() - 1) / 3 + 1).arg(q.year()), q);
        }
    } else {
        for (QDate m = m_lastMonth; m.isValid() && m >= m_firstMonth; m = m.addMonths(-1)) {
            m_periodBox->addItem(tr("%1 %2", "a month in a list: month name, year")
                                     .arg(locale.standaloneMonthName(m.month(), QLocale::LongFormat))
                                     .arg(m.year()),
                                 m);
        }
    }
    m_periodBox->setCurrentIndex(qMax(
        0, m_periodBox->findData(m_kind == Kind::Quarter ? firstOfQuarter(m_start) : firstOfMonth(m_start))));
    {
        const QSignalBlocker from(m_fromEdit);
        const QSignalBlocker to(m_toEdit);
        m_fromEdit->setDate(m_start);
        m_toEdit->setDate(m_end);
    }
    {
        const QSignalBlocker kind(m_kindBox);
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(m_kind)));
    }
    m_filling = false;
}

void ReviewPeriodChooser::showKind()
{
    const bool range = m_kind == Kind::Range;
    m_periodLabel->setVisible(!range);
    m_periodBox->setVisible(!range);
    m_fromLabel->setVisible(range);
    m_fromEdit->setVisible(range);
    m_toLabel->setVisible(range);
    m_toEdit->setVisible(range);
    m_periodLabel->setText(m_kind == Kind::Quarter ? tr("&Quarter:") : tr("M&onth:"));
    m_periodBox->setAccessibleName(m_kind == Kind::Quarter ? tr("Quarter of the review")
                                                           : tr("Month of the review"));
}

void ReviewPeriodChooser::kindChosen()
{
    const auto kind = static_cast<Kind>(m_kindBox->currentData().toInt());
    if (kind == m_kind)
        return;
    switch (kind) {
    case Kind::Month: {
        // The last month of the period shown, so a quarter narrows to its last month.
        const QDate month = qBound(m_firstMonth, firstOfMonth(m_end), m_lastMonth);
        apply(kind, month, lastOfMonth(month));
        break;
    }
    case Kind::Quarter: {
        const QDate quarter = firstOfQuarter(m_start);
        apply(kind, quarter, quarter.addMonths(3).addDays(-1));
        break;
    }
    case Kind::Range:
        apply(kind, m_start, m_end);
        break;
    }
}

void ReviewPeriodChooser::periodChosen()
{
    const QDate first = m_periodBox->currentData().toDate();
    if (!first.isValid())
        return;
    if (m_kind == Kind::Quarter)
        apply(Kind::Quarter, first, first.addMonths(3).addDays(-1));
    else
        apply(Kind::Month, first, lastOfMonth(first));
}

void ReviewPeriodChooser::rangeEdited()
{
    if (m_filling || m_kind != Kind::Range)
        return;
    QDate from = m_fromEdit->date();
    QDate to = m_toEdit->date();
    // Moving one end past the other moves the other along: the range is never reversed.
    if (from > to) {
        if (sender() == m_fromEdit)
            to = from;
        else
            from = to;
    }
    apply(Kind::Range, from, to);
}

void ReviewPeriodChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillPeriods();
        showKind();
    }
    QWidget::changeEvent(event);
}

void ReviewPeriodChooser::retranslate()
{
    m_kindLabel->setText(tr("&Period:"));
    m_kindBox->setItemText(int(Kind::Month), tr("Month"));
    m_kindBox->setItemText(int(Kind::Quarter), tr("Quarter"));
    m_kindBox->setItemText(int(Kind::Range), tr("Custom range"));
    m_kindBox->setAccessibleName(tr("Kind of review period"));
    m_kindBox->setAccessibleDescription(tr("A month, a quarter or a custom range of days"));
    m_periodBox->setAccessibleDescription(tr("The period whose notes and breaches are shown"));
    m_fromLabel->setText(tr("Fr&om:"));
    m_toLabel->setText(tr("&To:"));
    m_fromEdit->setAccessibleName(tr("First day of the review period"));
    m_toEdit->setAccessibleName(tr("Last day of the review period"));
    m_fromEdit->setAccessibleDescription(tr("Inclusive"));
    m_toEdit->setAccessibleDescription(tr("Inclusive"));
}

} // namespace Gui

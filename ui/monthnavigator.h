#pragma once

#include <QDate>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Gui {

/// The bar over the month pages (burn-down, portfolio, allocation): previous, the month (or the
/// months shown) in the language's own month names, next, and "This month". Emits monthChanged
/// whenever the month changes, by a button or by setMonth().
class MonthNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit MonthNavigator(QWidget *parent = nullptr);

    /// The first day of the month shown.
    QDate month() const { return m_month; }
    /// Shows the month containing `month`; an invalid date is ignored.
    void setMonth(const QDate &month);
    /// How many months the page shows from month(): one is named ("november 2026", in bold as the
    /// page's heading), more as a range ("november 2026 – april 2027", object name monthRange).
    void setSpan(int months);
    int span() const { return m_span; }
    /// Where "This month" goes: a date in that month. The clock's date unless set (the burn-down
    /// asks for today in the engagement's zone, tests for a fixed day).
    void setToday(std::function<QDate()> today);
    /// What the label says now.
    QString text() const;

signals:
    void monthChanged(const QDate &month);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMonth();

    QDate m_month;
    int m_span = 1;
    std::function<QDate()> m_today;
    QToolButton *m_previous;
    QLabel *m_label;
    QToolButton *m_next;
    QPushButton *m_thisMonth;
};

} // namespace Gui

#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Models {
class Portfolio;
class PortfolioBurnModel;
}

namespace Gui {

/// Every engagement's burn of one month in one sortable table: committed, used, % of the month
/// elapsed against % of the budget used, what is left at month end and the status.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void setMonth(const QDate &month);
    QDate month() const { return m_month; }
    /// Computes as of `now` instead of the clock (tests, screenshots); null: the clock.
    void setNow(const QDateTime &now);
    /// Reloads every row (also after the portfolio changed).
    void refresh();

    Models::PortfolioBurnModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    /// A row was double-clicked: show that engagement's burn-down.
    void engagementActivated(qint64 id, const QDate &month);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QDateTime now() const;

    Models::Portfolio *m_portfolio;
    QDate m_month;
    QDateTime m_now;
    Models::PortfolioBurnModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_monthLabel;
    QPushButton *m_thisMonth;
    QLabel *m_hint;
    QLabel *m_problem;
    QTableView *m_table;
};

} // namespace Gui

#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include "models/portfoliojob.h"
#include "ui/backgroundread.h"

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace Models {
class Portfolio;
class PortfolioBurnModel;
class PortfolioSlaModel;
} // namespace Models

namespace Gui {

class MonthNavigator;

/// Every engagement's burn of one month in one sortable table: committed, used, % of the month
/// elapsed against % of the budget used, what is left at month end and the status. Below it the
/// SLA section: every engagement with an SLA, its compliance this month per severity against
/// target, the trend of the last six months, open breaches and tickets at risk now.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void setMonth(const QDate &month);
    QDate month() const;
    /// Computes as of `now` instead of the clock (tests, screenshots); null: the clock.
    void setNow(const QDateTime &now);
    /// Reloads every row (also after the portfolio changed). In the window the rows are read off the
    /// GUI thread and loaded() tells when they are shown; a page without a parent reads at once.
    void refresh();
    /// Whether a read is under way.
    bool isReading() const { return m_read->isPending(); }

    Models::PortfolioBurnModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    Models::PortfolioSlaModel *slaModel() const { return m_slaModel; }
    QTableView *slaTable() const { return m_slaTable; }

signals:
    /// A row was double-clicked: show that engagement's burn-down.
    void engagementActivated(qint64 id, const QDate &month);
    /// A row of the SLA section was double-clicked: show that engagement's SLA page.
    void slaActivated(qint64 id);
    /// What a refresh() read is shown.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    bool m_fitting = false;
    void retranslate();
    QDateTime now() const;
    void display(const Models::PortfolioJob::Read &read);
    void setBusy(bool busy);

    Models::Portfolio *m_portfolio;
    QDateTime m_now;
    Models::PortfolioBurnModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MonthNavigator *m_months;
    QLabel *m_hint;
    QLabel *m_problem;
    QTableView *m_table;
    Models::PortfolioSlaModel *m_slaModel;
    QSortFilterProxyModel *m_slaProxy;
    QLabel *m_slaHeading;
    QLabel *m_slaHint;
    QTableView *m_slaTable;
    QProgressBar *m_busy;
    BackgroundRead *m_read; ///< the rows read off the GUI thread
};

} // namespace Gui

#pragma once

#include "models/burndownloader.h"

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

class BurnDownChart;
class MonthNavigator;
class HistoryChart;
class StackedHoursChart;

/// One engagement's month: the burn-down chart (burn-up toggle, previous months overlaid), a side
/// panel with the budget, the ledger explained in words, the forecast and run-out day, the hours
/// by service level and role, and the 12-month history; a click on a day lists its worklogs.
class BurnDownPage : public QWidget
{
    Q_OBJECT

public:
    explicit BurnDownPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);
    ~BurnDownPage() override;

    void showEngagement(qint64 id);
    qint64 engagementId() const { return m_id; }
    /// Shows the month containing `month` (kept when another engagement is chosen).
    void setMonth(const QDate &month);
    QDate month() const;
    /// Computes as of `now` instead of the clock (tests, screenshots); null: the clock.
    void setNow(const QDateTime &now);
    /// Lists the worklogs of `date` under the chart.
    void showDay(const QDate &date);
    QDate shownDay() const { return m_shownDay; }

    const Models::BurnDownData &data() const { return m_data; }
    BurnDownChart *chart() const { return m_chart; }
    QTableWidget *dayTable() const { return m_dayTable; }
    /// The problem shown instead of the chart (empty when the month loaded).
    QString problem() const;
    /// Puts a button for `action` (the window's Edit budget…) beside the month.
    void setBudgetAction(QAction *action);

protected:
    void changeEvent(QEvent *event) override;
    /// The keyboard's way to the day a click picks: Left/Right/Home/End on the focused chart.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSidePanel();
    void retranslate();
    void refresh();
    void fillSidePanel();
    QDateTime now() const;

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    QDateTime m_now;
    QDate m_shownDay;
    Models::BurnDownData m_data;
    bool m_loaded = false;

    MonthNavigator *m_months;
    QHBoxLayout *m_toolbar = nullptr;
    QCheckBox *m_burnUp;
    QCheckBox *m_overlay;
    QLabel *m_problem;
    BurnDownChart *m_chart;
    QLabel *m_dayHeading;
    QTableWidget *m_dayTable;
    QLabel *m_summary;
    QLabel *m_ledgerHeading;
    QLabel *m_ledger;
    StackedHoursChart *m_stacked;
    HistoryChart *m_history;
    QWidget *m_content;
};

} // namespace Gui

#pragma once

#include "models/slaoverviewloader.h"
#include "models/tickettablemodel.h"
#include "ui/backgroundread.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Models {
class Portfolio;
class SlaAtRiskModel;
class SlaOverviewJob;
} // namespace Models

namespace Gui {

class ComplianceTrendChart;
class SlaBreachesChart;
class SlaDistributionChart;
class TicketsPanel;

/// One engagement's SLA, from the stored results: a month range and a severity filter; the
/// compliance trend, breaches per month and the distribution of business times as charts
/// (exported as PNG or SVG); the open tickets at risk now, refreshed each minute while shown; and
/// every ticket below, filtered to a month by a click on the trend. An engagement whose model has
/// no SLA says so in one sentence instead.
class SlaPage : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);
    ~SlaPage() override;

    void showEngagement(qint64 id);
    qint64 engagementId() const { return m_id; }
    /// Shows the months `from` to `to` (both invalid: the last twelve).
    void setRange(const QDate &from, const QDate &to);
    /// 1–4, or 0 for every severity.
    void setSeverity(int severity);
    /// Computes as of `now` instead of the clock (tests, screenshots); null: the clock.
    void setNow(const QDateTime &now);
    /// Puts a button for `action` (the window's Recompute SLA results) beside "SLA computed …".
    void setRecomputeAction(QAction *action);
    /// Filters the tickets below to `month` (invalid: every month).
    void selectMonth(const QDate &month);
    QDate selectedMonth() const { return m_selectedMonth; }

    const Models::SlaOverview &overview() const { return m_data; }
    /// Whether the overview (or the at-risk list) is being read; loaded() follows.
    bool isLoading() const { return m_read->isPending(); }
    /// The sentence shown instead of the charts (empty when they are shown).
    QString problem() const;
    ComplianceTrendChart *trendChart() const { return m_trend; }
    SlaBreachesChart *breachesChart() const { return m_breaches; }
    SlaDistributionChart *distributionChart() const { return m_distribution; }
    Models::SlaAtRiskModel *atRiskModel() const { return m_atRiskModel; }
    QTableView *atRiskTable() const { return m_atRiskTable; }
    TicketsPanel *ticketsPanel() const { return m_tickets; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Writes the chart of the current tab (the trend when the at-risk list is shown) to `path`.
    bool exportChart(const QString &path, QString *reason);

signals:
    /// What an export did, for the window's message bar.
    void message(const QString &text, bool error);
    /// A read off the GUI thread has been shown (a page of the window reads there).
    void loaded();

public slots:
    /// Reloads the tickets at risk at the current time (each minute while the page is shown).
    void refreshAtRisk();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolbar();
    void retranslate();
    void refresh();
    Models::SlaOverviewJob *job();
    void readFinished(bool cancelled);
    void setBusy(bool busy);
    /// Shows `data` of `engagement`, or `problem` instead when it is not empty; `tickets`: the
    /// engagement's ticket summary when it was read with `data` off the GUI thread.
    void display(const QString &problem, const Models::SlaOverview &data,
                 const Domain::Engagement &engagement,
                 const std::optional<Models::TicketTableModel::Summary> &tickets = {});
    void updateEvaluated();
    void fillMonthChoices();
    void updateAtRiskTab();
    void updateMonthLabel();
    void exportDialog();
    QDateTime now() const;
    QWidget *currentChart() const;

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    QDate m_from;
    QDate m_to;
    int m_severity = 0;
    QDateTime m_now;
    QDate m_selectedMonth;
    Models::SlaOverview m_data;
    bool m_loaded = false;

    QLabel *m_fromLabel;
    QComboBox *m_fromBox;
    QLabel *m_toLabel;
    QComboBox *m_toBox;
    QLabel *m_severityLabel;
    QComboBox *m_severityBox;
    QPushButton *m_export;
    QLabel *m_evaluated;
    QLabel *m_stale; ///< that the figures are older than the calendar or policy (SlaStaleness)
    QHBoxLayout *m_ticketsHeader = nullptr;
    QLabel *m_problem;
    QWidget *m_content;
    QTabWidget *m_tabs;
    ComplianceTrendChart *m_trend;
    SlaBreachesChart *m_breaches;
    SlaDistributionChart *m_distribution;
    Models::SlaAtRiskModel *m_atRiskModel;
    QTableView *m_atRiskTable;
    QLabel *m_atRiskHint;
    QLabel *m_monthLabel;
    QToolButton *m_allMonths;
    TicketsPanel *m_tickets = nullptr;
    QTimer *m_minute;
    QProgressBar *m_busy;
    /// The overview (or the at-risk list) read off the GUI thread.
    BackgroundRead *m_read;
};

} // namespace Gui

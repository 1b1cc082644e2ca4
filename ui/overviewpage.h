#pragma once

#include "models/domain/engagement.h"

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

/// One engagement at a glance: contract facts, what the model includes, and per month the hours
/// used against the budget as the budget ledger counts them (the Burn-down page's figures), with
/// carried hours and work outside the contract as their own columns.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void showEngagement(qint64 id);
    qint64 engagementId() const { return m_id; }
    /// Shows the ledger as of `now` instead of the wall clock (tests, screenshots).
    void setNow(const QDateTime &now);
    /// The months table: month, used, budget, % of budget, carried in, outside the contract.
    QTableWidget *monthsTable() const { return m_months; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillFacts(const Domain::Engagement &e);
    void fillMonths(const Domain::Engagement &e);
    QDateTime now() const;

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    QDateTime m_now;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_facts;
    QLabel *m_includesHeading;
    QLabel *m_includes;
    QLabel *m_monthsHeading;
    QTableWidget *m_months;
    QLabel *m_empty;
};

} // namespace Gui

#pragma once

#include "models/domain/engagement.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

/// One engagement at a glance: contract facts, what the model includes, and hours logged per
/// month against the commitment.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void showEngagement(qint64 id);
    qint64 engagementId() const { return m_id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fillFacts(const Domain::Engagement &e);
    void fillMonths(const Domain::Engagement &e);

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
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

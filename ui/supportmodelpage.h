#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Models {
class Portfolio;
}

namespace Gui {

/// The catalogue as it applies to one engagement: the service levels and activities in force,
/// the optional services contracted, service management, and the roles covered.
class SupportModelPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupportModelPage(Models::Portfolio *portfolio, QWidget *parent = nullptr);

    void showEngagement(qint64 id);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Models::Portfolio *m_portfolio;
    qint64 m_id = 0;
    QLabel *m_heading;
    QLabel *m_features;
    QTreeWidget *m_tree;
};

} // namespace Gui

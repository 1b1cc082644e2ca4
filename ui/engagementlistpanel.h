#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Models {
class EngagementListModel;
}

namespace Gui {

/// The portfolio's engagements: a filter field over a sortable table.
class EngagementListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EngagementListPanel(Models::EngagementListModel *model, QWidget *parent = nullptr);

    /// Id of the selected engagement, 0 when none.
    qint64 currentEngagementId() const;
    void selectEngagement(qint64 id);
    QTableView *view() const { return m_view; }

signals:
    void currentEngagementChanged(qint64 id);
    void activated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    /// Hides the hours column where it would squeeze the client's name (a narrow list: 1024 px).
    void fitColumns();

    Models::EngagementListModel *m_model;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace Gui
